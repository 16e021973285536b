/**
 * Quick fixes: the fixes lint findings carry (the same ones `lint --fix` applies), and a
 * `$schema` modeline for yaml-language-server on a definition that has none.
 */
import type { Finding, Fix } from '../diagnostics/finding.ts';
import { definitionSchemas } from '../schema/definition-schemas.ts';
import type { DocumentModel } from './model.ts';

export interface Action {
  title: string;
  fix: Fix;
  /** The finding it resolves, when it resolves one. */
  finding?: Finding;
  preferred: boolean;
}

const MODELINE = /#\s*yaml-language-server:\s*\$schema=/;

/** Fixes of the findings on the given lines (1-based, inclusive), and the modeline action. */
export function actionsFor(findings: readonly Finding[], model: DocumentModel, text: string, fromLine: number, toLine: number): Action[] {
  const out: Action[] = [];
  for (const f of findings) {
    if (!f.fix || f.range.end.line < fromLine || f.range.start.line > toLine) continue;
    out.push({ title: `${f.fix.description} (${f.ruleId})`, fix: f.fix, finding: f, preferred: true });
  }
  const modeline = modelineFix(model, text);
  if (modeline) out.push({ title: modeline.description, fix: modeline, preferred: false });
  return out;
}

/** A plain definition file (one definition, first document) without a modeline gets one at the top. */
export function modelineFix(model: DocumentModel, text: string): Fix | undefined {
  const first = model.definitions[0];
  if (!first || first.toFile(0) !== 0 || MODELINE.test(text)) return undefined;
  const schema = definitionSchemas[`definition-${first.dialect}`];
  const url = schema ? String(schema.$id) : undefined;
  if (!url) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { description: `add a yaml-language-server $schema modeline (${first.dialect})`, edits: [{ start: 0, end: 0, text: `# yaml-language-server: $schema=${url}${eol}` }] };
}
