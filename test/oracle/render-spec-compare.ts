/**
 * One canonical line per generated spec: `E` when rendering fails (a template error, a value the
 * typed struct cannot take, a spec the struct cannot load), else a dump of the rendered spec as
 * yaml.Marshal writes the final struct, with zero-valued map entries left out on both sides (our
 * renderer leaves out the fields a spec did not write; Go's struct has them all).
 */
import { renderHelmSpecText } from '../../src/render/render.ts';
import { dumpGo } from '../../src/render/go-yaml.ts';
import { decodeTagged, prune } from './go-values.ts';
import type { GoMap, GoValue } from '../../src/values/go-value.ts';
import { encode } from './codec.ts';
import type { RenderSpecCase } from './render-spec-cases.ts';

export function questionOf(c: RenderSpecCase): object {
  const q: Record<string, unknown> = { dialect: c.dialect, spec: c.spec, config: encode(c.config), releaseName: c.releaseName };
  if (c.namespace !== undefined) q.namespace = c.namespace;
  return q;
}

export function goRenderSpecAnswer(a: Record<string, unknown>): string {
  if (a.panic || a.oracleError) return `PANIC:${String(a.panic ?? a.oracleError)}`;
  if (a.error !== undefined || a.loadError !== undefined) return 'E';
  return dumpGo(prune(decodeTagged(a.spec)));
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
