import type { SeveritySetting } from '../diagnostics/finding.ts';

/** `off|warn|warning|error` (and ESLint's 0/1/2) to a severity setting. */
export function parseSeveritySetting(text: string): SeveritySetting | undefined {
  switch (text.trim().toLowerCase()) {
    case 'off':
    case '0':
      return 'off';
    case 'warn':
    case 'warning':
    case '1':
      return 'warning';
    case 'error':
    case '2':
      return 'error';
    default:
      return undefined;
  }
}
