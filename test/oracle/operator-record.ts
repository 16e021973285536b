/**
 * Recorded operator answers: test/oracle/vectors/operator-<family>.json.gz holds, for each
 * generated request of the family (operator-cases.ts, regenerated from the seed), a digest of
 * the request and what the operator's code answered. `npm test` replays them without Go.
 * Record (needs the drivers, see operator-client.ts): npx tsx test/oracle/operator-record.ts [family ...]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { askOperator, families } from './operator-client.ts';
import type { Family } from './operator-client.ts';
import { legacyCases } from './operator-cases.ts';
import { inlineCases } from './operator-inline-cases.ts';
import { compareFamily, goVerdict, isInline, requestOf } from './operator-compare.ts';
import type { GoVerdict, OperatorCase } from './operator-compare.ts';

export const CASES_PER_FAMILY = 10_000;

/** Row of a vector file: digest, ok (1/0), stage, error, effective config, rendered spec, kind. */
export type VectorRow = [string, number, string, string, string, string, string];

export interface VectorFile {
  source: string;
  generator: string;
  family: string;
  seed: number;
  count: number;
  cases: VectorRow[];
}

export function familySeed(dir: string): number {
  return parseInt(createHash('sha1').update(`operator-cases:${dir}`).digest('hex').slice(0, 8), 16);
}

export const digestOf = (q: object) => createHash('sha1').update(JSON.stringify(q)).digest('hex').slice(0, 12);

export function casesOf(f: Family, count = CASES_PER_FAMILY): OperatorCase[] {
  return f.era === 'inline' ? inlineCases(familySeed(f.dir), f.releases, count) : legacyCases(familySeed(f.dir), f.releases, count);
}

/** Open disagreements with the operator, by family and request digest: bugs of ours, listed so that no new one slips in. */
export const KNOWN_PATH = resolve(import.meta.dirname, 'vectors/operator-known.json');

export function readKnown(dir: string): Map<string, string> {
  const all = JSON.parse(readFileSync(KNOWN_PATH, 'utf8')) as { families: Record<string, Record<string, string>> };
  return new Map(Object.entries(all.families[dir] ?? {}));
}

export const vectorPath = (dir: string) => resolve(import.meta.dirname, `vectors/operator-${dir}.json.gz`);

export function readVectors(dir: string): VectorFile {
  return JSON.parse(gunzipSync(readFileSync(vectorPath(dir))).toString('utf8')) as VectorFile;
}

export function rowOf(digest: string, v: GoVerdict): VectorRow {
  return [digest, v.ok ? 1 : 0, v.stage, v.error, v.config, v.spec, v.kind];
}

export function verdictOf(row: VectorRow): GoVerdict {
  return { ok: row[1] === 1, stage: row[2], error: row[3], config: row[4], spec: row[5], kind: row[6] };
}

/** Asks each release's driver for its share of the family's cases, in case order. */
export async function askFamily(f: Family, cases: readonly OperatorCase[]): Promise<GoVerdict[]> {
  const out: GoVerdict[] = new Array(cases.length);
  for (const release of f.releases) {
    const idx = cases.map((c, i) => (c.release === release ? i : -1)).filter((i) => i >= 0);
    const answers = await askOperator(release, idx.map((i) => requestOf(cases[i])));
    idx.forEach((i, k) => (out[i] = goVerdict(answers[k], isInline(cases[i]))));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv.includes('--known')) {
  // Lists today's disagreements with the recorded answers as the open ones (review the diff).
  const out: Record<string, Record<string, string>> = {};
  for (const f of families()) {
    const v = readVectors(f.dir);
    const rep = compareFamily(casesOf(f, v.count), v.cases.map(verdictOf), 0);
    out[f.dir] = Object.fromEntries(rep.unknown);
    console.log(`${f.dir}: ${rep.unknown.length} open disagreements`);
  }
  writeFileSync(KNOWN_PATH, JSON.stringify({ note: 'Open disagreements with the operator (bugs of ours): regenerate with npx tsx test/oracle/operator-record.ts --known and review the diff.', families: out }, null, 1) + '\n');
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv.slice(2);
  for (const f of families()) {
    if (only.length && !only.includes(f.dir)) continue;
    const seed = familySeed(f.dir);
    const cases = casesOf(f);
    const verdicts = await askFamily(f, cases);
    const file: VectorFile = {
      source: `the operator's own code (${f.era === 'inline' ? 'api/v1' : 'pkg/resources'} of github.com/forkspacer/forkspacer, driven as its internal/controller drives it), one driver binary per release: ${f.releases.join(', ')}`,
      generator: 'test/oracle/operator-record.ts',
      family: f.dir,
      seed,
      count: cases.length,
      cases: cases.map((c, i) => rowOf(digestOf(requestOf(c)), verdicts[i])),
    };
    writeFileSync(vectorPath(f.dir), gzipSync(JSON.stringify(file).replace(/\],\[/g, '],\n['), { level: 9 }));
    const ok = verdicts.filter((v) => v.ok).length;
    console.log(`${f.dir}: ${cases.length} cases, ${ok} installed, ${cases.length - ok} refused`);
  }
}
