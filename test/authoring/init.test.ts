import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { InitError, buildDefinition, dialectOf, dialectReleases, generateDefinition, nameProblem, questionsFor, schemaUrl } from '../../src/authoring/init/index.ts';
import type { InitOptions } from '../../src/authoring/init/index.ts';
import { PromptCancelled, Prompter, ask } from '../../src/authoring/init/prompt.ts';
import { DIALECTS } from '../../src/classify/dialects.ts';
import { decodeConfigItems } from '../../src/config/index.ts';
import { lintText } from '../../src/lint/lint-text.ts';
import { toGoValue } from '../../src/load/convert.ts';
import { parseYamlStream } from '../../src/load/parse-stream.ts';
import { child } from '../../src/load/ynode.ts';
import { render } from '../../src/render/index.ts';
import type { GoMap, GoValue } from '../../src/values/go-value.ts';

const variants: [string, InitOptions][] = [
  ['helm, chart dialect (default)', { kind: 'helm', name: 'my-app' }],
  ['helm, flat dialect', { kind: 'helm', name: 'my-app', dialect: 'flat' }],
  ['custom', { kind: 'custom', name: 'my-module' }],
  ['helm with a dotted name (namespace falls back to default)', { kind: 'helm', name: 'cache.redis' }],
  ['custom with a dotted name', { kind: 'custom', name: 'jobs.example' }],
  [
    'helm, chart dialect, every flag',
    {
      kind: 'helm',
      name: 'postgres',
      chartRepo: 'oci://registry-1.docker.io/bitnamicharts',
      chart: 'postgresql',
      chartVersion: '16.7.4',
      namespace: 'databases',
      description: 'PostgreSQL: "quoted", with # and: colons',
      author: 'platform-team <ops@example.com>',
      fileName: 'postgres.yaml',
    },
  ],
  ['helm, flat dialect, every flag', { kind: 'helm', dialect: 'flat', name: 'redis', chartRepo: 'https://charts.bitnami.com/bitnami', chart: 'redis', chartVersion: '21.2.9', namespace: 'cache', author: 'me', description: 'yes' }],
  ['custom, every flag', { kind: 'custom', name: 'installer', image: 'registry.example.com:5000/team/installer@sha256:' + 'a'.repeat(64), description: 'true', author: '123' }],
  ['helm with a local schema path', { kind: 'helm', name: 'x', schemaPath: '../schemas/definition.schema.json' }],
];

for (const [label, o] of variants) {
  test(`init ${label}: lint finds nothing, and every release of the dialect accepts it`, () => {
    const text = generateDefinition(o);
    const r = lintText('new.yaml', text);
    assert.deepEqual(r.findings.map((f) => `${f.ruleId}: ${f.message}`), []);
    assert.equal(r.documents.length, 1);
    const id = dialectOf(o.kind, o.dialect);
    assert.equal(r.documents[0].dialect, id);
    assert.deepEqual(r.documents[0].acceptedOperatorVersions, dialectReleases(id));
    assert.equal(buildDefinition(o), text);
  });

  test(`init ${label}: schema comment first, metadata filled, one editable item of each common type`, () => {
    const text = generateDefinition(o);
    const id = dialectOf(o.kind, o.dialect);
    assert.equal(text.split('\n')[0], `# yaml-language-server: $schema=${o.schemaPath ?? schemaUrl(id)}`);
    const root = parseYamlStream(text)[0].root;
    const meta = toGoValue(child(root, 'metadata')) as GoMap;
    assert.equal(meta.get('name'), o.name);
    assert.equal(meta.get('version'), '0.1.0');
    assert.equal(meta.get('supportedOperatorVersion'), `>= ${DIALECTS[id].firstRelease}, <= ${DIALECTS[id].lastRelease}`);
    if (o.description !== undefined) assert.equal(meta.get('description'), o.description);
    if (o.author !== undefined) assert.equal(meta.get('author'), o.author);
    const { items, problems } = decodeConfigItems('legacy', toGoValue(child(root, 'config')));
    assert.deepEqual(problems, []);
    assert.deepEqual(items.map((i) => i.kind).sort(), ['boolean', 'integer', 'option', 'string']);
    for (const item of items) {
      assert.ok(item.written.has('editable'), `${item.alias} says editable`);
      assert.equal(item.editable, true);
      if (item.kind === 'string') assert.match(item.regex ?? '', /^\^.*\$$/);
      if (item.kind === 'integer') assert.ok(item.min !== null && item.max !== null);
      if (item.kind === 'option') assert.ok(item.values.length > 1);
    }
  });
}

function renderWith(text: string, values: [string, GoValue][]) {
  return render({ file: 'new.yaml', text }, { overrides: [{ source: 'test', values: new Map(values) }] });
}

for (const dialect of ['chart', 'flat'] as const) {
  test(`init helm (${dialect}): the spec's templates read the config items and render with the operator's types`, () => {
    const text = generateDefinition({ kind: 'helm', name: 'web', dialect, namespace: 'apps' });
    const r = renderWith(text, [['replicaCount', 3n], ['metricsEnabled', true], ['logLevel', 'debug'], ['storageSize', '8Gi']]);
    assert.deepEqual(r.findings, []);
    const raw = ((r.spec as GoMap).get('values') as GoMap[])[0].get('raw') as GoMap;
    assert.equal(raw.get('replicaCount'), 3n);
    assert.equal(raw.get('logLevel'), 'debug');
    assert.equal((raw.get('metrics') as GoMap).get('enabled'), true);
    assert.equal((raw.get('persistence') as GoMap).get('size'), '8Gi');
    assert.equal(raw.get('fullnameOverride'), 'default-web');
    assert.equal((r.spec as GoMap).get('namespace'), 'apps');
  });
}

test('init helm: the defaults render as the items say', () => {
  const r = renderWith(generateDefinition({ kind: 'helm', name: 'web' }), []);
  assert.equal(r.errorCount, 0);
  assert.deepEqual([...r.effectiveConfig], [
    ['storageSize', '1Gi'],
    ['replicaCount', 1n],
    ['metricsEnabled', false],
    ['logLevel', 'info'],
  ]);
});

test('init custom: the effective config is the install body, and the spec has no template the operator would pass on literally', () => {
  const text = generateDefinition({ kind: 'custom', name: 'svc' });
  const r = renderWith(text, [['appName', 'other']]);
  assert.equal(r.errorCount, 0);
  assert.equal((r.installBody as GoMap).get('appName'), 'other');
  const spec = text.slice(text.indexOf('\nspec:'));
  assert.ok(!/^[^#]*\{\{/m.test(spec));
});

test('init: names are DNS-1123 subdomains, with a suggestion', () => {
  assert.equal(nameProblem('my-app'), undefined);
  assert.equal(nameProblem('cache.redis'), undefined);
  assert.match(nameProblem('My_App') ?? '', /DNS-1123.*e\.g\. my-app/);
  assert.match(nameProblem('') ?? '', /is empty/);
  assert.match(nameProblem('a'.repeat(254)) ?? '', /over the 253 allowed/);
  assert.match(nameProblem('-x') ?? '', /starting and ending/);
  assert.throws(() => buildDefinition({ kind: 'helm', name: 'Bad' }), InitError);
});

test('init: flag values that would not lint clean are refused, naming the flag', () => {
  const cases: [InitOptions, RegExp][] = [
    [{ kind: 'custom', name: 'x', image: 'Upper/Case:1' }, /spec\.image \(--image\).*\[custom-image-ref\]/],
    [{ kind: 'custom', name: 'x', image: 'example/app:latest' }, /\(--image\).*\[custom-image-tag\]/],
    [{ kind: 'helm', name: 'x', chartRepo: 'ftp://example.com' }, /\(--chart-repo\).*\[helm-url\]/],
    [{ kind: 'helm', name: 'x', dialect: 'flat', chartRepo: 'not a url' }, /spec\.repo \(--chart-repo\)/],
    [{ kind: 'helm', name: 'x', namespace: 'Bad_NS' }, /spec\.namespace \(--namespace\).*\[helm-namespace\]/],
  ];
  for (const [o, re] of cases) {
    assert.throws(() => buildDefinition(o), (e: Error) => e instanceof InitError && /nothing was written/.test(e.message) && re.test(e.message), JSON.stringify(o));
  }
});

test('init: prompts cover what the flags left open, and each answer is checked by linting it', () => {
  const o: InitOptions = { kind: 'helm', name: 'web' };
  const qs = questionsFor(o, new Set(), () => o);
  assert.deepEqual(qs.map((q) => q.key), ['description', 'author', 'chartRepo', 'chart', 'chartVersion', 'namespace']);
  assert.equal(qs.find((q) => q.key === 'chart')!.default, 'web');
  const repo = qs.find((q) => q.key === 'chartRepo')!;
  assert.equal(repo.validate!('https://charts.example.com'), undefined);
  assert.match(repo.validate!('ftp://x') ?? '', /scheme "ftp"/);
  const given = questionsFor(o, new Set(['chartRepo', 'description'] as const), () => o);
  assert.deepEqual(given.map((q) => q.key), ['author', 'chart', 'chartVersion', 'namespace']);
  const c: InitOptions = { kind: 'custom', name: 'svc' };
  const cq = questionsFor(c, new Set(), () => c);
  assert.deepEqual(cq.map((q) => q.key), ['description', 'author', 'image']);
  assert.match(cq[2].validate!('app:latest') ?? '', /latest/);
});

test('init: ask() takes defaults on an empty answer and asks again after a refused one', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (b) => (shown += String(b)));
  const pending = ask(
    [
      { key: 'name', label: 'Definition name', validate: nameProblem },
      { key: 'repo', label: 'Chart repository URL', default: 'https://charts.example.com/stable' },
      { key: 'author', label: 'Author (optional)' },
    ],
    input,
    output,
  );
  for (const line of ['Bad_Name', 'good-name', '', 'someone']) {
    await new Promise((r) => setImmediate(r));
    input.write(`${line}\n`);
  }
  const answers = await pending;
  assert.deepEqual(answers, { name: 'good-name', repo: 'https://charts.example.com/stable', author: 'someone' });
  assert.match(shown, /Chart repository URL \[https:\/\/charts\.example\.com\/stable\]: /);
  assert.match(shown, /name "Bad_Name" must consist/);
});

test('init: one Prompter keeps lines typed ahead across groups of questions, and end of input cancels', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const p = new Prompter(input, output);
  input.write('first\nsecond\nthird\n');
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(await p.ask([{ key: 'a', label: 'A' }]), { a: 'first' });
  assert.deepEqual(await p.ask([{ key: 'b', label: 'B' }, { key: 'c', label: 'C' }]), { b: 'second', c: 'third' });
  const pending = p.ask([{ key: 'd', label: 'D' }]);
  input.end();
  await assert.rejects(pending, PromptCancelled);
  p.close();
});
