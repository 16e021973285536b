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
  },
  check(ctx) {
    if (ctx.inline || ctx.dialect === 'module-inline') return;
    const source = ctx.source;
    if (source == null) return; // module-schema reports the missing field
    if (!isMap(source)) return;
    const set = setSources(source);
    if (set.length === 0) {
      ctx.legacyReport(pairOf(ctx.spec, 'source'), 'spec.source sets no source: give one of raw, configMap, httpURL or existingHelmRelease', 'spec.source');
    } else if (set.length > 1) {
      for (const p of set.slice(1))
        ctx.legacyReport(p, `spec.source sets ${set.length} sources (${set.map((s) => String(keyText(s))).join(', ')}); give exactly one`, `spec.source.${String(keyText(p))}`);
    }
    const github = pairOf(source, 'github');
    if (github && set.includes(github)) ctx.legacyReport(github, 'spec.source.github is in the CRD but the operator does not load definitions from it', 'spec.source.github');
    const def = resolveDefinition(ctx);
    if (def.kind === 'raw' && def.definitionKind === undefined) {
      const k = stringAt(def.root, 'kind');
      ctx.legacyReport(
        pairOf(def.root, 'kind') ?? def.ref,
        k === undefined ? 'spec.source.raw has no kind; the operator needs kind Helm or Custom' : `spec.source.raw has kind "${k}"; the operator accepts only Helm or Custom`,
        'spec.source.raw.kind',
      );
    }
    const raw = pairOf(source, 'raw');
    if (raw && set.length === 1 && set[0] === raw && !isMap(raw.value))
      ctx.legacyReport(raw.value ?? raw, 'spec.source.raw must be a mapping holding the definition', 'spec.source.raw');
    const ehr = pairOf(source, 'existingHelmRelease');
    if (ehr && set.length === 1 && set[0] === ehr) {
      const cfg = pairOf(ctx.spec, 'config');
      if (cfg)
        ctx.legacyReport(
          cfg,
          'spec.config has no effect with source.existingHelmRelease: there is no definition and so no config items (use existingHelmRelease.values)',
          'spec.config',
        );
      const cs = child(ehr.value, 'chartSource');
      if (isMap(cs)) {
        const kinds = cs.pairs.filter((p) => ['repository', 'git', 'configMap'].includes(String(keyText(p))));
        if (kinds.length > 1)
          for (const p of kinds.slice(1))
            ctx.legacyReport(
              p,
              `chartSource sets ${kinds.length} chart sources (${kinds.map((k) => String(keyText(k))).join(', ')}); give exactly one`,
              'spec.source.existingHelmRelease.chartSource',
            );
        if (kinds.length === 0 && cs.pairs.length >= 0)
          ctx.legacyReport(pairOf(ehr.value, 'chartSource'), 'chartSource sets no chart source: give repository, git or configMap', 'spec.source.existingHelmRelease.chartSource');
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
          if (!ok)
            ctx.legacyReport(url, `chartSource.repository.url "${u}" is not an http(s) or oci URL with a host`, 'spec.source.existingHelmRelease.chartSource.repository.url');
        }
      }
    }
  },
};
