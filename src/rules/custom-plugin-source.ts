import type { YNode, YPair } from '../load/ynode.ts';
import { isMap, isScalar, pairOf } from '../load/ynode.ts';
import type { DefinitionContext } from '../context/definition-context.ts';
import type { Rule } from './types.ts';
import { dns1123LabelProblem, dns1123SubdomainProblem, toDns1123 } from './shared/k8s-names.ts';
import { httpUrlProblem } from './shared/urls.ts';

const FILE_HINT = 'file: https://… (a URL the operator downloads the compiled plugin .so from)';
const CONFIGMAP_HINT = 'configMap: {name: …} (a ConfigMap holding the .so under the data key "plugin"; namespace defaults to the Module\'s)';

const isNull = (n: YNode | null | undefined): boolean => n == null || (isScalar(n) && n.value === null);

/** A path on the author's machine rather than a URL. */
const LOCAL_PATH = /^(\/|\.{1,2}[\\/]|~|[A-Za-z]:[\\/]|file:)/;

export const rule: Rule = {
  meta: {
    id: 'custom-plugin-source',
    severity: 'error',
    documents: 'definition',
    description: 'spec.repo has exactly one of file (an http(s) URL of the plugin .so) or configMap (with a name; the data key is "plugin").',
    dialects: ['custom-plugin'],
  },
  check(ctx) {
    const repoPair = pairOf(ctx.spec, 'repo');
    const repo = repoPair?.value;
    if (!repoPair || !isMap(repo)) return; // absent or not a map: structure (or another dialect)
    const filePair = pairOf(repo, 'file');
    const cmPair = pairOf(repo, 'configMap');
    const hasFile = filePair !== undefined && !isNull(filePair.value);
    const hasCm = cmPair !== undefined && !isNull(cmPair.value);

    if (hasFile && hasCm) {
      ctx.legacyReport(repoPair, `spec.repo has both file and configMap; the plugin must come from exactly one source: keep either ${FILE_HINT} or ${CONFIGMAP_HINT}`, 'spec.repo');
      return;
    }
    if (!hasFile && !hasCm) {
      const empty = filePair ?? cmPair;
      if (empty) {
        const key = empty === filePair ? 'file' : 'configMap';
        ctx.legacyReport(empty, `spec.repo.${key} is empty, so the operator has no plugin to load; give ${key === 'file' ? FILE_HINT : CONFIGMAP_HINT}`, `spec.repo.${key}`);
      } else {
        ctx.legacyReport(
          repoPair,
          `spec.repo has neither file nor configMap, so the operator has no plugin to load; give exactly one: ${FILE_HINT}, or ${CONFIGMAP_HINT}`,
          'spec.repo',
        );
      }
      return;
    }
    if (hasFile) checkFile(ctx, filePair);
    else checkConfigMap(ctx, cmPair as YPair);
  },
};

function checkFile(ctx: DefinitionContext, pair: YPair): void {
  const node = pair.value;
  if (!isScalar(node)) return; // a list or map is the structure rule's finding
  const text = ctx.stringOf(node) ?? '';
  const path = 'spec.repo.file';
  if (text.trim() === '') {
    ctx.legacyReport(node, `${path} is empty, so the operator has no plugin to load; give ${FILE_HINT}, or use ${CONFIGMAP_HINT}`, path);
    return;
  }
  const script = /\.(sh|bash|py)$/i.test(text) ? ' (and it must be a compiled Go plugin .so, not a script)' : '';
  if (LOCAL_PATH.test(text)) {
    ctx.legacyReport(
      node,
      `${path} ${JSON.stringify(text)} is a local path, but the operator downloads the plugin itself over HTTP from inside the cluster, so a file on your machine cannot be reached${script}; publish the .so at an http(s) URL (e.g. a release asset) or store it in a ConfigMap under the key "plugin" and use configMap`,
      path,
    );
    return;
  }
  const problem = httpUrlProblem(text);
  if (problem) {
    ctx.legacyReport(
      node,
      `${path} ${JSON.stringify(text)} ${problem}; the operator downloads the plugin from it, so give an http(s) URL such as https://example.com/plugins/my-plugin.so`,
      path,
    );
  }
}

function checkConfigMap(ctx: DefinitionContext, pair: YPair): void {
  const cm = pair.value;
  if (!isMap(cm)) return; // a scalar or list is the structure rule's finding
  const namePair = pairOf(cm, 'name');
  const name = ctx.stringOf(namePair?.value);
  if (name === undefined || name === '') {
    ctx.legacyReport(
      namePair?.value ?? namePair ?? pair,
      `spec.repo.configMap has no name: name the ConfigMap that holds the plugin .so under the data key "plugin" (namespace defaults to the Module's), e.g. name: my-plugin`,
      'spec.repo.configMap.name',
    );
  } else {
    const problem = dns1123SubdomainProblem(name);
    if (problem) {
      const fix = toDns1123(name);
      ctx.legacyReport(
        namePair?.value,
        `spec.repo.configMap.name ${JSON.stringify(name)} is not a valid ConfigMap name: it ${problem}${fix ? `; for example ${JSON.stringify(fix)}` : ''}`,
        'spec.repo.configMap.name',
      );
    }
  }
  const nsNode = pairOf(cm, 'namespace')?.value;
  const ns = ctx.stringOf(nsNode);
  if (ns !== undefined && ns !== '') {
    const problem = dns1123LabelProblem(ns);
    if (problem) {
      const fix = toDns1123(ns, 63).replace(/\./g, '-');
      ctx.legacyReport(
        nsNode,
        `spec.repo.configMap.namespace ${JSON.stringify(ns)} is not a valid namespace name: it ${problem}${fix ? `; for example ${JSON.stringify(fix)}` : ''} (or leave it out to use the Module's namespace)`,
        'spec.repo.configMap.namespace',
      );
    }
  }
}
