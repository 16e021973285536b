// Runs every test/**/*.test.ts with Node's built-in runner (through tsx for TypeScript).
// Live differential tests against the Go oracle (*.live.test.ts) run with --oracle, or when
// FORKSPACER_LIVE_ORACLE=1; they need Go and fail, not skip, when it is missing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

// The precompiled schema validators are build output (not tracked): generate them when a
// fresh clone runs tests before building.
if (!existsSync(join(import.meta.dirname, '..', 'src', 'schema', 'generated', 'validators.mjs'))) {
  const g = spawnSync(process.execPath, [join(import.meta.dirname, 'build.mjs'), '--schemas-only'], { stdio: 'inherit' });
  if (g.status !== 0) process.exit(g.status ?? 1);
}

const args = process.argv.slice(2);
const live = args.includes('--oracle') || process.env.FORKSPACER_LIVE_ORACLE === '1';
const onlyLive = args.includes('--oracle');
const filters = args.filter((a) => !a.startsWith('--'));

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

let files = walk('test', []).sort();
files = files.filter((f) => {
  const isLive = f.endsWith('.live.test.ts');
  if (onlyLive) return isLive;
  return live || !isLive;
});
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (!files.length) {
  console.error('no test files matched');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
