import { compileRe2 } from '../regex/re2.ts';
import type { Rule } from './types.ts';
import { itemRef, reportAt, typedItems, valueTarget } from './shared/config-items.ts';

interface Atom {
  kind: 'start' | 'end' | 'group' | 'other';
  quantified: boolean;
  /** `.*` (or `.{0,}`): the author asked for "anything" on that side. */
  dotStar?: boolean;
  dot?: boolean;
  alts?: Atom[][];
}

interface Parsed {
  alts: Atom[][];
  /** Source ranges of the top-level alternatives. */
  ranges: [number, number][];
}

/** A shallow parse of an RE2 pattern (known to compile): enough to see its anchors. */
export function parseAnchors(re: string): Parsed {
  let i = 0;
  const skipClass = (from: number): number => {
    let j = from + 1;
    if (re[j] === '^') j++;
    if (re[j] === ']') j++;
    while (j < re.length) {
      if (re[j] === '\\') j += 2;
      else if (re.startsWith('[:', j) && re.indexOf(':]', j + 2) >= 0) j = re.indexOf(':]', j + 2) + 2;
      else if (re[j] === ']') return j + 1;
      else j++;
    }
    return j;
  };
  const alternation = (ranges?: [number, number][]): Atom[][] => {
    const alts: Atom[][] = [[]];
    let altStart = i;
    while (i < re.length) {
      const c = re[i];
      const cur = alts[alts.length - 1];
      const last = cur[cur.length - 1];
      if (c === ')') break;
      if (c === '|') {
        ranges?.push([altStart, i]);
        alts.push([]);
        i++;
        altStart = i;
        continue;
      }
      if (c === '*' || c === '+' || c === '?') {
        if (last) {
          last.quantified = true;
          if (c === '*' && last.dot) last.dotStar = true;
        }
        i++;
        if (re[i] === '?') i++;
        continue;
      }
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(re.slice(i));
        if (m) {
          if (last) {
            last.quantified = true;
            if (last.dot && m[1] === '0' && m[2] !== undefined && m[3] === '') last.dotStar = true;
          }
          i += m[0].length;
          if (re[i] === '?') i++;
          continue;
        }
      }
      if (c === '^' || c === '$') {
        cur.push({ kind: c === '^' ? 'start' : 'end', quantified: false });
        i++;
        continue;
      }
      if (c === '\\') {
        const n = re[i + 1];
        if (n === 'A' || n === 'z') {
          cur.push({ kind: n === 'A' ? 'start' : 'end', quantified: false });
          i += 2;
          continue;
        }
        if (n === 'Q') {
          const e = re.indexOf('\\E', i + 2);
          i = e < 0 ? re.length : e + 2;
        } else {
          i += 2;
          if ((n === 'p' || n === 'P' || n === 'x') && re[i] === '{') i = re.indexOf('}', i) + 1;
          else if (n === 'x') i += 2;
        }
        cur.push({ kind: 'other', quantified: false });
        continue;
      }
      if (c === '[') {
        i = skipClass(i);
        cur.push({ kind: 'other', quantified: false });
        continue;
      }
      if (c === '(') {
        if (re.startsWith('(?P<', i) || re.startsWith('(?<', i)) i = re.indexOf('>', i) + 1;
        else if (re.startsWith('(?', i)) {
          const m = /^\(\?([a-zA-Z-]*)([:)])/.exec(re.slice(i));
          if (m && m[2] === ')') {
            i += m[0].length; // (?i): flags only, no atom
            continue;
          }
          i += m ? m[0].length : 2;
        } else i++;
        const inner = alternation();
        i++; // ')'
        cur.push({ kind: 'group', quantified: false, alts: inner });
        continue;
      }
      cur.push({ kind: 'other', quantified: false, dot: c === '.' });
      i++;
    }
    ranges?.push([altStart, i]);
    return alts;
  };
  const ranges: [number, number][] = [];
  const alts = alternation(ranges);
  return { alts, ranges };
}

type Side = 'start' | 'end';

function sideOk(alt: Atom[], side: Side): boolean {
  const a = side === 'start' ? alt[0] : alt[alt.length - 1];
  if (!a) return false;
  if (a.dotStar) return true; // `.*foo`: a partial match is evidently meant
  if (a.quantified) return false;
  if (a.kind === side) return true;
  if (a.kind === 'group' && a.alts) return a.alts.every((x) => sideOk(x, side));
  return false;
}

export interface AnchorVerdict {
  start: boolean;
  end: boolean;
  /** The anchored form to suggest. */
  anchored: string;
}

export function anchorVerdict(re: string): AnchorVerdict {
  const { alts, ranges } = parseAnchors(re);
  const start = alts.every((a) => sideOk(a, 'start'));
  const end = alts.every((a) => sideOk(a, 'end'));
  let anchored: string;
  if (alts.length > 1) {
    const parts = ranges.map(([s, e]) =>
      re
        .slice(s, e)
        .replace(/^(\^|\\A)/, '')
        .replace(/(?<!\\)(\\\\)*(\$|\\z)$/, (m) => m.slice(0, m.endsWith('\\z') ? -2 : -1)),
    );
    anchored = `^(?:${parts.join('|')})$`;
  } else anchored = `${start ? '' : '^'}${re}${end ? '' : '$'}`;
  return { start, end, anchored };
}

// Definitions repeat the same few regexes; the verdict depends only on the pattern.
const verdicts = new Map<string, AnchorVerdict>();

function cachedVerdict(re: string): AnchorVerdict {
  let v = verdicts.get(re);
  if (!v) {
    v = anchorVerdict(re);
    if (verdicts.size >= 1024) verdicts.clear();
    verdicts.set(re, v);
  }
  return v;
}

const PROBES = ['abc1', 'a-1', '1abc', 'x y', 'a', '1', '-', '_', '.', 'A', 'a b c', '!', ' '];

/** A value the regex accepts but its anchored form rejects, to show the difference. */
function example(re: string, anchored: string, dflt: string): string | undefined {
  const loose = compileRe2(re);
  const strict = compileRe2(anchored);
  if (!loose.ok || !strict.ok) return undefined;
  const fromDefault = dflt !== '' && strict.matchString(dflt) ? [`!${dflt}!`, `${dflt}!`, `!${dflt}`, `${dflt} x`, `x ${dflt}`] : [];
  return [...fromDefault, ...PROBES].find((c) => loose.matchString(c) && !strict.matchString(c));
}

export const rule: Rule = {
  meta: {
    id: 'config-regex-anchor',
    severity: 'warning',
    documents: 'definition',
    description: "A string item's regex is anchored with ^...$: the operator's MatchString accepts a match anywhere in the value.",
    messages: {
      notAnchored:
        "the regex {{regex}} of {{item}} is not anchored: the operator's MatchString looks for a match anywhere in the value, so {{passing}} passes; write {{anchored}} to match the whole value (or add .* where a partial match is meant)",
      notAnchoredAtEnd:
        "the regex {{regex}} of {{item}} is not anchored at the end ($): the operator's MatchString looks for a match anywhere in the value, so {{passing}} passes; write {{anchored}} to match the whole value (or add .* where a partial match is meant)",
      notAnchoredAtStart:
        "the regex {{regex}} of {{item}} is not anchored at the start (^): the operator's MatchString looks for a match anywhere in the value, so {{passing}} passes; write {{anchored}} to match the whole value (or add .* where a partial match is meant)",
    },
  },
  check(ctx) {
    for (const item of typedItems(ctx)) {
      if (item.kind !== 'string' || item.regex === null || item.regexError !== null) continue;
      const v = cachedVerdict(item.regex);
      if (v.start && v.end) continue;
      const path = [...item.specPath, 'regex'];
      const ex = example(item.regex, v.anchored, item.default);
      reportAt(ctx, path, {
        node: valueTarget(ctx, path),
        messageId: !v.start && !v.end ? 'notAnchored' : v.start ? 'notAnchoredAtEnd' : 'notAnchoredAtStart',
        data: {
          regex: JSON.stringify(item.regex),
          item: itemRef(item),
          passing: ex !== undefined ? JSON.stringify(ex) : 'a value that merely contains a match',
          anchored: JSON.stringify(v.anchored),
        },
      });
    }
  },
};
