/**
 * The operator's rendering of a definition (0.1.0 – 0.1.20) or an inline Module (0.1.21+)
 * (pkg/resources/handlers.go and helper.go at v0.1.20, api/v1/module_types.go RenderHelmSpec /
 * GetValidatedConfig at v0.1.24): what to render and as which release (target.ts), the effective
 * config (config-input.ts), the template data each release and kind of definition hands the
 * templates and the checks it makes around rendering (here), and the templating itself (renderer.ts).
 */
import type { DefinitionDialectId } from '../classify/dialects.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import { child, stringAt } from '../load/ynode.ts';
import { cmp } from '../operator/acceptance.ts';
import { operatorSpecError } from '../operator/spec-checks.ts';
import { valueSpecView, yamlSpecView } from '../operator/spec-view.ts';
import type { GoFunc } from '../template/index.ts';
import type { GoMap, GoScalar, GoValue } from '../values/go-value.ts';
import { isGoMap } from '../values/go-value.ts';
import { Collector } from './collector.ts';
import { effectiveConfig } from './config-input.ts';
import { Renderer } from './renderer.ts';
import { customImageSpec, customPluginSpec, helmChartSpec, helmFlatSpec, moduleCustomSpec, moduleHelmSpec, type FieldType } from './spec-types.ts';
import { chooseVersion, configuringModule, eraOf, findTarget, plainLocated } from './target.ts';
import type { Target } from './target.ts';
import type { RenderOptions, RenderResult, SourceText } from './types.ts';
import { renderRules } from './types.ts';

export { describe } from './renderer.ts';
export type { GoScalar };

/** From this release the operator validates the definition's spec as written, before rendering. */
const SPEC_CHECKED_BEFORE_RENDER = '0.1.12';
const NAMESPACE_DATA_SINCE = '0.1.20';
const RAND_BASE62_SINCE = '0.1.24';

/** Renders the first definition (or inline Module) in `source`. Throws RenderInputError when there is none. */
export function render(source: SourceText, options: RenderOptions = {}): RenderResult {
  const out = new Collector();
  const target = findTarget(source);
  const { version, how } = chooseVersion(target, options.operatorVersion, out);
  const era = eraOf(target, version);
  const module = configuringModule(target, era, options.module);
  const effective = effectiveConfig({ era, version, definition: target, module, overrides: options.overrides ?? [] }, out);

  const moduleNs = options.namespace ?? stringAt(module?.root, 'metadata', 'namespace') ?? 'default';
  const moduleName = stringAt(module?.root, 'metadata', 'name') ?? stringAt(target.root, 'metadata', 'name') ?? 'module';
  const result: RenderResult = {
    era,
    kind: target.kind,
    dialect: target.dialect,
    operatorVersion: version,
    operatorVersionSource: how,
    effectiveConfig: effective,
    releaseName: options.releaseName ?? `${moduleNs}-${moduleName}`,
    findings: [],
    errorCount: 0,
    warningCount: 0,
  };

  const funcs = era === 'inline' && cmp(version, RAND_BASE62_SINCE) >= 0 ? randFuncs(options.random ?? Math.random) : {};
  const job: SpecJob = { target, version, effective, renderer: new Renderer(target.where, out, era, funcs), out };
  if (era === 'legacy') renderDefinitionSpec(job, result);
  else renderInlineSpec(job, options, moduleNs, result);

  result.findings = out.findings();
  result.findings.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  result.errorCount = result.findings.filter((f) => f.severity === 'error').length;
  result.warningCount = result.findings.length - result.errorCount;
  return result;
}

interface SpecJob {
  target: Target;
  version: string;
  effective: GoMap;
  renderer: Renderer;
  out: Collector;
}

/** 0.1.0 – 0.1.20. Both spec renderers set fields on `result` in place so its keys keep the order JSON output has always had. */
function renderDefinitionSpec({ target, version, effective, renderer: r, out }: SpecJob, result: RenderResult): void {
  const specNode = child(target.root, 'spec');
  const type = specType(target.dialect as DefinitionDialectId, version);
  if (target.kind === 'Helm') {
    const typed = r.decode(specNode, type, 'spec');
    const data: GoMap = new Map<string, GoValue>([
      ['config', effective],
      ['releaseName', result.releaseName],
    ]);
    if (cmp(version, NAMESPACE_DATA_SINCE) >= 0) {
      const ns = typed !== undefined && isGoMap(typed) && typeof typed.get('namespace') === 'string' ? (typed.get('namespace') as string) : '';
      data.set('namespace', ns);
      result.namespace = ns;
    }
    result.spec = r.renderTyped(typed, type, specNode, 'spec', data);
    if (target.dialect === 'helm-flat' && cmp(version, SPEC_CHECKED_BEFORE_RENDER) < 0 && result.spec !== undefined) {
      const e = operatorSpecError('helm-flat', version, valueSpecView(result.spec));
      if (e) out.add(renderRules.operatorCheck, target.where, specNode ?? target.root, { messageId: 'refusedAfterRender', data: { version, error: e } }, 'spec');
    }
  } else if (target.dialect === 'custom-image') {
    result.installBody = effective;
    // The custom manager json.Marshals the config for the runner: a non-finite float fails there.
    const bad = nonFinite(effective);
    if (bad !== undefined && cmp(version, '0.1.8') >= 0) {
      out.add(renderRules.operatorCheck, target.where, child(target.root, 'config') ?? target.root, { messageId: 'nonFiniteConfig', data: { version, value: bad } }, 'config');
    }
  } else if (target.dialect === 'custom-plugin' && cmp(version, '0.1.8') < 0) {
    const e = operatorSpecError('custom-plugin', version, yamlSpecView(specNode, target.where.text));
    if (e) out.add(renderRules.operatorCheck, target.where, specNode ?? target.root, { messageId: 'specRefused', data: { version, error: e } }, 'spec');
  }
}

/** 0.1.21+: the release name may come from the spec itself, and the namespace is rendered before the data that holds it. */
function renderInlineSpec({ target, version, effective, renderer: r }: SpecJob, options: RenderOptions, moduleNs: string, result: RenderResult): void {
  const spec = child(target.root, 'spec');
  const helmNode = child(spec, 'helm');
  if (target.kind === 'Helm') {
    const type = moduleHelmSpec(version);
    const typed = r.decode(helmNode, type, 'spec.helm');
    const custom = typed !== undefined && isGoMap(typed) ? typed.get('releaseName') : undefined;
    if (options.releaseName === undefined && typeof custom === 'string') result.releaseName = custom;
    else if (options.releaseName === undefined && custom === undefined && cmp(version, RAND_BASE62_SINCE) >= 0) {
      // 0.1.24's mutating webhook names an unnamed release "<namespace>-" and 11 random hex digits.
      const rnd = options.random ?? Math.random;
      let hex = '';
      for (let i = 0; i < 11; i++) hex += Math.floor(rnd() * 16).toString(16);
      result.releaseName = `${moduleNs}-${hex}`;
    }
    const base: GoMap = new Map<string, GoValue>([
      ['config', effective],
      ['releaseName', result.releaseName],
    ]);
    let ns = '';
    if (typed !== undefined && isGoMap(typed) && typeof typed.get('namespace') === 'string') {
      const nsType: FieldType = { t: 'string' };
      const rendered = r.renderTyped(typed.get('namespace'), nsType, child(helmNode, 'namespace'), 'spec.helm.namespace', base);
      ns = typeof rendered === 'string' ? rendered : '';
      typed.set('namespace', ns);
    }
    const data = new Map(base).set('namespace', ns);
    result.namespace = ns;
    result.spec = r.renderTyped(typed, type, helmNode, 'spec.helm', data);
  } else {
    const customNode = child(spec, 'custom');
    const type = moduleCustomSpec();
    const typed = r.decode(customNode, type, 'spec.custom');
    result.spec = r.renderTyped(typed, type, customNode, 'spec.custom', new Map<string, GoValue>([['config', effective]]));
    result.installBody = effective;
  }
}

/**
 * A random source for checks rather than installs: randBase62 then prints lowercase letters
 * ("aaaa"), a value that passes every check a name or a re-parse makes. The operator draws anew
 * for each install, so a check that drew too would pass or fail by chance (an all-digit draw,
 * 1 in 1,478 for four characters, re-parses as a number); lint's verdict must not.
 */
export const lettersOnlyRandom = (): number => 36.5 / 62;

function randFuncs(random: () => number): Record<string, GoFunc> {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  return {
    randBase62: {
      params: ['uint'],
      fn: ([n]) => {
        const count = Number(n);
        let s = '';
        for (let i = 0; i < count; i++) s += alphabet[Math.floor(random() * 62)];
        return s;
      },
    },
  };
}

function specType(dialect: DefinitionDialectId, version: string): FieldType {
  switch (dialect) {
    case 'helm-flat':
      return helmFlatSpec(version);
    case 'helm-chart':
      return helmChartSpec(version);
    case 'custom-image':
      return customImageSpec();
    case 'custom-plugin':
      return customPluginSpec();
  }
}

function nonFinite(v: GoValue): string | undefined {
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf';
  if (Array.isArray(v))
    for (const x of v) {
      const b = nonFinite(x);
      if (b) return b;
    }
  if (isGoMap(v))
    for (const x of v.values()) {
      const b = nonFinite(x);
      if (b) return b;
    }
  return undefined;
}

/**
 * The 0.1.x rendering of one Helm spec given as YAML text (the value of `spec:`), with the
 * template data given directly: for differential tests against the operator's code path.
 * `errors` lists the rule ids of error findings (template errors, decode failures).
 */
export function renderHelmSpecText(
  text: string,
  dialect: 'helm-flat' | 'helm-chart',
  version: string,
  data: GoMap,
): { spec: GoValue | undefined; errors: string[]; messages: string[] } {
  const docs = parseYamlStream(text);
  const root = docs[0]?.root ?? null;
  const out = new Collector();
  const where = plainLocated({ file: '<spec>', text });
  const r = new Renderer(where, out, 'legacy', {});
  const type = specType(dialect, version);
  const typed = r.decode(root, type, 'spec');
  const spec = r.renderTyped(typed, type, root, 'spec', data);
  const errors = out.raw.filter((f) => f.rule.severity === 'error');
  return { spec, errors: errors.map((f) => f.rule.id), messages: errors.map((f) => f.message) };
}
