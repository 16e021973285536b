/**
 * Live differential test of src/template/fmt and src/template/escape.ts against Go 1.24.5 (the
 * operator's Go): every generated case (test/oracle/fmt-gen.ts, seeded, including runes
 * assigned in Unicode 14/15, printed otherwise by Go 1.19) must agree exactly; %p of a list or
 * map is left out (Go prints a heap address).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { askOracle } from './client.ts';
import { FMT_CASES, FMT_FLOAT_CASES, fmtCases, fmtFloatCases, fmtQuestion } from './fmt-gen.ts';
import { goFmtAnswer, tsFmtAnswer } from './fmt-compare.ts';
import { encodeFmt } from './fmt-codec.ts';
import { isUnicodeDelta } from './fmt-unicode-delta.ts';
import { isPrint } from '../../src/template/fmt/isprint.ts';

const cases = fmtCases();

test(`fmt: ${FMT_CASES} generated Sprintf/Sprint/Sprintln/html/js/urlquery cases agree with Go`, async () => {
  const answers = await askOracle(cases.map(fmtQuestion));
  const bad: string[] = [];
  const byOp = new Map<string, number>();
  cases.forEach((c, i) => {
    byOp.set(c.op, (byOp.get(c.op) ?? 0) + 1);
    const go = goFmtAnswer(answers[i]);
    const ts = tsFmtAnswer(c);
    if (go !== ts) {
      bad.push(`${c.op} ${JSON.stringify(c.format)} ${JSON.stringify(c.args.map(encodeFmt), (_k, v) => v)}\n  go: ${JSON.stringify(go)}\n  ts: ${JSON.stringify(ts)}`);
    }
  });
  console.log(`fmt live: ${cases.length} cases`, Object.fromEntries(byOp), `${cases.length - bad.length} agree`);
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 25).join('\n')}`);
});

test(`fmt: ${FMT_FLOAT_CASES} generated float formatting cases (all verbs, precisions 0-120) agree with Go`, async () => {
  const floats = fmtFloatCases();
  const answers = await askOracle(floats.map(fmtQuestion));
  const bad: string[] = [];
  floats.forEach((c, i) => {
    const go = goFmtAnswer(answers[i]);
    const ts = tsFmtAnswer(c);
    if (go !== ts) bad.push(`${JSON.stringify(c.format)} ${JSON.stringify(c.args.map(encodeFmt))}\n  go: ${JSON.stringify(go)}\n  ts: ${JSON.stringify(ts)}`);
  });
  console.log(`fmt float live: ${floats.length} cases, ${floats.length - bad.length} agree`);
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 25).join('\n')}`);
});

test('isPrint (Unicode 15.0) = Go 1.24.5 strconv.IsPrint over all code points, the Unicode 14/15 runes (not printable in Go 1.19) included', async () => {
  const [answer] = await askOracle([{ kind: 'fmt', op: 'isprint' }]);
  const go = new Uint8Array(0x110000);
  for (const [lo, hi] of answer.ranges as [number, number][]) go.fill(1, lo, hi + 1);
  const bad: string[] = [];
  let delta = 0;
  for (let r = 0; r <= 0x10ffff; r++) {
    if (isPrint(r) !== (go[r] === 1)) bad.push(r.toString(16));
    if (isUnicodeDelta(r)) {
      delta++;
      if (go[r] !== 1) bad.push(`delta ${r.toString(16)} not printable in Go 1.24.5`);
    }
  }
  assert.deepEqual(bad.slice(0, 20), []);
  assert.equal(delta, 5318);
});
