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
    messages: {
      notTemplateData: '{{path}}: {{reference}} is not in the template data and renders as <no value>; the operator provides .config, .releaseName and .namespace',
      notTemplateDataWithGuess:
        '{{path}}: {{reference}} is not in the template data and renders as <no value>; the operator provides .config, .releaseName and .namespace (did you mean .{{guess}}?)',
      fieldOfString: '{{path}}: .{{top}} is a string, so {{reference}} fails at render time ("can\'t evaluate field {{field}}")',
      undeclaredAlias: '{{path}}: .config.{{alias}} is not a declared config alias, so it renders as <no value> (declared aliases: {{aliases}})',
      undeclaredAliasWithGuess:
        '{{path}}: .config.{{alias}} is not a declared config alias, so it renders as <no value>; did you mean .config.{{guess}}? (declared aliases: {{aliases}})',
      noConfigItems: '{{path}}: .config.{{alias}} is not a declared config alias, so it renders as <no value> (the definition declares no config items)',
      fieldOfConfigValue: '{{path}}: config values are scalars or lists, so {{reference}} fails at render time ("can\'t evaluate field {{field}}"); use .config.{{alias}}',
    },
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
        const path = t.leaf.path;
        if (!TOP_LEVEL.includes(top)) {
          const guess = closest(top, TOP_LEVEL);
          ctx.report({
            node: span,
            path,
            messageId: guess ? 'notTemplateDataWithGuess' : 'notTemplateData',
            data: { path, reference: ref.text, guess: guess ?? '' },
          });
          continue;
        }
        if (top !== 'config') {
          if (key !== undefined) ctx.report({ node: span, path, messageId: 'fieldOfString', data: { path, top, reference: ref.text, field: key } });
          continue;
        }
        if (key === undefined) continue;
        if (!aliases.has(key)) {
          // Nothing is close to a name in an empty set, so without aliases there is no guess either.
          const guess = closest(key, aliases);
          const messageId = aliases.size === 0 ? 'noConfigItems' : guess ? 'undeclaredAliasWithGuess' : 'undeclaredAlias';
          ctx.report({ node: span, path, messageId, data: { path, alias: key, guess: guess ?? '', aliases: quoteList([...aliases]) } });
        } else if (deeper.length) {
          ctx.report({ node: span, path, messageId: 'fieldOfConfigValue', data: { path, reference: ref.text, field: deeper[0], alias: key } });
        }
      }
    }
  },
};
