import type { DefinitionContext, StringLeaf } from '../../context/definition-context.ts';
import { scalarOffsetMap } from '../../load/offsets.ts';
import { collectReferences, parseTemplate } from '../../template/index.ts';
import type { ParseResult, References } from '../../template/index.ts';

/** A string of the spec that the operator executes as a Go template. */
export interface SpecTemplate {
  leaf: StringLeaf;
  parsed: ParseResult;
  references?: References;
  /** Offset in the template text → offset in the definition's text. */
  toSource(offset: number): number;
}

/** The operator renders strings holding both `{{` and `}}` (renderInterface in pkg/resources/helper.go, v0.1.20). */
export function isTemplated(s: string): boolean {
  const open = s.indexOf('{{');
  return open !== -1 && s.indexOf('}}') !== -1;
}

/** Every templated string of the spec, parsed once per document and shared by the template rules. */
export function specTemplates(ctx: DefinitionContext): SpecTemplate[] {
  return ctx.memo('specTemplates', () =>
    ctx.specTemplateStrings
      .filter((leaf) => isTemplated(leaf.value))
      .map((leaf) => {
        const { parsed, references } = parsedTemplate(leaf.path, leaf.value);
        const map = scalarOffsetMap(ctx.text, leaf.node, leaf.value);
        return { leaf, parsed, references, toSource: map };
      }),
  );
}

interface Parsed {
  parsed: ParseResult;
  references?: References;
}

// Definitions repeat the same templates at the same paths (`{{ .config.x }}` in `spec.version`);
// a parse depends only on the name and the text, and rules only read the result.
const parseCache = new Map<string, Parsed>();

function parsedTemplate(name: string, text: string): Parsed {
  const key = `${name}\u0000${text}`;
  let hit = parseCache.get(key);
  if (!hit) {
    const parsed = parseTemplate(name, text);
    hit = { parsed, references: parsed.ok ? collectReferences(parsed.template) : undefined };
    if (parseCache.size >= 2048) parseCache.clear();
    parseCache.set(key, hit);
  }
  return hit;
}

/** Where a reference's text starts: the parser points at its last field. */
export function referenceStart(template: string, text: string, offset: number): number {
  const i = template.lastIndexOf(text, offset);
  return i === -1 ? offset : i;
}

/**
 * Sprig functions that definition authors reach for (the docs use some of them). The
 * operator executes templates with no function map, so Go's parser rejects them all.
 */
export const SPRIG_HINTS: Record<string, string> = {
  default: 'write {{ if .config.x }}{{ .config.x }}{{ else }}fallback{{ end }}, or give the config item a default',
  lower: 'there is no case conversion; constrain the input with a regex instead',
  upper: 'there is no case conversion; constrain the input with a regex instead',
  quote: 'use {{ printf "%q" .config.x }}',
  squote: "use '{{ .config.x }}' in the YAML",
  mul: 'there is no arithmetic; add a config item holding the computed value',
  add: 'there is no arithmetic; add a config item holding the computed value',
  sub: 'there is no arithmetic; add a config item holding the computed value',
  div: 'there is no arithmetic; add a config item holding the computed value',
  trim: 'constrain the input with a regex instead',
  toYaml: 'write the values in the raw block directly',
  toJson: 'write the values in the raw block directly',
  b64enc: 'store the encoded value in a Secret and reference it',
  include: 'Go templates here are single strings; use {{ template "name" }} only for {{ define }}s in the same string',
  required: 'mark the config item required: true instead',
  tpl: 'templates are rendered once; nest nothing',
  randAlphaNum: 'the operator 0.1.24 inline Module offers randBase62 N; definitions have no random functions',
};
