import { child } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { httpUrlProblem } from './shared/urls.ts';

export const rule: Rule = {
  meta: {
    id: 'metadata-image',
    severity: 'warning',
    documents: 'definition',
    description: 'metadata.image (the icon) is an http(s) URL.',
    messages: {
      imageNotHttpUrl: 'metadata.image "{{url}}" {{problem}}; it should be the URL of an icon, e.g. https://example.com/icon.png',
    },
  },
  check(ctx) {
    const node = child(ctx.metadata, 'image');
    const text = ctx.stringOf(node);
    if (text === undefined || text === '') return;
    if (text.startsWith('data:image/')) return;
    const problem = httpUrlProblem(text);
    if (problem) ctx.report({ node, path: 'metadata.image', messageId: 'imageNotHttpUrl', data: { url: text, problem } });
  },
};
