import { keyText } from '../load/ynode.ts';
import type { ModuleContext } from '../context/module-context.ts';
import type { Rule } from './types.ts';
import { resolveDefinition } from './shared/module-definition.ts';

export const rule: Rule<ModuleContext> = {
  meta: {
    id: 'module-source-missing',
    severity: 'error',
    documents: 'module',
    description: 'The definition behind source.httpURL or source.configMap does not exist or is not a definition (HTTP error, missing ConfigMap or key).',
    messages: {
      // The fetcher's error names the URL itself (e.g. "https://x/y: HTTP 404"), or it is added.
      fetchFailed: '{{error}}; the operator fails to load this Module',
      fetchFailedAt: '{{url}}: {{error}}; the operator fails to load this Module',
      noDataKey: 'ConfigMap {{configMap}} ({{file}}) has no data key "{{key}}"; the operator fails to load this Module',
      clusterError: 'ConfigMap {{configMap}} key "{{key}}": {{error}}',
      invalidYaml: '{{origin}} is not valid YAML: {{yamlError}}; the operator fails to load this Module',
      emptyText: '{{origin}} is not valid YAML; the operator fails to load this Module',
      notADefinition: '{{origin}} does not hold a resource definition (kind Helm or Custom); the operator fails to load this Module',
    },
  },
  check(ctx) {
    const def = resolveDefinition(ctx);
    if (def.kind !== 'missing' && !(def.kind === 'text' && def.problem)) return;
    const at = { node: def.ref.value ?? def.ref, path: `spec.source.${String(keyText(def.ref))}` };
    if (def.kind === 'missing') {
      if (def.cause === 'fetch-failed') {
        const named = def.error.startsWith(def.source);
        ctx.report({ ...at, messageId: named ? 'fetchFailed' : 'fetchFailedAt', data: { url: def.source, error: def.error } });
      } else if (def.cause === 'no-data-key') ctx.report({ ...at, messageId: 'noDataKey', data: { configMap: def.source, file: def.file ?? '', key: def.key ?? '' } });
      else ctx.report({ ...at, messageId: 'clusterError', data: { configMap: def.source, key: def.key ?? '', error: def.error } });
    } else if (def.kind === 'text' && def.problem) {
      const p = def.problem;
      if (p.cause === 'not-a-definition') ctx.report({ ...at, messageId: 'notADefinition', data: { origin: def.origin } });
      else if (p.yamlError === undefined) ctx.report({ ...at, messageId: 'emptyText', data: { origin: def.origin } });
      else ctx.report({ ...at, messageId: 'invalidYaml', data: { origin: def.origin, yamlError: p.yamlError } });
    }
  },
};
