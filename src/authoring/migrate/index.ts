/**
 * `migrate`: a 0.1.x definition (and optionally the Module that uses it) turned into the 0.1.21+
 * Module that carries its config schema and `spec.helm` / `spec.custom` itself (api/v1/module_types.go
 * at v0.1.24; fixtures/crds/modules-v0.1.24.yaml). Whatever cannot be carried over, or would behave differently,
 * is a finding on the old source; nothing is dropped silently.
 *
 * Behaviour is checked, not assumed: the old definition is rendered as the old operator renders
 * it and the new Module as 0.1.24 renders it (src/render), with the same config input, and the
 * effective configs and Helm specs (values, chart, outputs, ...) are compared.
 *
 *  - migrate(definition, options) -> MigrateResult (throws MigrateInputError when there is no definition)
 */
import { classify } from '../../classify/classify.ts';
import type { DefinitionDialectId } from '../../classify/dialects.ts';
import { decodeConfigItems } from '../../config/index.ts';
import type { ConfigItem, TypedConfigItem } from '../../config/index.ts';
import { formatFloatG } from '../../config/go-format.ts';
import type { Finding, Severity } from '../../diagnostics/finding.ts';
import { resolveLocated, wholeFile } from '../../diagnostics/located.ts';
import type { Located, LocatedFinding } from '../../diagnostics/located.ts';
import { toGoValue } from '../../load/convert.ts';
import { scalarOffsetMap } from '../../load/offsets.ts';
import { parseYamlStream } from '../../load/parse-stream.ts';
import type { YMap, YNode } from '../../load/ynode.ts';
import { at, child, isMap, isScalar, isSeq, keyText, stringAt } from '../../load/ynode.ts';
import { RenderInputError, render, toYaml } from '../../render/index.ts';
import type { RenderResult, SourceText } from '../../render/index.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { isGoMap, toPlain } from '../../values/go-value.ts';
import { isExistingReleaseModule, mapExistingRelease } from './existing-release.ts';
import { mapHelmSpec, oldPathOf } from './helm.ts';
import { cmp } from '../../operator/acceptance.ts';
import type { Seg } from './helm.ts';
import { migrateRules } from './rules.ts';

export { migrateRules } from './rules.ts';

export interface MigrateOptions {
  /** The 0.1.x Module that uses the definition: its metadata, workspace, spec.config and hibernated are carried over. */
  module?: SourceText;
  /** The operator release the new Module is checked against (0.1.21 – 0.1.24; default 0.1.24). */
  targetVersion?: string;
  /** The operator release the old definition is rendered as (default: the newest that accepts it). */
  sourceVersion?: string;
}

export interface MigrateResult {
  /** The Module as YAML (comment header, then the document). */
  output: string;
  module: GoMap;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** The old definition's dialect; `existing-release` for a Module adopting a Helm release. */
  dialect: DefinitionDialectId | 'existing-release';
  /** The two renderings compared (absent when one could not be rendered). */
  oldRender?: RenderResult;
  newRender?: RenderResult;
}

export class MigrateInputError extends Error {}

type Raw = LocatedFinding;

const FIRST_INLINE_TARGETS = ['0.1.21', '0.1.22', '0.1.23', '0.1.24'];

interface LocatedDefinition {
  root: YMap;
  where: Located;
  dialect: DefinitionDialectId;
  kind: 'Helm' | 'Custom';
  /** A 0.1.x Module holding the definition in spec.source.raw: the Module itself. */
  holder?: { root: YMap; where: Located };
}

/**
 * The text of a block mapping nested in a file, as a document of its own: each line loses the
 * mapping's indentation (comment and blank lines what they have of it), with offsets mapped back.
 */
function dedentBlock(fileText: string, node: YNode): { text: string; toFile: (o: number) => number } | undefined {
  const lineStart = fileText.lastIndexOf('\n', node.start - 1) + 1;
  const indent = node.start - lineStart;
  if (!/^ *$/.test(fileText.slice(lineStart, node.start))) return undefined;
  const region = fileText.slice(lineStart, node.end);
  const innerStarts: number[] = [];
  const fileStarts: number[] = [];
  let text = '';
  let at = lineStart;
  for (const line of region.split('\n')) {
    const strip = Math.min(indent, /^ */.exec(line)![0].length);
    innerStarts.push(text.length);
    fileStarts.push(at + strip);
    text += `${line.slice(strip)}\n`;
    at += line.length + 1;
  }
  const toFile = (o: number) => {
    let i = innerStarts.length - 1;
    while (i > 0 && innerStarts[i] > o) i--;
    return fileStarts[i] + (o - innerStarts[i]);
  };
  return { text, toFile };
}

function locate(source: SourceText): LocatedDefinition {
  const plain = wholeFile(source.file, source.text);
  for (const doc of parseYamlStream(source.text)) {
    if (doc.errors.length) throw new MigrateInputError(`${source.file}: YAML error in document ${doc.index + 1}: ${doc.errors[0].message} (run lint for details)`);
    const c = classify(doc.root);
    if (c.kind === 'definition') return { root: doc.root as YMap, where: plain, dialect: c.dialect, kind: c.definitionKind };
    if (c.kind === 'module' && c.dialect === 'module-source') {
      const rawNode = at(doc.root, 'spec', 'source', 'raw');
      if (!isMap(rawNode)) continue;
      const ic = classify(rawNode);
      const block = dedentBlock(source.text, rawNode);
      if (ic.kind !== 'definition') continue;
      if (!block) throw new MigrateInputError(`${source.file}: spec.source.raw is written in flow style; write it as a block mapping (or put the definition in its own file)`);
      const inner = parseYamlStream(block.text)[0];
      if (!inner || inner.errors.length || !isMap(inner.root)) throw new MigrateInputError(`${source.file}: spec.source.raw cannot be read as a document of its own`);
      return {
        root: inner.root,
        where: { file: source.file, text: block.text, fileText: source.text, toFile: block.toFile },
        dialect: ic.dialect,
        kind: ic.definitionKind,
        holder: { root: doc.root as YMap, where: plain },
      };
    }
    if (c.kind === 'module' && c.dialect === 'module-inline') throw new MigrateInputError(`${source.file}: this is already a 0.1.21+ Module with inline config; nothing to migrate`);
    if (c.kind === 'configmap') {
      const inner = String(c.embedded.value);
      const first = parseYamlStream(inner)[0];
      if (!first || first.errors.length) throw new MigrateInputError(`${source.file}: data["${c.key}"] is not valid YAML (run lint for details)`);
      const ic = classify(first.root);
      if (ic.kind !== 'definition') continue;
      return { root: first.root as YMap, where: { file: source.file, text: inner, fileText: source.text, toFile: scalarOffsetMap(source.text, c.embedded, inner) }, dialect: ic.dialect, kind: ic.definitionKind };
    }
  }
  throw new MigrateInputError(`${source.file}: no resource definition (kind Helm or Custom) found`);
}

/** The first document that matters is a 0.1.x Module adopting a Helm release (no definition). */
function findExistingReleaseModule(source: SourceText): YMap | undefined {
  for (const doc of parseYamlStream(source.text)) {
    if (doc.errors.length) return undefined;
    const c = classify(doc.root);
    if (c.kind === 'module' && c.dialect === 'module-source' && isExistingReleaseModule(doc.root as YMap)) return doc.root as YMap;
    if (c.kind === 'definition' || c.kind === 'module' || c.kind === 'configmap') return undefined;
  }
  return undefined;
}

function migrateExistingRelease(source: SourceText, root: YMap, options: MigrateOptions): MigrateResult {
  if (options.module) throw new MigrateInputError(`${source.file}: this Module adopts a Helm release (spec.source.existingHelmRelease) and is itself the Module; leave out --module`);
  const target = options.targetVersion ?? '0.1.24';
  if (!FIRST_INLINE_TARGETS.includes(target)) throw new MigrateInputError(`--operator-version ${target}: the migrated Module is for operators 0.1.21 – 0.1.24`);
  const where = wholeFile(source.file, source.text);
  const { helm, issues } = mapExistingRelease(root);
  const raw: Raw[] = issues.map((i) => {
    const node = nodeAt(root, i.oldPath) ?? root;
    return { rule: i.rule, where, start: node.start, end: node.end, message: i.message, path: pathString(i.oldPath) };
  });
  const metadata = carriedMetadata(root, 'module');
  const { workspace, hibernated } = carriedPlacement(root);
  const spec: GoMap = new Map<string, GoValue>([
    ['helm', helm],
    ['workspace', workspace],
    ['hibernated', hibernated],
  ]);
  const module: GoMap = new Map<string, GoValue>([
    ['apiVersion', 'batch.forkspacer.com/v1'],
    ['kind', 'Module'],
    ['metadata', metadata],
    ['spec', spec],
  ]);
  const release = helm.get('existingRelease') as GoMap;
  const header = [
    `# Migrated by forkspacer-def migrate from ${source.file}`,
    `# (Module ${String(metadata.get('namespace'))}/${String(metadata.get('name'))} adopting Helm release ${String(release.get('namespace'))}/${String(release.get('name'))}) for operator 0.1.21+ (checked against ${target}).`,
  ];
  const notCarried = issues.flatMap((i) => (i.notCarried ? [i.notCarried] : []));
  if (notCarried.length) {
    header.push('# NOT carried over (see the findings):');
    for (const n of notCarried) header.push(`#   - ${n}`);
  }
  // Behaviour: before 0.1.21 the values reached Helm as written; the new Module renders them.
  const body = toYaml(module);
  const valuesNode = nodeAt(root, ['spec', 'source', 'existingHelmRelease', 'values']) ?? root;
  const at0 = (message: string, rule: Raw['rule']) => raw.push({ rule, where, start: valuesNode.start, end: valuesNode.end, message, path: 'spec.source.existingHelmRelease.values' });
  const rendered = render({ file: '<migrated>', text: body }, { operatorVersion: target });
  for (const f of rendered.findings) if (f.severity === 'error') at0(`${f.message} (as ${target} renders the migrated Module's spec.helm.values; before 0.1.21 they reached Helm as written)`, migrateRules.renderError);
  if (rendered.errorCount === 0) {
    const written = helm.get('values');
    const spec = rendered.spec;
    const now = spec !== undefined && isGoMap(spec) ? spec.get('values') : undefined;
    if (written !== undefined && !equivalent(written, now)) {
      at0(`${target} renders these values as Go templates and Helm gets ${JSON.stringify(toPlain(now ?? null))} instead of the values as written`, migrateRules.renderDiffers);
    }
  }
  const findings = resolve(raw);
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.ruleId.localeCompare(b.ruleId));
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { output: `${header.join('\n')}\n${body}`, module, findings, errorCount, warningCount: findings.length - errorCount, dialect: 'existing-release', newRender: rendered };
}

/** What a 0.1.x Module's metadata gives the new one: name (else `name`), namespace, labels, annotations. */
function carriedMetadata(module: YMap | undefined, name: string): GoMap {
  const metadata: GoMap = new Map<string, GoValue>([
    ['name', stringAt(module, 'metadata', 'name') ?? name],
    ['namespace', stringAt(module, 'metadata', 'namespace') ?? 'default'],
  ]);
  for (const k of ['labels', 'annotations']) {
    const v = at(module, 'metadata', k);
    if (v != null) metadata.set(k, toGoValue(v));
  }
  return metadata;
}

/** spec.workspace (namespace written out: the CRD defaults it) and spec.hibernated of a 0.1.x Module. */
function carriedPlacement(module: YMap | undefined): { workspace: GoMap; hibernated: boolean } {
  const ws = toGoValue(at(module, 'spec', 'workspace'));
  const workspace = isGoMap(ws) ? ws : new Map<string, GoValue>([['name', 'default'], ['namespace', 'default']]);
  if (!workspace.has('namespace')) workspace.set('namespace', 'default');
  const h = at(module, 'spec', 'hibernated');
  return { workspace, hibernated: isScalar(h) && typeof h.value === 'boolean' ? h.value : false };
}

function readModule(module: SourceText): { root: YMap; where: Located } {
  for (const doc of parseYamlStream(module.text)) {
    if (doc.errors.length) throw new MigrateInputError(`${module.file}: YAML error: ${doc.errors[0].message}`);
    const c = classify(doc.root);
    if (c.kind === 'module') {
      if (c.dialect === 'module-inline') throw new MigrateInputError(`${module.file}: --module is the 0.1.x Module that uses the definition; this one is already a 0.1.21+ Module`);
      return { root: doc.root as YMap, where: wholeFile(module.file, module.text) };
    }
  }
  throw new MigrateInputError(`${module.file}: no Module (apiVersion batch.forkspacer.com/v1, kind Module) found`);
}

function nodeAt(root: YNode | null | undefined, path: readonly Seg[]): YNode | null | undefined {
  let n: YNode | null | undefined = root;
  for (const p of path) {
    const next: YNode | null | undefined = typeof p === 'number' ? (isSeq(n) ? n.items[p] : undefined) : child(n, p);
    if (next == null) return n;
    n = next;
  }
  return n;
}

/** `spec.helm.values[0].raw["a.b"]` -> ['spec', 'helm', 'values', 0, 'raw', 'a.b']. */
export function parsePath(path: string): Seg[] {
  const out: Seg[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

export function pathString(path: readonly Seg[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(p)) s += s ? `.${p}` : p;
    else s += `[${JSON.stringify(p)}]`;
  }
  return s;
}

/**
 * A spec as the operator's typed struct sees what is written: non-string scalars in string fields
 * hold their source text. Booleans and nulls stay; `raw` and an output's `value` keep their types.
 */
function textual(node: YNode | null | undefined, text: string, typedUnder: (path: Seg[]) => boolean, path: Seg[] = []): GoValue {
  if (node == null) return null;
  if (typedUnder(path)) return toGoValue(node);
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    return node.text ?? text.slice(node.start, node.end);
  }
  if (isSeq(node)) return node.items.map((n, i) => textual(n, text, typedUnder, [...path, i]));
  const m: GoMap = new Map();
  for (const p of node.pairs) {
    const k = keyText(p);
    if (k !== undefined) m.set(k, textual(p.value, text, typedUnder, [...path, k]));
  }
  return m;
}

const helmTyped = (path: Seg[]) =>
  (path.length === 3 && path[0] === 'values' && path[2] === 'raw') || (path.length === 3 && path[0] === 'outputs' && path[2] === 'value');

const INLINE_KEY: Record<TypedConfigItem['kind'], string> = {
  string: 'string',
  integer: 'integer',
  boolean: 'boolean',
  option: 'option',
  'multiple-options': 'multipleOptions',
  float: 'float',
};

function inlineItem(item: TypedConfigItem): GoMap {
  const spec: GoMap = new Map();
  spec.set('required', item.required);
  const w = item.written;
  switch (item.kind) {
    case 'string':
      if (w.has('default')) spec.set('default', item.default);
      if (item.regex !== null) spec.set('regex', item.regex);
      break;
    case 'integer':
      if (w.has('default')) spec.set('default', item.default);
      if (item.min !== null) spec.set('min', item.min);
      if (item.max !== null) spec.set('max', item.max);
      break;
    case 'boolean':
      if (w.has('default')) spec.set('default', item.default);
      break;
    case 'option':
      if (w.has('default')) spec.set('default', item.default);
      spec.set('values', [...item.values]);
      break;
    case 'multiple-options':
      if (w.has('default')) spec.set('default', [...item.default]);
      spec.set('values', [...item.values]);
      if (item.min !== null) spec.set('min', item.min);
      if (item.max !== null) spec.set('max', item.max);
      break;
    case 'float':
      break;
  }
  // editable defaulted to false before 0.1.21 and defaults to true since: always written.
  spec.set('editable', item.editable);
  return new Map<string, GoValue>([
    ['name', item.name],
    ['alias', item.alias],
    [INLINE_KEY[item.kind], spec],
  ]);
}

/** Whether two values print and marshal the same for Helm and templates (int 3 and float64 3 do; 1000000 and 1e+06 do not). */
export function equivalent(a: GoValue | undefined, b: GoValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'bigint' && typeof b === 'number') return Number(a) === b && formatFloatG(b) === a.toString();
  if (typeof a === 'number' && typeof b === 'bigint') return equivalent(b, a);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equivalent(x, b[i]));
  if (isGoMap(a as GoValue) || isGoMap(b as GoValue)) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, x] of a) if (!b.has(k) || !equivalent(x, b.get(k))) return false;
    return true;
  }
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

interface Difference {
  path: Seg[];
  old: GoValue | undefined;
  now: GoValue | undefined;
}

/**
 * Differences between the old rendering (mapped to the new shape) and the new one. Typed-struct
 * fields the old side does not set may hold CRD defaults on the new side; free-form values
 * (`raw`, an output's `value`) must match exactly.
 */
function diff(old: GoValue | undefined, now: GoValue | undefined, path: Seg[], exact: boolean, out: Difference[]): void {
  const free = exact || path[path.length - 1] === 'raw' || (path[path.length - 1] === 'value' && path[path.length - 3] === 'outputs');
  if (old === undefined) {
    if (free && now !== undefined) out.push({ path, old, now });
    return;
  }
  if (isGoMap(old) && now !== undefined && now !== null && isGoMap(now)) {
    for (const [k, x] of old) diff(x, now.get(k), [...path, k], free, out);
    if (free) for (const [k, x] of now) if (!old.has(k)) out.push({ path: [...path, k], old: undefined, now: x });
    return;
  }
  if (Array.isArray(old) && Array.isArray(now) && old.length === now.length) {
    old.forEach((x, i) => diff(x, now[i], [...path, i], free, out));
    return;
  }
  if (!equivalent(old, now)) out.push({ path, old, now });
}

const show = (v: GoValue | undefined): string => {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint') return `the int ${v}`;
  if (typeof v === 'number') return `the float ${formatFloatG(v)}`;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  return JSON.stringify(toPlain(v));
};

export function migrate(definition: SourceText, options: MigrateOptions = {}): MigrateResult {
  const adopting = findExistingReleaseModule(definition);
  if (adopting) return migrateExistingRelease(definition, adopting, options);
  const raw: Raw[] = [];
  const def = locate(definition);
  if (def.holder && options.module) throw new MigrateInputError(`${definition.file}: this Module holds its definition in spec.source.raw and is itself the Module; leave out --module`);
  const mod = options.module ? readModule(options.module) : def.holder;
  // What the renderer reads as the old definition and Module.
  const defSource: SourceText = def.holder ? { file: `${definition.file}#spec.source.raw`, text: def.where.text } : definition;
  const modSource: SourceText | undefined = def.holder ? definition : options.module;
  const add = (rule: Raw['rule'], where: Located, node: YNode | null | undefined, message: string, path?: string) => {
    const start = node?.start ?? 0;
    raw.push({ rule, where, start, end: node?.end ?? start, message, path });
  };
  const target = options.targetVersion ?? '0.1.24';
  if (!FIRST_INLINE_TARGETS.includes(target)) throw new MigrateInputError(`--operator-version ${target}: the migrated Module is for operators 0.1.21 – 0.1.24`);
  const header: string[] = [];
  const notCarried: string[] = [];

  // Config items.
  const configNode = child(def.root, 'config');
  const decoded = decodeConfigItems('legacy', toGoValue(configNode) ?? undefined, {
    scalarText: (p) => {
      const n = nodeAt(def.root, p);
      return isScalar(n) ? (n.text ?? def.where.text.slice(n.start, n.end)) : undefined;
    },
  });
  for (const p of decoded.problems) add(migrateRules.source, def.where, nodeAt(def.root, p.path), `${p.message}; the operator rejects this definition, so there is no behaviour to carry over`, p.pathText);
  const itemNode = (i: number) => (isSeq(configNode) ? configNode.items[i] : configNode);
  const items: GoMap[] = [];
  const multi = new Set<string>();
  const droppedInputs = new Set<string>();
  const typedItems: TypedConfigItem[] = [];
  for (const item of decoded.items as ConfigItem[]) {
    const node = itemNode(item.index);
    if (item.kind === 'unknown') {
      add(migrateRules.unknownItem, def.where, child(node, 'type') ?? node, `config item "${item.alias}" has type ${JSON.stringify(item.typeName)}, which no operator knows; not carried over`, `config[${item.index}]`);
      notCarried.push(`config item "${item.alias}" (unknown type ${item.typeName})`);
      continue;
    }
    if (item.kind === 'float') {
      add(
        migrateRules.floatItem,
        def.where,
        child(node, 'type') ?? node,
        `config item "${item.alias}" is a float; 0.1.21+ Modules have no float type (an integer item would truncate inputs, a string item would change what templates get), so it is not carried over`,
        `config[${item.index}]`,
      );
      notCarried.push(`config item "${item.alias}" (float)`);
      continue;
    }
    for (const n of item.notes) add(migrateRules.configCoerced, def.where, nodeAt(def.root, n.path), `config item "${item.alias}": ${n.message}; the Module gets the value as the operator read it`, pathString(n.path));
    if (item.kind === 'multiple-options') {
      multi.add(item.alias);
      add(
        migrateRules.multipleOptions,
        def.where,
        child(node, 'type') ?? node,
        `config item "${item.alias}" becomes multipleOptions, but operators 0.1.21 – 0.1.24 reject every input for it (a JSON list is never a Go []string); templates get its default`,
        `config[${item.index}]`,
      );
    }
    items.push(inlineItem(item));
    typedItems.push(item);
  }

  // Module: metadata, workspace, hibernated, config input.
  const moduleName = stringAt(mod?.root, 'metadata', 'name') ?? stringAt(def.root, 'metadata', 'name') ?? 'module';
  const metadata = carriedMetadata(mod?.root, moduleName);
  const input: GoMap = new Map();
  const inputNode = at(mod?.root, 'spec', 'config');
  if (mod) {
    const v = toGoValue(inputNode);
    if (isGoMap(v)) {
      for (const [k, x] of v) {
        if (multi.has(k)) {
          add(
            migrateRules.multipleOptionsInput,
            mod.where,
            isMap(inputNode) ? inputNode.index.get(k)?.key : inputNode,
            `spec.config.${k} sets multiple-options item "${k}": operators 0.1.21 – 0.1.24 reject any input for it, so it is left out and templates get the default`,
            `spec.config.${k}`,
          );
          notCarried.push(`spec.config.${k} (multiple-options input)`);
          droppedInputs.add(k);
          continue;
        }
        input.set(k, x);
      }
    }
    if (at(mod.root, 'spec', 'createNamespace') != null) {
      add(migrateRules.createNamespace, mod.where, at(mod.root, 'spec', 'createNamespace'), 'spec.createNamespace has no counterpart in the 0.1.24 Module and is left out', 'spec.createNamespace');
    }
  } else {
    add(
      migrateRules.noModule,
      def.where,
      child(def.root, 'metadata') ?? def.root,
      `no --module: metadata.name is "${moduleName}", spec.workspace is default/default and spec.config holds only placeholders; edit them (or pass the Module that uses this definition)`,
    );
  }
  for (const item of typedItems) {
    if (!item.required || input.has(item.alias) || item.kind === 'multiple-options') continue;
    const placeholder = item.default;
    input.set(item.alias, placeholder as GoValue);
    add(
      migrateRules.requiredPlaceholder,
      def.where,
      itemNode(item.index),
      `config item "${item.alias}" is required and ${mod ? 'the Module' : 'nothing'} gives it; spec.config.${item.alias} is set to the placeholder ${show(placeholder as GoValue)}`,
      `spec.config.${item.alias}`,
    );
  }
  const placement = carriedPlacement(mod?.root);

  // Spec.
  const specNode = child(def.root, 'spec');
  const spec: GoMap = new Map();
  const helmDialect = def.dialect === 'helm-flat' || def.dialect === 'helm-chart' ? def.dialect : undefined;
  if (helmDialect) {
    const written = textual(specNode, def.where.text, helmTyped);
    const mapped = mapHelmSpec(written, helmDialect);
    for (const issue of mapped.issues) {
      const rule = issue.kind === 'outputConfigMap' ? migrateRules.outputConfigMap : issue.kind === 'chartKey' ? migrateRules.chartKey : migrateRules.migrationDisabled;
      add(rule, def.where, nodeAt(specNode, issue.oldPath), issue.message, pathString(['spec', ...issue.oldPath]));
      if (issue.kind === 'outputConfigMap') notCarried.push(pathString(['spec', ...issue.oldPath]));
    }
    // The old operator named the release <namespace>-<name>; 0.1.24 names an unnamed one at random,
    // so the migrated Module names it, and upgrades the release it already has.
    if (cmp(target, '0.1.24') >= 0 && !mapped.helm.has('releaseName')) mapped.helm.set('releaseName', `${String(metadata.get('namespace'))}-${String(metadata.get('name'))}`);
    spec.set('helm', mapped.helm);
  } else if (def.dialect === 'custom-image') {
    const written = textual(specNode, def.where.text, () => false);
    const custom: GoMap = new Map();
    for (const k of ['image', 'imagePullSecrets', 'permissions']) {
      const v = isGoMap(written) ? written.get(k) : undefined;
      if (v !== undefined && v !== null) custom.set(k, v);
    }
    if (!custom.has('image')) custom.set('image', '');
    spec.set('custom', custom);
  } else {
    const file = stringAt(specNode, 'repo', 'file');
    const cm = at(specNode, 'repo', 'configMap');
    const what = file ? `the plugin at ${file}` : cm ? 'the plugin in a ConfigMap (key plugin)' : 'the plugin';
    add(
      migrateRules.pluginCustom,
      def.where,
      child(specNode, 'repo') ?? specNode ?? def.root,
      `a Go-plugin Custom definition: 0.1.21+ has no plugins; ${what} must be rebuilt as a container image serving the custom module HTTP contract (check it with verify-module) and named in spec.custom.image`,
      'spec.repo',
    );
    notCarried.push(`spec.repo (${what}): spec.custom.image is empty`);
    spec.set('custom', new Map([['image', '']]));
  }
  spec.set('workspace', placement.workspace);
  spec.set('hibernated', placement.hibernated);
  if (input.size) spec.set('config', input);

  const module: GoMap = new Map<string, GoValue>([
    ['apiVersion', 'batch.forkspacer.com/v1'],
    ['kind', 'Module'],
    ['metadata', metadata],
  ]);
  if (items.length) module.set('config', items);
  module.set('spec', spec);

  // Header.
  const dm = (k: string) => stringAt(def.root, 'metadata', k);
  header.push(`# Migrated by forkspacer-def migrate from ${definition.file}${options.module ? ` and ${options.module.file}` : ''}`);
  header.push(`# (${def.kind} definition ${dm('name') ?? '?'}${dm('version') ? ` ${dm('version')}` : ''}, ${def.dialect}) for operator 0.1.21+ (checked against ${target}).`);
  for (const k of ['description', 'author', 'category']) if (dm(k)) header.push(`# ${k}: ${dm(k)!.replace(/\s+/g, ' ')}`);
  if (notCarried.length) {
    header.push('# NOT carried over (see the findings):');
    for (const n of notCarried) header.push(`#   - ${n}`);
  }
  const body = toYaml(module);
  const output = `${header.join('\n')}\n${body}`;

  // Behaviour: render both ways with the same input and compare.
  const moduleSource = { file: '<migrated>', text: body };
  let oldRender: RenderResult | undefined;
  let newRender: RenderResult | undefined;
  const overrides = [...input].filter(([k]) => !mod || !isMap(inputNode) || !inputNode.index.has(k)).map(([k, v]) => ({ source: `placeholder ${k}`, values: new Map([[k, v]]) }));
  try {
    oldRender = render(defSource, { module: modSource, overrides, operatorVersion: options.sourceVersion });
  } catch (e) {
    if (!(e instanceof RenderInputError)) throw e;
    throw new MigrateInputError(e.message);
  }
  newRender = render(moduleSource, { operatorVersion: target });
  // A placeholder that breaks an item's rules (a required string with a regex) is the user's to
  // replace: its violations are not the definition's fault, in either rendering.
  const placeholders = new Set(overrides.map((o) => [...o.values.keys()][0]));
  const fromPlaceholder = (f: Finding) => f.ruleId === 'config-violation' && placeholders.has(String(parsePath(f.path ?? '')[2] ?? ''));
  let oldErrors = 0;
  for (const f of oldRender.findings) {
    if (f.severity !== 'error') continue;
    const placeholder = fromPlaceholder(f);
    if (!placeholder) oldErrors++;
    const message = placeholder
      ? `the placeholder for spec.config.${String(parsePath(f.path ?? '')[2])} must be replaced: ${f.message.replace(/ \(from placeholder [^)]*\)/, '')}`
      : `${f.message} (${f.ruleId}, as the old operator renders it)`;
    const onDef = f.file === defSource.file;
    if (onDef && def.holder) {
      // Positions in the dedented definition: back to offsets, which def.where maps into the file.
      const o = offsetOf(def.where.text, f.range.start.line, f.range.start.column);
      raw.push({ rule: placeholder ? migrateRules.requiredPlaceholder : migrateRules.source, where: def.where, start: o, end: o, message, path: f.path });
      continue;
    }
    raw.push({ rule: placeholder ? migrateRules.requiredPlaceholder : migrateRules.source, where: onDef ? def.where : mod!.where, start: 0, end: 0, message, path: f.path });
    // Keep the renderer's own position.
    raw[raw.length - 1].position = f.range;
  }
  if (oldErrors === 0) compareRenders(oldRender, newRender, def, mod, helmDialect, typedItems, add, fromPlaceholder, droppedInputs);

  const findings = resolve(raw);
  findings.sort((a, b) => (a.file === b.file ? 0 : a.file === definition.file ? -1 : 1) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.ruleId.localeCompare(b.ruleId));
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { output, module, findings, errorCount, warningCount: findings.length - errorCount, dialect: def.dialect, oldRender, newRender };
}

function compareRenders(
  oldR: RenderResult,
  newR: RenderResult,
  def: { root: YMap; where: Located },
  mod: { root: YMap; where: Located } | undefined,
  helmDialect: 'helm-flat' | 'helm-chart' | undefined,
  items: TypedConfigItem[],
  add: (rule: Raw['rule'], where: Located, node: YNode | null | undefined, message: string, path?: string) => void,
  ignore: (f: Finding) => boolean,
  droppedInputs: ReadonlySet<string>,
): void {
  const specNode = child(def.root, 'spec');
  // Errors of the new rendering, put on the old source by path.
  let newErrors = 0;
  for (const f of newR.findings) {
    if (f.severity !== 'error' || ignore(f)) continue;
    newErrors++;
    const p = parsePath(f.path ?? '');
    const oldPath = p[0] === 'spec' && p[1] === 'helm' && helmDialect ? oldPathOf(helmDialect, p.slice(2)) : p[0] === 'spec' && p[1] === 'custom' ? p.slice(2) : undefined;
    const node = oldPath ? nodeAt(specNode, oldPath) : def.root;
    add(migrateRules.renderError, def.where, node, `the migrated Module fails to render (${f.ruleId}): ${f.message.replace(/<migrated>/g, 'the migrated Module')}`, oldPath ? pathString(['spec', ...oldPath]) : f.path);
  }
  if (newErrors) return;
  // Effective config.
  const aliases = new Set([...oldR.effectiveConfig.keys(), ...newR.effectiveConfig.keys()]);
  const differing = new Set<string>();
  const inputNode = at(mod?.root, 'spec', 'config');
  for (const alias of aliases) {
    const o = oldR.effectiveConfig.get(alias);
    const n = newR.effectiveConfig.get(alias);
    if (equivalent(o, n)) continue;
    const item = items.find((i) => i.alias === alias);
    if (!item && n === undefined) continue; // an unknown key the old operator kept (and rejected)
    differing.add(alias);
    if (droppedInputs.has(alias)) continue; // reported as migrate-multiple-options-input
    const inMod = mod && isMap(inputNode) ? inputNode.index.get(alias)?.value : undefined;
    const why =
      item?.kind === 'integer' && typeof o === 'number' ? ' (0.1.21+ truncates integer inputs to Go ints; old operators kept the number as given)' : '';
    const where = inMod && mod ? mod.where : def.where;
    const node = inMod ?? (item && isSeq(child(def.root, 'config')) ? (child(def.root, 'config') as { items: (YNode | null)[] }).items[item.index] : def.root);
    add(migrateRules.configDiffers, where, node, `.config.${alias} is ${show(o)} for the old operator but ${show(n)} for the migrated Module${why}`, `spec.config.${alias}`);
  }
  // Specs.
  const diffs: Difference[] = [];
  if (helmDialect && oldR.spec !== undefined && newR.spec !== undefined) {
    const oldMapped = mapHelmSpec(oldR.spec, helmDialect).helm;
    diff(oldMapped, newR.spec, [], false, diffs);
  } else if (oldR.kind === 'Custom' && newR.spec !== undefined && isGoMap(newR.spec)) {
    const written = toGoValue(specNode);
    for (const k of ['image', 'imagePullSecrets', 'permissions']) {
      const o = isGoMap(written) ? written.get(k) : undefined;
      if (o === undefined || o === null) continue;
      diff(o, newR.spec.get(k), [k], true, diffs);
    }
  }
  for (const d of diffs) {
    const oldPath = helmDialect ? oldPathOf(helmDialect, d.path) : d.path;
    const node = nodeAt(specNode, oldPath);
    const src = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    const templated = src !== undefined && src.includes('{{') && src.includes('}}');
    // A template reading a config value that already differs: that difference is the finding.
    if (templated && [...differing].some((a) => new RegExp(`\\.config\\.${a.replace(/[^\w]/g, '\\$&')}\\b`).test(src))) continue;
    const newPath = pathString(['spec', helmDialect ? 'helm' : 'custom', ...d.path]);
    if (templated && helmDialect) {
      add(
        migrateRules.reparse,
        def.where,
        node,
        `${newPath}: the old operator re-parses the rendered text as YAML into ${show(d.old)}; 0.1.21+ re-parses it as JSON into ${show(d.now)}`,
        pathString(['spec', ...oldPath]),
      );
    } else if (templated) {
      add(migrateRules.renderDiffers, def.where, node, `${newPath}: 0.1.21+ renders Custom specs (older operators did not): ${show(d.old)} becomes ${show(d.now)}`, pathString(['spec', ...oldPath]));
    } else {
      add(migrateRules.renderDiffers, def.where, node, `${newPath}: ${show(d.old)} for the old operator, ${show(d.now)} for the migrated Module`, pathString(['spec', ...oldPath]));
    }
  }
}

function offsetOf(text: string, line: number, column: number): number {
  let o = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', o);
    if (nl === -1) break;
    o = nl + 1;
  }
  return o + column - 1;
}

function resolve(raw: readonly Raw[]): Finding[] {
  return resolveLocated(raw);
}

