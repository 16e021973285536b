import { closest, quoteList } from '../diagnostics/suggest.ts';
import type { Rule } from './types.ts';
import { configAliases } from './shared/config-aliases.ts';
import { referenceStart, specTemplates } from './shared/templates.ts';

const TOP_LEVEL = ['config', 'releaseName', 'namespace'];

export const rule: Rule = {
  meta: {
    id: 'template-data',
    severity: 'warning',
    documents: 'definition',
    description: 'Templates read only .config.<declared alias>, .releaseName and .namespace; anything else renders as <no value> or fails.',
    dialects: ['helm-flat', 'helm-chart'],
  },
  check(ctx) {
    const aliases = configAliases(ctx);
    for (const t of specTemplates(ctx)) {
      for (const ref of t.references?.fields ?? []) {
        const onData = (ref.base === 'dot' || (ref.base === 'variable' && ref.variable === '$')) && ref.atRoot;
        if (!onData) continue;
        const start = t.toSource(referenceStart(t.leaf.value, ref.text, ref.offset));
        const span = { start, end: start + ref.text.length };
        const [top, key, ...deeper] = ref.fields;
        if (!TOP_LEVEL.includes(top)) {
          const guess = closest(top, TOP_LEVEL);
          ctx.legacyReport(
            span,
            `${t.leaf.path}: ${ref.text} is not in the template data and renders as <no value>; the operator provides .config, .releaseName and .namespace${guess ? ` (did you mean .${guess}?)` : ''}`,
            t.leaf.path,
          );
          continue;
        }
        if (top !== 'config') {
          if (key !== undefined) ctx.legacyReport(span, `${t.leaf.path}: .${top} is a string, so ${ref.text} fails at render time ("can't evaluate field ${key}")`, t.leaf.path);
          continue;
        }
        if (key === undefined) continue;
        if (!aliases.has(key)) {
          const guess = closest(key, aliases);
          const known = aliases.size ? `declared aliases: ${quoteList([...aliases])}` : 'the definition declares no config items';
          ctx.legacyReport(
            span,
            `${t.leaf.path}: .config.${key} is not a declared config alias, so it renders as <no value>${guess ? `; did you mean .config.${guess}?` : ''} (${known})`,
            t.leaf.path,
          );
        } else if (deeper.length) {
          ctx.legacyReport(
            span,
            `${t.leaf.path}: config values are scalars or lists, so ${ref.text} fails at render time ("can't evaluate field ${deeper[0]}"); use .config.${key}`,
            t.leaf.path,
          );
        }
      }
    }
  },
};
