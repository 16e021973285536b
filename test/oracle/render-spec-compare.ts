/**
 * One canonical line per generated spec: `E` when rendering fails (a template error, a value the
 * typed struct cannot take, a spec the struct cannot load), else a dump of the rendered spec as
 * yaml.Marshal writes the final struct, with zero-valued map entries left out on both sides (our
 * renderer leaves out the fields a spec did not write; Go's struct has them all).
 */
import { renderHelmSpecText } from '../../src/render/render.ts';
import { dumpGo, generalKeys } from '../../src/render/go-yaml.ts';
import type { GoMap, GoScalar, GoValue } from '../../src/values/go-value.ts';
import { encode } from './codec.ts';
import type { RenderSpecCase } from './render-spec-cases.ts';

export function questionOf(c: RenderSpecCase): object {
  const q: Record<string, unknown> = { dialect: c.dialect, spec: c.spec, config: encode(c.config), releaseName: c.releaseName };
  if (c.namespace !== undefined) q.namespace = c.namespace;
  return q;
}

function decodeGo(t: unknown): GoValue {
  if (t === null || t === undefined) return null;
  if (typeof t === 'boolean' || typeof t === 'string' || typeof t === 'number') return t;
  if (Array.isArray(t)) return t.map(decodeGo);
  const o = t as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === '$int') return BigInt(o.$int as string);
  if (keys.length === 1 && keys[0] === '$float') return o.$float === 'NaN' ? NaN : (o.$float as string).startsWith('-') ? -Infinity : Infinity;
  if (keys.length === 1 && keys[0] === '$gmap') {
    const m: GoMap = new Map();
    const g = new Map<string, GoScalar>();
    for (const [k, v] of o.$gmap as [unknown, unknown][]) {
      const key = decodeGo(k) as GoScalar;
      const text = typeof key === 'string' ? key : String(key);
      m.set(text, decodeGo(v));
      g.set(text, key);
    }
    generalKeys.set(m, g);
    return m;
  }
  const m: GoMap = new Map();
  for (const k of keys) m.set(k, decodeGo(o[k]));
  return m;
}

const isZero = (v: GoValue) => v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (v instanceof Map && v.size === 0);

function prune(v: GoValue): GoValue {
  if (Array.isArray(v)) return v.map(prune);
  if (v instanceof Map) {
    const m: GoMap = new Map();
    for (const [k, x] of v) {
      const p = prune(x);
      if (!isZero(p)) m.set(k, p);
    }
    const g = generalKeys.get(v);
    if (g) generalKeys.set(m, g);
    return m;
  }
  return v;
}

export function goRenderSpecAnswer(a: Record<string, unknown>): string {
  if (a.panic || a.oracleError) return `PANIC:${String(a.panic ?? a.oracleError)}`;
  if (a.error !== undefined || a.loadError !== undefined) return 'E';
  return dumpGo(prune(decodeGo(a.spec)));
}

export function tsRenderSpecAnswer(c: RenderSpecCase): string {
  const version = c.dialect === 'helm-flat' ? '0.1.11' : '0.1.20';
  const data: GoMap = new Map<string, GoValue>([
    ['config', c.config],
    ['releaseName', c.releaseName],
  ]);
  if (c.namespace !== undefined) data.set('namespace', c.namespace);
  const r = renderHelmSpecText(c.spec, c.dialect, version, data);
  if (r.errors.length) return 'E';
  return dumpGo(prune(r.spec ?? new Map()));
}
