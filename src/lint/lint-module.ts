/**
 * The Module lint (issue 4): a Module manifest checked as the API server and the operator check it.
 *
 *  - lintModule(root, dialect, file, docIndex, text, options) -> { findings, definitionFindings }
 *      Module rules (./rules/) plus, for `source.raw`, every definition rule on the embedded
 *      definition (positions are file positions).
 *  - Cross-document facts: buildRunIndex(files) before the run, passed as options.moduleRun;
 *    without it each file is its own run.
 *  - Sources: collect refs with unresolvedRefs(index), resolveSources(refs, resolver), pass the
 *    result as options.moduleSources.
 */
import { classify } from '../classify/classify.ts';
import { DefinitionContext } from '../context/definition-context.ts';
import type { RawFinding } from '../context/definition-context.ts';
import type { YMap } from '../load/ynode.ts';
import { runDefinitionRules, runRules } from '../rules/run.ts';
import { chooseModuleEra } from '../operator/module-era.ts';
import { ModuleContext } from '../context/module-context.ts';
import type { ModuleLintOptions } from '../context/module-context.ts';
import { resolveDefinition } from '../rules/shared/module-definition.ts';
import { moduleRules } from '../rules/module-rules.ts';
import type { RunIndex } from '../context/run-index.ts';
import { buildRunIndex as buildRunIndexImpl, unresolvedRefs as unresolvedRefsImpl } from '../context/run-index.ts';
import { resolveSources as resolveSourcesImpl } from '../context/module-sources.ts';

export { moduleRules } from '../rules/module-rules.ts';
export { buildRunIndex, indexFile, emptyRunIndex, unresolvedRefs } from '../context/run-index.ts';
export type { RunIndex } from '../context/run-index.ts';
export { resolveSources, configMapKey, workspaceKey } from '../context/module-sources.ts';
export type {
  DefinitionResolver,
  FetchedDefinitionErrors,
  ResolvedSources,
  SourceRef,
  WorkspaceRef,
  HttpResolution,
  ConfigMapResolution,
  WorkspaceResolution,
} from '../context/module-sources.ts';
export type { ModuleLintOptions, ModuleEra } from '../context/module-context.ts';
export { eraOfVersion } from '../operator/module-era.ts';

export interface ModuleLintResult {
  findings: RawFinding[];
  era: string;
  /** The embedded definition's dialect, for source.raw. */
  definitionDialect?: string;
}

export function lintModule(
  root: YMap,
  dialect: 'module-source' | 'module-inline',
  file: string,
  docIndex: number,
  text: string,
  options: ModuleLintOptions,
  run: RunIndex,
): ModuleLintResult {
  const ctx = new ModuleContext(root, dialect, file, docIndex, text, options, run, chooseModuleEra(root, dialect, options.operatorVersion));
  runRules(moduleRules, ctx, options);
  const findings = [...ctx.findings];
  let definitionDialect: string | undefined;
  const def = resolveDefinition(ctx);
  if (def.kind === 'raw') {
    const c = classify(def.root);
    if (c.kind === 'definition') {
      definitionDialect = c.dialect;
      const dctx = new DefinitionContext(def.root, c.definitionKind, c.dialect, text, options);
      runDefinitionRules(dctx, options);
      findings.push(...dctx.findings);
      // A template error the definition rules already found in a string is not reported again by the render.
      const lineOf = (o: number) => text.lastIndexOf('\n', o - 1);
      const templateLines = new Set(dctx.findings.filter((f) => f.ruleId.startsWith('template-')).map((f) => lineOf(f.start)));
      return { findings: findings.filter((f) => f.ruleId !== 'module-render' || !templateLines.has(lineOf(f.start))), era: ctx.era, definitionDialect };
    }
  }
  return { findings, era: ctx.era, definitionDialect };
}

/**
 * The run-level preparation, for the lint runner: index all inputs, then ask the resolver for the
 * httpURL / configMap sources that no input answers. Spread the result into the LintOptions of
 * every file (both fields are plain data: Maps and arrays, fine for worker threads).
 */
export async function prepareModuleRun(
  files: readonly { file: string; text: string }[],
  resolver?: import('../context/module-sources.ts').DefinitionResolver,
): Promise<{ moduleRun: RunIndex; moduleSources?: import('../context/module-sources.ts').ResolvedSources }> {
  const moduleRun = buildRunIndexImpl(files);
  if (!resolver) return { moduleRun };
  return { moduleRun, moduleSources: await resolveSourcesImpl(unresolvedRefsImpl(moduleRun), resolver) };
}
