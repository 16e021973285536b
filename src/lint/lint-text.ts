import { classify } from '../classify/classify.ts';
import type { Finding } from '../diagnostics/finding.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import { scalarOffsetMap } from '../load/offsets.ts';
import type { OffsetMap } from '../load/offsets.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import type { YNode } from '../load/ynode.ts';
import { at, isScalar, stringAt } from '../load/ynode.ts';
import type { RuleMeta } from '../rules/types.ts';
import { coreRules } from '../rules/core-rules.ts';
import { DefinitionContext } from '../context/definition-context.ts';
import type { RawFinding } from '../context/definition-context.ts';
import { applyDisableDirectives } from './directives.ts';
import type { DocumentSummary, FileResult } from './result.ts';
import { effectiveSeverity } from '../diagnostics/severity.ts';
import { runDefinitionRules } from '../rules/run.ts';
import type { LintOptions } from './settings.ts';
import { acceptedOperatorVersions } from '../operator/definition-acceptance.ts';
import { mapFix } from './fixes.ts';
import { lintModule, indexFile, emptyRunIndex } from './lint-module.ts';
import { rulesReading } from '../rules/registry.ts';
import { ruleMessage } from '../diagnostics/rule-message.ts';
import { withDefinitionErrors } from './fetched-definitions.ts';
import type { ModuleLintOptions, RunIndex } from './lint-module.ts';

let lintMeta: ReadonlyMap<string, RuleMeta> | undefined;

/** The rules `lint` reports: the runner's own, and those that read definitions and Modules. */
export function ruleMeta(): ReadonlyMap<string, RuleMeta> {
  lintMeta ??= new Map(rulesReading('file', 'definition', 'module').map((m) => [m.id, m]));
  return lintMeta;
}

/** Findings of one file, with offsets into that file's text. */
class FileCollector {
  readonly raw: RawFinding[] = [];
  /** `map`: offsets of an embedded text; its fixes are kept only where `fixable` (a literal block). */
  add(f: RawFinding, map?: OffsetMap, fixable = false): void {
    if (!map) {
      this.raw.push(f);
      return;
    }
    const { fix, ...rest } = f;
    const mapped: RawFinding = { ...rest, start: map(f.start), end: map(f.end) };
    const moved = fix && fixable && mapFix(fix, map);
    if (moved) mapped.fix = moved;
    this.raw.push(mapped);
  }
}

/** Lints one file's text: every document classified, definitions checked, findings resolved. */
export function lintText(file: string, text: string, options: LintOptions = {}): FileResult {
  const out = new FileCollector();
  const documents: DocumentSummary[] = [];
  const parsed = parseYamlStream(text);
  const run =
    (options as ModuleLintOptions).moduleRun ??
    indexFile(
      emptyRunIndex(),
      file,
      text,
      parsed.map((d) => (d.errors.length ? null : d.root)),
    );
  const sources = (options as ModuleLintOptions).moduleSources;
  const docOptions: LintOptions = sources ? { ...options, moduleSources: withDefinitionErrors(run, sources, options) } : options;
  for (const doc of parsed) {
    for (const e of doc.errors)
      out.add({ ruleId: coreRules.yamlSyntax.id, message: ruleMessage(coreRules.yamlSyntax, { messageId: 'parseError', data: { error: e.message } }), start: e.start, end: e.end });
    if (doc.errors.length) {
      documents.push({ index: doc.index, kind: 'skipped' });
      continue;
    }
    documents.push(lintDocument(doc.root, doc.index, text, docOptions, out, file, run));
  }
  return finish(file, text, out.raw, documents, options);
}

function lintDocument(root: YNode | null, index: number, text: string, options: LintOptions, out: FileCollector, file: string, run: RunIndex): DocumentSummary {
  // A ConfigMap of the run holds, besides module.yaml, the definitions its Modules read by key.
  for (const key of keysReadByModules(run, file, index)) lintReferencedKey(at(root, 'data', key), text, options, out);
  const c = classify(root);
  switch (c.kind) {
    case 'definition': {
      const ctx = new DefinitionContext(root as never, c.definitionKind, c.dialect, text, options);
      runDefinitionRules(ctx, options);
      for (const f of ctx.findings) out.add(f);
      return summary(index, 'definition', c.dialect, root, ctx);
    }
    case 'definition-bad-kind': {
      const found = c.kindNode ? `"${String(stringAt(root, 'kind') ?? 'a non-string')}"` : 'no kind';
      out.add({
        ruleId: coreRules.definitionKind.id,
        message: ruleMessage(coreRules.definitionKind, { messageId: 'badKind', data: { found } }),
        start: (c.kindNode ?? root)?.start ?? 0,
        end: (c.kindNode ?? root)?.end ?? 0,
      });
      return { index, kind: 'definition' };
    }
    case 'configmap':
      return lintEmbedded(c.embedded, index, text, options, out);
    case 'module': {
      const m = lintModule(root as never, c.dialect, file, index, text, options, run);
      for (const f of m.findings) out.add(f);
      return { index, kind: 'module', dialect: c.dialect, name: stringAt(root, 'metadata', 'name') };
    }
    case 'skipped':
      if (c.reason !== 'empty document' && root != null && root.kind !== 'map') {
        out.add({
          ruleId: coreRules.documentShape.id,
          message: ruleMessage(coreRules.documentShape, { messageId: 'notAMapping', data: { number: index + 1, what: c.reason } }),
          start: root.start,
          end: root.start,
        });
      }
      return { index, kind: 'skipped' };
  }
}

/** A definition held in a ConfigMap's data["module.yaml"]: lint it and map positions back. */
function lintEmbedded(node: import('../load/ynode.ts').YScalar, index: number, fileText: string, options: LintOptions, out: FileCollector): DocumentSummary {
  const inner = String(node.value);
  const map = scalarOffsetMap(fileText, node, inner);
  const docs = parseYamlStream(inner);
  const first = docs[0];
  if (!first) return { index, kind: 'configmap' };
  for (const e of first.errors) {
    const message = ruleMessage(coreRules.yamlSyntax, { messageId: 'embeddedParseError', data: { key: 'module.yaml', error: e.message } });
    out.add({ ruleId: coreRules.yamlSyntax.id, message, start: e.start, end: e.end }, map);
  }
  if (first.errors.length) return { index, kind: 'configmap' };
  const c = classify(first.root);
  if (c.kind !== 'definition') {
    const message = ruleMessage(coreRules.definitionKind, { messageId: 'noDefinitionInData', data: { key: 'module.yaml' } });
    out.add({ ruleId: coreRules.definitionKind.id, message, start: 0, end: 0 }, map);
    return { index, kind: 'configmap' };
  }
  const ctx = new DefinitionContext(first.root as never, c.definitionKind, c.dialect, inner, options);
  runDefinitionRules(ctx, options);
  for (const f of ctx.findings) out.add(f, map, node.style === 'literal');
  return summary(index, 'configmap', c.dialect, first.root, ctx);
}

/** Data keys other than module.yaml that a Module of the run reads this ConfigMap's definition from. */
function keysReadByModules(run: RunIndex, file: string, index: number): string[] {
  const cm = run.configMaps.find((c) => c.file === file && c.index === index);
  if (!cm) return [];
  const keys = new Set<string>();
  for (const m of run.modules) {
    const ref = m.ref;
    if (ref?.kind === 'configMap' && ref.key !== 'module.yaml' && ref.name === cm.name && ref.namespace === cm.namespace && ref.key in cm.data) keys.add(ref.key);
  }
  return [...keys];
}

/**
 * A definition under another data key, read by a Module: a document of its own, linted once at
 * file positions. Text that is no definition is left to the Module's source rules, which say so.
 */
function lintReferencedKey(node: YNode | null | undefined, fileText: string, options: LintOptions, out: FileCollector): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const inner = node.value;
  const first = parseYamlStream(inner)[0];
  if (!first || first.errors.length) return;
  const c = classify(first.root);
  if (c.kind !== 'definition') return;
  const ctx = new DefinitionContext(first.root as never, c.definitionKind, c.dialect, inner, options);
  runDefinitionRules(ctx, options);
  const map = scalarOffsetMap(fileText, node, inner);
  for (const f of ctx.findings) out.add(f, map, node.style === 'literal');
}

function summary(index: number, kind: DocumentSummary['kind'], dialect: string, root: YNode | null, ctx: DefinitionContext): DocumentSummary {
  return { index, kind, dialect, name: stringAt(root, 'metadata', 'name'), acceptedOperatorVersions: acceptedOperatorVersions(ctx) };
}

function finish(file: string, text: string, raw: RawFinding[], documents: DocumentSummary[], options: LintOptions): FileResult {
  const lines = new LineIndex(text);
  let findings: Finding[] = [];
  for (const f of raw) {
    const meta = ruleMeta().get(f.ruleId);
    const severity = effectiveSeverity(f.ruleId, meta?.severity ?? 'error', options);
    if (severity === 'off') continue;
    const finding: Finding = {
      ruleId: f.ruleId,
      severity,
      message: f.message,
      file,
      range: { start: lines.position(f.start), end: lines.position(Math.max(f.end, f.start)) },
    };
    if (f.path) finding.path = f.path;
    if (f.fix) finding.fix = f.fix;
    findings.push(finding);
  }
  findings = applyDisableDirectives(text, findings);
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.ruleId.localeCompare(b.ruleId));
  return { file, findings, documents, source: text };
}
