import { child, pairOf } from '../load/ynode.ts';
import type { Rule } from './types.ts';

// semver.org's recommended grammar (SemVer 2.0.0, no "v" prefix).
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export const rule: Rule = {
  meta: {
    id: 'metadata-version',
    severity: 'warning',
    documents: 'definition',
    description: 'metadata.version is present and a semantic version (MAJOR.MINOR.PATCH).',
    messages: {
      versionMissing: 'metadata.version is missing: version the definition, e.g. "1.0.0"',
      versionNotSemver: 'metadata.version "{{version}}" is not a semantic version (MAJOR.MINOR.PATCH); write e.g. "{{suggestion}}"',
    },
  },
  check(ctx) {
    const node = child(ctx.metadata, 'version');
    const text = ctx.stringOf(node);
    if (text === undefined || text === '') {
      ctx.report({ node: pairOf(ctx.metadata, 'version') ?? pairOf(ctx.root, 'metadata') ?? ctx.root, path: 'metadata.version', messageId: 'versionMissing' });
      return;
    }
    if (SEMVER.test(text)) return;
    const parts = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(text);
    const suggestion = parts ? `${Number(parts[1])}.${Number(parts[2] ?? 0)}.${Number(parts[3] ?? 0)}` : '1.0.0';
    ctx.report({ node, path: 'metadata.version', messageId: 'versionNotSemver', data: { version: text, suggestion } });
  },
};
