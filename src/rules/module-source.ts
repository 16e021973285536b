import { keyText } from '../load/ynode.ts';
import { at, child, isMap, pairOf, stringAt } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { resolveDefinition, setSources } from './shared/module-definition.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-source',
    severity: 'error',
    documents: 'module',
    description: 'A 0.1.x Module has exactly one source; raw holds a definition; existingHelmRelease has one chart source and no spec.config.',
    messages: {
      noSource: 'spec.source sets no source: give one of raw, configMap, httpURL or existingHelmRelease',
      severalSources: 'spec.source sets {{count}} sources ({{sources}}); give exactly one',
      githubNotLoaded: 'spec.source.github is in the CRD but the operator does not load definitions from it',
      rawWithoutKind: 'spec.source.raw has no kind; the operator needs kind Helm or Custom',
      rawWithUnknownKind: 'spec.source.raw has kind "{{kind}}"; the operator accepts only Helm or Custom',
      rawNotAMap: 'spec.source.raw must be a mapping holding the definition',
      configWithExistingRelease: 'spec.config has no effect with source.existingHelmRelease: there is no definition and so no config items (use existingHelmRelease.values)',
      severalChartSources: 'chartSource sets {{count}} chart sources ({{sources}}); give exactly one',
      noChartSource: 'chartSource sets no chart source: give repository, git or configMap',
      badRepositoryUrl: 'chartSource.repository.url "{{url}}" is not an http(s) or oci URL with a host',
    },
  },
  check(ctx) {
    if (ctx.inline || ctx.dialect === 'module-inline') return;
    const source = ctx.source;
    if (source == null) return; // module-schema reports the missing field
    if (!isMap(source)) return;
    const set = setSources(source);
    if (set.length === 0) {
      ctx.report({ node: pairOf(ctx.spec, 'source'), path: 'spec.source', messageId: 'noSource' });
    } else if (set.length > 1) {
      for (const p of set.slice(1))
        ctx.report({
          node: p,
          path: `spec.source.${String(keyText(p))}`,
          messageId: 'severalSources',
          data: { count: set.length, sources: set.map((s) => String(keyText(s))).join(', ') },
        });
    }
    const github = pairOf(source, 'github');
    if (github && set.includes(github)) ctx.report({ node: github, path: 'spec.source.github', messageId: 'githubNotLoaded' });
    const def = resolveDefinition(ctx);
    if (def.kind === 'raw' && def.definitionKind === undefined) {
      const k = stringAt(def.root, 'kind');
      const node = pairOf(def.root, 'kind') ?? def.ref;
      if (k === undefined) ctx.report({ node, path: 'spec.source.raw.kind', messageId: 'rawWithoutKind' });
      else ctx.report({ node, path: 'spec.source.raw.kind', messageId: 'rawWithUnknownKind', data: { kind: k } });
    }
    const raw = pairOf(source, 'raw');
    if (raw && set.length === 1 && set[0] === raw && !isMap(raw.value)) ctx.report({ node: raw.value ?? raw, path: 'spec.source.raw', messageId: 'rawNotAMap' });
    const ehr = pairOf(source, 'existingHelmRelease');
    if (ehr && set.length === 1 && set[0] === ehr) {
      const cfg = pairOf(ctx.spec, 'config');
      if (cfg) ctx.report({ node: cfg, path: 'spec.config', messageId: 'configWithExistingRelease' });
      const cs = child(ehr.value, 'chartSource');
      if (isMap(cs)) {
        const kinds = cs.pairs.filter((p) => ['repository', 'git', 'configMap'].includes(String(keyText(p))));
        if (kinds.length > 1)
          for (const p of kinds.slice(1))
            ctx.report({
              node: p,
              path: 'spec.source.existingHelmRelease.chartSource',
              messageId: 'severalChartSources',
              data: { count: kinds.length, sources: kinds.map((k) => String(keyText(k))).join(', ') },
            });
        if (kinds.length === 0 && cs.pairs.length >= 0)
          ctx.report({ node: pairOf(ehr.value, 'chartSource'), path: 'spec.source.existingHelmRelease.chartSource', messageId: 'noChartSource' });
        const url = at(cs, 'repository', 'url');
        const u = stringAt(cs, 'repository', 'url');
        if (u !== undefined && u !== '') {
          let ok = false;
          try {
            const parsed = new URL(u);
            ok = ['http:', 'https:', 'oci:'].includes(parsed.protocol) && parsed.host !== '';
          } catch {
            ok = false;
          }
          if (!ok) ctx.report({ node: url, path: 'spec.source.existingHelmRelease.chartSource.repository.url', messageId: 'badRepositoryUrl', data: { url: u } });
        }
      }
    }
  },
};
