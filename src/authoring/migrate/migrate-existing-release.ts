/**
 * `migrate` for a 0.1.x Module adopting a Helm release (spec.source.existingHelmRelease): there is
 * no definition, the Module itself becomes a 0.1.21+ Module with `spec.helm.existingRelease`.
 */
import { deepestNode } from '../../load/ynode.ts';
import { wholeFile } from '../../diagnostics/located.ts';
import { ruleMessage } from '../../diagnostics/rule-message.ts';
import type { YMap } from '../../load/ynode.ts';
import { render, toYaml } from '../../render/index.ts';
import type { SourceText } from '../../render/index.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { isGoMap, toPlain } from '../../values/go-value.ts';
import { carriedMetadata, carriedPlacement } from './carry-over.ts';
import { MigrateInputError, resolveFindings, targetVersion } from './common.ts';
import type { MigrateOptions, MigrateResult, MigrateRuleMessage, Raw } from './common.ts';
import { mapExistingRelease } from './existing-release.ts';
import { pushNotCarried } from './header.ts';
import { pathString } from './paths.ts';
import { migrateRules } from '../../rules/migrate-rules.ts';
import { equivalent, plain } from './values.ts';

export function migrateExistingRelease(source: SourceText, root: YMap, options: MigrateOptions): MigrateResult {
  if (options.module)
    throw new MigrateInputError(`${source.file}: this Module adopts a Helm release (spec.source.existingHelmRelease) and is itself the Module; leave out --module`);
  const target = targetVersion(options);
  const where = wholeFile(source.file, source.text);
  const { helm, issues } = mapExistingRelease(root);
  const raw: Raw[] = issues.map((i) => {
    const node = deepestNode(root, i.oldPath) ?? root;
    return { rule: i.rule, where, start: node.start, end: node.end, message: ruleMessage(i.rule, i.message), path: pathString(i.oldPath) };
  });
  const metadata = carriedMetadata(root, 'module');
  const { workspace, hibernated } = carriedPlacement(root);
  const spec: GoMap = new Map<string, GoValue>([
    ['helm', helm],
    ['workspace', workspace],
    ['hibernated', hibernated],
  ]);
  const module: GoMap = new Map<string, GoValue>([
    ['apiVersion', 'batch.forkspacer.com/v1'],
    ['kind', 'Module'],
    ['metadata', metadata],
    ['spec', spec],
  ]);
  const release = helm.get('existingRelease') as GoMap;
  const header = [
    `# Migrated by forkspacer-def migrate from ${source.file}`,
    `# (Module ${plain(metadata.get('namespace'))}/${plain(metadata.get('name'))} adopting Helm release ${plain(release.get('namespace'))}/${plain(release.get('name'))}) for operator 0.1.21+ (checked against ${target}).`,
  ];
  const notCarried = issues.flatMap((i) => (i.notCarried ? [i.notCarried] : []));
  pushNotCarried(header, notCarried);
  // Behaviour: before 0.1.21 the values reached Helm as written; the new Module renders them.
  const body = toYaml(module);
  const valuesNode = deepestNode(root, ['spec', 'source', 'existingHelmRelease', 'values']) ?? root;
  const at0 = ({ rule, message }: MigrateRuleMessage) =>
    raw.push({ rule, where, start: valuesNode.start, end: valuesNode.end, message: ruleMessage(rule, message), path: 'spec.source.existingHelmRelease.values' });
  const rendered = render({ file: '<migrated>', text: body }, { operatorVersion: target });
  for (const f of rendered.findings)
    if (f.severity === 'error') at0({ rule: migrateRules.renderError, message: { messageId: 'valuesFailToRender', data: { message: f.message, version: target } } });
  if (rendered.errorCount === 0) {
    const written = helm.get('values');
    const spec = rendered.spec;
    const now = spec !== undefined && isGoMap(spec) ? spec.get('values') : undefined;
    if (written !== undefined && !equivalent(written, now)) {
      at0({ rule: migrateRules.renderDiffers, message: { messageId: 'valuesTemplated', data: { version: target, values: JSON.stringify(toPlain(now ?? null)) } } });
    }
  }
  return { output: `${header.join('\n')}\n${body}`, module, ...resolveFindings(raw, source.file), dialect: 'existing-release', newRender: rendered };
}
