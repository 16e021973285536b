import fc from 'fast-check';
import { basename } from 'node:path';
import { checkRun, COMMANDS, loadVerdictsAgree, ourLoad, runBuilt, runInProcess, withInputFile } from './harness.ts';
import type { Violation } from './harness.ts';
import { inputArb, loadSeeds } from './mutators.ts';
import type { FuzzInput } from './mutators.ts';

export interface CampaignOptions {
  seed: number;
  /** Inputs generated (each runs through every command in process). */
  runs: number;
  /** Every n-th input also runs through the built CLI (0: never). */
  builtEvery: number;
  /** Ask yaml.v3 (the Go oracle, which needs Go) whether each input loads: the bytes as they are (invalid UTF-8 included). */
  oracle?: (inputs: Buffer[]) => Promise<{ error?: string }[]>;
  log?: (line: string) => void;
  /** Where to save each input that breaks a property, before shrinking (to reproduce it). */
  saveFailure?: (input: FuzzInput, command: string) => void;
}

export interface CampaignReport {
  seed: number;
  inputs: number;
  runsPerCommand: Record<string, { inProcess: number; built: number }>;
  mutations: Record<string, number>;
  oracleChecks: number;
  /** The first input that broke a property, shrunk by fast-check, and what it broke. */
  failure?: { input: FuzzInput; command: string; violations: Violation[] };
  /** Longest run, in CPU milliseconds. */
  maxMs: number;
  maxRssMiB: number;
  /** Command and property of each violation logged (shrinking repeats them). */
  seen: Set<string>;
}

/**
 * The fuzzing campaign: fast-check generates mutated fixtures from a fixed seed; each runs
 * through lint, render, docs, migrate and publish --dry-run=client in process (twice for the
 * same-output property) and, every `builtEvery`-th, through the built CLI with time and memory
 * measured; with an oracle, yaml.v3's load verdict is compared with ours.
 */
export async function runCampaign(opts: CampaignOptions): Promise<CampaignReport> {
  const seeds = loadSeeds();
  const report: CampaignReport = {
    seed: opts.seed,
    inputs: 0,
    runsPerCommand: Object.fromEntries(Object.keys(COMMANDS).map((c) => [c, { inProcess: 0, built: 0 }])),
    mutations: {},
    oracleChecks: 0,
    maxMs: 0,
    maxRssMiB: 0,
    seen: new Set(),
  };
  let n = 0;
  let last: { command: string; violations: Violation[] } | undefined;
  const property = fc.asyncProperty(inputArb(seeds), async (input) => {
    const violations = await checkInput(input, n++ % Math.max(1, opts.builtEvery) === 0 && opts.builtEvery > 0, report, opts);
    if (violations) last = violations;
    return violations === undefined;
  });
  const result = await fc.check(property, {
    seed: opts.seed,
    numRuns: opts.runs,
    endOnFailure: false,
    // Shrinking re-runs the commands; a bounded number of steps finds a small case.
    maxSkipsPerRun: 0,
  });
  if (result.failed && result.counterexample) {
    const [input] = result.counterexample;
    // The last failing check ran the shrunk input.
    report.failure = { input, command: last?.command ?? '?', violations: last?.violations ?? [] };
  }
  return report;
}

async function checkInput(input: FuzzInput, built: boolean, report: CampaignReport, opts: CampaignOptions): Promise<{ command: string; violations: Violation[] } | undefined> {
  report.inputs++;
  for (const m of input.mutations) report.mutations[m] = (report.mutations[m] ?? 0) + 1;
  return withInputFile(input.bytes, async (dir, file) => {
    const fileName = basename(file);
    for (const [name, args] of Object.entries(COMMANDS)) {
      const first = await runInProcess([...args, file]);
      report.runsPerCommand[name].inProcess++;
      report.maxMs = Math.max(report.maxMs, first.cpuMs ?? first.ms);
      let v = checkRun(first, file);
      if (!v.length) {
        const again = await runInProcess([...args, file]);
        report.runsPerCommand[name].inProcess++;
        if (again.status !== first.status || again.stdout !== first.stdout || again.stderr !== first.stderr) {
          v = [{ property: 'same output twice', detail: `exit ${first.status}/${again.status}, stdout ${first.stdout.length}/${again.stdout.length} chars` }];
        }
      }
      if (!v.length && built) {
        const b = await runBuilt([...args, basename(file)], dir);
        report.runsPerCommand[name].built++;
        report.maxMs = Math.max(report.maxMs, b.cpuMs ?? b.ms);
        report.maxRssMiB = Math.max(report.maxRssMiB, Math.round((b.maxRssBytes ?? 0) / 1048576));
        v = checkRun(b, basename(file));
        if (!v.length && b.status !== first.status) v = [{ property: 'built CLI agrees with in-process run', detail: `exit ${b.status} vs ${first.status}` }];
      }
      if (v.length) {
        if (!report.seen.has(`${name} ${v[0].property}`)) opts.log?.(`${name} ${input.seed} [${input.mutations.join(', ')}]: ${v.map((x) => `${x.property}: ${x.detail}`).join('; ')}`);
        if (!report.seen.has(`${name} ${v[0].property}`)) opts.saveFailure?.(input, name);
        report.seen.add(`${name} ${v[0].property}`);
        return { command: name, violations: v };
      }
    }
    if (opts.oracle) {
      const [go] = await opts.oracle([input.bytes]);
      report.oracleChecks++;
      const ours = await ourLoad(dir, fileName);
      if (!loadVerdictsAgree(go, ours)) {
        const v = [{ property: "yaml.v3's load verdict", detail: `yaml.v3: ${go.error ?? 'loads'}; ours: ${ours.error ?? 'loads'}` }];
        if (!report.seen.has('load')) opts.log?.(`load ${input.seed} [${input.mutations.join(', ')}]: ${v[0].detail}`);
        report.seen.add('load');
        return { command: 'load', violations: v };
      }
    }
    return undefined;
  });
}
