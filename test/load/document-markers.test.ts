import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYamlStream } from '../../src/load/parse-stream.ts';

// yaml.v3's verdicts, recorded 2026-12-05 from go.yaml.in/yaml/v3 v3.0.4 (the oracle's `load`
// question: yaml.NewDecoder over the whole stream; `npm run fuzz -- --oracle` asks it live).
const recorded: { text: string; go: string | null }[] = [
  { text: '...\nkind: Helm\n', go: 'yaml: did not find expected node content' },
  { text: '# c\n\n...\nkind: Helm\n', go: 'yaml: line 2: did not find expected node content' },
  { text: '... # c\nkind: Helm\n', go: 'yaml: did not find expected node content' },
  { text: 'kind: Helm\n...\nkind: Custom\n', go: 'yaml: line 2: did not find expected <document start>' },
  { text: 'kind: Helm\r\n...\r\nkind: Custom\r\n', go: 'yaml: line 2: did not find expected <document start>' },
  { text: 'kind: Helm\n...\n# c\n...\n---\nkind: Custom\n', go: null },
  { text: 'kind: Helm\n...\n', go: null },
  { text: 'kind: Helm\n... \n  # c\n', go: null },
  { text: '...x: 1\n', go: null },
  { text: 'a: |\n  x\n...\n', go: null },
  { text: '%YAML 1.2\n---\na: 1\n...\n%YAML 1.2\n---\nb: 1\n', go: 'yaml: found incompatible YAML document' },
  { text: '%YAML 2.0\n---\na: 1\n', go: 'yaml: found incompatible YAML document' },
  { text: '%YAML 1.1\n---\na: 1\n', go: null },
  { text: '%YAML   1.1 # c\n---\na: 1\n', go: null },
];

for (const { text, go } of recorded) {
  test(`document markers as yaml.v3 reads them: ${JSON.stringify(text)}`, () => {
    const errors = parseYamlStream(text).flatMap((d) => d.errors);
    if (go === null) assert.deepEqual(errors, [], 'yaml.v3 loads it');
    else {
      assert.ok(errors.length > 0, `yaml.v3 refuses it: ${go}`);
      // Our message starts with yaml.v3's own words.
      assert.ok(go.endsWith(errors[0].message.replace(/ \(yaml\.v3 .*$/, '')), `${errors[0].message} vs ${go}`);
    }
  });
}

test('the refusal is placed at the line yaml.v3 stops on', () => {
  const text = 'kind: Helm\n...\nkind: Custom\n';
  const [first, second] = parseYamlStream(text);
  assert.deepEqual(first.errors, []);
  assert.equal(second.errors[0].start, text.indexOf('kind: Custom'));
  assert.equal(second.root, null);
});
