import { child } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { checkImageReference } from './shared/image-reference.ts';

export const rule: Rule = {
  meta: {
    id: 'custom-image-tag',
    severity: 'warning',
    documents: 'definition',
    description: 'spec.image is pinned to a version tag or a digest, not to "latest" or no tag at all.',
    dialects: ['custom-image'],
  },
  check(ctx) {
    const node = child(ctx.spec, 'image');
    const text = ctx.stringOf(node);
    if (text === undefined || text === '') return;
    const { ref } = checkImageReference(text);
    if (!ref || ref.digest !== undefined) return; // invalid ones are custom-image-ref's; a digest pins
    const pin = 'pin a version tag (e.g. ":v1.2.3") or a digest ("@sha256:<64 hex>")';
    if (ref.tag === undefined) {
      ctx.legacyReport(
        node,
        `spec.image ${JSON.stringify(text)} has no tag, so it means ":latest", which moves with every push: installs of this module are not reproducible; ${pin}`,
        'spec.image',
      );
    } else if (ref.tag === 'latest') {
      ctx.legacyReport(
        node,
        `spec.image ${JSON.stringify(text)} uses the "latest" tag, which moves with every push: installs of this module are not reproducible; ${pin}`,
        'spec.image',
      );
    }
  },
};
