// The test API server as a process for bench/publish.mjs: prints {url, kubeconfigPath} as
// one JSON line; /__bench/requests and /__bench/configmap answer the benchmark's questions.
import http from 'node:http';
import { startApiServer } from '../test/apiserver/server.ts';

const api = await startApiServer({ logBodies: false });
// A side door on another port, so the benchmark's own questions are not in the request log.
const side = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  let body;
  if (u.pathname === '/__bench/requests') body = { count: api.requests.filter((r) => !r.path.startsWith('/__bench')).length };
  else if (u.pathname === '/__bench/configmap') body = api.getConfigMap(u.searchParams.get('ns'), u.searchParams.get('name')) ?? null;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body ?? null));
});
await new Promise((r) => side.listen(0, '127.0.0.1', r));
process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${side.address().port}`, kubeconfigPath: api.kubeconfigPath }) + '\n');
process.on('SIGTERM', async () => {
  await api.close();
  process.exit(0);
});
