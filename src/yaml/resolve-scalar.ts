import type { GoScalar } from '../values/go-value.ts';

/**
 * Resolution of an untagged plain YAML scalar into the value Go's yaml.v3 decodes into an
 * `any`: YAML 1.2 core booleans and nulls only (`yes` stays a string), ints through
 * strconv.ParseInt with base 0 after removing underscores (so `0755` is 493 and `1_000` is
 * 1000), floats of yaml.v3's float shape, `.inf`/`.nan`. Proven against yaml.v3 by
 * test/yaml/resolve-scalar.*.test.ts.
 */
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

export function resolvePlainScalar(text: string): GoScalar {
  switch (text) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case '.inf':
    case '.Inf':
    case '.INF':
    case '+.inf':
    case '+.Inf':
    case '+.INF':
      return Infinity;
    case '-.inf':
    case '-.Inf':
    case '-.INF':
      return -Infinity;
    case '.nan':
    case '.NaN':
    case '.NAN':
      return NaN;
  }
  const c = text.charCodeAt(0);
  const numberHint = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  if (!numberHint) return text;
  const plain = text.replaceAll('_', '');
  const asInt = parseGoInt(plain);
  if (asInt !== undefined && asInt >= INT64_MIN && asInt <= UINT64_MAX) {
    // yaml.v3 returns uint64 above int64; we keep it as an integer either way.
    return asInt <= INT64_MAX ? asInt : asInt;
  }
  if (yamlStyleFloat.test(plain)) {
    const f = Number(plain);
    if (!Number.isNaN(f)) return f;
  }
  return text;
}

/** strconv.ParseInt(s, 0, 64) without range checks: sign, then 0x/0o/0b/0 prefixes. */
function parseGoInt(s: string): bigint | undefined {
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i = 1;
  }
  let body = s.slice(i);
  let radix = 10;
  if (body.length > 1 && body[0] === '0') {
    const p = body[1].toLowerCase();
    if (p === 'x') { radix = 16; body = body.slice(2); }
    else if (p === 'o') { radix = 8; body = body.slice(2); }
    else if (p === 'b') { radix = 2; body = body.slice(2); }
    else { radix = 8; body = body.slice(1); }
  }
  if (body.length === 0) return undefined;
  const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : radix === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!digits.test(body)) return undefined;
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  const v = BigInt(prefix + body);
  const r = neg ? -v : v;
  if (neg && r < INT64_MIN) return undefined;
  return r;
}
