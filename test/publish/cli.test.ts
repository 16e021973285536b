// The publish command: lint gate, output streams and exit codes (with a stand-in lint runner).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { startApiServer, type ApiServer } from '../apiserver/server.ts';
import { register, type PublishDeps } from '../../src/cli/commands/publish.ts';
import type { LintForPublish, PublishItem } from '../../src/publish/types.ts';
import { UsageError } from '../../src/cli/usage-error.ts';

let api: ApiServer;
before(async () => (api = await startApiServer()));
after(async () => api.close());

const item = (name: string): PublishItem => ({ name, version: '1.0.0', kind: 'Helm', text: `kind: Helm\nmetadata:\n  name: ${name}\n`, sourceFile: 'x.yaml', line: 1 });

async function run(args: string[], lint: Partial<Awaited<ReturnType<LintForPublish>>> = {}) {
  let out = '';
  let err = '';
  const calls: { paths: string[]; opts: unknown }[] = [];
  const deps: PublishDeps = {
    lintForPublish: async (paths, opts) => {
      calls.push({ paths, opts });
      return { ok: true, report: '', items: [item('alpha'), item('beta')], ...lint };
    },
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
  };
  const program = new Command('forkspacer-def').exitOverride();
  register(program, deps);
  process.exitCode = undefined;
  let code: number;
  try {
    await program.parseAsync(['node', 'forkspacer-def', 'publish', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof UsageError) {
      err += e.message;
      code = 2;
    } else throw e;
  } finally {
    process.exitCode = undefined;
  }
  return { code, out, err, calls };
}

test('publishes, prints kubectl-style lines, a summary and the Module snippet', async () => {
  const r = await run(['defs/', '-n', 'default', '--kubeconfig', api.kubeconfigPath]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^configmap\/alpha created\nconfigmap\/beta created\npublished 2 ConfigMaps to namespace "default" .*: 2 created, 0 configured, 0 unchanged/);
  assert.match(r.out, /kind: Module\n[\s\S]*source:\n    configMap:\n      name: alpha/);
  assert.deepEqual(r.calls[0].paths, ['defs/']);
  const again = await run(['defs/', '--kubeconfig', api.kubeconfigPath, '--no-module-snippet']);
  assert.equal(again.out.split('\n').slice(0, 2).join('\n'), 'configmap/alpha unchanged\nconfigmap/beta unchanged');
  assert.doesNotMatch(again.out, /kind: Module/);
});

test('lint errors refuse the whole publish (exit 1), nothing is sent', async () => {
  const before = api.requests.length;
  const r = await run(['defs/', '--kubeconfig', api.kubeconfigPath], { ok: false, report: 'x.yaml\n  1:1  error  bad  some-rule\n' });
  assert.equal(r.code, 1);
  assert.match(r.out, /error {2}bad/);
  assert.match(r.err, /nothing published: lint reported errors/);
  assert.equal(api.requests.length, before);
});

test('unreadable inputs exit 2', async () => {
  const r = await run(['missing.yaml'], { ioErrors: [{ path: 'missing.yaml', message: 'ENOENT' }] });
  assert.equal(r.code, 2);
  assert.match(r.err, /missing\.yaml: ENOENT/);
});

test('--dry-run=client -o yaml writes only manifests to stdout (GitOps)', async () => {
  const r = await run(['defs/', '--dry-run=client', '-o', 'yaml', '-n', 'team']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alpha\n  namespace: team\n/);
  assert.match(r.out, /\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: beta/);
  assert.match(r.err, /dry run: 2 ConfigMaps for namespace "team", not sent/);
});

test('--diff exits 1 when something would change and 0 when nothing would', async () => {
  let r = await run(['defs/', '--diff', '-n', 'default', '--kubeconfig', api.kubeconfigPath], { items: [item('gamma')] });
  assert.equal(r.code, 1);
  assert.match(r.out, /^diff -u -N LIVE\/v1\.ConfigMap\.default\.gamma/);
  await run(['defs/', '--kubeconfig', api.kubeconfigPath], { items: [item('gamma')] });
  r = await run(['defs/', '--diff', '--kubeconfig', api.kubeconfigPath], { items: [item('gamma')] });
  assert.equal(r.code, 0, r.out + r.err);
});

test('a failed publish exits 1 with the error on stderr', async () => {
  const h = api.inject({ verb: 'apply', status: 403 });
  const r = await run(['defs/', '--kubeconfig', api.kubeconfigPath, '--retries', '0'], { items: [item('delta')] });
  h.remove();
  assert.equal(r.code, 1);
  assert.match(r.err, /^error: configmap\/delta \(x\.yaml:1\): Forbidden \(403\)/m);
  assert.match(r.err + r.out, /publish failed: 1 ConfigMap .*1 failed/);
});

test('usage errors exit 2', async () => {
  assert.equal((await run(['defs/', '--diff', '--dry-run=server'])).code, 2);
  assert.equal((await run(['defs/', '--concurrency', '0'])).code, 2);
  assert.equal((await run(['defs/', '--request-timeout', 'soon'])).code, 2);
  const r = await run(['defs/', '--dry-run=client', '--values', '/nonexistent/values.yaml']);
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot read --values \/nonexistent\/values\.yaml/);
});
