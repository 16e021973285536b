import type { DefinitionContext } from '../../context/definition-context.ts';
import { child, isMap, isSeq } from '../../load/ynode.ts';

/** The aliases the definition's config items declare (as yaml.v3 reads them: their text). */
export function configAliases(ctx: DefinitionContext): Set<string> {
  return ctx.memo('configAliases', () => {
    const out = new Set<string>();
    const items = child(ctx.root, 'config');
    if (!isSeq(items)) return out;
    for (const item of items.items) {
      if (!isMap(item)) continue;
      const alias = ctx.stringOf(child(item, 'alias'));
      if (alias) out.add(alias);
    }
    return out;
  });
}
