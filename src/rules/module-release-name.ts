import { at, child, pairOf, stringAt } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { resolveDefinition } from './shared/module-definition.ts';

const HELM_RELEASE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-release-name',
    severity: 'error',
    documents: 'module',
    description:
      'The Helm release name the operator derives (<namespace>-<name>, or spec.helm.releaseName) is at most 53 characters and DNS-1123; otherwise the install fails at run time.',
    messages: {
      releaseNameTooLong: 'the Helm release name "{{release}}" ({{derivedFrom}}) is {{length}} characters (Helm allows 53): the install fails at run time',
      releaseNameInvalid: 'the Helm release name "{{release}}" ({{derivedFrom}}) is not a DNS-1123 name: the install fails at run time',
      releaseNameTooLongAndInvalid:
        'the Helm release name "{{release}}" ({{derivedFrom}}) is {{length}} characters (Helm allows 53) and is not a DNS-1123 name: the install fails at run time',
    },
  },
  check(ctx) {
    const name = ctx.name;
    if (name === undefined) return;
    let release: string;
    let target = at(ctx.root, 'metadata', 'name');
    let how: string;
    if (ctx.inline) {
      if (child(ctx.spec, 'helm') == null) return;
      const custom = stringAt(ctx.spec, 'helm', 'releaseName');
      if (custom !== undefined && custom !== '' && ctx.era === '0.1.24') {
        if (custom.includes('{{')) return; // rendered; module-render reports template problems
        release = custom;
        target = at(ctx.spec, 'helm', 'releaseName');
        how = 'spec.helm.releaseName';
      } else {
        release = `${ctx.namespace}-${name}`;
        how = '<namespace>-<name>';
      }
    } else {
      const def = resolveDefinition(ctx);
      if (def.kind === 'none' || ((def.kind === 'raw' || def.kind === 'text') && def.definitionKind !== 'Helm')) return;
      release = `${ctx.namespace}-${name}`;
      how = '<namespace>-<name>';
    }
    const tooLong = release.length > 53;
    const invalid = !HELM_RELEASE.test(release);
    if (tooLong || invalid)
      ctx.report({
        node: target ?? pairOf(ctx.root, 'metadata'),
        path: how === 'spec.helm.releaseName' ? 'spec.helm.releaseName' : 'metadata.name',
        messageId: tooLong && invalid ? 'releaseNameTooLongAndInvalid' : tooLong ? 'releaseNameTooLong' : 'releaseNameInvalid',
        data: { release, derivedFrom: how, length: release.length },
      });
  },
};
