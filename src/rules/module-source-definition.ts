import { classify } from '../classify/classify.ts';
import { LineIndex } from '../diagnostics/line-index.ts';
import { DefinitionContext } from '../context/definition-context.ts';
import { keyText } from '../load/ynode.ts';
import { runDefinitionRules } from './run.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import type { DefinitionDialectId } from '../classify/dialects.ts';
import { scalarOffsetMap } from '../load/offsets.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import type { YMap } from '../load/ynode.ts';
import { at, isScalar } from '../load/ynode.ts';
import { resolveDefinition } from './shared/module-definition.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-source-definition',
    severity: 'error',
    documents: 'module',
    description:
      'The definition fetched from source.httpURL or read from source.configMap passes the definition rules that are errors (one finding at the source; lint lists every finding of a fetched definition under its URL).',
    messages: {
      definitionError: 'the definition from {{origin}} has an error: at its line {{line}}:{{column}}, {{problem}} [{{definitionRule}}]',
      definitionErrors: 'the definition from {{origin}} has {{count}} errors: at its line {{line}}:{{column}}, {{problem}} [{{definitionRule}}] and {{others}} more',
    },
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind !== 'text' || !def.root || def.linted) return;
    const c = classify(def.root);
    if (c.kind !== 'definition') return;
    if (def.configMap && def.configMap.file === ctx.file) {
      lintInFile(ctx, def.configMap, c.definitionKind, c.dialect, def.root, def.text);
      return;
    }
    const dctx = new DefinitionContext(def.root, c.definitionKind, c.dialect, def.text, ctx.options);
    // One finding at the source summarises the errors; lint lists every finding of a fetched definition.
    runDefinitionRules(dctx, ctx.options, (s) => s === 'error');
    const errors = dctx.findings;
    if (errors.length === 0) return;
    const first = [...errors].sort((a, b) => a.start - b.start)[0];
    const p = new LineIndex(def.text).position(first.start);
    ctx.report({
      node: def.ref.value ?? def.ref,
      path: `spec.source.${String(keyText(def.ref))}`,
      messageId: errors.length === 1 ? 'definitionError' : 'definitionErrors',
      data: { origin: def.origin, count: errors.length, line: p.line, column: p.column, problem: first.message, definitionRule: first.ruleId, others: errors.length - 1 },
    });
  },
};

/**
 * A definition under another key than module.yaml of a ConfigMap in this file: every definition
 * rule, at file positions, once (by the first Module of the file that names it).
 */
function lintInFile(ctx: ModuleContext, cm: { file: string; index: number; key: string }, kind: 'Helm' | 'Custom', dialect: DefinitionDialectId, root: YMap, text: string): void {
  const first = ctx.run.modules.find(
    (m) =>
      m.file === ctx.file &&
      m.ref?.kind === 'configMap' &&
      m.ref.key === cm.key &&
      ctx.run.configMaps.some(
        (x) => x.file === cm.file && x.index === cm.index && x.name === (m.ref as { name: string }).name && x.namespace === (m.ref as { namespace: string }).namespace,
      ),
  );
  if (first && first.index !== ctx.docIndex) return;
  const doc = parseYamlStream(ctx.text)[cm.index];
  const node = at(doc?.root ?? null, 'data', cm.key);
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const map = scalarOffsetMap(ctx.text, node, node.value);
  const dctx = new DefinitionContext(root, kind, dialect, text, ctx.options);
  runDefinitionRules(dctx, ctx.options);
  for (const f of dctx.findings) ctx.findings.push({ ...f, start: map(f.start), end: map(f.end) });
}
