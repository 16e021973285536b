// Deterministic corpus of resource definitions of about 2 KB each, in every dialect.
import { mkdirSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const DIALECTS = ['helm-flat', 'helm-chart', 'custom-image', 'custom-plugin'];

export function definition(i, r) {
  const dialect = DIALECTS[i % DIALECTS.length];
  const name = `app-${i}`;
  const items = [];
  const n = 7 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const t = ['string', 'integer', 'boolean', 'option'][k % 4];
    const spec =
      t === 'string'
        ? `      editable: true\n      default: "value-${k}"\n      regex: "^[a-z0-9-]+$"`
        : t === 'integer'
          ? `      editable: true\n      default: ${k}\n      min: 0\n      max: ${10 + k}`
          : t === 'boolean'
            ? `      editable: true\n      default: ${k % 2 === 0}`
            : `      editable: true\n      default: "a${k}"\n      values: ["a${k}", "b${k}", "c${k}"]`;
    items.push(`  - type: ${t}\n    name: Setting number ${k} of ${name}\n    alias: setting${k}\n    spec:\n${spec}`);
  }
  const head = `kind: ${dialect.startsWith('helm') ? 'Helm' : 'Custom'}
metadata:
  name: ${name}
  version: 1.${i % 7}.${i % 13}
  supportedOperatorVersion: "${dialect === 'helm-flat' ? '>= 0.1.0, < 0.1.12' : dialect === 'custom-plugin' ? '>= 0.1.0, <= 0.1.7' : '>= 0.1.12, <= 0.1.20'}"
  author: platform-team
  description: Generated definition number ${i} for the benchmark corpus of forkspacer-def
  category: benchmark
  resource_usage:
    cpu: ${100 + (i % 900)}m
    memory: ${64 + (i % 512)}Mi
config:
${items.join('\n')}
`;
  let spec;
  if (dialect === 'helm-flat' || dialect === 'helm-chart') {
    const source =
      dialect === 'helm-flat'
        ? `  repo: https://charts.example.com/stable\n  chartName: ${name}\n  version: "{{ .config.setting0 }}"`
        : `  chart:\n    repo:\n      url: https://charts.example.com/stable\n      chartName: ${name}\n      version: 1.2.${i % 10}`;
    spec = `spec:
  namespace: team-${i % 50}
${source}
  values:
    - raw:
        replicaCount: "{{ .config.setting1 }}"
        image:
          repository: registry.example.com/${name}
          tag: v1.${i % 9}.0
        persistence:
          enabled: "{{ .config.setting2 }}"
          size: 8Gi
        fullnameOverride: "{{ .releaseName }}-${i}"
  outputs:
    - name: Endpoint
      value: "{{ .releaseName }}.team-${i % 50}.svc.cluster.local"
  cleanup:
    removeNamespace: false
    removePVCs: true
`;
  } else if (dialect === 'custom-image') {
    spec = `spec:
  image: registry.example.com/modules/${name}:v1.${i % 9}.${i % 5}
  imagePullSecrets:
    - registry-credentials
  permissions:
    - workspace
`;
  } else {
    spec = `spec:
  repo:
    file: https://downloads.example.com/plugins/${name}.so
`;
  }
  return head + spec;
}

export function ensureCorpus(dir, count = 10000) {
  if (existsSync(dir) && readdirSync(dir).length === count) return;
  mkdirSync(dir, { recursive: true });
  const r = rng(42);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `def-${String(i).padStart(5, '0')}.yaml`), definition(i, r));
}
