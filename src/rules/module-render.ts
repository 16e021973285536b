import type { Finding } from '../diagnostics/finding.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import { lettersOnlyRandom, render } from '../render/index.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { resolveDefinition } from './shared/module-definition.ts';

/**
 * The text with everything outside [start, end) blanked (newlines kept). YAML reads by column, so
 * a document nested in the file (a definition under source.raw) is blanked around, not cut out:
 * it keeps its columns, and the renderer's offsets are the file's.
 */
function keepOnly(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

const SKIP = new Set(['config-violation', 'config-definition', 'config-integer-truncated', 'config-float-default', 'render-operator-version']);

/** Render findings (template errors, re-parse surprises) for this Module, positions in the file. */
function renderFindings(ctx: ModuleContext): { f: Finding; start: number; end: number }[] {
  return ctx.memo('render', () => {
    let result;
    const docEnd = ctx.root.end;
    try {
      const moduleText = keepOnly(ctx.text, ctx.root.start, docEnd);
      if (ctx.inline) {
        if (ctx.dialect !== 'module-inline') return [];
        result = render({ file: ctx.file, text: moduleText }, { operatorVersion: ctx.options.operatorVersion, random: lettersOnlyRandom });
      } else {
        const def = resolveDefinition(ctx);
        if (def.kind !== 'raw' || def.definitionKind !== 'Helm') return [];
        const defText = keepOnly(ctx.text, def.root.start, def.root.end);
        if (parseYamlStream(defText)[0]?.errors.length) return [];
        result = render({ file: ctx.file, text: defText }, { module: { file: ctx.file, text: moduleText }, operatorVersion: ctx.options.operatorVersion });
      }
    } catch {
      return [];
    }
    const fallback = { start: ctx.root.start, end: ctx.root.start };
    return result.findings.filter((f) => !SKIP.has(f.ruleId)).map((f) => ({ f, ...(f.offsets ?? fallback) }));
  });
}

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-render',
    severity: 'error',
    documents: 'module',
    description: "The Module's Helm spec renders with its own config as the operator renders it (no template parse or execution errors, typed fields decode).",
    messages: { renderError: '{{problem}} [{{renderRule}}]' },
  },
  check(ctx) {
    for (const { f, start, end } of renderFindings(ctx))
      if (f.severity === 'error') ctx.report({ node: { start, end }, path: f.path, messageId: 'renderError', data: { problem: f.message, renderRule: f.ruleId } });
  },
};

export const warningRule: Rule<ModuleContext> = {
  meta: {
    id: 'module-render-warning',
    severity: 'warning',
    documents: 'module',
    description: "Rendering the Module's Helm spec with its own config changes a value's type or text, or prints <no value>.",
    messages: { renderWarning: '{{problem}} [{{renderRule}}]' },
  },
  check(ctx) {
    for (const { f, start, end } of renderFindings(ctx))
      if (f.severity !== 'error') ctx.report({ node: { start, end }, path: f.path, messageId: 'renderWarning', data: { problem: f.message, renderRule: f.ruleId } });
  },
};
