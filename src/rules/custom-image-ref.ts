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
      ctx.legacyReport(
        specPair,
        `spec.image is missing${typo !== undefined ? ` (is ${JSON.stringify(typo)} meant to be it?)` : ''}: a Custom module runs as a container, so it needs an image (operator 0.1.12+ rejects the definition without one); e.g. image: ${EXAMPLE}`,
        'spec.image',
      );
      return;
    }
    if (node != null && !isScalar(node)) return; // a list or map is the structure rule's finding
    const text = ctx.stringOf(node);
    if (text === undefined || text === '') {
      ctx.legacyReport(
        node == null || (isScalar(node) && node.value === null) ? pair : node,
        `spec.image is empty: operator 0.1.12+ rejects a Custom module without an image, and earlier ones start a pod that cannot pull; give the module's image, e.g. ${EXAMPLE}`,
        'spec.image',
      );
      return;
    }
    const { problem } = checkImageReference(text);
    if (problem) ctx.legacyReport(node, `spec.image ${JSON.stringify(text)} ${problem}`, 'spec.image');
  },
};
