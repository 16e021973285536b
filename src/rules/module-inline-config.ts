import { checkValueAgainstItem } from '../config/index.ts';
import { locate, pointerToPath } from '../diagnostics/locate.ts';
import { schemaIssues } from './module-schema.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { configCheck, pathText } from './shared/module-config-check.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-inline-config',
    severity: 'error',
    documents: 'module',
    description: "A 0.1.21+ Module's config items are ones the API server and operator accept (a type key, alias, name, option values, value types).",
    // The config decoder words each problem whole.
    messages: { configItemProblem: '{{problem}}' },
  },
  check(ctx) {
    const c = configCheck(ctx);
    if (!c || c.era !== 'inline') return;
    // What the CRD schema itself rejects is reported once, by module-schema.
    // A missing required field is the schema's at the parent's pointer, and the decoder's at the field's path.
    const bySchema = new Set(
      schemaIssues(ctx)
        .filter((i) => i.kind === 'invalid')
        .map((i) => pointerToPath(i.field === undefined ? i.pointer : `${i.pointer}/${i.field.replace(/~/g, '~0').replace(/\//g, '~1')}`)),
    );
    for (const p of c.problems) {
      if (bySchema.has(p.pathText)) continue;
      const loc = locate(ctx.root, p.path);
      ctx.report({
        node: loc.depth === p.path.length && loc.pair ? (loc.pair.value ?? loc.pair) : loc.node,
        path: p.pathText,
        messageId: 'configItemProblem',
        data: { problem: p.message },
      });
    }
  },
};

/** The operator accepts a repeated alias (each item is validated, the last one's value stays), so this is no error. */
export const duplicateRule: Rule<ModuleContext> = {
  meta: {
    id: 'module-inline-duplicate-alias',
    severity: 'warning',
    documents: 'module',
    description: "Two of a 0.1.21+ Module's config items share an alias: the operator validates both against the same input and the last one's value is what templates see.",
    messages: {
      duplicateAlias:
        'alias "{{alias}}" is also used by config[{{earlier}}]; both are checked against the same input and the last item\'s value wins: give each item its own alias',
    },
  },
  check(ctx) {
    const c = configCheck(ctx);
    if (!c || c.era !== 'inline') return;
    const seen = new Map<string, number>();
    for (const item of c.items) {
      const earlier = seen.get(item.alias);
      if (item.alias !== '' && earlier !== undefined) {
        const loc = locate(ctx.root, ['config', item.index, 'alias']);
        ctx.report({ node: loc.node, path: `config[${item.index}].alias`, messageId: 'duplicateAlias', data: { alias: item.alias, earlier } });
      }
      seen.set(item.alias, item.index);
    }
  },
};

export const defaultRule: Rule<ModuleContext> = {
  meta: {
    id: 'module-inline-default',
    severity: 'warning',
    documents: 'module',
    description: "A 0.1.21+ config item's default breaks the item's own rules (range, values, regex); the operator never checks defaults.",
    messages: { defaultBreaksItem: 'default of "{{alias}}": {{problem}}; the operator uses it unchecked' },
  },
  check(ctx) {
    const c = configCheck(ctx);
    if (!c || c.era !== 'inline') return;
    for (const item of c.items) {
      if (item.kind === 'unknown' || !item.written.has('default')) continue;
      for (const issue of checkValueAgainstItem(item, item.default)) {
        const path = [...item.specPath, 'default', ...issue.path];
        const loc = locate(ctx.root, path);
        ctx.report({ node: loc.node, path: pathText(path), messageId: 'defaultBreaksItem', data: { alias: item.alias, problem: issue.message } });
      }
    }
  },
};
