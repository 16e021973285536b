/**
 * Findings gathered while rendering, kept as offsets into the text they were found in (which may
 * sit inside a ConfigMap's data) until the end, so every step reports instead of stopping.
 */
import type { Finding } from '../diagnostics/finding.ts';
import { resolveLocated } from '../diagnostics/located.ts';
import type { Located, LocatedFinding } from '../diagnostics/located.ts';

export class Collector {
  readonly raw: LocatedFinding[] = [];
  add(rule: LocatedFinding['rule'], where: Located, span: { start: number; end: number } | null | undefined, message: string, path?: string): void {
    const start = span?.start ?? 0;
    this.raw.push({ rule, where, start, end: span?.end ?? start, message, path });
  }

  findings(): Finding[] {
    return resolveLocated(this.raw);
  }
}
