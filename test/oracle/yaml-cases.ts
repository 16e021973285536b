/**
 * Seeded generators of plain YAML scalars for yaml.v3's resolver: integers in every base
 * and spelling (signs, underscores, leading zeros, int64/uint64 edges), floats (exponents,
 * leading/trailing dots, overflow, underflow), inf/nan spellings, YAML 1.1 booleans and
 * nulls, timestamps (valid, near-valid, the Go 1.19/1.24 differences), and strings that
 * only look like numbers. Each is sent as `v: <text>`; texts that YAML does not read back
 * as that exact plain scalar are reported by the oracle and left out of comparisons.
 */
import { prng, type Rand } from './semver-cases.ts';

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;
const digits = (r: Rand, n: number, alphabet = '0123456789') => Array.from({ length: n }, () => pick(r, [...alphabet])).join('');

function underscores(r: Rand, s: string): string {
  if (!chance(r, 0.25) || s.length < 2) return s;
  const i = 1 + Math.floor(r() * (s.length - 1));
  return s.slice(0, i) + pick(r, ['_', '_', '__']) + s.slice(i);
}

function sign(r: Rand): string {
  return chance(r, 0.3) ? pick(r, ['-', '+']) : '';
}

function integer(r: Rand): string {
  const x = r();
  if (x < 0.35) return sign(r) + underscores(r, digits(r, 1 + Math.floor(r() * 6)));
  if (x < 0.45) return sign(r) + '0' + underscores(r, digits(r, 1 + Math.floor(r() * 4), '012345678'));
  if (x < 0.6) return sign(r) + pick(r, ['0x', '0X']) + underscores(r, digits(r, 1 + Math.floor(r() * 8), '0123456789abcdefABCDEFg'));
  if (x < 0.7) return sign(r) + pick(r, ['0o', '0O']) + underscores(r, digits(r, 1 + Math.floor(r() * 6), '012345678'));
  if (x < 0.8) return sign(r) + pick(r, ['0b', '0B']) + underscores(r, digits(r, 1 + Math.floor(r() * 10), '012'));
  const edges = ['9223372036854775807', '9223372036854775808', '18446744073709551615', '18446744073709551616', '99999999999999999999',
    '0x7fffffffffffffff', '0x8000000000000000', '0xffffffffffffffff', '0x10000000000000000', '0o1777777777777777777777', '0o2000000000000000000000',
    '0b' + '1'.repeat(63), '0xfffffffffffffffe', '0XFFFF_FFFF_FFFF_FFFF', '0o1777777777777777777776', '10000000000000000000', '12345678901234567890', '1_8446744073709551615', '0b1' + '0'.repeat(63), '0B1' + '1'.repeat(63), '0b' + '1'.repeat(64), '0b1' + '0'.repeat(64), '01777777777777777777777', '9007199254740993'];
  return sign(r) + pick(r, edges);
}

function float(r: Rand): string {
  const x = r();
  const mant = () => {
    const a = digits(r, Math.floor(r() * 5));
    const b = digits(r, Math.floor(r() * 5));
    const m = pick(r, [`${a}.${b}`, `${a || '0'}.${b}`, `.${b || '5'}`, `${a || '1'}.`, `${a || '1'}`]);
    return underscores(r, m);
  };
  const exp = () => (chance(r, 0.5) ? pick(r, ['e', 'E']) + pick(r, ['', '+', '-']) + pick(r, [digits(r, 1 + Math.floor(r() * 2)), '308', '309', '324', '400', '1_0']) : '');
  if (x < 0.8) return sign(r) + mant() + exp();
  return pick(r, ['.inf', '.Inf', '.INF', '.iNf', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN', '+.nan', '-.nan',
    'inf', 'Infinity', '-Infinity', 'NaN', 'nan', '.', '..', '._5', '.5_', '.5e1_0', '.e5', '1e', 'e5', '1.5.5', '0x1p-2', '0x1.8p1', '1_000.5_0', '1e400', '-1e400', '1e-400', '.1e-400', '4.9e-324', '2.5e-324', '1.7976931348623157e308', '1.7976931348623159e308']);
}

function word(r: Rand): string {
  return pick(r, ['yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'y', 'Y', 'n', 'N', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False',
    'FALSE', 'fAlse', 'null', 'Null', 'NULL', 'nULL', '~', '<<', 'o', 'O', 't', 'f', 'T', 'F', 'truee', 'nil', 'None', '=', 'value', 'v1.2.3', '0.1.0', '1.2.3', '1:30',
    '12:30:00', '1,000', '190:20:30', '+', '-', '_1', '1_', '1__0', '0x', '0b', '0o', '0x_', '0b-1', '0b+1', '0o-7', '0o+7', '-0b-1', '-0o7', '-0b101', '0x-1', '-0', '-0.0',
    '+0', '00', '08', '0_8', '09.5', '1_2_3', '1 2', '1.0 x', '0.1.24', '2001', '20011214', '1e', '+-1', '-+1', '--1', '0.', '-.5', '+.5', '5.e3', '1.5E+3', '1_e5']);
}

function timestamp(r: Rand): string {
  const year = pick(r, ['2001', '2024', '0000', '9999', '1999', '2000', '1900', '2100', '0001']);
  const n2 = (lo: number, hi: number) => {
    const v = lo + Math.floor(r() * (hi - lo + 1));
    return chance(r, 0.5) ? String(v).padStart(2, '0') : String(v);
  };
  const month = chance(r, 0.9) ? n2(1, 12) : pick(r, ['0', '00', '13', '123', 'a']);
  const day = chance(r, 0.9) ? n2(1, 31) : pick(r, ['0', '00', '32', '29', '30', '001']);
  let s = `${year}-${month}-${day}`;
  if (chance(r, 0.25)) return s;
  s += pick(r, ['T', 'T', 't', ' ', ' ', '  ', '\t', '_', 'TT']);
  s += `${chance(r, 0.95) ? n2(0, 23) : pick(r, ['24', '25', '123'])}:${chance(r, 0.95) ? n2(0, 59) : '60'}`;
  if (chance(r, 0.95)) s += `:${chance(r, 0.95) ? n2(0, 59) : pick(r, ['60', '61'])}`;
  if (chance(r, 0.5)) s += pick(r, ['.', '.', ',', '.']) + digits(r, pick(r, [1, 2, 3, 6, 9, 9, 10, 12]));
  if (chance(r, 0.75)) {
    s += pick(r, ['Z', 'Z', 'z', '+00:00', '-00:00', '+05:30', '-08:00', '+14:00', '+24:00', '+24:60', '+25:00', '+05:61', '++1:00', '+-1:00', '-+5:00',
      '+1:00', '+01:0', '+0100', '+01', ' +01:00', ' Z', 'UTC', '+01:00:00', '-09:3x']);
  }
  return s;
}

export function scalarTexts(seed: number, count: number): string[] {
  const r = prng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const x = r();
    out.push(x < 0.35 ? integer(r) : x < 0.6 ? float(r) : x < 0.75 ? word(r) : timestamp(r));
  }
  return [...new Set(out)];
}

export const YAML_SEED = 2001;
export const YAML_COUNT = 20000;
export const yamlCases = () => scalarTexts(YAML_SEED, YAML_COUNT);
