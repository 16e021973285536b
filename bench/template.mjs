// Render throughput of our text/template port against Go's own, on the same 10,000 generated
// templates and data (parse + execute each, best of N rounds, in one run). Needs a go command (the
// oracle builds with go1.24.5, test/oracle/client.ts) for the Go side; loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { generateTemplateCases, TEMPLATE_SEED } = await import('../test/oracle/template-gen.ts');
const { encode } = await import('../test/oracle/codec.ts');
const { askOracle } = await import('../test/oracle/client.ts');
const { parseTemplate } = await import('../src/template/index.ts');

const N = 10000;
const rounds = 5;
const cases = generateTemplateCases(TEMPLATE_SEED + 1, N, false);

let best = Infinity;
let okOurs = 0;
for (let r = 0; r < rounds + 1; r++) {
  okOurs = 0;
  const t0 = performance.now();
  for (const c of cases) {
    const p = parseTemplate('t', c.text);
    if (!p.ok) continue;
    if (p.template.execute(c.data).ok) okOurs++;
  }
  const ms = performance.now() - t0;
  if (r > 0) best = Math.min(best, ms); // round 0 warms the JIT
}
const [go] = await askOracle([{ kind: 'template-bench', rounds, cases: cases.map((c) => ({ text: c.text, data: encode(c.data) })) }]);
const goMs = Number(go.bestNs) / 1e6;
console.log(`templates: ${N} (executed without error: ours ${okOurs}, Go ${go.executedOk})`);
console.log(`  forkspacer-def: ${best.toFixed(1)} ms = ${((N / best) * 1000).toFixed(0)} templates/s`);
console.log(`  Go text/template: ${goMs.toFixed(1)} ms = ${((N / goMs) * 1000).toFixed(0)} templates/s`);
console.log(`  ratio (ours / Go): ${(best / goMs).toFixed(2)}x`);
