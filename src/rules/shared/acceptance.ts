import type { DefinitionContext } from '../../lint/definition-context.ts';
import { at, isSeq } from '../../load/ynode.ts';
import { computeAcceptance } from '../../operator/acceptance.ts';
import type { Acceptance, ReleaseCheck } from '../../operator/acceptance.ts';

const PERMISSIONS = new Set(['workspace', 'controller']);

/** The release set for this definition, computed once and shared by rules and the JSON output. */
export function acceptance(ctx: DefinitionContext): Acceptance {
  return ctx.memo('acceptance', () => {
    const text = ctx.stringOf(at(ctx.root, 'metadata', 'supportedOperatorVersion'));
    return computeAcceptance(text, ctx.dialectId, operatorChecks(ctx));
  });
}

/** Definition checks that only some releases make (OPERATOR.md §1 and §2.4). */
function operatorChecks(ctx: DefinitionContext): ReleaseCheck[] {
  const checks: ReleaseCheck[] = [];
  if (ctx.dialectId === 'custom-image') {
    const image = ctx.stringOf(at(ctx.spec, 'image'));
    if (!image) checks.push({ since: '0.1.12', reason: 'an empty spec.image' });
    const perms = at(ctx.spec, 'permissions');
    if (isSeq(perms)) {
      const bad = perms.items.map((n) => ctx.stringOf(n)).filter((p) => p !== undefined && !PERMISSIONS.has(p));
      if (bad.length) checks.push({ since: '0.1.12', reason: `unknown permissions ${bad.map((b) => JSON.stringify(b)).join(', ')}` });
    }
  }
  return checks;
}
