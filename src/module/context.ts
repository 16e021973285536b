import { RuleContext } from '../context/rule-context.ts';
import type { YMap, YNode } from '../load/ynode.ts';
import { at, child, stringAt } from '../load/ynode.ts';
import { cmp } from '../operator/acceptance.ts';
import type { LintSettings } from '../context/definition-context.ts';
import type { SeverityOverrides } from '../rules/severity.ts';
import type { RuleMeta } from '../rules/types.ts';
import type { ResolvedSources } from './resolver.ts';
import type { RunIndex } from './run-index.ts';

/** CRD eras with a schema in schemas/module-<era>.schema.json. */
export type ModuleEra = '0.1.2' | '0.1.7' | '0.1.11' | '0.1.20' | '0.1.24';

/** What Module lint reads of the run's options; lint's LintOptions is a superset. */
export interface ModuleLintOptions extends LintSettings, SeverityOverrides {
  /** Cross-document facts of the whole run (buildRunIndex); default: this file only. */
  moduleRun?: RunIndex;
  /** httpURL / configMap definitions fetched before the run (resolveSources). */
  moduleSources?: ResolvedSources;
}

export interface ModuleRule {
  meta: RuleMeta;
  check(ctx: ModuleContext): void;
}

/** The CRD era an operator release installs. */
export function eraOfVersion(v: string): ModuleEra {
  if (cmp(v, '0.1.2') <= 0) return '0.1.2';
  if (cmp(v, '0.1.10') <= 0) return '0.1.7';
  if (cmp(v, '0.1.11') <= 0) return '0.1.11';
  if (cmp(v, '0.1.20') <= 0) return '0.1.20';
  return '0.1.24';
}

export class ModuleContext extends RuleContext {
  readonly era: ModuleEra;
  /** How the era was chosen, for messages. */
  readonly eraSource: 'option' | 'shape';

  constructor(
    root: YMap,
    readonly dialect: 'module-source' | 'module-inline',
    readonly file: string,
    readonly docIndex: number,
    readonly text: string,
    readonly options: ModuleLintOptions,
    readonly run: RunIndex,
  ) {
    super(root);
    if (options.operatorVersion && /^v?\d+\.\d+\.\d+$/.test(options.operatorVersion)) {
      this.era = eraOfVersion(options.operatorVersion.replace(/^v/, ''));
      this.eraSource = 'option';
    } else {
      this.era = stringAt(root, 'apiVersion') === 'batch.environment.sh/v1' ? '0.1.2' : dialect === 'module-inline' ? '0.1.24' : '0.1.20';
      this.eraSource = 'shape';
    }
  }

  get inline(): boolean {
    return this.era === '0.1.24';
  }

  get name(): string | undefined {
    return stringAt(this.root, 'metadata', 'name');
  }

  /** metadata.namespace, `default` when not written (kubectl's default namespace). */
  get namespace(): string {
    return stringAt(this.root, 'metadata', 'namespace') ?? 'default';
  }

  get spec(): YNode | null | undefined {
    return child(this.root, 'spec');
  }

  get source(): YNode | null | undefined {
    return at(this.root, 'spec', 'source');
  }
}
