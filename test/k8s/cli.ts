// Shell entry of the real-cluster harness:
//   npx tsx test/k8s/cli.ts build    build (or find cached) etcd, kube-apiserver, kubectl; print the directory
//   npx tsx test/k8s/cli.ts where    print the cache directory (exit 1 when the binaries are not there)
//   npx tsx test/k8s/cli.ts start    start a cluster, print its kubeconfig, run until Ctrl-C, stop it
import { buildBinaries, cacheDir, findBinaries, versions } from './binaries.ts';
import { startCluster } from './cluster.ts';

const cmd = process.argv[2];
if (cmd === 'build') {
  const b = await buildBinaries((s) => void process.stderr.write(s));
  const v = versions();
  process.stderr.write(
    b.cached ? `cached: kube-apiserver/kubectl ${v.kubernetes}, etcd ${v.etcd}\n` : `built kube-apiserver/kubectl ${v.kubernetes}, etcd ${v.etcd} in ${b.seconds.toFixed(1)} s\n`,
  );
  process.stdout.write(b.dir + '\n');
} else if (cmd === 'where') {
  process.stdout.write(cacheDir() + '\n');
  process.exitCode = findBinaries() ? 0 : 1;
} else if (cmd === 'start') {
  const c = await startCluster({ build: true });
  process.stdout.write(
    `kube-apiserver ${c.server} ready in ${c.startSeconds.toFixed(1)} s\n` +
      `export KUBECONFIG=${c.kubeconfig}   # contexts: fsd-editor (namespace ${c.namespace}), fsd-nobody, fsd-bad-token${c.mode === 'local' ? ', fsd-admin' : ''}\n` +
      'Ctrl-C stops it.\n',
  );
  const stop = async () => {
    await c.close();
    process.exit(0);
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  setInterval(() => undefined, 1 << 30);
} else {
  process.stderr.write('usage: npx tsx test/k8s/cli.ts build|where|start\n');
  process.exitCode = 2;
}
