/**
 * Finding what to migrate in the input files: the definition (alone, in a ConfigMap, or in a
 * 0.1.x Module's spec.source.raw), the Module that uses it, or a Module adopting a Helm release.
 */
import { classify } from '../../classify/classify.ts';
import type { DefinitionDialectId } from '../../classify/dialects.ts';
import { wholeFile } from '../../diagnostics/located.ts';
import type { Located } from '../../diagnostics/located.ts';
import { scalarOffsetMap } from '../../load/offsets.ts';
import { parseYamlStream } from '../../load/parse-stream.ts';
import type { YMap, YNode } from '../../load/ynode.ts';
import { at, isMap } from '../../load/ynode.ts';
import type { SourceText } from '../../render/index.ts';
import { MigrateInputError } from './common.ts';
import { isExistingReleaseModule } from './existing-release.ts';

export interface LocatedDefinition {
  root: YMap;
  where: Located;
  dialect: DefinitionDialectId;
  kind: 'Helm' | 'Custom';
  /** A 0.1.x Module holding the definition in spec.source.raw: the Module itself. */
  holder?: { root: YMap; where: Located };
}

/**
 * The text of a block mapping nested in a file, as a document of its own: each line loses the
 * mapping's indentation (comment and blank lines what they have of it), with offsets mapped back.
 */
function dedentBlock(fileText: string, node: YNode): { text: string; toFile: (o: number) => number } | undefined {
  const lineStart = fileText.lastIndexOf('\n', node.start - 1) + 1;
  const indent = node.start - lineStart;
  if (!/^ *$/.test(fileText.slice(lineStart, node.start))) return undefined;
  const region = fileText.slice(lineStart, node.end);
  const innerStarts: number[] = [];
  const fileStarts: number[] = [];
  let text = '';
  let at = lineStart;
  for (const line of region.split('\n')) {
    const strip = Math.min(indent, /^ */.exec(line)![0].length);
    innerStarts.push(text.length);
    fileStarts.push(at + strip);
    text += `${line.slice(strip)}\n`;
    at += line.length + 1;
  }
  const toFile = (o: number) => {
    let i = innerStarts.length - 1;
    while (i > 0 && innerStarts[i] > o) i--;
    return fileStarts[i] + (o - innerStarts[i]);
  };
  return { text, toFile };
}

export function locate(source: SourceText): LocatedDefinition {
  const plain = wholeFile(source.file, source.text);
  for (const doc of parseYamlStream(source.text)) {
    if (doc.errors.length) throw new MigrateInputError(`${source.file}: YAML error in document ${doc.index + 1}: ${doc.errors[0].message} (run lint for details)`);
    const c = classify(doc.root);
    if (c.kind === 'definition') return { root: doc.root as YMap, where: plain, dialect: c.dialect, kind: c.definitionKind };
    if (c.kind === 'module' && c.dialect === 'module-source') {
      const rawNode = at(doc.root, 'spec', 'source', 'raw');
      if (!isMap(rawNode)) continue;
      const ic = classify(rawNode);
      const block = dedentBlock(source.text, rawNode);
      if (ic.kind !== 'definition') continue;
      if (!block) throw new MigrateInputError(`${source.file}: spec.source.raw is written in flow style; write it as a block mapping (or put the definition in its own file)`);
      const inner = parseYamlStream(block.text)[0];
      if (!inner || inner.errors.length || !isMap(inner.root)) throw new MigrateInputError(`${source.file}: spec.source.raw cannot be read as a document of its own`);
      return {
        root: inner.root,
        where: { file: source.file, text: block.text, fileText: source.text, toFile: block.toFile },
        dialect: ic.dialect,
        kind: ic.definitionKind,
        holder: { root: doc.root as YMap, where: plain },
      };
    }
    if (c.kind === 'module' && c.dialect === 'module-inline')
      throw new MigrateInputError(`${source.file}: this is already a 0.1.21+ Module with inline config; nothing to migrate`);
    if (c.kind === 'configmap') {
      const inner = String(c.embedded.value);
      const first = parseYamlStream(inner)[0];
      if (!first || first.errors.length) throw new MigrateInputError(`${source.file}: data["${c.key}"] is not valid YAML (run lint for details)`);
      const ic = classify(first.root);
      if (ic.kind !== 'definition') continue;
      return {
        root: first.root as YMap,
        where: { file: source.file, text: inner, fileText: source.text, toFile: scalarOffsetMap(source.text, c.embedded, inner) },
        dialect: ic.dialect,
        kind: ic.definitionKind,
      };
    }
  }
  throw new MigrateInputError(`${source.file}: no resource definition (kind Helm or Custom) found`);
}

/** The first document that matters is a 0.1.x Module adopting a Helm release (no definition). */
export function findExistingReleaseModule(source: SourceText): YMap | undefined {
  for (const doc of parseYamlStream(source.text)) {
    if (doc.errors.length) return undefined;
    const c = classify(doc.root);
    if (c.kind === 'module' && c.dialect === 'module-source' && isExistingReleaseModule(doc.root as YMap)) return doc.root as YMap;
    if (c.kind === 'definition' || c.kind === 'module' || c.kind === 'configmap') return undefined;
  }
  return undefined;
}

/** The 0.1.x Module passed with --module. */
export function readModule(module: SourceText): { root: YMap; where: Located } {
  for (const doc of parseYamlStream(module.text)) {
    if (doc.errors.length) throw new MigrateInputError(`${module.file}: YAML error: ${doc.errors[0].message}`);
    const c = classify(doc.root);
    if (c.kind === 'module') {
      if (c.dialect === 'module-inline') throw new MigrateInputError(`${module.file}: --module is the 0.1.x Module that uses the definition; this one is already a 0.1.21+ Module`);
      return { root: doc.root as YMap, where: wholeFile(module.file, module.text) };
    }
  }
  throw new MigrateInputError(`${module.file}: no Module (apiVersion batch.forkspacer.com/v1, kind Module) found`);
}
