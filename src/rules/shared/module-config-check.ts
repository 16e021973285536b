/** spec.config judged against the definition's (or the Module's own) config items. */
import { decodeConfigItems, validateConfig, pathText } from '../../config/index.ts';
import type { ConfigItem, ConfigProblem, ConfigViolation } from '../../config/index.ts';
import { locate } from '../../diagnostics/locate.ts';
import { toGoValue } from '../../load/convert.ts';
import type { YNode, YPair } from '../../load/ynode.ts';
import { at, child, pairOf } from '../../load/ynode.ts';
import { jsonRoundTrip } from '../../render/go-yaml.ts';
import type { GoMap } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';
import type { ModuleContext } from '../../context/module-context.ts';
import { resolveDefinition } from './module-definition.ts';

export interface ConfigCheck {
  era: 'legacy' | 'inline';
  items: ConfigItem[];
  problems: ConfigProblem[];
  violations: ConfigViolation[];
  /** spec.config is not a mapping. */
  notAMap?: YNode;
  ignoredKeys: string[];
  /** Where the items came from, for messages. */
  origin: string;
}

export function configCheck(ctx: ModuleContext): ConfigCheck | undefined {
  return ctx.memo('config', () => {
    let era: 'legacy' | 'inline';
    let itemsNode: YNode | null | undefined;
    let origin: string;
    if (ctx.inline) {
      if (ctx.dialect !== 'module-inline') return undefined;
      era = 'inline';
      itemsNode = child(ctx.root, 'config');
      origin = "the Module's config";
    } else {
      const def = resolveDefinition(ctx);
      if (def.kind === 'raw') {
        itemsNode = child(def.root, 'config');
        origin = 'the definition in spec.source.raw';
      } else if (def.kind === 'text' && def.root) {
        itemsNode = child(def.root, 'config');
        origin = def.origin;
      } else return undefined;
      era = 'legacy';
    }
    const decoded = decodeConfigItems(era, toGoValue(itemsNode) ?? undefined);
    const specConfig = at(ctx.root, 'spec', 'config');
    const input: GoMap = new Map();
    let notAMap: YNode | undefined;
    if (specConfig != null) {
      const v = jsonRoundTrip(toGoValue(specConfig));
      if (isGoMap(v)) for (const [k, x] of v) input.set(k, x);
      else if (v !== null) notAMap = specConfig;
    }
    const validated = validateConfig(era, decoded.items, input);
    return { era, items: decoded.items, problems: decoded.problems, violations: validated.violations, notAMap, ignoredKeys: validated.ignoredKeys, origin };
  });
}

/** The node a violation points at: the value (or the key, for keys that should not be there), else spec.config / spec. */
export function violationTarget(ctx: ModuleContext, v: ConfigViolation): YNode | YPair | null | undefined {
  const specConfig = at(ctx.root, 'spec', 'config');
  if (v.code === 'required') return pairOf(ctx.spec, 'config') ?? pairOf(ctx.root, 'spec') ?? ctx.root;
  const loc = locate(specConfig, v.path);
  if ((v.code === 'unknown-key' || v.code === 'not-editable') && loc.pair && loc.depth === v.path.length) return loc.pair;
  return loc.node ?? specConfig;
}

export { pathText };
