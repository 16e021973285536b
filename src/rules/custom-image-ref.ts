import { closest } from '../diagnostics/suggest.ts';
import { child, isMap, isScalar, keyText, pairOf } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { checkImageReference } from './shared/image-reference.ts';

const EXAMPLE = 'ghcr.io/acme/module:v1.2.3';

export const rule: Rule = {
  meta: {
    id: 'custom-image-ref',
    severity: 'error',
    documents: 'definition',
    description: 'spec.image is set and is a container image reference a node can pull ([registry[:port]/]repository[:tag][@digest]).',
    dialects: ['custom-image'],
    messages: {
      imageMissing: `spec.image is missing: a Custom module runs as a container, so it needs an image (operator 0.1.12+ rejects the definition without one); e.g. image: ${EXAMPLE}`,
      imageMissingTypo: `spec.image is missing (is {{key}} meant to be it?): a Custom module runs as a container, so it needs an image (operator 0.1.12+ rejects the definition without one); e.g. image: ${EXAMPLE}`,
      imageEmpty: `spec.image is empty: operator 0.1.12+ rejects a Custom module without an image, and earlier ones start a pod that cannot pull; give the module's image, e.g. ${EXAMPLE}`,
      imageInvalid: 'spec.image {{image}} {{problem}}',
    },
  },
  check(ctx) {
    const specPair = pairOf(ctx.root, 'spec');
    if (!specPair) return; // a missing spec is the structure rule's finding
    const spec = specPair.value;
    if (spec != null && !isMap(spec) && !(isScalar(spec) && spec.value === null)) return; // wrong type: structure
    const pair = pairOf(spec, 'image');
    const node = child(spec, 'image');
    if (!pair) {
      const known = new Set(['image', 'imagePullSecrets', 'permissions']);
      const typo = isMap(spec) ? spec.pairs.map(keyText).find((k) => k !== undefined && !known.has(k) && closest(k, ['image']) !== undefined) : undefined;
      if (typo !== undefined) ctx.report({ node: specPair, path: 'spec.image', messageId: 'imageMissingTypo', data: { key: JSON.stringify(typo) } });
      else ctx.report({ node: specPair, path: 'spec.image', messageId: 'imageMissing' });
      return;
    }
    if (node != null && !isScalar(node)) return; // a list or map is the structure rule's finding
    const text = ctx.stringOf(node);
    if (text === undefined || text === '') {
      ctx.report({ node: node == null || (isScalar(node) && node.value === null) ? pair : node, path: 'spec.image', messageId: 'imageEmpty' });
      return;
    }
    const { problem } = checkImageReference(text);
    if (problem) ctx.report({ node, path: 'spec.image', messageId: 'imageInvalid', data: { image: JSON.stringify(text), problem } });
  },
};
