/** Both sides' answers for a plain scalar, in one string: "<Go type>:<value>". */
import { classifyPlainScalar, type GoRelease } from '../../src/yaml/resolve-scalar.ts';

function floatText(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (Object.is(f, -0)) return '-0';
  return String(f);
}

export function tsYamlAnswer(text: string, go: GoRelease): string {
  const r = classifyPlainScalar(text, go);
  switch (r.goType) {
    case 'nil':
      return 'nil:';
    case 'float64':
      return 'float64:' + floatText(r.value);
    default:
      return `${r.goType}:${String(r.value)}`;
  }
}

export function goYamlAnswer(a: Record<string, unknown>): string {
  if (a.error !== undefined || a.panic !== undefined) return 'E:' + String(a.error ?? a.panic);
  const type = String(a.type);
  const value = String(a.value);
  if (type === 'float64') {
    // strconv 'g' -1 is exact: read it back and print it the way tsYamlAnswer does.
    const f = value === 'NaN' ? NaN : value === '+Inf' ? Infinity : value === '-Inf' ? -Infinity : Number(value);
    return 'float64:' + floatText(f);
  }
  return `${type}:${value}`;
}
