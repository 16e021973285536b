// npm run bench: the figures the closing notes report, measured on this machine in one run.
//   1. start-up: `lint` of one small file against `node -e ''` (median wall time)
//   2. throughput: `lint` of 10,000 generated definitions (~2 KB each), end to end, with
//      peak RSS; against yaml's parseDocument alone (one core) and yamllint on the same files
//   3. publish: 200 definitions to the test API server against kubectl (bench/publish.mjs)
//   4. publish: the same against a real kube-apiserver and its kubectl (bench/publish-k8s.mjs),
//      when `npx tsx test/k8s/cli.ts build` has built them
//   5. lsp: re-lint latency of a 2,000-line definition after a keystroke (bench/lsp.mjs)
// Options: --quick (fewer runs), --skip-publish.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseDocument } from 'yaml';
import { ensureCorpus } from './corpus.mjs';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const corpus = join(root, '.bench', 'corpus');
const bin = join(root, 'bin', 'forkspacer-def');
const results = {};

function wall(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, r };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Start-up.
{
  const runs = quick ? 7 : 21;
  const small = join(root, 'fixtures', 'examples', 'redis-helm-flat.yaml');
  spawnSync(process.execPath, [bin, 'lint', small]); // warm the code cache
  const base = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    base.push(wall(process.execPath, ['-e', '']).ms);
    ours.push(wall(process.execPath, [bin, 'lint', small]).ms);
  }
  results.startup = { nodeMs: median(base), lintMs: median(ours), ratio: median(ours) / median(base) };
  console.log(`start-up: node -e '' ${median(base).toFixed(1)} ms, lint of one file ${median(ours).toFixed(1)} ms: ${results.startup.ratio.toFixed(2)}x`);
}

// 2. Throughput on the corpus.
{
  ensureCorpus(corpus, 10000);
  const files = readdirSync(corpus).map((f) => join(corpus, f));
  const n = files.length;
  const timed = wall('/usr/bin/time', ['-f', '%M', process.execPath, bin, 'lint', corpus, '-f', 'json', '-o', join(root, '.bench', 'lint.json')]);
  const rssKb = Number(timed.r.stderr.trim().split('\n').pop());
  const summary = JSON.parse(readFileSync(join(root, '.bench', 'lint.json'), 'utf8')).summary;
  const lintRate = (n / timed.ms) * 1000;
  // parseDocument alone, one core, in this process (texts read first).
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  for (const t of texts.slice(0, 300)) parseDocument(t);
  const t0 = performance.now();
  for (const t of texts) parseDocument(t);
  const parseRate = (n / (performance.now() - t0)) * 1000;
  let yamllintRate;
  if (spawnSync('yamllint', ['--version']).status === 0) {
    const y = wall('yamllint', ['-f', 'parsable', '-d', 'relaxed', corpus]);
    yamllintRate = (n / y.ms) * 1000;
  }
  results.throughput = {
    documents: n,
    cores: availableParallelism(),
    lintDocsPerSec: lintRate,
    lintWallMs: timed.ms,
    peakRssMb: rssKb / 1024,
    parseDocumentDocsPerSec: parseRate,
    yamllintDocsPerSec: yamllintRate,
    findings: summary,
  };
  console.log(
    `lint of ${n} definitions: ${timed.ms.toFixed(0)} ms = ${lintRate.toFixed(0)} docs/s on ${availableParallelism()} cores, peak RSS ${(rssKb / 1024).toFixed(0)} MB` +
      ` (exit ${timed.r.status}; ${summary.errorCount} errors, ${summary.warningCount} warnings)`,
  );
  console.log(`  yaml parseDocument alone (1 core): ${parseRate.toFixed(0)} docs/s -> lint is ${(lintRate / parseRate).toFixed(2)}x`);
  if (yamllintRate) console.log(`  yamllint (relaxed): ${yamllintRate.toFixed(0)} docs/s -> lint is ${(lintRate / yamllintRate).toFixed(1)}x`);
  else console.log('  yamllint not installed (apt-get install yamllint) - no comparison');
}

// 3. Publish against the test API server and kubectl.
if (!process.argv.includes('--skip-publish') && existsSync(join(root, 'bench', 'publish.mjs'))) {
  const p = spawnSync(process.execPath, [join(root, 'bench', 'publish.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(p.stdout);
  results.publish = p.stdout.trim();
}

// 4. Publish against a real kube-apiserver and the real kubectl of the same version.
if (!process.argv.includes('--skip-publish')) {
  const where = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test', 'k8s', 'cli.ts'), 'where'], { cwd: root, encoding: 'utf8' });
  if (where.status === 0) {
    const p = spawnSync(process.execPath, [join(root, 'bench', 'publish-k8s.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(p.stdout);
    results.publishK8s = p.stdout.trim();
  } else console.log(`publish against kube-apiserver: not measured (no binaries in ${where.stdout.trim()}; build them with npx tsx test/k8s/cli.ts build)`);
}

// 5. The language server's re-lint latency.
{
  const p = spawnSync(process.execPath, [join(root, 'bench', 'lsp.mjs'), ...(quick ? ['--quick'] : [])], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(p.stdout);
  results.lsp = p.stdout.trim();
}

mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'results.json'), JSON.stringify(results, null, 2));
console.log('results in .bench/results.json');
