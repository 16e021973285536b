/**
 * A 0.1.x Module that adopts a Helm release (`spec.source.existingHelmRelease`, 0.1.4 – 0.1.20)
 * as the 0.1.21+ Module does it: `spec.helm.existingRelease` with the chart it is managed from.
 *
 *   existingHelmRelease.name, .namespace        -> spec.helm.existingRelease, spec.helm.namespace
 *   chartSource.repository (url, chart, version, auth.secretRef) -> spec.helm.chart.repo (auth)
 *   chartSource.git (auth.secretRef 0.1.11, auth.httpsSecretRef 0.1.20) -> chart.git (auth.httpsSecretRef)
 *   chartSource.configMap                        -> chart.configMap
 *   values (an object, 0.1.20)                   -> spec.helm.values: [{raw: values}]
 *
 * What cannot be carried over is an issue at the old path. The caller renders the new Module:
 * before 0.1.21 these values reached Helm as written, since then they are templates.
 */
import { plain } from './values.ts';
import { toGoValue } from '../../load/convert.ts';
import type { YMap } from '../../load/ynode.ts';
import { at } from '../../load/ynode.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';
import type { Seg } from './helm.ts';
import { migrateRules } from '../../rules/migrate-rules.ts';
import type { MigrateRuleMessage } from './common.ts';

/** What did not map: a rule and one of its messages, at a path of the old Module. */
export type ExistingReleaseIssue = MigrateRuleMessage & {
  /** Path in the old Module. */
  oldPath: Seg[];
  /** What the header lists as not carried over. */
  notCarried?: string;
};

const SOURCE: Seg[] = ['spec', 'source', 'existingHelmRelease'];

const isMap = (v: GoValue | undefined): v is GoMap => v !== undefined && isGoMap(v);
const get = (v: GoValue | undefined, k: string): GoValue | undefined => (isMap(v) ? v.get(k) : undefined);
const has = (v: GoValue | undefined, k: string): boolean => isMap(v) && v.get(k) !== undefined && v.get(k) !== null;

function copy(v: GoValue | undefined, keys: readonly [string, string][]): GoMap {
  const out: GoMap = new Map();
  for (const [from, to] of keys) if (has(v, from)) out.set(to, get(v, from)!);
  return out;
}

export function isExistingReleaseModule(root: YMap): boolean {
  return at(root, ...SOURCE) != null && at(root, 'spec', 'source', 'raw') == null;
}

/** spec.helm of the 0.1.21+ Module, and what did not map. */
export function mapExistingRelease(module: YMap): { helm: GoMap; issues: ExistingReleaseIssue[] } {
  const issues: ExistingReleaseIssue[] = [];
  const ehr = toGoValue(at(module, ...SOURCE));
  const name = get(ehr, 'name');
  const namespace = has(ehr, 'namespace') ? get(ehr, 'namespace')! : 'default';
  const helm: GoMap = new Map();

  const source = get(ehr, 'chartSource');
  const chart: GoMap = new Map();
  if (has(source, 'repository')) {
    const r = get(source, 'repository');
    const repo = copy(r, [
      ['url', 'url'],
      ['chart', 'chart'],
      ['version', 'version'],
    ]);
    const ref = get(get(r, 'auth'), 'secretRef');
    if (ref !== undefined)
      repo.set(
        'auth',
        copy(ref, [
          ['name', 'name'],
          ['namespace', 'namespace'],
        ]),
      );
    chart.set('repo', repo);
  }
  if (has(source, 'git')) {
    const g = get(source, 'git');
    const git = copy(g, [
      ['repo', 'repo'],
      ['path', 'path'],
      ['revision', 'revision'],
    ]);
    // 0.1.11 called the credentials secretRef, 0.1.20 httpsSecretRef: the same Secret.
    const ref = get(get(g, 'auth'), 'httpsSecretRef') ?? get(get(g, 'auth'), 'secretRef');
    if (ref !== undefined)
      git.set(
        'auth',
        new Map([
          [
            'httpsSecretRef',
            copy(ref, [
              ['name', 'name'],
              ['namespace', 'namespace'],
            ]),
          ],
        ]),
      );
    chart.set('git', git);
  }
  if (has(source, 'configMap')) {
    const cm = copy(get(source, 'configMap'), [
      ['key', 'key'],
      ['name', 'name'],
      ['namespace', 'namespace'],
    ]);
    if (!cm.has('key') || cm.get('key') === '') {
      issues.push({
        rule: migrateRules.chartKey,
        oldPath: [...SOURCE, 'chartSource', 'configMap'],
        message: { messageId: 'noKey', data: { field: 'chartSource.configMap' } },
      });
    }
    chart.set('configMap', cm);
  }
  if (has(source, 'httpURL')) {
    issues.push({
      rule: migrateRules.existingChart,
      oldPath: [...SOURCE, 'chartSource', 'httpURL'],
      message: { messageId: 'httpUrl', data: { url: plain(get(source, 'httpURL')) } },
      notCarried: 'spec.source.existingHelmRelease.chartSource.httpURL',
    });
  }
  if (!has(ehr, 'chartSource')) {
    issues.push({
      rule: migrateRules.existingChart,
      oldPath: SOURCE,
      message: { messageId: 'noChartSource' },
      notCarried: 'the chart of the release: spec.helm.chart is empty',
    });
  }
  helm.set('chart', chart);
  helm.set(
    'existingRelease',
    new Map<string, GoValue>([
      ['name', name ?? ''],
      ['namespace', namespace],
    ]),
  );
  helm.set('namespace', namespace);

  const values = get(ehr, 'values');
  if (isMap(values) && values.size) {
    helm.set('values', [new Map([['raw', values]])]);
  }
  if (at(module, 'spec', 'config') != null) {
    issues.push({
      rule: migrateRules.existingConfig,
      oldPath: ['spec', 'config'],
      message: { messageId: 'ignored' },
      notCarried: 'spec.config (ignored by the operator)',
    });
  }
  return { helm, issues };
}
