// End-to-end against a real cluster: runs only when FORKSPACER_E2E_KUBECONFIG names a
// kubeconfig. Without it the test is not registered (and a note says so), never silently skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { publish, itemLines, errorLines } from '../../src/publish/index.ts';
import { connect } from '../../src/publish/kube.ts';

const kubeconfig = process.env.FORKSPACER_E2E_KUBECONFIG;
if (!kubeconfig) {
  process.stderr.write('note: test/publish/e2e.test.ts not run: set FORKSPACER_E2E_KUBECONFIG to a kubeconfig of a disposable cluster\n');
} else {
  test('publish to a real cluster: create, unchanged, configured, diff, server dry run', async () => {
    const ns = process.env.FORKSPACER_E2E_NAMESPACE ?? 'default';
    const name = `fsd-e2e-${randomBytes(4).toString('hex')}`;
    const text = (n: number) => `# e2e\nkind: Helm\nmetadata:\n  name: ${name}\n  version: "1.0.${n}"\nspec: {}\n`;
    const item = (n: number) => ({ name, version: `1.0.${n}`, kind: 'Helm', text: text(n), sourceFile: 'e2e.yaml', line: 1 });
    const o = { namespace: ns, kubeconfig, context: process.env.FORKSPACER_E2E_CONTEXT };
    try {
      let r = await publish([item(0)], o);
      assert.deepEqual(itemLines(r), [`configmap/${name} created`], errorLines(r).join('\n'));
      r = await publish([item(0)], o);
      assert.deepEqual(itemLines(r), [`configmap/${name} unchanged`]);
      r = await publish([item(1)], { ...o, diff: true });
      assert.match(r.results[0].diff ?? '', /^\+\s+version: "?1\.0\.1/m);
      r = await publish([item(1)], { ...o, dryRun: 'server' });
      assert.deepEqual(itemLines(r), [`configmap/${name} configured (server dry run)`]);
      r = await publish([item(1)], o);
      assert.deepEqual(itemLines(r), [`configmap/${name} configured`]);
      assert.equal((r.results[0].live as { data: Record<string, string> }).data['module.yaml'], text(1));
    } finally {
      const c = await connect({ kubeconfig, context: o.context });
      await c.request({ method: 'DELETE', path: `/api/v1/namespaces/${ns}/configmaps/${name}`, timeoutMs: 30_000 });
      await c.close();
    }
  });
}
