/**
 * Live differential test of src/regex/re2.ts against Go's regexp.Compile + MatchString
 * (go1.19 here). Patterns whose answer changed between go1.19 and the operator's go1.24
 * (`(?<` named groups) are left out and covered in test/regex/re2.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { goVersionSensitive, regexpCases } from './regexp-cases.ts';
import { goRegexpAnswer, tsRegexpAnswer } from './regexp-compare.ts';

const all = regexpCases();
const cases = all.filter((c) => !goVersionSensitive(c.pattern));

test(`regexp: ${cases.length} patterns (${all.length - cases.length} go1.22+-sensitive left out) agree with Go`, async () => {
  const answers = await askOracle(cases.map((c) => ({ kind: 'regexp', pattern: c.pattern, subjects: c.subjects })));
  const bad: string[] = [];
  let rejected = 0;
  let matches = 0;
  cases.forEach((c, i) => {
    const go = goRegexpAnswer(answers[i]);
    const ts = tsRegexpAnswer(c.pattern, c.subjects);
    if (go.startsWith('E:')) rejected++;
    else matches += c.subjects.length;
    if (go !== ts) bad.push(`${JSON.stringify(c.pattern)} subjects ${JSON.stringify(c.subjects)}\n  go: ${go}\n  ts: ${ts}`);
  });
  console.log(`regexp: ${cases.length} patterns, ${rejected} rejected by Go, ${matches} MatchString calls`);
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 30).join('\n')}`);
});
