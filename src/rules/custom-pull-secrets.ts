import { child, isScalar, isSeq } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { dns1123SubdomainProblem, toDns1123 } from './shared/k8s-names.ts';

export const rule: Rule = {
  meta: {
    id: 'custom-pull-secrets',
    severity: 'warning',
    documents: 'definition',
    description: 'Each spec.imagePullSecrets entry is a valid Secret name (DNS-1123 subdomain), listed once.',
    dialects: ['custom-image'],
    messages: {
      secretEmpty:
        'spec.imagePullSecrets[{{index}}] is empty: the module pod would reference a Secret with no name; give the name of a docker-registry Secret in the forkspacer-system namespace, e.g. "my-registry-secret", or remove the entry',
      secretNameInvalid: 'spec.imagePullSecrets[{{index}}] {{secret}} is not a valid Secret name: it {{problem}}',
      secretNameInvalidWithExample: 'spec.imagePullSecrets[{{index}}] {{secret}} is not a valid Secret name: it {{problem}}; for example {{example}}',
      duplicateSecret: 'spec.imagePullSecrets[{{index}}] {{secret}} repeats spec.imagePullSecrets[{{first}}]; list each Secret once and remove the duplicate',
    },
  },
  check(ctx) {
    const list = child(ctx.spec, 'imagePullSecrets');
    if (!isSeq(list)) return;
    const first = new Map<string, number>();
    list.items.forEach((item, i) => {
      const path = `spec.imagePullSecrets[${i}]`;
      if (item != null && !isScalar(item)) return; // a list or map is the structure rule's finding
      const text = ctx.stringOf(item);
      if (text === undefined || text === '') {
        ctx.report({ node: item ?? list, path, messageId: 'secretEmpty', data: { index: i } });
        return;
      }
      const problem = dns1123SubdomainProblem(text);
      if (problem) {
        const fix = toDns1123(text);
        if (fix)
          ctx.report({ node: item, path, messageId: 'secretNameInvalidWithExample', data: { index: i, secret: JSON.stringify(text), problem, example: JSON.stringify(fix) } });
        else ctx.report({ node: item, path, messageId: 'secretNameInvalid', data: { index: i, secret: JSON.stringify(text), problem } });
        return;
      }
      const earlier = first.get(text);
      if (earlier !== undefined) {
        ctx.report({ node: item, path, messageId: 'duplicateSecret', data: { index: i, secret: JSON.stringify(text), first: earlier } });
        return;
      }
      first.set(text, i);
    });
  },
};
