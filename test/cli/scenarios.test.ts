import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

/**
 * CLI scenarios in Spectral's style: each test/cli/scenarios/*.scenario holds sections
 * `====test====`, `====command====` (arguments after `forkspacer-def`), optional
 * `====stdin====`, `====status====`, `====stdout====` and `====stderr====` (a fragment).
 * They run the built CLI (bin/forkspacer-def → dist/) from the repository root.
 * UPDATE_SCENARIOS=1 rewrites stdout sections from the actual output.
 */
const root = resolve(import.meta.dirname, '../..');
const dir = join(import.meta.dirname, 'scenarios');
const bin = join(root, 'bin', 'forkspacer-def');

function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = text.split(/^====([a-z]+)====\n/m);
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i], parts[i + 1]);
  return out;
}

function splitArgs(command: string): string[] {
  const args: string[] = [];
  for (const m of command.trim().matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) args.push(m[1] ?? m[2] ?? m[3]);
  return args;
}

for (const name of readdirSync(dir).filter((n) => n.endsWith('.scenario')).sort()) {
  const path = join(dir, name);
  const raw = readFileSync(path, 'utf8');
  const s = sections(raw);
  test(`scenario ${name}: ${(s.get('test') ?? '').trim()}`, () => {
    const r = spawnSync(process.execPath, [bin, ...splitArgs(s.get('command') ?? '')], {
      cwd: root,
      input: s.get('stdin') ?? '',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    });
    if (process.env.UPDATE_SCENARIOS === '1' && s.has('stdout')) {
      writeFileSync(path, raw.replace(/(====stdout====\n)[\s\S]*?(?=^====|(?![\s\S]))/m, (_m, head: string) => head + r.stdout));
    }
    if (s.has('status')) assert.equal(r.status, Number(s.get('status')!.trim()), `exit status; stderr:\n${r.stderr}`);
    if (s.has('stdout')) assert.equal(r.stdout, s.get('stdout'));
    if (s.has('stderr')) assert.ok(r.stderr.includes(s.get('stderr')!.trim()), `stderr should include ${s.get('stderr')!.trim()}:\n${r.stderr}`);
  });
}
