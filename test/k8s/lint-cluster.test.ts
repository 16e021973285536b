// `lint --cluster` against a real kube-apiserver with the operator's CRDs installed: Workspace
// lookup in both API groups (present, missing, CRD not installed) and Module source.configMap
// definitions read from the cluster, as the namespaced editor of test/k8s/cluster.ts.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { JsonReport } from '../../src/formatters/json.ts';
import { HELM, cli, helmDef, skip, useCluster, writeFiles } from './support.ts';

const k8s = useCluster();
const opts = { skip, timeout: 180_000 };
const workspaceSpec = { type: 'kubernetes', hibernated: false, connection: { type: 'in-cluster' } };

async function createWorkspace(group: string, name: string): Promise<void> {
  const c = k8s.get();
  await c.apply(`/apis/${group}/v1/namespaces/${c.namespace}/workspaces/${name}`, { apiVersion: `${group}/v1`, kind: 'Workspace', metadata: { name, namespace: c.namespace }, spec: workspaceSpec });
}

before(async () => {
  if (skip) return;
  await k8s.ready();
  await createWorkspace('batch.forkspacer.com', 'dev');
  await createWorkspace('batch.environment.sh', 'old');
});

/** A Module of the current API group (configMap source) or of batch.environment.sh (httpURL). */
function moduleDoc(name: string, namespace: string, workspace: string, source: string, group = 'batch.forkspacer.com'): string {
  return `apiVersion: ${group}/v1\nkind: Module\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  workspace:\n    name: ${workspace}\n    namespace: ${namespace}\n  source:\n${source}`;
}

async function lintJson(dir: string, ...files: string[]): Promise<{ status: number | null; report: JsonReport; stderr: string }> {
  const c = k8s.get();
  const r = await cli(['lint', '--format', 'json', '--cluster', '--kubeconfig', c.kubeconfig, ...files], dir);
  let report: JsonReport;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`lint printed no JSON report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return { status: r.status, report, stderr: r.stderr };
}

const workspaceFindings = (report: JsonReport) => report.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'module-workspace').map((x) => `${f.file}:${x.line} ${x.severity} ${x.message}`));

test('Workspaces in both API groups: present ones pass, a missing one is named with its group', opts, async () => {
  const c = k8s.get();
  const ns = c.namespace;
  const dir = writeFiles(k8s.dir(), {
    'new.yaml': [
      moduleDoc('a', ns, 'dev', `    configMap:\n      name: lint-def\n      namespace: ${ns}\n`),
      moduleDoc('b', ns, 'prod', `    configMap:\n      name: lint-def\n      namespace: ${ns}\n`),
    ].join('---\n'),
    'old.yaml': [
      moduleDoc('c', ns, 'old', '    httpURL: http://127.0.0.1:9/never-fetched.yaml\n', 'batch.environment.sh'),
      moduleDoc('d', ns, 'dev', '    httpURL: http://127.0.0.1:9/never-fetched.yaml\n', 'batch.environment.sh'),
    ].join('---\n'),
  });
  await c.apply(`/api/v1/namespaces/${ns}/configmaps/lint-def`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'lint-def', namespace: ns }, data: { 'module.yaml': HELM } });
  const { report } = await lintJson(dir, 'new.yaml', 'old.yaml');
  const at = `\\(context "fsd-editor", server ${c.server.replace(/[.]/g, '\\.')}\\)`;
  const found = workspaceFindings(report);
  assert.equal(found.length, 2, found.join('\n'));
  // prod is in neither group; dev exists only in batch.forkspacer.com, so the old-group Module d misses it.
  assert.match(found[0], new RegExp(`^new\\.yaml:\\d+ error no Workspace ${ns}/prod among the inputs nor in the cluster: Workspace ${ns}/prod \\(batch\\.forkspacer\\.com/v1\\) not found in the cluster ${at}`));
  assert.match(found[1], new RegExp(`^old\\.yaml:\\d+ error no Workspace ${ns}/dev among the inputs nor in the cluster: Workspace ${ns}/dev \\(batch\\.environment\\.sh/v1\\) not found in the cluster ${at}`));
});

test('a cluster without the Workspace CRD of a group says so, not "not found"', { ...opts, skip: skip ?? (process.env.FORKSPACER_E2E_KUBECONFIG ? 'removes a CRD: only on the cluster the tests start themselves' : undefined) }, async () => {
  const c = k8s.get();
  const dir = writeFiles(k8s.dir(), { 'old.yaml': moduleDoc('c', c.namespace, 'old', '    httpURL: http://127.0.0.1:9/never-fetched.yaml\n', 'batch.environment.sh') });
  await c.removeCrd('workspaces.batch.environment.sh');
  try {
    const { report } = await lintJson(dir, 'old.yaml');
    const found = workspaceFindings(report);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(
      found[0],
      new RegExp(`^old\\.yaml:\\d+ \\w+ cannot tell whether Workspace ${c.namespace}/old exists: the cluster does not serve workspaces\\.batch\\.environment\\.sh/v1 \\(context "fsd-editor", server [^)]+\\); is the Forkspacer operator \\(its CRDs\\) installed there\\?$`),
    );
  } finally {
    await c.restoreCrd('workspaces.batch.environment.sh');
  }
  // Removing the CRD removed its Workspaces too.
  assert.equal(workspaceFindings((await lintJson(dir, 'old.yaml')).report).length, 1);
  await createWorkspace('batch.environment.sh', 'old');
  const again = workspaceFindings((await lintJson(dir, 'old.yaml')).report);
  assert.deepEqual(again, [], 'with the CRD back, the Workspace is found');
});

test('source.configMap definitions are read from the cluster and linted with every rule at their own positions', opts, async () => {
  const c = k8s.get();
  const ns = c.namespace;
  // An invalid namespace name (error, line 39) and a default above its max (warning, line 27).
  const bad = helmDef('redis').replace('  namespace: default\n', '  namespace: Default_NS\n').replace('      default: 1\n', '      default: 7\n');
  await c.apply(`/api/v1/namespaces/${ns}/configmaps/lint-bad`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'lint-bad', namespace: ns }, data: { 'module.yaml': bad } });
  await c.apply(`/api/v1/namespaces/${ns}/configmaps/lint-good`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'lint-good', namespace: ns }, data: { 'module.yaml': HELM } });
  const dir = writeFiles(k8s.dir(), {
    'modules.yaml': [
      moduleDoc('a', ns, 'dev', `    configMap:\n      name: lint-bad\n      namespace: ${ns}\n`),
      moduleDoc('b', ns, 'dev', `    configMap:\n      name: lint-good\n      namespace: ${ns}\n`),
      moduleDoc('c', ns, 'dev', `    configMap:\n      name: lint-absent\n      namespace: ${ns}\n`),
    ].join('---\n'),
  });
  const { status, report } = await lintJson(dir, 'modules.yaml');
  assert.equal(status, 1);
  assert.deepEqual(
    report.files.map((f) => f.file),
    ['modules.yaml', `cluster:configmaps/${ns}/lint-bad/module.yaml`, `cluster:configmaps/${ns}/lint-good/module.yaml`],
  );
  const [mods, badFile, goodFile] = report.files;
  assert.deepEqual(badFile.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`), ['27:16 warning config-default', '39:14 error helm-namespace']);
  assert.deepEqual(goodFile.findings, []);
  const at = `(context "fsd-editor", server ${c.server})`;
  assert.deepEqual(
    mods.findings.map((f) => `${f.ruleId}: ${f.message}`),
    [
      `module-source-definition: the definition from ConfigMap ${ns}/lint-bad data["module.yaml"] has an error: at its line 39:14, spec.namespace "Default_NS" must consist of lower case letters, digits and "-", starting and ending with a letter or digit (a namespace name is a DNS-1123 label); e.g. "default-ns" [helm-namespace]`,
      `module-source-missing: ConfigMap ${ns}/lint-absent key "module.yaml": ConfigMap ${ns}/lint-absent not found in the cluster ${at}`,
    ],
  );
});
