import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkRun, loadVerdictsAgree, ourLoad, runBuilt, runInProcess } from './harness.ts';

/**
 * The fuzzing corpus: minimal reproducers of the defects the campaign found (test/fuzz/corpus/
 * NAME.yaml), each with what the commands must do now (NAME.json): exit status, text that
 * must or must not appear, a time bound, and yaml.v3's recorded load verdict (from the Go
 * oracle's `load` kind, test/oracle/go/load.go), which ours must match. Each run goes through
 * the built CLI and in process, and keeps the fuzzer's properties (harness.ts checkRun).
 */
interface CorpusRun {
  args: string[];
  status: number;
  includes?: string[];
  excludes?: string[];
  maxMs?: number;
}
interface CorpusCase {
  defect: string;
  runs: CorpusRun[];
  goLoad?: string;
}

const dir = join(import.meta.dirname, 'corpus');
const names = readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort();

test('the corpus is not empty', () => assert.ok(names.length >= 5));

for (const name of names) {
  const spec = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as CorpusCase;
  const file = `${name}.yaml`;
  test(`corpus ${name}: ${spec.defect}`, async () => {
    for (const run of spec.runs) {
      for (const [how, r] of [
        ['built', await runBuilt([...run.args, file], dir)],
        ['in process', await runInProcess([...run.args, join(dir, file)])],
      ] as const) {
        const what = `${how} ${run.args.join(' ')}`;
        const all = r.stdout + r.stderr;
        assert.deepEqual(checkRun(r, file), [], what);
        assert.equal(r.status, run.status, `${what}: exit status\n${all.slice(0, 2000)}`);
        for (const s of run.includes ?? []) assert.ok(all.includes(s), `${what}: expected ${JSON.stringify(s)} in\n${all.slice(0, 2000)}`);
        for (const s of run.excludes ?? []) assert.ok(!all.includes(s), `${what}: unexpected ${JSON.stringify(s)} in\n${all.slice(0, 2000)}`);
        if (run.maxMs) assert.ok(r.ms < run.maxMs, `${what}: ${Math.round(r.ms)} ms, over ${run.maxMs}`);
      }
    }
    if (spec.goLoad !== undefined) {
      const go = spec.goLoad === 'ok' ? {} : { error: spec.goLoad };
      const ours = await ourLoad(dir, file);
      assert.ok(loadVerdictsAgree(go, ours), `yaml.v3 (recorded): ${spec.goLoad}; ours: ${ours.error ?? 'loads'}`);
    }
  });
}
