/**
 * What to render and as which operator release: the first definition (or a definition inside a
 * ConfigMap's data, or a 0.1.21+ inline Module) in the file, the Module that configures it, and
 * the release whose behaviour the rendering follows. Everything here that leaves nothing to
 * render throws RenderInputError; a questionable release choice is a finding, and rendering goes on.
 */
import { classify } from '../classify/classify.ts';
import type { DefinitionDialectId } from '../classify/dialects.ts';
import { parseVersion } from '../constraints/index.ts';
import { wholeFile } from '../diagnostics/located.ts';
import type { Located } from '../diagnostics/located.ts';
import { DefinitionContext } from '../context/definition-context.ts';
import { scalarOffsetMap } from '../load/offsets.ts';
import { parseYamlStream } from '../load/parse-stream.ts';
import type { YMap } from '../load/ynode.ts';
import { at } from '../load/ynode.ts';
import { cmp, describeReleases } from '../operator/acceptance.ts';
import { OPERATOR_RELEASES } from '../operator/releases.ts';
import { acceptance } from '../operator/definition-acceptance.ts';
import type { Collector, RenderMessageRef } from './collector.ts';
import type { Era, RenderResult, SourceText } from './types.ts';
import { RenderInputError, renderRules } from './types.ts';

const FIRST_INLINE = '0.1.21';

/** A YAML document and where its offsets point: the file, or the text inside a ConfigMap's data. */
export interface Doc {
  root: YMap;
  where: Located;
}

export interface Target extends Doc {
  era: Era;
  kind: 'Helm' | 'Custom';
  dialect: DefinitionDialectId | 'module-inline';
  /** Releases that would load it. */
  accepted: string[];
  dialectReleases: string[];
}

export interface ChosenVersion {
  version: string;
  how: RenderResult['operatorVersionSource'];
}

export function plainLocated(source: SourceText): Located {
  return wholeFile(source.file, source.text);
}

export function findTarget(source: SourceText): Target {
  const docs = parseYamlStream(source.text);
  const base = plainLocated(source);
  let sawModuleSource = false;
  for (const doc of docs) {
    if (doc.errors.length) {
      const e = doc.errors[0];
      throw new RenderInputError(`${source.file}: YAML error in document ${doc.index + 1}: ${e.message} (run lint for details)`);
    }
    const c = classify(doc.root);
    if (c.kind === 'definition') return definitionTarget(doc.root as YMap, base, c.dialect, c.definitionKind);
    if (c.kind === 'module') {
      if (c.dialect === 'module-inline') {
        const root = doc.root as YMap;
        const kind = at(root, 'spec', 'custom') != null && at(root, 'spec', 'helm') == null ? 'Custom' : 'Helm';
        const releases = OPERATOR_RELEASES.filter((v) => cmp(v, FIRST_INLINE) >= 0);
        return { where: base, root, era: 'inline', kind, dialect: 'module-inline', accepted: releases, dialectReleases: releases };
      }
      sawModuleSource = true;
    }
    if (c.kind === 'configmap') {
      const inner = String(c.embedded.value);
      const map = scalarOffsetMap(source.text, c.embedded, inner);
      const innerDocs = parseYamlStream(inner);
      const first = innerDocs[0];
      if (!first || first.errors.length) throw new RenderInputError(`${source.file}: data["${c.key}"] is not valid YAML (run lint for details)`);
      const ic = classify(first.root);
      if (ic.kind !== 'definition') continue;
      const where: Located = { file: source.file, text: inner, fileText: source.text, toFile: map };
      return definitionTarget(first.root as YMap, where, ic.dialect, ic.definitionKind);
    }
  }
  if (sawModuleSource) {
    throw new RenderInputError(`${source.file}: a Module with spec.source has no definition of its own; render the definition and pass this file with --module`);
  }
  throw new RenderInputError(`${source.file}: no resource definition (kind Helm or Custom) or 0.1.21+ Module found`);
}

function definitionTarget(root: YMap, where: Located, dialect: DefinitionDialectId, kind: 'Helm' | 'Custom'): Target {
  const ctx = new DefinitionContext(root, kind, dialect, where.text, {});
  const acc = acceptance(ctx);
  return { where, root, era: 'legacy', kind, dialect, accepted: acc.accepted, dialectReleases: acc.dialectReleases };
}

/** The release asked for, else the newest that loads the target, else the newest that reads its shape. */
export function chooseVersion(target: Target, requested: string | undefined, out: Collector): ChosenVersion {
  if (requested !== undefined) {
    const v = parseVersion(requested);
    if (!v.ok) throw new RenderInputError(`--operator-version ${requested}: not a version (${v.error})`);
    const version = requested.replace(/^v/, '');
    if (!target.accepted.includes(version)) {
      const ref: RenderMessageRef<typeof renderRules.operatorVersion> = !target.dialectReleases.some((d) => d === version)
        ? { messageId: 'shapeNotRead', data: { version, dialect: target.dialect, releases: describeReleases(target.dialectReleases) } }
        : { messageId: 'notAccepted', data: { version, releases: describeReleases(target.accepted) } };
      const sov = at(target.root, 'metadata', 'supportedOperatorVersion');
      // A release of the other era is refused outright by eraOf, so a finding would only repeat it.
      if (target.era === cmpEra(version)) out.add(renderRules.operatorVersion, target.where, sov ?? target.root, ref);
    }
    return { version, how: 'option' };
  }
  if (target.accepted.length) return { version: target.accepted[target.accepted.length - 1], how: 'newest-accepted' };
  const fallback = target.dialectReleases[target.dialectReleases.length - 1] ?? OPERATOR_RELEASES[OPERATOR_RELEASES.length - 1];
  out.add(renderRules.operatorVersion, target.where, at(target.root, 'metadata', 'supportedOperatorVersion') ?? target.root, {
    messageId: 'noReleaseLoads',
    data: { version: fallback },
  });
  return { version: fallback, how: 'newest-of-dialect' };
}

function cmpEra(version: string): Era {
  return cmp(version, FIRST_INLINE) >= 0 ? 'inline' : 'legacy';
}

/**
 * The era `version` renders in. Definitions and inline Modules are read by disjoint releases, so
 * rendering one as a release of the other era has no meaning to fall back on.
 */
export function eraOf(target: Target, version: string): Era {
  const era = cmpEra(version);
  if (era !== target.era) {
    throw new RenderInputError(
      target.era === 'legacy'
        ? `operator ${version} reads no separate definitions (0.1.21+ Modules carry config: and spec.helm/spec.custom themselves); pick --operator-version 0.1.20 or older`
        : `this is a 0.1.21+ Module with inline config; operator ${version} does not read it (pick --operator-version 0.1.21 or newer)`,
    );
  }
  return era;
}

/** The Module that gives spec.config and the release's name and namespace: `--module`, or the inline Module itself. */
export function configuringModule(target: Target, era: Era, module: SourceText | undefined): Doc | undefined {
  if (era === 'legacy') return readModule(module);
  if (module) {
    throw new RenderInputError(`${module.file}: --module is for definitions (operator 0.1.0 – 0.1.20); a 0.1.21+ Module carries its own spec.config`);
  }
  return { root: target.root, where: target.where };
}

function readModule(module: SourceText | undefined): Doc | undefined {
  if (!module) return undefined;
  for (const doc of parseYamlStream(module.text)) {
    if (doc.errors.length) throw new RenderInputError(`${module.file}: YAML error: ${doc.errors[0].message}`);
    const c = classify(doc.root);
    if (c.kind === 'module') return { root: doc.root as YMap, where: plainLocated(module) };
  }
  throw new RenderInputError(`${module.file}: no Module (apiVersion batch.forkspacer.com/v1, kind Module) found`);
}
