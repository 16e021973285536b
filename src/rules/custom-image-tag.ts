import { child } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { checkImageReference } from './shared/image-reference.ts';

const PIN = 'pin a version tag (e.g. ":v1.2.3") or a digest ("@sha256:<64 hex>")';

export const rule: Rule = {
  meta: {
    id: 'custom-image-tag',
    severity: 'warning',
    documents: 'definition',
    description: 'spec.image is pinned to a version tag or a digest, not to "latest" or no tag at all.',
    dialects: ['custom-image'],
    messages: {
      noTag: `spec.image {{image}} has no tag, so it means ":latest", which moves with every push: installs of this module are not reproducible; ${PIN}`,
      latestTag: `spec.image {{image}} uses the "latest" tag, which moves with every push: installs of this module are not reproducible; ${PIN}`,
    },
  },
  check(ctx) {
    const node = child(ctx.spec, 'image');
    const text = ctx.stringOf(node);
    if (text === undefined || text === '') return;
    const { ref } = checkImageReference(text);
    if (!ref || ref.digest !== undefined) return; // invalid ones are custom-image-ref's; a digest pins
    if (ref.tag === undefined) {
      ctx.report({ node, path: 'spec.image', messageId: 'noTag', data: { image: JSON.stringify(text) } });
    } else if (ref.tag === 'latest') {
      ctx.report({ node, path: 'spec.image', messageId: 'latestTag', data: { image: JSON.stringify(text) } });
    }
  },
};
