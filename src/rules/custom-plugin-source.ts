import type { YNode, YPair } from '../load/ynode.ts';
import { isMap, isScalar, pairOf } from '../load/ynode.ts';
import type { DefinitionContext } from '../context/definition-context.ts';
import type { Rule } from './types.ts';
import { dns1123LabelProblem, dns1123SubdomainProblem, toDns1123 } from './shared/k8s-names.ts';
import { httpUrlProblem } from './shared/urls.ts';

const FILE_HINT = 'file: https://… (a URL the operator downloads the compiled plugin .so from)';
const CONFIGMAP_HINT = 'configMap: {name: …} (a ConfigMap holding the .so under the data key "plugin"; namespace defaults to the Module\'s)';

const DOWNLOADS_ITSELF = 'the operator downloads the plugin itself over HTTP from inside the cluster, so a file on your machine cannot be reached';
const PUBLISH = 'publish the .so at an http(s) URL (e.g. a release asset) or store it in a ConfigMap under the key "plugin" and use configMap';
const NAMESPACE_DEFAULT = "(or leave it out to use the Module's namespace)";

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
    messages: {
      bothSources: `spec.repo has both file and configMap; the plugin must come from exactly one source: keep either ${FILE_HINT} or ${CONFIGMAP_HINT}`,
      noSource: `spec.repo has neither file nor configMap, so the operator has no plugin to load; give exactly one: ${FILE_HINT}, or ${CONFIGMAP_HINT}`,
      fileNull: `spec.repo.file is empty, so the operator has no plugin to load; give ${FILE_HINT}`,
      configMapNull: `spec.repo.configMap is empty, so the operator has no plugin to load; give ${CONFIGMAP_HINT}`,
      fileBlank: `spec.repo.file is empty, so the operator has no plugin to load; give ${FILE_HINT}, or use ${CONFIGMAP_HINT}`,
      fileLocalPath: `spec.repo.file {{file}} is a local path, but ${DOWNLOADS_ITSELF}; ${PUBLISH}`,
      fileLocalScript: `spec.repo.file {{file}} is a local path, but ${DOWNLOADS_ITSELF} (and it must be a compiled Go plugin .so, not a script); ${PUBLISH}`,
      fileUrlInvalid: 'spec.repo.file {{file}} {{problem}}; the operator downloads the plugin from it, so give an http(s) URL such as https://example.com/plugins/my-plugin.so',
      configMapNoName:
        'spec.repo.configMap has no name: name the ConfigMap that holds the plugin .so under the data key "plugin" (namespace defaults to the Module\'s), e.g. name: my-plugin',
      configMapNameInvalid: 'spec.repo.configMap.name {{name}} is not a valid ConfigMap name: it {{problem}}',
      configMapNameInvalidWithExample: 'spec.repo.configMap.name {{name}} is not a valid ConfigMap name: it {{problem}}; for example {{example}}',
      namespaceInvalid: `spec.repo.configMap.namespace {{namespace}} is not a valid namespace name: it {{problem}} ${NAMESPACE_DEFAULT}`,
      namespaceInvalidWithExample: `spec.repo.configMap.namespace {{namespace}} is not a valid namespace name: it {{problem}}; for example {{example}} ${NAMESPACE_DEFAULT}`,
    },
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
      ctx.report({ node: repoPair, path: 'spec.repo', messageId: 'bothSources' });
      return;
    }
    if (!hasFile && !hasCm) {
      const empty = filePair ?? cmPair;
      if (empty) {
        const key = empty === filePair ? 'file' : 'configMap';
        ctx.report({ node: empty, path: `spec.repo.${key}`, messageId: key === 'file' ? 'fileNull' : 'configMapNull' });
      } else {
        ctx.report({ node: repoPair, path: 'spec.repo', messageId: 'noSource' });
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
    ctx.report({ node, path, messageId: 'fileBlank' });
    return;
  }
  if (LOCAL_PATH.test(text)) {
    const script = /\.(sh|bash|py)$/i.test(text);
    ctx.report({ node, path, messageId: script ? 'fileLocalScript' : 'fileLocalPath', data: { file: JSON.stringify(text) } });
    return;
  }
  const problem = httpUrlProblem(text);
  if (problem) {
    ctx.report({ node, path, messageId: 'fileUrlInvalid', data: { file: JSON.stringify(text), problem } });
  }
}

function checkConfigMap(ctx: DefinitionContext, pair: YPair): void {
  const cm = pair.value;
  if (!isMap(cm)) return; // a scalar or list is the structure rule's finding
  const namePair = pairOf(cm, 'name');
  const name = ctx.stringOf(namePair?.value);
  if (name === undefined || name === '') {
    ctx.report({ node: namePair?.value ?? namePair ?? pair, path: 'spec.repo.configMap.name', messageId: 'configMapNoName' });
  } else {
    const problem = dns1123SubdomainProblem(name);
    if (problem) {
      const fix = toDns1123(name);
      const path = 'spec.repo.configMap.name';
      if (fix)
        ctx.report({ node: namePair?.value, path, messageId: 'configMapNameInvalidWithExample', data: { name: JSON.stringify(name), problem, example: JSON.stringify(fix) } });
      else ctx.report({ node: namePair?.value, path, messageId: 'configMapNameInvalid', data: { name: JSON.stringify(name), problem } });
    }
  }
  const nsNode = pairOf(cm, 'namespace')?.value;
  const ns = ctx.stringOf(nsNode);
  if (ns !== undefined && ns !== '') {
    const problem = dns1123LabelProblem(ns);
    if (problem) {
      const fix = toDns1123(ns, 63).replace(/\./g, '-');
      const path = 'spec.repo.configMap.namespace';
      if (fix) ctx.report({ node: nsNode, path, messageId: 'namespaceInvalidWithExample', data: { namespace: JSON.stringify(ns), problem, example: JSON.stringify(fix) } });
      else ctx.report({ node: nsNode, path, messageId: 'namespaceInvalid', data: { namespace: JSON.stringify(ns), problem } });
    }
  }
}
