// `npm run fuzz`: the seeded fuzzing campaign (test/fuzz/campaign.ts), longer than the one in
// npm test. Options: --seed N, --runs N, --built-every N, --oracle (cross-check yaml.v3's
// load verdicts with the Go oracle, which needs Go). Exits 1 when a property breaks, printing
// the shrunk input to add to test/fuzz/corpus/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askOracle } from '../oracle/client.ts';
import { runCampaign } from './campaign.ts';

const args = process.argv.slice(2);
const num = (flag: string, dflt: number): number => {
  const i = args.indexOf(flag);
  return i === -1 ? dflt : Number(args[i + 1]);
};
const seed = num('--seed', 20261205);
const runs = num('--runs', 200);
const builtEvery = num('--built-every', 5);
const oracle = args.includes('--oracle')
  ? async (inputs: Buffer[]) => {
      // base64: a JSON string would turn invalid UTF-8 into U+FFFD, which yaml.v3 then loads.
      const [a] = await askOracle([{ kind: 'load', base64: inputs.map((b) => b.toString('base64')) }]);
      return (a as { results: { error?: string }[] }).results;
    }
  : undefined;

const t0 = Date.now();
// Inputs that break a property are kept (unshrunk) in .scratch/fuzz-failures/ to reproduce.
const failures = join(import.meta.dirname, '..', '..', '.scratch', 'fuzz-failures');
const saveFailure = (input: { bytes: Buffer; seed: string; mutations: string[] }, command: string): void => {
  mkdirSync(failures, { recursive: true });
  const name = join(failures, `${command}-${seed}-${Date.now()}.yaml`);
  writeFileSync(name, input.bytes);
  console.error(`fuzz: saved ${name} (${input.seed}: ${input.mutations.join(', ')})`);
};
const report = await runCampaign({ seed, runs, builtEvery, oracle, saveFailure, log: (l) => console.error(`fuzz: ${l}`) });
const { failure, seen: _seen, ...figures } = report;
console.log(JSON.stringify({ ...figures, seconds: Math.round((Date.now() - t0) / 1000) }, null, 2));
if (failure) {
  console.error(`fuzz: property broken by ${failure.command}: ${failure.violations.map((v) => `${v.property}: ${v.detail}`).join('; ')}`);
  console.error(`fuzz: shrunk input (from ${failure.input.seed}, ${failure.input.mutations.join(', ')}), base64:\n${failure.input.bytes.toString('base64')}`);
  process.exitCode = 1;
}
