/**
 * The operator's rendering of a definition (0.1.0 – 0.1.20) or an inline Module (0.1.21+), value
 * for value and type for type (pkg/resources/handlers.go and helper.go at v0.1.20,
 * api/v1/module_types.go RenderHelmSpec / GetValidatedConfig at v0.1.24), with every problem reported instead of the
 * first:
 *
 *  1. The spec is decoded into the operator's typed struct (spec-types.ts): unknown fields are
 *     dropped, a string field holds a scalar's text, `raw` and an output's `value` hold `any`.
 *  2. 0.1.x: the struct is yaml.Marshal'ed and read back into `any` (an integral float becomes an
 *     int); each string holding both `{{` and `}}` is executed as a Go text/template named "" with
 *     no extra functions, and its output re-parsed with yaml.Unmarshal into `any` (kept as the
 *     string if that fails); the result is marshalled and decoded back into the struct, so a string
 *     field gets the re-parsed value's text. Maps that are not string-keyed are not descended into.
 *  3. 0.1.21+: the same through encoding/json: the re-parse is json.Unmarshal (numbers float64), and
 *     a string field given a number or bool fails to decode (assumption: the operator decodes the
 *     rendered value back into its typed struct, as in 0.1.x).
 */
import { classify } from '../classify/classify.ts';
import type { DefinitionDialectId } from '../classify/dialects.ts';
import { decodeConfigItems, validateConfig } from '../config/index.ts';
import type { ConfigItem, ConfigPath } from '../config/index.ts';
import { goFloatToInt, show } from '../config/go-format.ts';
import { pathText } from '../config/paths.ts';
import { parseVersion } from '../constraints/index.ts';
import type { Finding } from '../diagnostics/finding.ts';
import { resolveLocated, wholeFile } from '../diagnostics/located.ts';
import type { Located, LocatedFinding } from '../diagnostics/located.ts';
import { DefinitionContext } from '../context/definition-context.ts';
import { toGoValue } from '../load/convert.ts';
import { scalarOffsetMap } from '../load/offsets.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import type { YMap, YNode } from '../load/ynode.ts';
import { at, child, isMap, isScalar, isSeq, keyText, stringAt } from '../load/ynode.ts';
import { cmp, describeReleases } from '../operator/acceptance.ts';
import { OPERATOR_RELEASES } from '../operator/releases.ts';
import { operatorSpecError } from '../operator/spec-checks.ts';
import { valueSpecView, yamlSpecView } from '../operator/spec-view.ts';
import { acceptance } from '../operator/definition-acceptance.ts';
import { parseTemplate } from '../template/index.ts';
import type { GoFunc } from '../template/index.ts';
import type { GoMap, GoScalar, GoValue } from '../values/go-value.ts';
import { isGoMap } from '../values/go-value.ts';
import {
  generalKeys,
  jsonIntoString,
  jsonRoundTrip,
  jsonUnmarshalAny,
  marshalScalarText,
  decodeNodeToAny,
  typeTag,
  yamlIntoBool,
  yamlIntoString,
  yamlRoundTrip,
  yamlUnmarshalAny,
} from './go-yaml.ts';
import { customImageSpec, customPluginSpec, helmChartSpec, helmFlatSpec, moduleCustomSpec, moduleHelmSpec, type FieldType } from './spec-types.ts';
import type { Era, RenderOptions, RenderResult, SourceText } from './types.ts';
import { RenderInputError, renderRules } from './types.ts';

const FIRST_INLINE = '0.1.21';
/** From this release the operator validates the definition's spec as written, before rendering. */
const SPEC_CHECKED_BEFORE_RENDER = '0.1.12';
const NAMESPACE_DATA_SINCE = '0.1.20';
const RAND_BASE62_SINCE = '0.1.24';
/** Cap on one rendered string (the operator has none; this keeps a hostile template bounded). */
const MAX_OUTPUT_BYTES = 1 << 20;
/** text/template's maxExecDepth in Go 1.24 on every platform but wasm. */
const GO_MAX_EXEC_DEPTH = 100_000;

class Collector {
  readonly raw: LocatedFinding[] = [];
  add(rule: LocatedFinding['rule'], where: Located, span: { start: number; end: number } | null | undefined, message: string, path?: string): void {
    const start = span?.start ?? 0;
    this.raw.push({ rule, where, start, end: span?.end ?? start, message, path });
  }

  findings(): Finding[] {
    return resolveLocated(this.raw);
  }
}

interface Target {
  where: Located;
  root: YMap;
  era: Era;
  kind: 'Helm' | 'Custom';
  dialect: DefinitionDialectId | 'module-inline';
  /** Releases that would load it. */
  accepted: string[];
  dialectReleases: string[];
}

/** Renders the first definition (or inline Module) in `source`. Throws RenderInputError when there is none. */
export function render(source: SourceText, options: RenderOptions = {}): RenderResult {
  const out = new Collector();
  const target = findTarget(source);
  const { version, how } = chooseVersion(target, options.operatorVersion, out);
  const era: Era = cmp(version, FIRST_INLINE) >= 0 ? 'inline' : 'legacy';
  if (era !== target.era) {
    throw new RenderInputError(
      target.era === 'legacy'
        ? `operator ${version} reads no separate definitions (0.1.21+ Modules carry config: and spec.helm/spec.custom themselves); pick --operator-version 0.1.20 or older`
        : `this is a 0.1.21+ Module with inline config; operator ${version} does not read it (pick --operator-version 0.1.21 or newer)`,
    );
  }

  if (era === 'inline' && options.module) {
    throw new RenderInputError(`${options.module.file}: --module is for definitions (operator 0.1.0 – 0.1.20); a 0.1.21+ Module carries its own spec.config`);
  }

  // Config: items, input, effective config.
  const moduleInfo = era === 'legacy' ? readModule(options.module) : { root: target.root, where: target.where };
  const itemsRaw = toGoValue(child(target.root, 'config'));
  const decoded = decodeConfigItems(era, itemsRaw ?? undefined);
  const configNode = child(target.root, 'config');
  for (const p of decoded.problems) {
    const node = nodeAtPath(target.root, p.path);
    out.add(renderRules.configDefinition, target.where, node, `${p.message}`, p.pathText);
  }
  for (const item of decoded.items) {
    for (const n of item.notes) {
      if (item.kind !== 'integer' || !/^(default|min|max): .* (is truncated|becomes)/.test(n.message)) continue;
      const node = nodeAtPath(target.root, n.path);
      out.add(renderRules.configFloatDefault, target.where, node, `integer item "${item.alias}": ${n.message}; the operator holds an int here`, pathText(n.path));
    }
  }
  const specConfigNode = moduleInfo ? at(moduleInfo.root, 'spec', 'config') : undefined;
  const input: GoMap = new Map();
  const inputSource = new Map<string, string>();
  if (specConfigNode != null) {
    const v = jsonRoundTrip(stripGeneral(toGoValue(specConfigNode)));
    if (isGoMap(v)) {
      for (const [k, x] of v) {
        input.set(k, x);
        inputSource.set(k, 'module');
      }
    } else if (v !== null && moduleInfo)
      out.add(renderRules.configViolation, moduleInfo.where, specConfigNode, `spec.config must be a map of alias to value, not ${show(v)}`, 'spec.config');
  }
  for (const o of options.overrides ?? []) {
    for (const [k, x] of o.values) {
      input.set(k, jsonRoundTrip(x));
      inputSource.set(k, o.source);
    }
  }
  const validated = validateConfig(era, decoded.items, input);
  const locateInput = (alias: string, path: ConfigPath): { where: Located; node: YNode | null | undefined } | undefined => {
    if (inputSource.get(alias) === 'module' && moduleInfo) {
      const n = nodeAtPath(specConfigNode ?? null, path) ?? pairKey(specConfigNode, alias);
      return { where: moduleInfo.where, node: n };
    }
    return undefined;
  };
  const itemNode = (index: number | undefined) => (index === undefined || !isSeq(configNode) ? configNode : configNode.items[index]);
  for (const v of validated.violations) {
    const loc = locateInput(v.alias, v.path);
    const from = inputSource.get(v.alias);
    const suffix = from && from !== 'module' ? ` (from ${from})` : '';
    const msg = `${v.message}${suffix}; the operator says: ${v.goError}`;
    if (loc) out.add(renderRules.configViolation, loc.where, loc.node, msg, `spec.config.${pathText(v.path)}`);
    else out.add(renderRules.configViolation, target.where, itemNode(v.itemIndex) ?? target.root, msg, `spec.config.${pathText(v.path)}`);
  }
  const byAlias = new Map<string, ConfigItem>();
  for (const item of decoded.items) byAlias.set(item.alias, item);
  for (const [alias, value] of input) {
    const item = byAlias.get(alias);
    if (item?.kind !== 'integer' || typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value)) continue;
    const t = goFloatToInt(value);
    const msg =
      era === 'legacy'
        ? `${alias}: ${show(value)} is truncated to ${t} for the integer checks, but templates get ${show(value)} as given`
        : `${alias}: ${show(value)} is truncated to the integer ${t} in the effective config`;
    const loc = locateInput(alias, [alias]);
    if (loc) out.add(renderRules.configTruncated, loc.where, loc.node, msg, `spec.config.${alias}`);
    else out.add(renderRules.configTruncated, target.where, itemNode(item.index), `${msg} (from ${inputSource.get(alias)})`, `spec.config.${alias}`);
  }
  // The controller hands the validator its own map, which json.Unmarshal leaves nil for spec.config
  // null, and which 0.1.0 – 0.1.1 leave nil when the Module has no spec.config: the validator then
  // fills a map of its own, and templates see no keys at all.
  const nilConfig = era === 'legacy' && (isNullNode(specConfigNode) || (specConfigNode == null && (options.overrides ?? []).length === 0 && cmp(version, '0.1.2') < 0));
  const effective: GoMap = nilConfig ? new Map<string, GoValue>() : validated.effective;

  // Release name and namespace.
  const moduleRoot = moduleInfo?.root;
  const moduleNs = options.namespace ?? stringAt(moduleRoot, 'metadata', 'namespace') ?? 'default';
  const moduleName = stringAt(moduleRoot, 'metadata', 'name') ?? stringAt(target.root, 'metadata', 'name') ?? 'module';
  let releaseName = options.releaseName ?? `${moduleNs}-${moduleName}`;

  const result: RenderResult = {
    era,
    kind: target.kind,
    dialect: target.dialect,
    operatorVersion: version,
    operatorVersionSource: how,
    effectiveConfig: effective,
    releaseName,
    findings: [],
    errorCount: 0,
    warningCount: 0,
  };

  const r = new Renderer(target.where, out, era, era === 'inline' && cmp(version, RAND_BASE62_SINCE) >= 0 ? randFuncs(options.random ?? Math.random) : {});
  if (era === 'legacy') {
    const specNode = child(target.root, 'spec');
    const type = specType(target.dialect as DefinitionDialectId, version);
    if (target.kind === 'Helm') {
      const typed = r.decode(specNode, type, 'spec');
      const data: GoMap = new Map<string, GoValue>([
        ['config', effective],
        ['releaseName', releaseName],
      ]);
      if (cmp(version, NAMESPACE_DATA_SINCE) >= 0) {
        const ns = typed !== undefined && isGoMap(typed) && typeof typed.get('namespace') === 'string' ? (typed.get('namespace') as string) : '';
        data.set('namespace', ns);
        result.namespace = ns;
      }
      result.spec = r.renderTyped(typed, type, specNode, 'spec', data);
      if (target.dialect === 'helm-flat' && cmp(version, SPEC_CHECKED_BEFORE_RENDER) < 0 && result.spec !== undefined) {
        const e = operatorSpecError('helm-flat', version, valueSpecView(result.spec));
        if (e)
          out.add(
            renderRules.operatorCheck,
            target.where,
            specNode ?? target.root,
            `the rendered spec is refused by operator ${version}'s checks (made after rendering): ${e}`,
            'spec',
          );
      }
    } else if (target.dialect === 'custom-image') {
      result.installBody = effective;
      // The custom manager json.Marshals the config for the runner: a non-finite float fails there.
      const bad = nonFinite(effective);
      if (bad !== undefined && cmp(version, '0.1.8') >= 0) {
        out.add(
          renderRules.operatorCheck,
          target.where,
          configNode ?? target.root,
          `operator ${version} cannot pass this config to the custom module: json: unsupported value: ${bad} (the effective config holds a non-finite float)`,
          'config',
        );
      }
    } else if (target.dialect === 'custom-plugin' && cmp(version, '0.1.8') < 0) {
      const e = operatorSpecError('custom-plugin', version, yamlSpecView(specNode, target.where.text));
      if (e) out.add(renderRules.operatorCheck, target.where, specNode ?? target.root, `operator ${version} refuses the spec: ${e}`, 'spec');
    }
  } else {
    const spec = child(target.root, 'spec');
    const helmNode = child(spec, 'helm');
    if (target.kind === 'Helm') {
      const type = moduleHelmSpec(version);
      const typed = r.decode(helmNode, type, 'spec.helm');
      const custom = typed !== undefined && isGoMap(typed) ? typed.get('releaseName') : undefined;
      if (options.releaseName === undefined && typeof custom === 'string') releaseName = custom;
      else if (options.releaseName === undefined && custom === undefined && cmp(version, RAND_BASE62_SINCE) >= 0) {
        // 0.1.24's mutating webhook names an unnamed release "<namespace>-" and 11 random hex digits.
        const rnd = options.random ?? Math.random;
        let hex = '';
        for (let i = 0; i < 11; i++) hex += Math.floor(rnd() * 16).toString(16);
        releaseName = `${moduleNs}-${hex}`;
      }
      const base: GoMap = new Map<string, GoValue>([
        ['config', effective],
        ['releaseName', releaseName],
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
  result.releaseName = releaseName;
  result.findings = out.findings();
  result.findings.sort((a, b) => (a.file === b.file ? 0 : a.file < b.file ? -1 : 1) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  result.errorCount = result.findings.filter((f) => f.severity === 'error').length;
  result.warningCount = result.findings.length - result.errorCount;
  return result;
}

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

function plainLocated(source: SourceText): Located {
  return wholeFile(source.file, source.text);
}

function findTarget(source: SourceText): Target {
  const docs = parseYamlStream(source.text);
  const base = plainLocated(source);
  let sawModuleSource = false;
  for (const doc of docs) {
    if (doc.errors.length) {
      const e = doc.errors[0];
      throw new RenderInputError(`${source.file}: YAML error in document ${doc.index + 1}: ${e.message} (run lint for details)`);
    }
    const c = classify(doc.root);
    if (c.kind === 'definition') return definitionTarget(doc.root as YMap, base, c.dialect, c.definitionKind);
    if (c.kind === 'module') {
      if (c.dialect === 'module-inline') {
        const root = doc.root as YMap;
        const kind = at(root, 'spec', 'custom') != null && at(root, 'spec', 'helm') == null ? 'Custom' : 'Helm';
        const releases = OPERATOR_RELEASES.filter((v) => cmp(v, FIRST_INLINE) >= 0);
        return { where: base, root, era: 'inline', kind, dialect: 'module-inline', accepted: releases, dialectReleases: releases };
      }
      sawModuleSource = true;
    }
    if (c.kind === 'configmap') {
      const inner = String(c.embedded.value);
      const map = scalarOffsetMap(source.text, c.embedded, inner);
      const innerDocs = parseYamlStream(inner);
      const first = innerDocs[0];
      if (!first || first.errors.length) throw new RenderInputError(`${source.file}: data["${c.key}"] is not valid YAML (run lint for details)`);
      const ic = classify(first.root);
      if (ic.kind !== 'definition') continue;
      const where: Located = { file: source.file, text: inner, fileText: source.text, toFile: map };
      return definitionTarget(first.root as YMap, where, ic.dialect, ic.definitionKind);
    }
  }
  if (sawModuleSource) {
    throw new RenderInputError(`${source.file}: a Module with spec.source has no definition of its own; render the definition and pass this file with --module`);
  }
  throw new RenderInputError(`${source.file}: no resource definition (kind Helm or Custom) or 0.1.21+ Module found`);
}

function definitionTarget(root: YMap, where: Located, dialect: DefinitionDialectId, kind: 'Helm' | 'Custom'): Target {
  const ctx = new DefinitionContext(root, kind, dialect, where.text, {});
  const acc = acceptance(ctx);
  return { where, root, era: 'legacy', kind, dialect, accepted: acc.accepted, dialectReleases: acc.dialectReleases };
}

function chooseVersion(target: Target, requested: string | undefined, out: Collector): { version: string; how: RenderResult['operatorVersionSource'] } {
  if (requested !== undefined) {
    const v = parseVersion(requested);
    if (!v.ok) throw new RenderInputError(`--operator-version ${requested}: not a version (${v.error})`);
    const version = requested.replace(/^v/, '');
    if (!target.accepted.includes(version)) {
      const why = !target.dialectReleases.some((d) => d === version)
        ? `the ${target.dialect} shape is read by ${describeReleases(target.dialectReleases)} only`
        : `it is accepted by ${describeReleases(target.accepted)}`;
      const sov = at(target.root, 'metadata', 'supportedOperatorVersion');
      if (target.era === cmpEra(version))
        out.add(renderRules.operatorVersion, target.where, sov ?? target.root, `operator ${version} does not load this definition (${why}); rendering as ${version} anyway`);
    }
    return { version, how: 'option' };
  }
  if (target.accepted.length) return { version: target.accepted[target.accepted.length - 1], how: 'newest-accepted' };
  const fallback = target.dialectReleases[target.dialectReleases.length - 1] ?? OPERATOR_RELEASES[OPERATOR_RELEASES.length - 1];
  out.add(
    renderRules.operatorVersion,
    target.where,
    at(target.root, 'metadata', 'supportedOperatorVersion') ?? target.root,
    `no operator release loads this definition (run lint for why); rendering as ${fallback}, the newest release that reads its shape`,
  );
  return { version: fallback, how: 'newest-of-dialect' };
}

function cmpEra(version: string): Era {
  return cmp(version, FIRST_INLINE) >= 0 ? 'inline' : 'legacy';
}

function readModule(module: SourceText | undefined): { root: YMap; where: Located } | undefined {
  if (!module) return undefined;
  for (const doc of parseYamlStream(module.text)) {
    if (doc.errors.length) throw new RenderInputError(`${module.file}: YAML error: ${doc.errors[0].message}`);
    const c = classify(doc.root);
    if (c.kind === 'module') return { root: doc.root as YMap, where: plainLocated(module) };
  }
  throw new RenderInputError(`${module.file}: no Module (apiVersion batch.forkspacer.com/v1, kind Module) found`);
}

function nodeAtPath(root: YNode | null | undefined, path: readonly (string | number)[]): YNode | null | undefined {
  let n: YNode | null | undefined = root;
  for (const p of path) {
    const next: YNode | null | undefined = typeof p === 'number' ? (isSeq(n) ? n.items[p] : undefined) : child(n, p);
    if (next == null) return n;
    n = next;
  }
  return n;
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

function isNullNode(n: YNode | null | undefined): boolean {
  return n !== undefined && (n === null || (isScalar(n) && n.value === null && n.tag === undefined));
}

function pairKey(node: YNode | null | undefined, key: string): YNode | undefined {
  return isMap(node) ? node.index.get(key)?.key : undefined;
}

/** A map[string]any field: a general map's keys become strings (yaml.v3 decodes keys into string). */
function stripGeneral(v: GoValue): GoValue {
  if (isGoMap(v) && generalKeys.has(v)) {
    const m: GoMap = new Map();
    for (const [k, x] of v) m.set(k, x);
    return m;
  }
  return v;
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const isTemplated = (s: string) => s.includes('{{') && s.includes('}}');

class Renderer {
  constructor(
    readonly where: Located,
    readonly out: Collector,
    readonly era: Era,
    readonly funcs: Record<string, GoFunc>,
  ) {}

  private loadError(node: YNode | null | undefined, path: string, message: string): void {
    this.out.add(renderRules.renderDecode, this.where, node, `${path}: the operator cannot load this: ${message}`, path);
  }

  /** Step 1: the YAML decoded into the typed struct. `undefined` means unset (absent, null pointer). */
  decode(node: YNode | null | undefined, type: FieldType, path: string): GoValue | undefined {
    if (node == null) return this.defaultOf(type);
    const isNull = isScalar(node) && node.value === null && node.tag === undefined;
    switch (type.t) {
      case 'string': {
        if (isNull) return type.default;
        if (!isScalar(node)) {
          this.loadError(node, path, `cannot unmarshal ${node.kind === 'map' ? '!!map' : '!!seq'} into string`);
          return undefined;
        }
        return typeof node.value === 'string' ? node.value : this.where.text.slice(node.start, node.end);
      }
      case 'bool': {
        if (isNull) return type.default;
        const v = isScalar(node) ? node.value : isMap(node) ? new Map() : [];
        const b = yamlIntoBool(v as GoValue);
        if (!b.ok || (this.era === 'inline' && typeof v !== 'boolean')) {
          const tmpl = typeof v === 'string' && isTemplated(v) ? ' (bool fields are not templated: the operator fails to load the definition before rendering)' : '';
          this.loadError(node, path, `${b.ok ? `${typeTag(v as GoValue)} into bool` : b.error}${tmpl}`);
          return undefined;
        }
        return b.value ?? undefined;
      }
      case 'any': {
        if (isNull) return undefined; // a nil *any, left out by omitempty
        const d = decodeNodeToAny(node, this.where.text);
        if (!d.ok) {
          this.loadError(node, path, d.error);
          return undefined;
        }
        const v = d.value;
        return this.era === 'inline' ? jsonRoundTrip(stripAllGeneral(v)) : v;
      }
      case 'rawmap': {
        if (isNull) return undefined;
        if (!isMap(node)) {
          const what = isScalar(node) ? `!!str \`${String(node.value).slice(0, 7)}...\`` : '!!seq';
          this.loadError(node, path, `cannot unmarshal ${what} into map[string]interface {}`);
          return undefined;
        }
        const d = decodeNodeToAny(node, this.where.text);
        if (!d.ok) {
          this.loadError(node, path, d.error);
          return undefined;
        }
        const v = stripGeneral(d.value);
        return this.era === 'inline' ? jsonRoundTrip(stripAllGeneral(v)) : v;
      }
      case 'list': {
        if (isNull) return undefined;
        if (!isSeq(node)) {
          this.loadError(node, path, `cannot unmarshal ${node.kind === 'map' ? '!!map' : `!!str`} into a list`);
          return undefined;
        }
        const items: GoValue[] = [];
        node.items.forEach((n, i) => {
          const v = this.decode(n, type.of, childPath(path, i));
          if (v !== undefined) items.push(v); // yaml.v3 drops a null entry of a typed list
        });
        return items;
      }
      case 'struct': {
        if (isNull) return this.defaultOf(type);
        if (!isMap(node)) {
          this.loadError(node, path, `cannot unmarshal ${node.kind === 'seq' ? '!!seq' : '!!str'} into a struct`);
          return undefined;
        }
        const m: GoMap = new Map();
        for (const p of node.pairs) {
          const k = keyText(p);
          if (k === undefined || !Object.hasOwn(type.fields, k)) continue;
          const v = this.decode(p.value, type.fields[k], childPath(path, k));
          if (v !== undefined) m.set(k, v);
        }
        if (this.era === 'inline') {
          for (const [k, ft] of Object.entries(type.fields)) {
            if (m.has(k)) continue;
            const d = ft.t === 'string' || ft.t === 'bool' ? ft.default : undefined;
            if (d !== undefined) m.set(k, d);
          }
        }
        return m;
      }
    }
  }

  private defaultOf(type: FieldType): GoValue | undefined {
    if (this.era !== 'inline') return undefined;
    if (type.t === 'struct' && type.default) return new Map(Object.entries(type.default));
    return undefined;
  }

  /** Steps 2 – 3: render every templated string of a typed value, as the operator does. */
  renderTyped(value: GoValue | undefined, type: FieldType, node: YNode | null | undefined, path: string, data: GoMap, inList = false): GoValue | undefined {
    if (value === undefined) return undefined;
    switch (type.t) {
      case 'string': {
        if (typeof value !== 'string' || !isTemplated(value)) return value;
        const r = this.execute(value, node, path, data);
        if (r === undefined) return value;
        const into = this.era === 'legacy' ? yamlIntoString(r.parsed) : jsonIntoString(r.parsed);
        if (!into.ok) {
          this.out.add(
            renderRules.renderDecode,
            this.where,
            node,
            `${path}: the template renders ${show(r.output)}, which the operator re-parses as ${describe(r.parsed)} and cannot put in this string field (${into.error})`,
            path,
          );
          return value;
        }
        const final = into.value ?? (type.pointer || inList ? undefined : '');
        if (final !== r.output) {
          const unset = inList ? 'null, so yaml.v3 drops the entry from the list' : 'null, which leaves the field unset';
          const became = into.value === null ? unset : `${describe(r.parsed)}, which comes back into this string field as ${show(into.value)}`;
          this.out.add(renderRules.renderTypeChange, this.where, node, `${path}: rendered ${show(r.output)} is re-parsed as ${became}`, path);
        }
        return final;
      }
      case 'bool':
        return value;
      case 'any':
      case 'rawmap': {
        const tripped = this.era === 'legacy' ? yamlRoundTrip(value) : value;
        const rendered = this.renderAny(tripped, node, path, data);
        return this.era === 'legacy' ? yamlRoundTrip(rendered) : rendered;
      }
      case 'list': {
        if (!Array.isArray(value)) return value;
        const items: GoValue[] = [];
        value.forEach((v, i) => {
          const n = isSeq(node) ? node.items[i] : undefined;
          const r = this.renderTyped(v, type.of, n, childPath(path, i), data, true);
          if (r !== undefined) items.push(r);
        });
        return items;
      }
      case 'struct': {
        if (!isGoMap(value)) return value;
        const m: GoMap = new Map();
        for (const [k, v] of value) {
          const ft = type.fields[k];
          if (!ft) continue;
          const r = this.renderTyped(v, ft, child(node, k), childPath(path, k), data);
          if (r !== undefined) m.set(k, r);
        }
        return m;
      }
    }
  }

  /** renderInterface over `any`: maps with string keys and lists are walked, strings rendered and re-parsed. */
  private renderAny(v: GoValue, node: YNode | null | undefined, path: string, data: GoMap): GoValue {
    if (typeof v === 'string') {
      if (!isTemplated(v)) return v;
      const r = this.execute(v, node, path, data);
      if (r === undefined) return v;
      this.warnTypeChange(r.template, r.output, r.parsed, node, path, data);
      return r.parsed;
    }
    if (Array.isArray(v)) return v.map((x, i) => this.renderAny(x, isSeq(node) ? node.items[i] : undefined, childPath(path, i), data));
    if (isGoMap(v)) {
      if (generalKeys.has(v)) return v;
      const m: GoMap = new Map();
      for (const [k, x] of v) m.set(k, this.renderAny(x, child(node, k), childPath(path, k), data));
      return m;
    }
    return v;
  }

  private execute(text: string, node: YNode | null | undefined, path: string, data: GoMap): { template: string; output: string; parsed: GoValue } | undefined {
    const parsed = parseTemplate('', text, { funcs: this.funcs });
    const fail = (err: { message: string; offset: number }) => {
      const map = isScalar(node) ? scalarOffsetMap(this.where.text, node, text) : () => node?.start ?? 0;
      const at = map(err.offset);
      this.out.add(renderRules.templateError, this.where, { start: at, end: at }, `${path}: ${err.message}`, path);
      return undefined;
    };
    if (!parsed.ok) return fail(parsed.error);
    // Go's maxExecDepth on the operator's platform (linux/amd64); recursion past what V8's
    // default stack holds moves the command to a large stack (runtime/deep-stack.ts).
    const exec = parsed.template.execute(data, { maxOutputBytes: MAX_OUTPUT_BYTES, maxExecDepth: GO_MAX_EXEC_DEPTH });
    if (!exec.ok) return fail(exec.error);
    const output = exec.output;
    if (output.includes('<no value>') && !text.includes('<no value>')) {
      this.out.add(renderRules.renderNoValue, this.where, node, `${path}: the template printed <no value> (a map key that does not exist): ${show(output)}`, path);
    }
    const re = this.era === 'legacy' ? yamlUnmarshalAny(output) : jsonUnmarshalAny(output);
    return { template: text, output, parsed: re.ok ? re.value : output };
  }

  /**
   * A re-parse the author probably did not mean: the text changed (quotes or a comment dropped),
   * the output became a map or list or null, or a referenced string value ("1.10", "007") became
   * a number or bool. Numbers and bools printed from numbers and bools are the intended case.
   */
  private warnTypeChange(template: string, output: string, parsed: GoValue, node: YNode | null | undefined, path: string, data: GoMap): void {
    let why: string | undefined;
    if (typeof parsed === 'string') {
      if (parsed !== output) why = `is re-parsed as ${this.era === 'legacy' ? 'YAML' : 'JSON'} into the different string ${show(parsed)}`;
    } else if (parsed === null) {
      why = output.trim() === '' ? 'is empty, which yaml.v3 reads as null' : 'is re-parsed as null';
    } else if (Array.isArray(parsed) || isGoMap(parsed)) {
      why = `is re-parsed as ${this.era === 'legacy' ? 'YAML' : 'JSON'} into ${describe(parsed)}`;
    } else if (this.era === 'legacy' && referencedStrings(template, data).includes(output.trim())) {
      why = `comes from a string value but is re-parsed as ${describe(parsed)}`;
    } else if (this.era === 'inline' && referencedStrings(template, data).includes(output.trim())) {
      why = `comes from a string value but is re-parsed as JSON into ${describe(parsed)}`;
    }
    if (why) this.out.add(renderRules.renderTypeChange, this.where, node, `${path}: rendered ${show(output)} ${why}`, path);
  }
}

/** Remove map[any]any markers (JSON has only string keys). */
function stripAllGeneral(v: GoValue): GoValue {
  if (Array.isArray(v)) return v.map(stripAllGeneral);
  if (isGoMap(v)) {
    const m: GoMap = new Map();
    for (const [k, x] of v) m.set(k, stripAllGeneral(x));
    return m;
  }
  return v;
}

/** String values the template reads with `.a.b` chains from the data (a cheap, syntactic look). */
function referencedStrings(template: string, data: GoMap): string[] {
  const out: string[] = [];
  for (const m of template.matchAll(/(?:^|[^\w$)])\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) {
    let v: GoValue | undefined = data;
    for (const part of m[1].split('.')) v = isGoMap(v as GoValue) ? (v as GoMap).get(part) : undefined;
    if (typeof v === 'string') out.push(v.trim());
  }
  return out;
}

/** `the int 3`, `the float 1.1`, `true`, `a map`, ... */
export function describe(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `the string ${show(v)}`;
  if (typeof v === 'boolean') return `the bool ${v}`;
  if (typeof v === 'bigint') return `the int ${v}`;
  if (typeof v === 'number') return `the float ${marshalScalarText(v)}`;
  if (Array.isArray(v)) return `a list (${show(v)})`;
  return `a map (${show(v)})`;
}

export type { GoScalar };

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
