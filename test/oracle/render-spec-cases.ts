/**
 * Generated Helm specs (flat and chart dialects) with templated strings in every kind of field
 * (Go strings, *string, []string, map[string]any, *any) over config values of every type, for
 * the differential test of the whole 0.1.x rendering against Go (test/oracle/go/render.go,
 * kind renderSpec). Seeded; error-producing templates are rare so most cases compare values.
 * The last cases (UNHASHABLE_MERGE) reach the one decoding change of go.yaml.in/yaml/v3 3.0.4
 * over gopkg.in/yaml.v3 3.0.1: a merged entry with a list or map key in a map[any]any is an
 * error, where 3.0.1 panicked (in a template's re-parse, and in the spec's own *any field).
 */
import type { GoMap, GoValue } from '../../src/values/go-value.ts';
import { prng as rng } from '../support/prng.ts';

export const RENDER_SPEC_SEED = 0x7e3d_0120;


export interface RenderSpecCase {
  dialect: 'helm-flat' | 'helm-chart';
  spec: string;
  config: GoMap;
  releaseName: string;
  namespace?: string;
}

const CONFIG_VALUES: GoValue[] = [
  3n, 0n, -7n, 3, 2.5, 1e6, 1e21, 0.1, '1.10', '0755', '007', 'yes', 'true', '', '~', 'a: 1', '[1, 2]', 'x y', '2001-12-14', "'q'", 'x # c',
  'redis', '21.2.9', '3', 'null', true, false, null, ['a', 'b'], new Map<string, GoValue>([['m', 1n]]), '{{ .x }}', '<no value>', 'multi\nline', ' pad',
];

/** Values that print as scalars (no YAML map or list text), for the cases that should render. */
const SAFE_VALUES: GoValue[] = CONFIG_VALUES.filter(
  (v) => !Array.isArray(v) && !(v instanceof Map) && !(typeof v === 'string' && /^(a: 1|\[1, 2\])$/.test(v)),
);

export function renderSpecCases(count = 1500): RenderSpecCase[] {
  const r = rng(RENDER_SPEC_SEED);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const out: RenderSpecCase[] = [];
  for (let n = 0; n < count; n++) {
    // A third of the cases may fail (error templates, maps and lists in string fields); the rest should render.
    const risky = r() < 0.33;
    const config: GoMap = new Map();
    const keys = ['a', 'b', 'c', 'd'];
    for (const k of keys) config.set(k, pick(risky ? CONFIG_VALUES : SAFE_VALUES));
    const k = () => pick(keys);
    const template = (): string => {
      const x = r();
      if (x < 0.35) return `{{ .config.${k()} }}`;
      if (x < 0.45) return `${pick(risky ? ['pre-', 'v', 'x: ', '- ', '', '"'] : ['pre-', 'v', '', '"'])}{{ .config.${k()} }}${pick(['', '-post', '.0', ' # c', '"'])}`;
      if (x < 0.52) return '{{ .releaseName }}';
      if (x < 0.56) return '{{ .namespace }}';
      if (x < 0.6) return '{{ .config.nope }}';
      if (x < 0.66) return `{{ if .config.${k()} }}${pick(['true', 'yes', '1', 'on'])}{{ else }}${pick(['false', 'no', '0', '~'])}{{ end }}`;
      if (x < 0.72) return `{{ printf "%v" .config.${k()} }}`;
      if (x < 0.76) return `{{ print ${pick(risky ? ['1.0', '3', '"a: 1"', '"- x"', '"[a, {b: 2}]"', '"1: x"', '"2001-01-01"', '1e6', '"0x1F"', '""'] : ['1.0', '3', '"2001-01-01"', '1e6', '"0x1F"', '""'])} }}`;
      if (!risky && x < 0.81) return `{{ .config.${k()} }}`;
      if (x < 0.79) return `{{ range $i, $v := .config.${k()} }}{{ $v }},{{ end }}`;
      if (x < 0.8) return `{{ .config.${k()}.x }}`;
      if (x < 0.805) return '{{ lower .releaseName }}';
      if (x < 0.81) return `{{ len .config.${k()} }}`;
      if (x < 0.9) return `{{ .config.${k()} }}`;
      return pick(['plain', '3', '1.10', 'yes', '0755', '', 'a: b', '{{ only opens', 'closes }}', '{{ "{{" }}']);
    };
    const s = () => JSON.stringify(template());
    const anyValue = (depth: number): string => {
      const x = r();
      if (x < 0.5) return s();
      if (x < 0.75 || depth > 1) return pick(['3', '3.0', '1.5', '007', '"007"', 'true', 'null', '2001-01-01', '1e6', 'yes', '~', '0x10', '"x"', '[]', '{}']);
      if (x < 0.88) return `[${[anyValue(depth + 1), anyValue(depth + 1)].join(', ')}]`;
      return `{k1: ${anyValue(depth + 1)}, k2: ${anyValue(depth + 1)}${r() < 0.2 ? ', 1: one' : ''}}`;
    };
    const dialect = r() < 0.5 ? 'helm-flat' : 'helm-chart';
    const lines: string[] = [];
    if (r() < 0.8) lines.push(`namespace: ${s()}`);
    if (dialect === 'helm-flat') {
      lines.push(`repo: ${s()}`, `chartName: ${s()}`, `version: ${s()}`);
    } else {
      lines.push('chart:', '  repo:', `    url: ${s()}`, `    chartName: ${s()}`);
      if (r() < 0.7) lines.push(`    version: ${s()}`);
      if (r() < 0.2) lines.push('  git:', `    repo: ${s()}`, `    path: ${s()}`, `    revision: ${s()}`);
    }
    lines.push('values:');
    const nv = 1 + Math.floor(r() * 3);
    for (let i = 0; i < nv; i++) {
      if (r() < 0.2) lines.push(`  - file: ${s()}`);
      else {
        lines.push('  - raw:');
        const nk = 1 + Math.floor(r() * 4);
        for (let j = 0; j < nk; j++) lines.push(`      k${j}: ${anyValue(0)}`);
      }
    }
    if (r() < 0.6) {
      lines.push('outputs:');
      lines.push(`  - name: ${s()}`);
      if (r() < 0.8) lines.push(`    value: ${anyValue(0)}`);
      if (r() < 0.3) lines.push('    valueFrom:', '      secret:', `        name: ${s()}`, `        key: ${s()}`);
    }
    if (r() < 0.5) lines.push('migration:', '  pvc:', '    enabled: true', `    names: [${s()}, ${s()}]`, '  secret:', `    names: [${s()}]`);
    if (r() < 0.3) lines.push('cleanup:', '  removePVCs: true');
    if (r() < 0.2) lines.push('unknownField: "{{ .config.a }}"');
    const c: RenderSpecCase = { dialect, spec: lines.join('\n') + '\n', config, releaseName: pick(['default-redis', 'team-a-db', '007', '1.10']) };
    if (dialect === 'helm-chart') c.namespace = pick(['apps', '{{ .config.a }}', '']);
    out.push(c);
  }
  return [...out, ...unhashableMerge()];
}

const UNHASHABLE = ['1: x\n<<: {[a]: 1}', '1: x\n<<: [{b: 1}, {{c: 1}: 2}]', '1: x\n<<: {b: 2}'];

function unhashableMerge(): RenderSpecCase[] {
  const cases: RenderSpecCase[] = [];
  for (const dialect of ['helm-flat', 'helm-chart'] as const) {
    const head = dialect === 'helm-flat' ? ['repo: r', 'chartName: c', 'version: "1"'] : ['chart:', '  repo:', '    url: u', '    chartName: c'];
    for (const v of UNHASHABLE) {
      const config: GoMap = new Map<string, GoValue>([['a', v], ['b', 'x']]);
      // Rendered text re-parsed: the string is kept when yaml.Unmarshal fails.
      cases.push({ dialect, config, releaseName: 'r', spec: [...head, 'values:', '  - raw:', '      k0: "{{ .config.a }}"', 'outputs:', '  - name: o', '    value: "{{ .config.a }}"', ''].join('\n') });
      cases.push({ dialect, config, releaseName: 'r', spec: [...head, `namespace: "{{ .config.a }}"`, 'values:', '  - file: "{{ .config.b }}"', ''].join('\n') });
      // The spec itself: the output's *any field decodes the merge into map[any]any.
      const flow = v.replace('\n', ', ');
      cases.push({ dialect, config, releaseName: 'r', spec: [...head, 'values: []', 'outputs:', '  - name: o', `    value: {${flow}}`, ''].join('\n') });
    }
  }
  return cases;
}
