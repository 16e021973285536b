import type { DefinitionContext } from '../context/definition-context.ts';
import { at, isSeq } from '../load/ynode.ts';
import { computeAcceptance } from './acceptance.ts';
import type { Acceptance, ReleaseCheck } from './acceptance.ts';
import { operatorSpecError } from './spec-checks.ts';
import { yamlSpecView } from './spec-view.ts';

const PERMISSIONS = new Set(['workspace', 'controller']);

/** The release set for this definition, computed once and shared by rules and the JSON output. */
export function acceptance(ctx: DefinitionContext): Acceptance {
  return ctx.memo('acceptance', () => {
    const text = ctx.stringOf(at(ctx.root, 'metadata', 'supportedOperatorVersion'));
    return computeAcceptance(text, ctx.dialectId, operatorChecks(ctx));
  });
}

/** The operator releases that would load this definition (listed in the JSON output). */
export function acceptedOperatorVersions(ctx: DefinitionContext): string[] {
  return acceptance(ctx).accepted;
}

function specTemplated(ctx: DefinitionContext): boolean {
  return ctx.specStrings.some((l) => l.value.includes('{{') && l.value.includes('}}'));
}

/** Definition checks that only some releases make (the `Validate` methods of pkg/resources/helm.go and
 * custom.go, by tag). */
function operatorChecks(ctx: DefinitionContext): ReleaseCheck[] {
  const checks: ReleaseCheck[] = [];
  const view = yamlSpecView(ctx.spec, ctx.text);
  if (ctx.dialectId === 'helm-chart') {
    // 0.1.12+ validate the spec as written, before rendering (a templated URL is refused there).
    const e12 = operatorSpecError('helm-chart', '0.1.12', view);
    const e16 = e12 ?? operatorSpecError('helm-chart', '0.1.16', view);
    if (e12) checks.push({ since: '0.1.12', reason: `its spec (the operator says: ${e12})` });
    else if (e16) checks.push({ since: '0.1.16', reason: `its spec (the operator says: ${e16})` });
  } else if ((ctx.dialectId === 'helm-flat' || ctx.dialectId === 'custom-plugin') && !specTemplated(ctx)) {
    // 0.1.0 – 0.1.11 check the rendered spec; with no template in it, that is the spec as written.
    const e = operatorSpecError(ctx.dialectId, '0.1.0', view);
    if (e) checks.push({ since: '0.1.0', reason: `its spec (the operator says: ${e})` });
  }
  if (ctx.dialectId === 'custom-image') {
    const image = ctx.stringOf(at(ctx.spec, 'image'));
    if (!image) checks.push({ since: '0.1.12', reason: 'an empty spec.image' });
    const perms = at(ctx.spec, 'permissions');
    if (isSeq(perms)) {
      const bad = perms.items.map((n) => ctx.stringOf(n)).filter((p) => p !== undefined && !PERMISSIONS.has(p));
      if (bad.length) checks.push({ since: '0.1.8', reason: `unknown permissions ${bad.map((b) => JSON.stringify(b)).join(', ')}` });
    }
  }
  return checks;
}
