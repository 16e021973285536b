import { RuleContext } from './rule-context.ts';
import type { YMap, YNode } from '../load/ynode.ts';
import { at, child, stringAt } from '../load/ynode.ts';
import type { LintSettings } from './definition-context.ts';
import type { SeverityOverrides } from '../diagnostics/severity.ts';
import type { ResolvedSources } from './module-sources.ts';
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

/** The CRD era a Module is checked against, and how it was chosen (for messages). */
export interface ModuleEraChoice {
  era: ModuleEra;
  source: 'option' | 'shape';
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
    choice: ModuleEraChoice,
  ) {
    super(root);
    this.era = choice.era;
    this.eraSource = choice.source;
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
