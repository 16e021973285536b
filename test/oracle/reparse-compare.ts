/**
 * One canonical line per rendered string, from Go's answer (test/oracle/go/render.go) or from
 * src/render/go-yaml.ts, so the two can be compared and stored as golden vectors. Error texts
 * differ between yaml.v3 and our parser, so a failed parse is `E`; a failed decode into a string
 * field keeps its kind (`E:!!map`).
 */
import { dumpGo, yamlIntoString, yamlRoundTrip, yamlUnmarshalAny } from '../../src/render/go-yaml.ts';
import type { GoValue } from '../../src/values/go-value.ts';

export function goReparseAnswer(a: Record<string, unknown>): string {
  if (a.panic || a.oracleError) return `PANIC:${String(a.panic ?? a.oracleError)}`;
  if (typeof a.error === 'string') return 'E';
  const short = (s: unknown) => {
    const t = String(s);
    if (!t.startsWith('E:')) return t;
    const m = /cannot unmarshal (!!\w+)/.exec(t);
    return m ? `E:${m[1]}` : 'E:?';
  };
  return [a.any, short(a.trip), short(a.str), short(a.list)].join(' | ');
}

export function tsReparseAnswer(text: string): string {
  const r = yamlUnmarshalAny(text);
  if (!r.ok) return 'E';
  const v = r.value;
  const trip = yamlRoundTrip(v);
  const s = yamlIntoString(v);
  const str = s.ok ? `string(${dumpString(s.value ?? '')})` : `E:${/!!\w+/.exec(s.error)![0]}`;
  let list: string;
  if (!s.ok) list = str;
  else list = s.value === null ? '[]' : `[string(${dumpString(s.value)})]`;
  return [dumpGo(v), dumpGo(trip), str, list].join(' | ');
}

function dumpString(s: string): string {
  return dumpGo(s as GoValue).slice('string('.length, -1);
}
