/** Replays test/oracle/vectors/render-spec.json (Go's rendering of generated Helm specs) without Go. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderSpecCases } from '../oracle/render-spec-cases.ts';
import { questionOf, tsRenderSpecAnswer } from '../oracle/render-spec-compare.ts';

const vectors = JSON.parse(readFileSync(resolve(import.meta.dirname, '../oracle/vectors/render-spec.json'), 'utf8')) as {
  cases: [string, string][];
};
const digest = (q: object) => createHash('sha1').update(JSON.stringify(q)).digest('hex').slice(0, 12);

test(`replay ${vectors.cases.length} Go renderings of generated Helm specs`, () => {
  const cases = renderSpecCases();
  assert.equal(cases.length, vectors.cases.length);
  const bad: string[] = [];
  cases.forEach((c, i) => {
    const [d, go] = vectors.cases[i];
    assert.equal(digest(questionOf(c)), d, `case ${i}: the generator changed; regenerate with npx tsx test/oracle/render-spec-vectors.ts`);
    const ts = tsRenderSpecAnswer(c);
    if (ts !== go) bad.push(`${c.spec}\n  go: ${go}\n  ts: ${ts}`);
  });
  assert.deepEqual(bad, []);
  assert.ok(vectors.cases.filter(([, a]) => a !== 'E').length > 1000, 'most cases compare values');
});
