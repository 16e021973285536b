/**
 * Replays test/oracle/vectors/fmt.json (generated cases with Go 1.19's answers, written by
 * test/oracle/fmt-vectors.ts) against src/template/fmt and src/template/escape.ts, without Go.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeFmt } from '../oracle/fmt-codec.ts';
import { tsFmtAnswer } from '../oracle/fmt-compare.ts';
import type { FmtOp } from '../oracle/fmt-gen.ts';

const file = resolve(import.meta.dirname, '../oracle/vectors/fmt.json');
const vectors = JSON.parse(readFileSync(file, 'utf8')) as { cases: [FmtOp, string, unknown[], string][] };

test(`fmt golden vectors: ${vectors.cases.length} cases agree with Go's recorded answers`, () => {
  assert.ok(vectors.cases.length >= 5000);
  const bad: string[] = [];
  for (const [op, format, args, want] of vectors.cases) {
    const got = tsFmtAnswer({ op, format, args: args.map(decodeFmt) });
    if (got !== want) bad.push(`${op} ${JSON.stringify(format)} ${JSON.stringify(args)}\n  want: ${JSON.stringify(want)}\n  got:  ${JSON.stringify(got)}`);
  }
  assert.equal(bad.length, 0, `${bad.length} disagreements:\n${bad.slice(0, 20).join('\n')}`);
});
