/**
 * Generated requests for the operator drivers (test/oracle/operator/PROTOCOL.md): whole
 * definitions (0.1.0 – 0.1.20) with a Module's spec.config, seeded per release family. They are
 * built to reach every stage at which the operator can stop (decoding, the version constraint,
 * config validation, the kind, the typed spec, templates, the yaml.v3 re-parse and the typed
 * round trip, the checks made after rendering) and the places where a YAML 1.2 library and
 * yaml.v3 part ways, in the definition's own text and in rendered text.
 */
import { prng } from '../support/prng.ts';

export interface LegacyCase {
  release: string;
  definition: string;
  /** The Module's spec.config as JSON text, or null when the Module has none. */
  config: string | null;
  namespace: string;
  name: string;
  /** How hostile the generator was (0: a careful author), for the statistics. */
  hostility: number;
}

type Rng = () => number;

export class Gen {
  /** How hostile this case is: 0 writes what a careful author writes, 1 anything. */
  h = 1;
  constructor(readonly r: Rng) {}
  /** True with probability p, scaled by the case's hostility. */
  bad(p: number): boolean {
    return this.r() < p * this.h;
  }
  /** Mostly from `good`; from `worse` with probability p (scaled by hostility). */
  choose<T>(good: readonly T[], worse: readonly T[], p = 0.5): T {
    return this.bad(p) ? this.pick(worse) : this.pick(good);
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.r() * a.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
}

export const q = (s: string) => JSON.stringify(s);

/** Texts whose YAML reading differs between YAML 1.2 libraries and yaml.v3, or between types. */
export const ODD_TEXTS: readonly string[] = [
  '&lt;b&gt;', '&a x', '&a-b_1 x', '*a', '!x y', '!!str 3', '![a] b', '!!int 3', '!!binary aGk=', '!!float 1', '!<tag:yaml.org,2002:str> x',
  '[1, 2', '{a: 1}', '[a, {b: 2}]', '[]', '{}', '|\n  x', '>\n  a\n  b', '# c', 'a # c', 'a #c', 'a#c', '%YAML 1.2\n---\nx', '%TAG ! tag:x,2000:\n--- !y z',
  '---', '...', '--- x', 'x\n...\n', 'x\n---\ny', '<<: {a: 1}', '{<<: {a: 1}, b: 2}', '<<', 'a: 1\na: 2', '{a: 1, a: 2}', '\tx', 'a:\tb', 'x\t',
  '0x_1F', '1__0', '1_000', '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '0o17', '0b101', '0B1', '+1', '-0', '1e3', '1E+3', '1.5e-3', '0x1F', '0X1F', '0755', '08', '0.', '.5', '1.10', '1.0',
  '~', 'null', 'Null', 'NULL', 'nULL', 'yes', 'Yes', 'on', 'ON', 'y', 'n', 'True', 'FALSE', 'tRUE', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '12:30', '1:20:30',
  '', ' ', '  x', 'x ', '"q"', "'q'", '"unterminated', "'it''s'", 'a: b: c', 'a: b', '- x', '-x', '- ', '? k', ': v', '@x', '`x', 'x\ny', '"a\\nb"', 'x\n\ny',
  '&anchor [1]', '&x [*x]', '{a: &x 1, b: *x}', '[&x 1, *x]', '*undefined', '1: x', '{1: x}', '{? [1]: x}', '[[1]]', '{{a}}', 'a\u0085b', '\ufeffx', 'é', 'x\u2028y', '9223372036854775807', '9223372036854775808',
  '-9223372036854775809', '18446744073709551616', '1e400', '0.1e-400', '3', '-7', '007', '1.5', 'true', 'false', 'redis', 'a b', 'key: [1, 2]', '{a: [1, {b: c}]}', '!!map {a: 1}', '!!seq [1]', '!!null x', '!!bool yes',
];

export const FUNCS_OK = ['printf "%v"', 'print', 'println', 'html', 'js', 'urlquery', 'len', 'not', 'printf "%q"', 'printf "%d"', 'printf "%05.1f"', 'printf "%s-%s" .releaseName'];
export const FUNCS_BAD = ['default "x"', 'upper', 'lower', 'quote', 'toYaml', 'b64enc', 'randBase62 4', 'include "x"', 'required "x"', 'trim'];

const VERSION_CONSTRAINTS: readonly string[] = [
  '>= 0.1.0', '>=0.1.0', '*', 'x', '0.1.x', '0.1.*', '~0.1', '~0.1.0', '^0.1.0', '^0.1.5', '0.1', 'v0.1.x', '>= 0.1.0, < 0.2.0', '>=0.1.0 <0.2.0', '> 0.1.3 || < 0.1.1',
  '0.1.0 - 0.1.20', '0.1.0 - 0.1', '!= 0.1.12', '!=0.1.8', '< 0.1.12', '<= 0.1.11', '>= 0.1.12, <= 0.1.20', '>= 0.1.9, <= 0.1.11', '>= 0.1.20', '>= 0.1.21', '= 0.1.6', '0.1.6', '=v0.1.8',
  '~0.1.6', '~>0.1.6', '^0.0.1', '>= 0.1.5-0', '>= 0.1.5-beta', '< 0.1.9-rc.1', '0.1.x-alpha', '>= 1.0.0', '< 0.1.0', '', ' ', 'latest', '>= 0.1.a', '0.1.0 -', '> 0.1.0 <', '>==0.1.0',
  '>= 0.1.0 ||', '|| >= 0.1.0', '>=0.1.0,<=0.1.20', '>=0.1.0 , <=0.1.20', '0.1.0 || 0.1.1 || 0.1.2', '>= 00.1.0', '>= 0.01.0', '>= 0.1.0+build', '>0.1.0 <0.1.3 || >=0.1.16', 'v0.1.12 - v0.1.19',
  '>= 0.1.12 < 0.1.16', '< 0.1.12 > 0.1.9', '^0.1', '~0', '0.x.x', 'X.X.X', '>= 0.1.8 , < 0.1.9', '>=0.1.20-0', '=0.1.20', '0.1.0 - 0.1.5 || 0.1.12 - 0.1.15',
];

type ItemType = 'string' | 'integer' | 'float' | 'boolean' | 'option' | 'multiple-options';
const TYPES: readonly ItemType[] = ['string', 'integer', 'float', 'boolean', 'option', 'multiple-options'];
const REGEXES: readonly string[] = ['^[a-z]+$', '[0-9]+', 'a|b', '(?i)abc', '\\d+', 'x{2,}', '^$', '^[a-z][a-z0-9-]*$', '^\\p{L}+$', '(?P<n>x)', '(?<n>x)', '(', '[a-', '(?=x)', 'a{1001}', '\\8', '*', 'a**', '(?s).', '\\Qa.b\\E', '[[:alpha:]]', '\\C'];
const OPTION_VALUES: readonly string[] = ['a', 'b', 'c', 'x y', '1', 'true', '', 'é'];

interface Item {
  type: string;
  alias: string;
  lines: string[];
  known: ItemType | undefined;
  values: string[];
  required: boolean;
  editable: boolean;
}

function scalarYaml(g: Gen, kind: ItemType | 'any'): string {
  switch (kind) {
    case 'string':
      return g.pick(['x', 'abc', '"123"', '""', 'redis', '"a b"', '1Gi', '~', '"~"', '3', 'yes']);
    case 'integer':
      return g.pick(['0', '1', '3', '-2', '10', '2.5', '1e3', '"4"', '0x10', '0755', 'null', '9223372036854775807']);
    case 'float':
      return g.pick(['0.5', '1', '2.25', '-1.5', '1e3', '.inf', '"0.5"', '3', 'null']);
    case 'boolean':
      return g.pick(['true', 'false', 'yes', '"true"', '1', 'null', 'True']);
    case 'option':
      return g.pick(['a', 'b', 'z', '""', '1', 'null', '[a]']);
    case 'multiple-options':
      return g.pick(['[a]', '[a, b]', '[]', '[z]', 'a', '[1]', 'null', '[a, a]']);
    default:
      return g.pick(['x', '1', 'true', 'null', '[a]', '{a: 1}']);
  }
}

function cleanDefault(kind: ItemType | 'any'): string {
  switch (kind) {
    case 'string':
      return 'abc';
    case 'integer':
      return '1';
    case 'float':
      return '1.5';
    case 'boolean':
      return 'true';
    case 'option':
      return 'a';
    case 'multiple-options':
      return '[a]';
    default:
      return 'x';
  }
}

function makeItem(g: Gen, index: number, aliases: string[]): Item {
  const known: ItemType | undefined = !g.bad(0.05) ? g.pick(TYPES) : undefined;
  const type = known ?? g.pick(['text', 'int', '', 'Integer', 'bool', 'options']);
  const alias = g.bad(0.05) && aliases.length ? g.pick(aliases) : g.bad(0.02) ? '' : `a${index}`;
  const lines: string[] = [];
  const spec: string[] = [];
  const kind: ItemType | 'any' = known && !g.bad(0.07) ? known : 'any';
  if (g.chance(0.3)) spec.push(`required: ${!g.bad(0.05) ? g.pick(['true', 'false']) : g.pick(['yes', '"true"'])}`);
  if (g.chance(0.85)) spec.push(`editable: ${!g.bad(0.05) ? g.pick(['true', 'true', 'true', 'false']) : g.pick(['yes', '1'])}`);
  if (g.chance(0.55)) spec.push(`default: ${g.bad(0.5) ? scalarYaml(g, kind) : cleanDefault(kind)}`);
  const values: string[] = [];
  if (known === 'integer' || known === 'float' || known === 'multiple-options') {
    if (g.chance(0.5)) spec.push(`min: ${g.choose(['0', '1'], ['0', '1', '2', '-5', '1.5', '"1"', '0.5'])}`);
    if (g.chance(0.5)) spec.push(`max: ${g.choose(['5', '100'], ['1', '3', '5', '100', '2.5', '"9"', '0'])}`);
  }
  if (known === 'string' && g.chance(0.4)) spec.push(`regex: ${q(g.choose(REGEXES.slice(0, 10), REGEXES, 0.4))}`);
  if ((known === 'option' || known === 'multiple-options') && g.chance(0.92)) {
    const n = g.bad(0.3) ? g.int(0, 4) : g.int(2, 4);
    for (let i = 0; i < n; i++) values.push(g.bad(0.5) ? g.pick(OPTION_VALUES) : OPTION_VALUES[i]);
    spec.push(`values: [${values.map((v) => (v === '' || /[ :]|^(true|1)$/.test(v) ? q(v) : v)).join(', ')}]`);
  }
  if (g.bad(0.04)) spec.push(`${g.pick(['Default', 'regexp', 'value', 'enum'])}: x`);
  lines.push(`  - type: ${type === '' ? '""' : type}`);
  if (g.chance(0.95)) lines.push(`    name: ${q(`${g.pick(['Item', 'Replica count', 'x: y', 'é'])} ${index}`)}`);
  if (alias !== '' || g.chance(0.5)) lines.push(`    alias: ${alias === '' ? '""' : alias}`);
  if (g.bad(0.03)) lines.push('    spec: null');
  else if (g.bad(0.02)) lines.push('    spec: [1]');
  else if (spec.length || g.chance(0.5)) {
    if (g.chance(0.3)) lines.push(`    spec: {${spec.join(', ')}}`);
    else lines.push('    spec:', ...spec.map((s) => `      ${s}`));
  }
  return { type, alias, lines, known, values, required: spec.includes('required: true'), editable: spec.some((x) => /^editable: (true|yes|1)$/.test(x)) };
}

/** A JSON value for an input: mostly of the item's type, in and out of its bounds. */
function inputValue(g: Gen, item: Item | undefined): unknown {
  const wild = (): unknown => g.pick<unknown>([1, 2.5, -3, 0, 1e21, 'x', '', '3', 'true', true, false, null, [], ['a'], [1], {}, { a: 1 }, 'a\nb', g.pick(ODD_TEXTS)]);
  if (!item?.known || g.bad(0.12)) return wild();
  switch (item.known) {
    case 'string':
      return g.bad(0.3) ? g.pick<unknown>(['abc', 'x', '123', 'abc1', 'Abc', '', 'a-b', 'x'.repeat(g.int(1, 4))]) : g.pick(ODD_TEXTS);
    case 'integer':
      return g.bad(0.6) ? g.pick<unknown>([0, 1, 2, 3, 4, 5, 6, -1, 100, 2.9, 0.5, -0.5, 1e3, 2 ** 53, 1e19]) : g.pick([1, 2, 3]);
    case 'float':
      return g.bad(0.6) ? g.pick<unknown>([0, 0.5, 1, 1.5, 2.25, 3, -1, 100, 1e-7, 2.5]) : g.pick([1, 1.5, 2.25]);
    case 'boolean':
      return g.pick<unknown>([true, false, true, 'true', 1]);
    case 'option':
      return g.chance(0.7) && item.values.length ? g.pick(item.values) : g.pick<unknown>(['z', 'A', 1, '']);
    case 'multiple-options': {
      if (g.chance(0.15)) return g.pick<unknown>(['a', [1], [null], 'a,b']);
      const n = g.int(0, 4);
      const out: unknown[] = [];
      for (let i = 0; i < n; i++) out.push(item.values.length && g.chance(0.8) ? g.pick(item.values) : g.pick(['z', 'a', 'b']));
      return out;
    }
  }
}

function configJson(g: Gen, items: Item[]): string | null {
  if (g.chance(0.08)) return null;
  if (g.bad(0.02)) return g.pick(['[]', '"x"', '3', 'null']);
  const o: Record<string, unknown> = {};
  for (const item of items) {
    if (!item.alias) continue;
    const give = g.bad(0.5) ? g.chance(0.45) : item.required || (item.editable && g.chance(0.5));
    if (give) o[item.alias] = inputValue(g, item);
  }
  if (g.bad(0.06)) o[g.pick(['extra', 'A0', 'a99'])] = inputValue(g, undefined);
  return JSON.stringify(o);
}

/** A templated or plain string for a spec field. */
function templated(g: Gen, items: Item[], plain: readonly string[]): string {
  const alias = (): string => (items.length && !g.bad(0.07) ? items[g.int(0, items.length - 1)].alias || items.find((i) => i.alias)?.alias || 'nope' : g.pick(['nope', 'A0']));
  if (!g.bad(0.6)) {
    const y = items.some((i) => i.alias) ? g.r() : g.pick([0, 0.75, 0.85]);
    if (y < 0.4) return plain[0];
    if (y < 0.7) return `{{ .config.${alias()} }}`;
    if (y < 0.8) return `${plain[0]}-{{ .releaseName }}`;
    if (y < 0.85) return `{{ ${q(g.pick(ODD_TEXTS))} }}`;
    if (y < 0.9) return plain[0];
    return `{{ ${g.pick(FUNCS_OK)} .config.${alias()} }}`;
  }
  const x = g.r();
  if (x < 0.4) return g.pick(plain);
  if (x < 0.42) return `{{ .config.${alias()} }}`;
  if (x < 0.5) return `${g.pick(['pre-', 'v', '', 'x: ', '- ', '"', '[', '&a ', '!t ', '# '])}{{ .config.${alias()} }}${g.pick(['', '-post', '.0', ' # c', '"', ']', ': x'])}`;
  if (x < 0.55) return '{{ .releaseName }}';
  if (x < 0.6) return '{{ .namespace }}';
  if (x < 0.67) return `{{ ${q(g.pick(ODD_TEXTS))} }}`;
  if (x < 0.71) return `{{ ${g.pick(FUNCS_OK)} .config.${alias()} }}`;
  if (x < 0.73) return `{{ ${g.pick(FUNCS_BAD)} }}`;
  if (x < 0.77) return `{{ if .config.${alias()} }}${g.pick(['true', 'yes', '1', 'on', '[a]'])}{{ else }}${g.pick(['false', 'no', '0', '~', ''])}{{ end }}`;
  if (x < 0.8) return `{{ range $i, $v := .config.${alias()} }}${g.pick(['{{ $v }},', '- {{ $v }}\n', '{{ $i }}'])}{{ end }}`;
  if (x < 0.82) return `{{ .config.${alias()}.x }}`;
  if (x < 0.84) return g.pick(['{{ .config.nope.x }}', '{{ index .config "nope" }}', '{{ .Values.x }}', '{{ .config }}', '{{ . }}', '{{ $x := 1 }}{{ $x }}', '{{ with .config.nope }}x{{ else }}y{{ end }}']);
  if (x < 0.86) return g.pick(['{{ .config.x ', '{{ end }}', '{{ if }}', 'a {{ b', 'only }}', '{{ "{{" }}', '{{/* c */}}', '{{- .releaseName -}}', '{{ 1 }}{{ 2 }}', '{{ print nil }}']);
  if (x < 0.9) return `${g.pick(plain)}-{{ .releaseName }}`;
  return g.pick(ODD_TEXTS);
}

function yamlString(g: Gen, s: string): string {
  if (s === '' || g.chance(0.85) || /[\n\t#:{}[\],&*!|>'"%@`]|^[-?~ ]|\s$|^(true|false|yes|no|on|off|null|~|y|n)$/i.test(s) || /^[-+.0-9]/.test(s)) return q(s);
  return s;
}

function field(g: Gen, items: Item[], plain: readonly string[]): string {
  return yamlString(g, templated(g, items, plain));
}

const URLS = ['https://charts.example.com/stable', 'http://charts.local', 'oci://registry.example.com/charts', 'not a url', '', 'https://', 'http://[::1', ':bad', 'charts.example.com', 'https://x.example.com:8443/a b', 'file:///tmp/x.so', 'HTTPS://X.COM'];
const NAMES = ['redis', 'postgresql', 'nginx', 'my-app', 'a', '', 'Redis_1'];
const VERSIONS = ['1.2.3', '21.2.9', '1.10', '1.0', '3', '0755', 'v1', '', 'latest'];
const NAMESPACES = ['default', 'databases', 'prod', '', 'kube-system', 'Bad_NS'];

function anyValue(g: Gen, items: Item[], depth: number): string {
  const x = g.r();
  if (x < 0.45) return field(g, items, ['x', 'y', '3', 'true']);
  if (x < 0.7 || depth > 1) return g.pick(['3', '3.0', '1.5', '007', '"007"', 'true', 'null', '~', '2001-01-01', '1e6', 'yes', '0x10', '"x"', '[]', '{}', '.inf', '!!str 3', '&r 4', '1_000']);
  if (x < 0.85) return `[${[anyValue(g, items, depth + 1), anyValue(g, items, depth + 1)].join(', ')}]`;
  return `{k1: ${anyValue(g, items, depth + 1)}, k2: ${anyValue(g, items, depth + 1)}${g.chance(0.15) ? ', 1: one' : ''}${g.chance(0.05) ? ', k1: dup' : ''}}`;
}

function helmValues(g: Gen, items: Item[], keyed: boolean): string[] {
  const lines: string[] = [];
  const n = g.int(0, 3);
  if (n === 0 && g.chance(0.5)) return lines;
  lines.push('  values:');
  for (let i = 0; i < n; i++) {
    const which = g.r();
    if (which < 0.6) {
      lines.push('    - raw:');
      const keys = g.int(1, 3);
      for (let k = 0; k < keys; k++) {
        if (g.chance(0.3)) {
          lines.push(`        n${k}:`, `          inner: ${anyValue(g, items, 1)}`, `          list: [${anyValue(g, items, 2)}]`);
        } else lines.push(`        k${k}: ${anyValue(g, items, 0)}`);
      }
    } else if (which < 0.75) lines.push(`    - file: ${field(g, items, ['https://example.com/values.yaml', '/etc/values.yaml', ''])}`);
    else if (which < 0.9) {
      lines.push('    - configMap:', `        name: ${field(g, items, ['vals', ''])}`, `        namespace: ${field(g, items, NAMESPACES)}`);
      if (keyed && g.chance(0.6)) lines.push(`        key: ${field(g, items, ['values.yaml', 'v'])}`);
    } else if (g.bad(0.5)) lines.push(g.chance(0.5) ? '    - {}' : `    - raw: ${g.pick(['null', '[1]', '"x"', '{}'])}`);
    else lines.push('    - raw: {a: 1}');
  }
  return lines;
}

function helmTail(g: Gen, items: Item[], release: string, keyed: boolean): string[] {
  const lines = helmValues(g, items, keyed);
  if (g.chance(0.5)) {
    lines.push('  outputs:');
    for (let i = g.int(1, 2); i > 0; i--) {
      if (g.chance(0.6)) lines.push(`    - name: ${field(g, items, ['Host', 'out'])}`, `      value: ${anyValue(g, items, 0)}`);
      else
        lines.push(
          `    - name: ${field(g, items, ['Password'])}`,
          '      valueFrom:',
          `        ${g.pick(['secret', 'configMap'])}:`,
          `          name: ${field(g, items, ['s', ''])}`,
          `          key: ${field(g, items, ['k'])}`,
          `          namespace: ${field(g, items, NAMESPACES)}`,
        );
    }
  }
  if (g.chance(0.4)) {
    lines.push('  cleanup:');
    lines.push(`    removeNamespace: ${!g.bad(0.15) ? g.pick(['true', 'false']) : g.pick(['yes', '"{{ .config.a0 }}"', '"true"', 'null'])}`);
    if (g.chance(0.7)) lines.push(`    removePVCs: ${!g.bad(0.1) ? g.pick(['true', 'false']) : g.pick(['1', '"false"'])}`);
  }
  if (g.chance(0.35)) {
    lines.push('  migration:');
    for (const m of ['pvc', 'secret', 'configMap']) {
      if (!g.chance(0.6)) continue;
      lines.push(`    ${m}:`, `      enabled: ${!g.bad(0.1) ? g.pick(['true', 'false']) : g.pick(['"{{ .config.a0 }}"', 'yes'])}`, `      names: [${field(g, items, ['data-0', '{{ .releaseName }}-0'])}${g.chance(0.3) ? `, ${field(g, items, ['x'])}` : ''}]`);
    }
  }
  void release;
  return lines;
}

function helmSpec(g: Gen, items: Item[], release: string, chartDialect: boolean): string[] {
  const lines = ['spec:'];
  if (!g.bad(0.15)) lines.push(`  namespace: ${field(g, items, NAMESPACES)}`);
  if (!chartDialect) {
    if (!g.bad(0.05)) lines.push(`  repo: ${field(g, items, URLS)}`);
    if (!g.bad(0.05)) lines.push(`  chartName: ${field(g, items, NAMES)}`);
    if (!g.bad(0.1)) lines.push(`  version: ${g.bad(0.2) ? g.pick(['1.10', '3', '1.0', '0755', 'null']) : field(g, items, VERSIONS)}`);
  } else {
    lines.push('  chart:');
    const sources = !g.bad(0.15) ? 1 : g.int(0, 2);
    const order = ['repo', 'configMap', 'git'].sort(() => g.r() - 0.5).slice(0, sources);
    if (g.chance(0.6) && sources > 0) order[0] = 'repo';
    for (const s of order) {
      if (s === 'repo') {
        lines.push('    repo:');
        if (!g.bad(0.05)) lines.push(`      url: ${field(g, items, URLS)}`);
        if (!g.bad(0.07)) lines.push(`      chartName: ${field(g, items, NAMES)}`);
        if (g.chance(0.8)) lines.push(`      version: ${field(g, items, VERSIONS)}`);
        if (g.chance(0.1)) lines.push('      auth:', '        secretRef:', `          name: ${field(g, items, ['creds', ''])}`, `          namespace: ${field(g, items, NAMESPACES)}`);
      } else if (s === 'configMap') {
        lines.push('    configMap:', `      name: ${field(g, items, ['chart', ''])}`, `      namespace: ${field(g, items, NAMESPACES)}`);
        if (g.chance(0.6)) lines.push(`      key: ${field(g, items, ['chart.tgz', ''])}`);
      } else {
        lines.push('    git:', `      repo: ${field(g, items, ['https://github.com/x/y', 'git@github.com:x/y.git', '', 'not a url'])}`, `      path: ${field(g, items, ['charts/x', '/', ''])}`);
        if (g.chance(0.6)) lines.push(`      revision: ${field(g, items, ['main', 'v1.0.0', ''])}`);
        if (g.chance(0.1)) lines.push('      auth:', '        httpsSecretRef:', `          name: ${field(g, items, ['creds', ''])}`);
      }
    }
    if (sources === 0 && g.chance(0.5)) lines.push('    x: 1');
  }
  lines.push(...helmTail(g, items, release, chartDialect));
  if (g.bad(0.05)) lines.push(`  ${g.pick(['chartname', 'Repo', 'valuez', 'extra'])}: ${field(g, items, ['x'])}`);
  return lines;
}

function customSpec(g: Gen, items: Item[], imageDialect: boolean): string[] {
  const lines = ['spec:'];
  if (imageDialect) {
    if (!g.bad(0.1)) lines.push(`  image: ${g.bad(0.5) ? field(g, items, ['ghcr.io/x/y:v1', 'nginx', '', 'bad image!']) : 'ghcr.io/x/y:v1'}`);
    if (g.chance(0.4)) lines.push(`  imagePullSecrets: [${g.bad(0.5) ? field(g, items, ['pull', '']) : 'pull'}]`);
    if (g.chance(0.6)) {
      const n = g.int(0, 3);
      const perms: string[] = [];
      for (let i = 0; i < n; i++) perms.push(g.bad(0.2) ? field(g, items, ['workspace']) : g.choose(['workspace', 'controller'], ['admin', '""', 'Workspace'], 0.4));
      lines.push(`  permissions: [${perms.join(', ')}]`);
    }
  } else {
    lines.push('  repo:');
    if (g.chance(0.6)) lines.push(`    file: ${field(g, items, ['https://downloads.example.com/p.so', '', 'not a url', 'file:///x.so'])}`);
    if (g.chance(0.4)) lines.push('    configMap:', `      name: ${field(g, items, ['plugin', ''])}`, `      namespace: ${field(g, items, NAMESPACES)}`);
  }
  if (g.bad(0.05)) lines.push(`  ${g.pick(['Image', 'extra'])}: x`);
  return lines;
}

/** Text-level edits where yaml.v3 and a YAML 1.2 library may read the definition itself differently. */
function mutateText(g: Gen, text: string): string {
  if (!g.bad(0.5)) return text;
  const x = g.r();
  if (x < 0.5) return text;
  if (x < 0.56) return text.replace('kind:', '"kind":');
  if (x < 0.6) return `%YAML 1.1\n---\n${text}`;
  if (x < 0.64) return `---\n${text}\n...\n`;
  if (x < 0.67) return `${text}\n---\nkind: Other\n`;
  if (x < 0.7) return text.replace(/\n/g, '\r\n');
  if (x < 0.73) return text.replace('metadata:', 'base: &base\n  x: 1\nmetadata:\n  <<: *base');
  if (x < 0.76) return text.replace('metadata:\n', 'metadata:\n  name: dup\n');
  if (x < 0.78) return text.replace(/^kind: (\w+)$/m, 'kind: !!str $1');
  if (x < 0.8) return `# comment\n${text}`;
  if (x < 0.82) return text.replace('spec:', 'spec: &s').replace(/$/, '');
  if (x < 0.84) return `${text}\n`.replace('\nspec:', '\nextra: [1, 2]\nspec:');
  if (x < 0.86) return text.replace(/: (\d+)$/m, ': !!str $1');
  if (x < 0.88) return text.replace(/  - type:/, '  - &item\n    type:');
  if (x < 0.9) return '\ufeff' + text;
  if (x < 0.92) return text.replace(/^config:$/m, 'config: !!seq');
  if (x < 0.94) return text + '\n# trailing comment';
  if (x < 0.96) return `{kind: Helm, metadata: {supportedOperatorVersion: ">= 0.1.0", name: flow}, spec: {namespace: "{{ .releaseName }}", ${g.pick(['repo: x, chartName: y', 'chart: {repo: {url: "https://a.example.com", chartName: y}}', 'image: i'])}}}`;
  if (x < 0.97) return `kind: Helm\nmetadata:\n  supportedOperatorVersion: ">= 0.1.0"\nspec:\n  namespace: ${'['.repeat(60)}x${']'.repeat(60)}\n`;
  if (x < 0.98) return text.replace(/\n  /, '\n\t');
  return text.slice(0, Math.floor(g.r() * text.length));
}

function metadata(g: Gen, release: string): string[] {
  const lines = ['metadata:'];
  if (g.chance(0.95)) lines.push(`  name: ${g.chance(0.95) ? g.pick(['redis', 'app', 'my-db']) : g.pick(['"x: y"', '3'])}`);
  if (g.chance(0.7)) lines.push(`  version: ${g.pick(['1.0.0', '1.10', '2', '"0.1"'])}`);
  const x = g.h < 1 && !g.bad(0.5) ? -1 : g.r();
  if (x === -1) lines.push(`  supportedOperatorVersion: ${q(g.pick(['>= 0.1.0', `>= ${release}`, `<= ${release}`, `= ${release}`, `~${release}`, `${release}`]))}`);
  else if (x < 0.04) {
    // absent
  } else if (x < 0.08) lines.push(`  supportedOperatorVersion: ${g.pick(['0.1', '1', 'null', 'true', '[">= 0.1.0"]', '0.1.12'])}`);
  else if (x < 0.5) lines.push(`  supportedOperatorVersion: ${q(g.pick(['>= 0.1.0', `>= ${release}`, `<= ${release}`, `= ${release}`, `~${release}`, `!= ${release}`, `> ${release}`, `< ${release}`]))}`);
  else lines.push(`  supportedOperatorVersion: ${q(g.pick(VERSION_CONSTRAINTS))}`);
  if (g.chance(0.2)) lines.push(`  description: ${g.pick(['x', '"{{ .config.a0 }}"', '|\n    multi\n    line'])}`);
  return lines;
}

const cmpRelease = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
};

/** `count` requests spread over `releases` (one family), from `seed`. */
export function legacyCases(seed: number, releases: readonly string[], count: number): LegacyCase[] {
  const g = new Gen(prng(seed));
  const out: LegacyCase[] = [];
  for (let n = 0; n < count; n++) {
    const release = releases[n % releases.length];
    g.h = g.pick([0, 0, 0.1, 0.3, 1]);
    const chartEra = cmpRelease(release, '0.1.12') >= 0;
    const imageEra = cmpRelease(release, '0.1.8') >= 0;
    const items: Item[] = [];
    const nItems = g.int(0, 5);
    for (let i = 0; i < nItems; i++) items.push(makeItem(g, i, items.map((it) => it.alias).filter(Boolean)));
    const kindRoll = g.r();
    const kind = g.bad(0.04) ? g.pick(['helm', 'Other', '""', 'null']) : kindRoll < 0.72 ? 'Helm' : 'Custom';
    const lines = [`kind: ${kind}`, ...metadata(g, release)];
    if (items.length || g.chance(0.3)) {
      if (!items.length) lines.push(g.pick(['config: []', 'config:', 'config: {}', 'config: null']));
      else {
        lines.push('config:');
        for (const it of items) lines.push(...it.lines);
        if (g.bad(0.02)) lines.push('  -');
      }
    }
    if (kind === 'Helm' || (kind !== 'Custom' && g.chance(0.5))) {
      // A spec of the other era's dialect now and then: it decodes to nothing of the struct.
      const dialect = g.bad(0.1) ? !chartEra : chartEra;
      lines.push(...helmSpec(g, items, release, dialect));
    } else {
      lines.push(...customSpec(g, items, g.bad(0.1) ? !imageEra : imageEra));
    }
    if (g.bad(0.02)) lines.push(g.pick(['spec: null', 'spec: []', 'spec: x']));
    const definition = mutateText(g, lines.join('\n') + '\n');
    out.push({
      release,
      definition,
      config: configJson(g, items),
      namespace: g.pick(['default', 'team-a', 'prod', 'x']),
      name: g.pick(['redis', 'app', 'm1', 'db']),
      hostility: g.h,
    });
  }
  return out;
}
