/**
 * The operator's answer (a driver's, live or recorded) against ours for one legacy request:
 *  - the verdict: the operator installs, or refuses; we refuse when `render --operator-version V
 *    --module M` or `lint --operator-version V` of the definition reports an error;
 *  - a refusal that no config can avoid (reading, the constraint, the kind, the typed spec) must be
 *    a lint error of the definition alone, since lint sees no Module;
 *  - when the operator installs: the effective config and, for Helm, the rendered spec, value for
 *    value and type for type (zero-valued struct fields left out on both sides).
 */
import { createHash } from 'node:crypto';
import { lintText } from '../../src/lint/lint-text.ts';
import { dumpGo } from '../../src/render/go-yaml.ts';
import { lettersOnlyRandom, render, RenderInputError } from '../../src/render/index.ts';
import { decodeTagged, prune } from './go-values.ts';
import type { LegacyCase } from './operator-cases.ts';
import type { InlineCase } from './operator-inline-cases.ts';

export type OperatorCase = LegacyCase | InlineCase;
export const isInline = (c: OperatorCase): c is InlineCase => 'module' in c;

/** What we record of an operator answer: enough to compare again without Go. */
export interface GoVerdict {
  ok: boolean;
  stage: string;
  error: string;
  config: string;
  spec: string;
  kind: string;
}

/** Stages at which the operator refuses whatever the Module's config is. */
const CONFIG_FREE_STAGES = new Set(['read', 'constraint', 'version', 'kind', 'spec']);

export function requestOf(c: OperatorCase): object {
  if (isInline(c)) return { module: c.module, namespace: c.namespace, name: c.name };
  return { definition: c.definition, config: c.config, namespace: c.namespace, name: c.name };
}

export function goVerdict(a: Record<string, unknown>, inline = false): GoVerdict {
  if (a.driverError) throw new Error(`driver refused the request: ${String(a.driverError)}`);
  const ok = a.ok === true;
  return {
    ok,
    stage: String(a.stage ?? ''),
    error: a.panic !== undefined ? `panic: ${String(a.panic)}` : String(a.error ?? ''),
    kind: String(a.kind ?? ''),
    config: ok && a.config !== undefined ? dumpGo(decodeTagged(a.config)) : '',
    spec: ok && a.spec !== undefined && (a.kind === 'Helm' || inline) ? dumpGo(prune(decodeTagged(a.spec))) : '',
  };
}

export interface TsVerdict {
  refused: boolean;
  /** The rule ids of the errors, render's then lint's. */
  errors: string[];
  lintErrors: string[];
  config: string;
  spec: string;
  messages: string[];
}

export function moduleText(c: LegacyCase): string {
  const group = c.release === '0.1.0' || c.release === '0.1.1' || c.release === '0.1.2' ? 'batch.environment.sh' : 'batch.forkspacer.com';
  const lines = [`apiVersion: ${group}/v1`, 'kind: Module', 'metadata:', `  name: ${c.name}`, `  namespace: ${c.namespace}`, 'spec:', '  workspace:', '    name: ws', '  source:', '    httpURL: https://example.com/module.yaml'];
  if (c.config !== null) lines.push(`  config: ${c.config}`);
  return lines.join('\n') + '\n';
}

export function tsVerdict(c: OperatorCase): TsVerdict {
  if (isInline(c)) return tsInlineVerdict(c);
  const errors: string[] = [];
  const messages: string[] = [];
  let config = '';
  let spec = '';
  try {
    const r = render({ file: 'definition.yaml', text: c.definition }, { module: { file: 'module.yaml', text: moduleText(c) }, operatorVersion: c.release });
    for (const f of r.findings) {
      if (f.severity !== 'error') continue;
      errors.push(f.ruleId);
      messages.push(`render ${f.ruleId}: ${f.message}`);
    }
    config = dumpGo(r.effectiveConfig);
    if (r.kind === 'Helm' && r.spec !== undefined) spec = dumpGo(prune(r.spec));
  } catch (e) {
    if (!(e instanceof RenderInputError)) throw e;
    errors.push('render-input');
    messages.push(`render: ${e.message}`);
  }
  const lint = lintText('definition.yaml', c.definition, { operatorVersion: c.release });
  const lintErrors: string[] = [];
  for (const f of lint.findings) {
    if (f.severity !== 'error') continue;
    lintErrors.push(f.ruleId);
    messages.push(`lint ${f.ruleId} ${f.range.start.line}:${f.range.start.column}: ${f.message}`);
  }
  return { refused: errors.length + lintErrors.length > 0, errors, lintErrors, config, spec, messages };
}

function tsInlineVerdict(c: InlineCase): TsVerdict {
  const errors: string[] = [];
  const messages: string[] = [];
  let config = '';
  let spec = '';
  try {
    // As lint does: a verdict that depends on a random draw would make the replay flaky.
    const r = render({ file: 'module.yaml', text: c.module }, { operatorVersion: c.release, random: lettersOnlyRandom });
    for (const f of r.findings) {
      if (f.severity !== 'error') continue;
      errors.push(f.ruleId);
      messages.push(`render ${f.ruleId}: ${f.message}`);
    }
    config = dumpGo(r.effectiveConfig);
    if (r.spec !== undefined) spec = dumpGo(prune(r.spec));
  } catch (e) {
    if (!(e instanceof RenderInputError)) throw e;
    errors.push('render-input');
    messages.push(`render: ${e.message}`);
  }
  const lint = lintText('module.yaml', c.module, { operatorVersion: c.release });
  const lintErrors: string[] = [];
  for (const f of lint.findings) {
    if (f.severity !== 'error') continue;
    lintErrors.push(f.ruleId);
    messages.push(`lint ${f.ruleId} ${f.range.start.line}:${f.range.start.column}: ${f.message}`);
  }
  if (c.random) spec = '';
  return { refused: errors.length + lintErrors.length > 0, errors, lintErrors, config, spec, messages };
}

/**
 * The API server validates a Module against its CRD's schema before any operator code sees it;
 * a Module refused there only by module-schema is out of the drivers' reach (they are handed
 * the stored object), so such a case is counted apart, not compared.
 */
export function beforeOperator(ts: TsVerdict): boolean {
  return ts.lintErrors.length > 0 && ts.lintErrors.every((id) => id === 'module-schema') && ts.errors.length === 0;
}

/**
 * Errors for what fails after the operator's own code, in Helm or Kubernetes, where the drivers
 * (which stop before the cluster) cannot follow: a chart repository Helm cannot reach or a chart
 * name it cannot find, a namespace name Kubernetes refuses, an image reference the kubelet cannot
 * pull, a Go plugin the operator cannot fetch. The operator's code accepts these, the install
 * fails in the cluster, and lint is right to call them errors.
 */
export const AFTER_OPERATOR = new Set(['helm-url', 'helm-chart-source', 'helm-namespace', 'custom-image-ref', 'custom-plugin-source', 'module-release-name']);

/** A definition in a shape the release does not read (a Go-plugin Custom spec at 0.1.8+): it decodes to an empty image, which the cluster refuses. */
const SHAPE_NOT_READ = /does not read the|shape is read by|dialect is read only by/;

export function afterOperator(ts: TsVerdict): boolean {
  if (!ts.lintErrors.length) return false;
  const shapeOnly = (id: string) => (id === 'operator-version' || id === 'render-operator-version' || id === 'supported-operator-version') && ts.messages.filter((m) => m.includes(id)).every((m) => SHAPE_NOT_READ.test(m));
  return ts.errors.every(shapeOnly) && ts.lintErrors.every((id) => AFTER_OPERATOR.has(id) || id === 'module-schema' || shapeOnly(id));
}

/** Every way ours and the operator's answers disagree, as sentences (empty: they agree). */
export function disagreements(go: GoVerdict, ts: TsVerdict): string[] {
  const out: string[] = [];
  if (go.ok && ts.refused && (beforeOperator(ts) || afterOperator(ts))) return out;
  if (go.ok && ts.refused) out.push(`operator installs; we refuse: ${ts.messages.join(' | ')}`);
  if (!go.ok && !ts.refused) out.push(`operator refuses at ${go.stage} (${go.error}); we report no error`);
  // A document lint does not take for a definition (kind: Other) is skipped, not passed; render refuses it.
  if (!go.ok && CONFIG_FREE_STAGES.has(go.stage) && !ts.lintErrors.length && ts.refused && !ts.errors.includes('render-input'))
    out.push(`operator refuses at ${go.stage} whatever the config (${go.error}); lint of the definition reports no error (${ts.messages.join(' | ')})`);
  if (go.ok && !ts.refused) {
    if (go.config !== ts.config) out.push(`effective config:\n    go: ${go.config}\n    ts: ${ts.config}`);
    if (go.spec !== ts.spec) out.push(`rendered spec:\n    go: ${go.spec}\n    ts: ${ts.spec}`);
  }
  return out;
}

/** Which engine a case exercises, by where the operator stopped. */
export function engineOf(go: GoVerdict): 'load' | 'config' | 'render' {
  if (go.ok || go.stage === 'render' || go.stage === 'manager') return 'render';
  if (go.stage === 'config') return 'config';
  return 'load';
}

export interface FamilyReport {
  cases: number;
  agree: number;
  byEngine: Record<'load' | 'config' | 'render', { cases: number; agree: number }>;
  installed: number;
  /** Refused by the API server's CRD schema (module-schema) before the operator: not compared. */
  apiServer: number;
  /** Installed by the operator's code, refused by lint for what then fails in the cluster (AFTER_OPERATOR). */
  cluster: number;
  /** Disagreements listed as open bugs (vectors/operator-known.json), by digest. */
  knownSeen: string[];
  /** Disagreements not listed, by digest, with their one-line summary. */
  unknown: [string, string][];
  problems: string[];
}

/** Compares every case of a family; `problems` holds the first disagreements in full. */
export function compareFamily(cases: readonly OperatorCase[], verdicts: readonly GoVerdict[], keep = 12, known: ReadonlyMap<string, string> = new Map()): FamilyReport {
  const rep: FamilyReport = { cases: cases.length, agree: 0, installed: 0, apiServer: 0, cluster: 0, knownSeen: [], unknown: [], problems: [], byEngine: { load: { cases: 0, agree: 0 }, config: { cases: 0, agree: 0 }, render: { cases: 0, agree: 0 } } };
  cases.forEach((c, i) => {
    const go = verdicts[i];
    const e = rep.byEngine[engineOf(go)];
    e.cases++;
    if (go.ok) rep.installed++;
    const ts = tsVerdict(c);
    if (go.ok && ts.refused && beforeOperator(ts)) rep.apiServer++;
    else if (go.ok && ts.refused && afterOperator(ts)) rep.cluster++;
    const d = disagreements(isInline(c) && c.random ? { ...go, spec: '' } : go, ts);
    if (!d.length) {
      rep.agree++;
      e.agree++;
      return;
    }
    const digest = createHash('sha1').update(JSON.stringify(requestOf(c))).digest('hex').slice(0, 12);
    if (known.has(digest)) {
      rep.knownSeen.push(digest);
      return;
    }
    rep.unknown.push([digest, summaryOf(go, ts, d)]);
    if (rep.problems.length < keep) {
      rep.problems.push(isInline(c) ? `case ${i} (operator ${c.release}):\n${c.module}\n  ${d.join('\n  ')}` : `case ${i} (operator ${c.release}, config ${c.config}):\n${c.definition}\n  ${d.join('\n  ')}`);
    }
  });
  return rep;
}

/** One line for the list of open disagreements: which way, and what. */
export function summaryOf(go: GoVerdict, ts: TsVerdict, d: string[]): string {
  if (go.ok && ts.refused) return `operator installs; we refuse (${[...new Set([...ts.errors, ...ts.lintErrors])].sort().join(', ')})`;
  if (!go.ok && !ts.refused) return `operator refuses at ${go.stage}; we accept (${go.error.slice(0, 160)})`;
  return d.map((x) => x.split('\n')[0].slice(0, 160)).join('; ');
}

export function summaryLine(dir: string, r: FamilyReport): string {
  const e = (k: 'load' | 'config' | 'render') => `${k} ${r.byEngine[k].agree}/${r.byEngine[k].cases}`;
  return `${dir}: ${r.agree}/${r.cases} agree${r.knownSeen.length ? `, ${r.knownSeen.length} known disagreements` : ''} (${e('load')}, ${e('config')}, ${e('render')}; ${r.installed} installed${r.apiServer ? `, ${r.apiServer} of them refused first by the API server's CRD schema` : ''}${r.cluster ? `, ${r.cluster} of them failing later in the cluster (lint errors ${[...AFTER_OPERATOR].join(', ')})` : ''})`;
}
