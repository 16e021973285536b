import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayNestDeeply, yamlV3DepthProblem, yamlV3FlowOverflow } from '../../src/load/nesting.ts';
import { parseYamlStream } from '../../src/load/parse-stream.ts';
import type { YNode } from '../../src/load/ynode.ts';

const deep = (n: number): string => '['.repeat(n) + ']'.repeat(n);

test('yamlV3FlowOverflow: the bracket that opens level 10001, as yaml.v3 counts', () => {
  assert.equal(yamlV3FlowOverflow(`a: ${deep(10000)}\n`), undefined);
  assert.equal(yamlV3FlowOverflow(`a: ${deep(10001)}\n`), 3 + 10000);
  assert.equal(yamlV3FlowOverflow(`a: {b: ${deep(10000)}}\n`), 7 + 9999);
});

test('yamlV3FlowOverflow: brackets in quoted, block and plain scalars and comments are text', () => {
  const many = '['.repeat(10001);
  assert.equal(yamlV3FlowOverflow(`a: "${many}"\n`), undefined);
  assert.equal(yamlV3FlowOverflow(`a: '${many}'\n`), undefined);
  assert.equal(yamlV3FlowOverflow(`a: x${many}\n`), undefined);
  assert.equal(yamlV3FlowOverflow(`a: 1 # ${many}\n`), undefined);
  assert.equal(yamlV3FlowOverflow(`a: |\n  ${many}\n  more\nb: 1\n`), undefined);
  assert.equal(yamlV3FlowOverflow(`a: [ "]]]", ${many}\n`), 12 + 9999);
});

test('mayNestDeeply: cheap over-estimate that lets shallow files through', () => {
  assert.equal(mayNestDeeply('a:\n  b: [1, 2, {c: 3}]\n'), false);
  assert.equal(mayNestDeeply(`a: ${deep(500)}\n`), true);
  assert.equal(mayNestDeeply(`${'- '.repeat(300)}x\n`), true);
  assert.equal(mayNestDeeply(`a:\n${' '.repeat(500)}b\n`), true);
});

test("yamlV3DepthProblem: yaml.v3's indent stack, one entry per further-indented block collection", () => {
  const compact = (n: number) => parseYamlStream(`${'- '.repeat(n)}x\n`)[0].root;
  // 300 levels parse on the default stack; the limit is checked with a lower bound by scaling.
  const text = `${'- '.repeat(300)}x\n`;
  assert.equal(yamlV3DepthProblem(text, compact(300)), undefined);
  // 10001 compact levels (composed here by hand: parsing them takes the large stack).
  const chain = (n: number): { text: string; root: YNode } => {
    const text = `${'- '.repeat(n)}x\n`;
    let node: YNode = { kind: 'scalar', value: 'x', style: 'plain', start: 2 * n, end: 2 * n + 1 };
    for (let i = n - 1; i >= 0; i--) node = { kind: 'seq', items: [node], start: 2 * i, end: 2 * n + 1 };
    return { text, root: node };
  };
  const ok = chain(10000);
  assert.equal(yamlV3DepthProblem(ok.text, ok.root), undefined);
  const over = chain(10001);
  assert.deepEqual(yamlV3DepthProblem(over.text, over.root), { message: 'exceeded max depth of 10000', offset: 20000 });
  // An indentless sequence (`k:\n- x`) adds no indent level, a nested map does.
  const t2 = 'k:\n- a:\n    b: 1\n';
  assert.equal(yamlV3DepthProblem(t2, parseYamlStream(t2)[0].root), undefined);
});

test('parseYamlStream: past the flow limit, the document holding it is refused with yaml.v3\'s message and none after it is read', () => {
  const docs = parseYamlStream(`a: 1\n---\nb: ${deep(10001)}\n---\nc: 3\n`);
  assert.equal(docs.length, 2);
  assert.ok(docs[0].root && docs[0].errors.length === 0);
  assert.equal(docs[1].root, null);
  assert.match(docs[1].errors[0].message, /^exceeded max depth of 10000 \(yaml\.v3/);
  assert.equal(docs[1].errors[0].start, 12 + 10000);
});
