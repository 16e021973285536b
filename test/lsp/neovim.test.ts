/**
 * The server driven by a client nobody here wrote: Neovim's built-in LSP client (Debian's
 * neovim 0.7, vim.lsp.start_client), run headless by nvim/client.lua through a plan of steps.
 * Its answers are compared with what each feature should give, and its diagnostics with
 * `lint --offline -f json` on the same files (the editor's default is --offline).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { asJsonFinding, bin, cliFindings, comparable, fixtures, mapLimit, paritySet, positionOf, root } from './support.ts';
import type { LspDiagnostic } from './support.ts';

interface Answer {
  op: string;
  file: string;
  diagnostics?: LspDiagnostic[];
  result?: unknown;
  titles?: string[];
  text?: string;
}

// The session edits its buffers: it works on copies, the parity run on the fixtures as they are.
const dir = mkdtempSync(join(tmpdir(), 'fsd-nvim-'));
const helmText = readFileSync(join(fixtures, 'editor-helm.yaml'), 'utf8');
const moduleText = readFileSync(join(fixtures, 'editor-module.yaml'), 'utf8');
const helm = join(dir, 'editor-helm.yaml');
const moduleFile = join(dir, 'editor-module.yaml');
writeFileSync(helm, helmText);
writeFileSync(moduleFile, moduleText);
const parityFiles = paritySet();

function findNvim(): string {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error('nvim not found on PATH: these tests drive the server with Neovim\'s own LSP client (Debian: apt-get install neovim)');
  return 'nvim';
}

/** The feature session: each step's position found in the fixture's text. */
function plan(): Record<string, unknown>[] {
  const at = (text: string, needle: string, shift = 0, nth = 0) => positionOf(text, needle, shift, nth);
  const replicaLine = at(helmText, 'replicaCount: "{{').line + 1;
  const namespaceLine = at(helmText, '  namespace: default').line + 1;
  return [
    { op: 'open', file: helm },
    { op: 'hover', file: helm, ...at(helmText, '.config.replicas', 9) },
    { op: 'hover', file: helm, ...at(helmText, 'printf', 2) },
    { op: 'hover', file: helm, ...at(helmText, 'supportedOperatorVersion') },
    { op: 'hover', file: helm, ...at(helmText, 'type: integer', 2) },
    { op: 'definition', file: helm, ...at(helmText, '.config.replicas', 9) },
    { op: 'references', file: helm, ...at(helmText, 'alias: replicas', 8) },
    { op: 'codeAction', file: helm, line: 0 },
    { op: 'codeAction', file: helm, line: at(helmText, 'chartname').line, apply: 'rename "chartname" to "chartName" (unknown-field)' },
    { op: 'codeAction', file: helm, line: at(helmText, 'default: 1.10').line, apply: 'quote 1.10 as "1.10" (config-default)' },
    { op: 'codeAction', file: helm, line: at(helmText, 'spec:', 0, 2).line, apply: 'add "editable: false" to config[2] ("tag") (the value it has now) (config-editable)' },
    // Typing: a new template line, then completion inside it.
    { op: 'edit', file: helm, start: replicaLine + 1, end: replicaLine + 1, lines: ['        extra: "{{ .config. }}"'] },
    { op: 'completion', file: helm, line: replicaLine + 1, character: '        extra: "{{ .config.'.length },
    { op: 'completion', file: helm, line: replicaLine + 1, character: '        extra: "{{ '.length },
    // A half-typed key under spec: the buffer does not parse; completion still knows the dialect.
    // (one line further down than in the fixture: the editable fix added a line above it)
    { op: 'edit', file: helm, start: namespaceLine, end: namespaceLine, lines: ['  ch'] },
    { op: 'completion', file: helm, line: namespaceLine, character: 4 },
    { op: 'open', file: moduleFile },
    { op: 'hover', file: moduleFile, ...at(moduleText, '.config.size', 9) },
    { op: 'definition', file: moduleFile, ...at(moduleText, '.config.size', 9) },
    { op: 'completion', file: moduleFile, ...at(moduleText, 'size: small', 'size: '.length) },
    ...parityFiles.map((file) => ({ op: 'open', file })),
  ];
}

let answers: Answer[] = [];

before(() => {
  const nvim = findNvim();
  const planPath = join(dir, 'plan.json');
  const outPath = join(dir, 'answers.json');
  writeFileSync(planPath, JSON.stringify(plan()));
  const r = spawnSync(nvim, ['--headless', '--clean', '-n', '-c', `luafile ${join(import.meta.dirname, 'nvim', 'client.lua')}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, LSP_PLAN: planPath, LSP_OUT: outPath, LSP_CMD: JSON.stringify([process.execPath, bin, 'lsp']) },
  });
  const out = JSON.parse(readFileSync(outPath, 'utf8')) as { answers: Answer[]; error: string | null };
  assert.equal(out.error, null, `the Neovim session failed: ${out.error}\n${r.stderr}`);
  answers = out.answers;
  if (process.env.LSP_TRANSCRIPT) writeFileSync(process.env.LSP_TRANSCRIPT, JSON.stringify(answers.slice(0, 21), null, 2));
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

const step = (i: number): Answer => answers[i];
const hoverText = (a: Answer) => (a.result as { contents: { value: string } }).contents.value;
const labels = (a: Answer) => (a.result as { label: string }[]).map((c) => c.label);
const lineOf = (text: string, needle: string, nth = 0) => positionOf(text, needle, 0, nth).line;

test('Neovim: diagnostics when the definition opens, with rule ids as codes', () => {
  const d = step(0).diagnostics ?? [];
  assert.deepEqual(d.map((x) => x.code).sort(), ['config-default', 'config-editable', 'helm-chart-source', 'unknown-field']);
});

test('Neovim: hover on .config.<alias> shows the item as docs renders it', () => {
  const h = hoverText(step(1));
  assert.match(h, /\| `replicas` \| Replica count \| integer \| `1` \| no \| yes \| min `1`, max `5` \|/);
});

test('Neovim: hover on a template function shows its Go signature', () => {
  assert.match(hoverText(step(2)), /func fmt\.Sprintf\(format string, a \.\.\.any\) string/);
});

test('Neovim: hover on supportedOperatorVersion lists the releases it admits', () => {
  assert.match(hoverText(step(3)), /admits operator 0\.1\.9–0\.1\.11 \(3 releases\)/);
});

test('Neovim: hover on a config item', () => {
  assert.match(hoverText(step(4)), /\*\*config\[1\]\*\* `replicas`/);
});

test('Neovim: go to definition lands on the alias of the config item', () => {
  const loc = step(5).result as { range: { start: { line: number } } };
  assert.equal(loc.range.start.line, lineOf(helmText, 'alias: replicas'));
});

test('Neovim: references from a config item: its declaration and its template use', () => {
  const lines = (step(6).result as { range: { start: { line: number } } }[]).map((l) => l.range.start.line);
  assert.deepEqual(lines, [lineOf(helmText, 'alias: replicas'), lineOf(helmText, '.config.replicas')]);
});

test('Neovim: the $schema modeline action where a definition has none', () => {
  assert.ok(step(7).titles?.includes('add a yaml-language-server $schema modeline (helm-flat)'), String(step(7).titles));
});

test('Neovim: quick fixes applied by the client keep comments and clear their findings', () => {
  const rename = step(8);
  assert.match(rename.text ?? '', /\n {2}chartName: redis\n/);
  assert.deepEqual((rename.diagnostics ?? []).map((d) => d.code).sort(), ['config-default', 'config-editable']);
  const quote = step(9);
  assert.match(quote.text ?? '', /# the tag as the chart expects it\n {6}default: "1\.10"\n/);
  const editable = step(10);
  assert.match(editable.text ?? '', /default: "1\.10"\n {6}editable: false\nspec:/);
  assert.deepEqual(editable.diagnostics, [], 'no findings are left after the three fixes');
  // The buffer is the fixture with exactly the three edits.
  const expected = helmText.replace('  chartname:', '  chartName:').replace('default: 1.10\n', 'default: "1.10"\n      editable: false\n');
  assert.equal(editable.text, expected);
});

test('Neovim: diagnostics follow typing (a template of an unknown alias is reported)', () => {
  const d = step(11).diagnostics ?? [];
  assert.ok(d.some((x) => x.code === 'template-syntax' || x.code === 'template-data'), JSON.stringify(d));
});

test('Neovim: completion offers the declared aliases after .config.', () => {
  assert.deepEqual(labels(step(12)), ['version', 'replicas', 'tag']);
});

test('Neovim: completion offers the built-in template functions and no sprig', () => {
  const l = labels(step(13));
  for (const f of ['and', 'printf', 'index', 'eq', 'len']) assert.ok(l.includes(f), f);
  for (const f of ['default', 'quote', 'toYaml']) assert.ok(!l.includes(f), f);
});

test('Neovim: completion offers the fields of spec for the flat Helm dialect while the line does not parse', () => {
  const l = labels(step(15));
  for (const f of ['namespace', 'repo', 'chartName', 'version', 'values']) assert.ok(l.includes(f), f);
  assert.ok(!l.includes('chart'), 'spec.chart belongs to the helm-chart dialect');
});

test('Neovim: a definition in a ConfigMap: hover and definition inside data["module.yaml"]', () => {
  assert.match(hoverText(step(17)), /\| `size` \| Size \| option \| `small` \|/);
  const loc = step(18).result as { range: { start: { line: number; character: number } } };
  assert.deepEqual(loc.range.start, positionOf(moduleText, 'alias: size', 'alias: '.length));
});

test("Neovim: completion offers an option item's values in a Module's spec.config", () => {
  assert.deepEqual(labels(step(19)), ['small', 'large']);
});

test('Neovim: diagnostics are the findings of lint -f json, file by file', async () => {
  const opened = answers.slice(answers.length - parityFiles.length);
  const expected = await mapLimit(parityFiles, 2, cliFindings);
  let findings = 0;
  parityFiles.forEach((file, i) => {
    const got = (opened[i].diagnostics ?? []).map(asJsonFinding).map(comparable).sort();
    const want = expected[i].map(comparable).sort();
    assert.deepEqual(got, want, relative(root, file));
    findings += want.length;
  });
  assert.ok(findings > 100, `only ${findings} findings compared`);
  process.stdout.write(`# parity: ${parityFiles.length} files, ${findings} findings identical to lint -f json\n`);
});
