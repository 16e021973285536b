/**
 * Live differential test of src/regex/re2.ts against Go's regexp.Compile + MatchString
 * (go1.24.5, the operator's Go). Every generated pattern is compared, including those whose
 * answer changed since go1.19 (`(?<` named groups, Unicode 14/15: regexp-cases.ts), of which
 * there must be some of each kind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { goVersionSensitive, regexpCases } from './regexp-cases.ts';
import { goRegexpAnswer, knownFoldDifference, tsRegexpAnswer } from './regexp-compare.ts';

const cases = regexpCases();

test(`regexp: ${cases.length} patterns agree with Go`, async () => {
  const answers = await askOracle(cases.map((c) => ({ kind: 'regexp', pattern: c.pattern, subjects: c.subjects })));
  const bad: string[] = [];
  let rejected = 0;
  let matches = 0;
  let known = 0;
  cases.forEach((c, i) => {
    const go = goRegexpAnswer(answers[i]);
    const ts = tsRegexpAnswer(c.pattern, c.subjects);
    if (go.startsWith('E:')) rejected++;
    else matches += c.subjects.length;
    if (go !== ts && knownFoldDifference(c.pattern, c.subjects, go, ts)) known++;
    else if (go !== ts) bad.push(`${JSON.stringify(c.pattern)} subjects ${JSON.stringify(c.subjects)}\n  go: ${go}\n  ts: ${ts}`);
  });
  const changed = new Map<string, number>();
  for (const c of cases) {
    const k = goVersionSensitive(c.pattern);
    if (k) changed.set(k, (changed.get(k) ?? 0) + 1);
  }
  console.log(`regexp: ${cases.length} patterns, ${rejected} rejected by Go, ${matches} MatchString calls; ${known} known (?i) Unicode 16/17 case-orbit differences; changed since go1.19:`, Object.fromEntries(changed));
  assert.ok(known <= 5, `${known} (?i) case-orbit differences`);
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 30).join('\n')}`);
  assert.ok((changed.get('named group') ?? 0) > 50 && (changed.get('unicode 14/15') ?? 0) > 50 && (changed.get('unicode tables') ?? 0) > 500, 'too few patterns reach the go1.21/go1.22 changes or the Unicode tables');
});
