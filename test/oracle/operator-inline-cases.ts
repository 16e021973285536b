/**
 * Generated 0.1.21+ Modules (config items keyed by type, spec.config, spec.helm or spec.custom)
 * for the api/v1 drivers. A Module reaches the operator as the API server stores it, after the
 * CRD's defaults: every field the CRD defaults is written out here, so that the stored object
 * is the written one.
 */
import { prng } from '../support/prng.ts';
import { FUNCS_BAD, FUNCS_OK, Gen, ODD_TEXTS, q } from './operator-cases.ts';

export interface InlineCase {
  release: string;
  /** The Module as JSON text. */
  module: string;
  namespace: string;
  name: string;
  hostility: number;
  /** Uses randBase62, whose output is random: compared by verdict only. */
  random: boolean;
}

type J = null | boolean | number | string | J[] | { [k: string]: J };
type Kind = 'string' | 'integer' | 'boolean' | 'option' | 'multipleOptions';
const KINDS: readonly Kind[] = ['string', 'integer', 'boolean', 'option', 'multipleOptions'];
const REGEXES = ['^[a-z]+$', '[0-9]+', 'a|b', '(?i)abc', '^$', '(', '[a-', '(?=x)', 'a{1001}'];
const OPTS = ['a', 'b', 'c', 'x y', '1', ''];

interface Item {
  alias: string;
  kind: Kind | undefined;
  values: string[];
  required: boolean;
  editable: boolean;
}

function item(g: Gen, i: number, out: J[], items: Item[]): void {
  const kind: Kind | undefined = g.bad(0.04) ? undefined : g.pick(KINDS);
  const alias = g.bad(0.04) && items.length ? items[0].alias : `a${i}`;
  const required = g.chance(0.25);
  const editable = g.bad(0.3) ? g.chance(0.5) : true;
  const spec: { [k: string]: J } = { required, editable };
  const values: string[] = [];
  switch (kind) {
    case 'string':
      spec.default = g.bad(0.3) ? g.pick<J>(['', 'x', 'abc1']) : 'abc';
      if (g.chance(0.3)) spec.regex = g.bad(0.5) ? g.pick(REGEXES) : g.pick(REGEXES.slice(0, 5));
      break;
    case 'integer':
      spec.default = g.bad(0.3) ? g.pick<J>([0, -1, 7]) : 1;
      if (g.chance(0.4)) spec.min = g.pick([0, 1, 2]);
      if (g.chance(0.4)) spec.max = g.pick([3, 5, 100]);
      break;
    case 'boolean':
      spec.default = g.chance(0.5);
      break;
    case 'option':
    case 'multipleOptions': {
      const n = g.int(1, 4);
      for (let k = 0; k < n; k++) values.push(g.bad(0.4) ? g.pick(OPTS) : OPTS[k]);
      spec.values = values;
      if (kind === 'option') spec.default = g.bad(0.3) ? g.pick(['z', '', 'a']) : values[0];
      else {
        spec.default = g.bad(0.3) ? [g.pick(['z', 'a'])] : [values[0]];
        if (g.chance(0.3)) spec.min = g.pick([0, 1]);
        if (g.chance(0.3)) spec.max = g.pick([1, 3]);
      }
      break;
    }
  }
  const o: { [k: string]: J } = { name: `Item ${i}`, alias };
  if (kind) o[kind] = spec;
  else if (g.chance(0.5)) o.float = spec;
  out.push(o);
  items.push({ alias, kind, values, required, editable });
}

function input(g: Gen, it: Item): J {
  if (!it.kind || g.bad(0.15)) return g.pick<J>([1, 2.5, 'x', true, null, ['a'], { a: 1 }, '3', g.pick(ODD_TEXTS)]);
  switch (it.kind) {
    case 'string':
      return g.bad(0.5) ? g.pick(ODD_TEXTS) : g.pick(['abc', 'x', 'abc1']);
    case 'integer':
      return g.bad(0.5) ? g.pick<J>([0, 6, 2.9, -1, 1e3, '3', 1e19]) : g.pick([1, 2, 3]);
    case 'boolean':
      return g.bad(0.2) ? g.pick<J>(['true', 1]) : g.chance(0.5);
    case 'option':
      return g.bad(0.3) ? g.pick<J>(['z', 1]) : g.pick(it.values);
    case 'multipleOptions':
      return g.bad(0.5) ? g.pick<J>([['z'], 'a', []]) : [g.pick(it.values)];
  }
}

function templated(g: Gen, items: Item[], plain: string, random: { used: boolean }, release24: boolean): string {
  const alias = () => (items.length && !g.bad(0.1) ? g.pick(items).alias : 'nope');
  if (!g.bad(0.6)) {
    const y = items.length ? g.r() : 0.75;
    if (y < 0.4) return plain;
    if (y < 0.7) return `{{ .config.${alias()} }}`;
    if (y < 0.8) return `${plain}-{{ .releaseName }}`;
    if (y < 0.9) return `{{ ${q(g.pick(ODD_TEXTS))} }}`;
    return `{{ ${g.pick(FUNCS_OK)} .config.${alias()} }}`;
  }
  const x = g.r();
  if (x < 0.3) return `{{ .config.${alias()} }}`;
  if (x < 0.4) return `${g.pick(['pre-', '', '"', '[', '{"a": '])}{{ .config.${alias()} }}${g.pick(['', '-post', '"', ']', '}'])}`;
  if (x < 0.45) return '{{ .namespace }}';
  if (x < 0.5) return '{{ .releaseName }}';
  if (x < 0.62) return `{{ ${q(g.pick(ODD_TEXTS))} }}`;
  if (x < 0.66) return `{{ ${g.pick(FUNCS_BAD)} }}`;
  if (x < 0.7 && release24) {
    random.used = true;
    return `x-{{ randBase62 ${g.pick(['4', '0', '-1', '"a"'])} }}`;
  }
  if (x < 0.75) return `{{ range .config.${alias()} }}{{ . }},{{ end }}`;
  if (x < 0.8) return g.pick(['{{ .config.x ', '{{ end }}', '{{ .config.nope.x }}', '{{ index .config "nope" }}', 'only }}', '{{ "{{" }}']);
  if (x < 0.85) return g.pick(['3', 'true', 'null', '1.10', '[1]', '{"a": 1}', '"q"']);
  return g.pick(ODD_TEXTS);
}

function anyJ(g: Gen, t: () => string, depth = 0): J {
  const x = g.r();
  if (x < 0.5) return t();
  if (x < 0.75 || depth > 1) return g.pick<J>([3, 1.5, 0, true, null, 'x', '007', [], {}, 1e21]);
  if (x < 0.88) return [anyJ(g, t, depth + 1), anyJ(g, t, depth + 1)];
  return { k1: anyJ(g, t, depth + 1), k2: anyJ(g, t, depth + 1) };
}

export function inlineCases(seed: number, releases: readonly string[], count: number): InlineCase[] {
  const g = new Gen(prng(seed));
  const out: InlineCase[] = [];
  for (let n = 0; n < count; n++) {
    const release = releases[n % releases.length];
    const release24 = release === '0.1.24';
    g.h = g.pick([0, 0, 0.1, 0.3, 1]);
    const random = { used: false };
    const config: J[] = [];
    const items: Item[] = [];
    for (let i = g.int(0, 4); i > 0; i--) item(g, items.length, config, items);
    const t = (plain: string) => templated(g, items, plain, random, release24);
    const values: { [k: string]: J } = {};
    for (const it of items) {
      const give = g.bad(0.5) ? g.chance(0.5) : it.required || (it.editable && g.chance(0.5));
      if (give) values[it.alias] = input(g, it);
    }
    if (g.bad(0.05)) values.extra = 1;
    const name = g.pick(['redis', 'app', 'db']);
    const namespace = g.pick(['default', 'team-a']);
    const spec: { [k: string]: J } = { workspace: { name: 'ws', namespace }, hibernated: false };
    if (!g.bad(0.1)) spec.config = g.bad(0.1) ? g.pick<J>([[], 'x', 3]) : values;
    if (g.chance(0.7)) {
      const helm: { [k: string]: J } = { namespace: t(g.pick(['default', 'databases'])), cleanup: { removeNamespace: false, removePVCs: g.chance(0.5) }, migration: {} };
      const src = g.bad(0.1) ? g.pick(['none', 'configMap', 'git', 'two']) : 'repo';
      const chart: { [k: string]: J } = {};
      if (src === 'repo' || src === 'two') {
        const repo: { [k: string]: J } = { url: t('https://charts.example.com'), chart: t('redis') };
        if (g.chance(0.7)) repo.version = t(g.pick(['1.2.3', '1.10', '21.2.9']));
        chart.repo = repo;
      }
      if (src === 'configMap' || src === 'two') chart.configMap = { name: t('chart'), namespace: 'default', key: 'chart.tgz' };
      if (src === 'git') chart.git = { repo: t('https://github.com/x/y'), path: '/', revision: 'main' };
      helm.chart = chart;
      if (release24 && g.chance(0.5)) helm.releaseName = t(g.pick(['my-release', 'r']));
      if (g.chance(0.7)) {
        const vals: J[] = [];
        for (let i = g.int(1, 2); i > 0; i--) {
          if (g.chance(0.8)) vals.push({ raw: { k: anyJ(g, () => t('x')), n: { inner: anyJ(g, () => t('y')) } } });
          else vals.push({ configMap: { name: t('vals'), namespace: 'default', key: 'values.yaml' } });
        }
        helm.values = vals;
      }
      if (g.chance(0.4)) helm.outputs = [{ name: t('Host'), value: anyJ(g, () => t('h')) }];
      if (g.chance(0.2)) helm.migration = { pvcs: [t('data-0')] };
      spec.helm = helm;
    } else {
      const custom: { [k: string]: J } = { image: t('ghcr.io/x/y:v1') };
      if (g.chance(0.3)) custom.imagePullSecrets = [t('pull')];
      if (g.chance(0.5)) custom.permissions = [g.bad(0.3) ? g.pick(['admin', '', 'Workspace']) : g.pick(['workspace', 'controller'])];
      spec.custom = custom;
    }
    const module: { [k: string]: J } = { apiVersion: 'batch.forkspacer.com/v1', kind: 'Module', metadata: { name, namespace } };
    if (config.length || g.chance(0.2)) module.config = config;
    module.spec = spec;
    // 0.1.24 names a release without spec.helm.releaseName at random (its webhook).
    const randomName = release24 && spec.helm !== undefined && (spec.helm as { [k: string]: J }).releaseName === undefined;
    out.push({ release, module: JSON.stringify(module), namespace, name, hostility: g.h, random: random.used || randomName });
  }
  return out;
}
