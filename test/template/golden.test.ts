/**
 * Replays test/oracle/vectors/template.json (generated template cases with Go 1.19's answers,
 * written by test/oracle/template-golden.ts) without Go: every case must agree, apart from the
 * known 1.19-vs-1.24 differences (template-case.ts), which must be few.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decode } from '../oracle/codec.ts';
import { type Answer, compareAnswers, runOurs } from '../oracle/template-case.ts';

const file = resolve(import.meta.dirname, '../oracle/vectors/template.json');
const vectors = JSON.parse(readFileSync(file, 'utf8')) as { count: number; cases: [string, unknown, Answer][] };

test(`template golden: ${vectors.cases.length} cases recorded from Go agree`, () => {
  assert.ok(vectors.cases.length >= 5000);
  const counts = { agree: 0, version: 0, disagree: 0 };
  const bad: string[] = [];
  for (const [text, data, go] of vectors.cases) {
    const ours = runOurs(text, decode(data));
    const v = compareAnswers(ours, go, '1.24');
    counts[v]++;
    if (v === 'disagree') bad.push(`${JSON.stringify(text)} data=${JSON.stringify(data)}\n  go:   ${JSON.stringify(go)}\n  ours: ${JSON.stringify(ours)}`);
  }
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 20).join('\n')}`);
  assert.ok(counts.version < vectors.cases.length * 0.05);
});
