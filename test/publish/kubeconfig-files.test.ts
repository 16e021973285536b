// KUBECONFIG lists merged as kubectl merges them (src/publish/kubeconfig-files.ts), on real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { kubeconfigFiles, loadKubeconfigFiles } from '../../src/publish/kubeconfig-files.ts';

function config(current: string | undefined, server: string, contexts: string[]): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: c\n  cluster:\n    server: ${server}\n    certificate-authority: ca.crt`,
    'users:',
    '- name: u\n  user:\n    token: t',
    'contexts:',
    ...contexts.map((n) => `- name: ${n}\n  context:\n    cluster: c\n    user: u`),
    ...(current ? [`current-context: ${current}`] : []),
    '',
  ].join('\n');
}

test('missing files are skipped, the first current-context and the first definition of a name win', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fsd-kubeconfig-'));
  try {
    writeFileSync(join(dir, 'a'), config(undefined, 'https://a.example', ['one']));
    writeFileSync(join(dir, 'b'), config('two', 'https://b.example', ['two', 'one']));
    writeFileSync(join(dir, 'c'), config('three', 'https://c.example', ['three']));
    const files = kubeconfigFiles([join(dir, 'missing'), join(dir, 'a'), '', join(dir, 'b'), join(dir, 'c'), join(dir, 'a')].join(delimiter));
    assert.deepEqual(files, [join(dir, 'missing'), join(dir, 'a'), join(dir, 'b'), join(dir, 'c')]);
    const kc = new KubeConfig();
    loadKubeconfigFiles(kc, files!, () => new KubeConfig());
    assert.equal(kc.getCurrentContext(), 'two');
    assert.deepEqual(kc.getContexts().map((c) => c.name), ['one', 'two', 'three']);
    assert.equal(kc.getCurrentCluster()?.server, 'https://a.example', 'cluster "c" as the first file defines it');
    assert.equal(kc.getCurrentCluster()?.caFile, join(dir, 'ca.crt'), 'relative paths resolve against their own file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a list of files none of which exists is an error naming them', () => {
  assert.equal(kubeconfigFiles(''), undefined);
  assert.throws(() => loadKubeconfigFiles(new KubeConfig(), ['/nonexistent/a', '/nonexistent/b'], () => new KubeConfig()), {
    message: `none of the files KUBECONFIG lists exists (/nonexistent/a${delimiter}/nonexistent/b)`,
  });
});
