/**
 * Grammar-based random generator of text/template cases (template text + data) for the
 * differential test against Go. Deterministic: the same seed gives the same cases.
 *
 * It covers text, trim markers, comments, actions, pipelines with |, declarations and
 * assignments, if/else if/else, with/else, range (lists, maps, with one or two variables,
 * else, break/continue), define/template/block, parenthesised pipelines, field chains on
 * ., $, variables and expressions, nil, bools, numbers in every Go form, char constants,
 * raw and interpreted strings with escapes, every builtin, and random corruptions that make
 * lexer and parser errors.
 *
 * `modern: false` leaves out what Go 1.19 (the live oracle) lacks: {{else with}}, range over
 * an integer literal, and `range $x = ...` assignments (fixed in Go 1.21).
 */
import type { GoValue } from '../../src/values/go-value.ts';
import { prng } from '../support/prng.ts';

export { prng };

export interface GenCase {
  text: string;
  data: GoValue;
}

const KEYS = ['a', 'b', 'c', 'x', 'list', 'm', 'n', 's', 'f', 'e', 'z', 'nil', 'T', 'config'];
const STRINGS = ['', 'x', 'abc', 'héllo', 'a b', '<b>&"\'', '0', 'true', '3', 'é', '日本', 'tab\there', 'line\nnext', '%d', 'Z', 'a=b&c'];
const INTS = [0n, 1n, 2n, 3n, -1n, 7n, 42n, -17n, 100n, 9007199254740993n, -9223372036854775808n];
const FLOATS = [0, 1, 1.5, -2, 2, 0.1, 1e21, 1e20, 1e-7, 123456789, 3.0, -0.5, 255];
const NUMLITS = [
  '0', '1', '2', '3', '-1', '+4', '42', '1_000', '0x1F', '0X1f', '0o17', '0O17', '017', '0b101', '0B1_0', '1.5', '.5', '1.', '-2.5',
  '1e3', '1E-2', '0x1p4', '0x1.8p1', '0x_1F', "'a'", "'\\n'", "'\\u00e9'", "'é'", "'\\x41'", "'\\101'", '9223372036854775807',
  '-9223372036854775808', '9223372036854775808', '18446744073709551615', '99999999999999999999', '0x', '1__0', '089', '1e400', '08', '1.5e', "''", "'ab'",
];
const STRLITS = [
  '""', '"x"', '"abc"', '`raw`', '`a\\nb`', '"a\\tb"', '"\\u00e9"', '"\\x41\\102"', '"q\\"uote"', '"é"', '"<>&"', '"%d"', '"%v %v"', '"a"', '"b"', '"s"',
  '"\\U0001F600"', '"\\z"', '"\\400"', '"list"', '`x\ry`',
];
const GOOD_NUMLITS = ['0', '1', '2', '3', '-1', '42', '1_000', '0x1F', '0o17', '017', '0b101', '1.5', '.5', '-2.5', '1e3', '0x1p4', "'a'", "'\\n'", "'é'", '255', '1e21', '100'];
const FORMATS = ['%v', '%d', '%s', '%q', '%x', '%5.2f', '%T', '%%', '%v|%v', '%-4s|', '%+d', '%e', '%g', '%t', '%c', '%U', '%08.3f', '%#v', '%X', '%o', '%b', '%3d', '%.2s', '%!', '%[2]v %[1]v', '%*d'];
const FUNCS = ['and', 'or', 'not', 'len', 'index', 'slice', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'print', 'printf', 'println', 'html', 'js', 'urlquery', 'call'];

export class TemplateGen {
  private r: () => number;
  private vars: string[] = [];
  private defines: string[] = [];
  private depth = 0;
  private inRange = 0;
  /** Valid-leaning case: right arities, valid literals, paths that exist in the data. */
  private gentle = false;
  private paths: string[] = [];

  constructor(
    seed: number,
    private readonly modern: boolean,
  ) {
    this.r = prng(seed);
  }

  private int(n: number): number {
    return Math.floor(this.r() * n);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  private chance(p: number): boolean {
    return this.r() < p;
  }

  // ---- data ----

  value(depth: number): GoValue {
    const k = this.int(depth > 2 ? 6 : 9);
    switch (k) {
      case 0:
      case 1:
        return this.pick(STRINGS);
      case 2:
        return this.pick(INTS);
      case 3:
        return this.pick(FLOATS);
      case 4:
        return this.chance(0.5);
      case 5:
        return null;
      case 6:
      case 7: {
        const n = this.int(4);
        const l: GoValue[] = [];
        for (let i = 0; i < n; i++) l.push(this.value(depth + 1));
        return l;
      }
      default:
        return this.map(depth + 1);
    }
  }

  map(depth: number): Map<string, GoValue> {
    const m = new Map<string, GoValue>();
    const n = this.int(depth === 0 ? 8 : 4);
    for (let i = 0; i < n; i++) m.set(this.pick(KEYS), this.value(depth));
    return m;
  }

  data(): GoValue {
    if (this.chance(0.05)) return null;
    if (this.chance(0.05)) return this.value(2);
    return this.map(0);
  }

  // ---- templates ----

  case(): GenCase {
    this.vars = ['$'];
    this.defines = [];
    this.depth = 0;
    this.inRange = 0;
    this.gentle = this.chance(0.5);
    const data = this.data();
    this.paths = [];
    collectPaths(data, '', this.paths, 0);
    let text = '';
    if (this.chance(0.15)) text += this.define();
    const n = 1 + this.int(4);
    for (let i = 0; i < n; i++) text += this.item();
    if (!this.gentle && this.chance(0.12)) text = this.corrupt(text);
    return { text, data };
  }

  private text(): string {
    return this.pick(['', 'a', ' ', 'x ', ' y', '\n', '  \n  ', 'é', 'text\t', '-', '}', '{', ' - ', '日本 ']);
  }

  private open(): string {
    return this.chance(0.15) ? '{{- ' : this.chance(0.1) ? '{{ ' : '{{';
  }
  private close(): string {
    return this.chance(0.15) ? ' -}}' : this.chance(0.1) ? ' }}' : '}}';
  }

  private item(): string {
    const k = this.int(this.depth > 2 ? 4 : 12);
    this.depth++;
    try {
      switch (k) {
        case 0:
          return this.text();
        case 1:
        case 2:
        case 3:
          return this.action();
        case 4:
          if (this.gentle) return this.pick(['{{', '{{- ']) + '/*' + this.pick([' c ', '', 'x\ny']) + '*/' + this.pick(['}}', ' -}}']);
          return this.open() + '/*' + this.pick([' c ', '', 'x\ny']) + '*/' + this.close();
        case 5:
          return this.ifElse();
        case 6:
          return this.withElse();
        case 7:
        case 8:
          return this.range();
        case 9:
          return this.decl();
        case 10:
          return this.defines.length > 0 ? `{{template ${JSON.stringify(this.pick(this.defines))}${this.chance(0.7) ? ' ' + this.pipeline() : ''}}}` : this.action();
        default:
          if (this.inRange > 0 && this.chance(0.5)) return this.chance(0.5) ? '{{break}}' : '{{continue}}';
          return this.text() + this.action();
      }
    } finally {
      this.depth--;
    }
  }

  private list(): string {
    const mark = this.vars.length;
    let s = '';
    const n = this.int(3);
    for (let i = 0; i < n; i++) s += this.item();
    this.vars.length = mark;
    return s;
  }

  private action(): string {
    return this.open() + this.pipeline() + this.close();
  }

  private decl(): string {
    const assign = this.vars.length > 1 && this.chance(0.3);
    const name = assign ? this.pick(this.vars.filter((v) => v !== '$')) : this.pick(['$x', '$y', '$v', '$i', '$k']);
    const s = `{{${name} ${assign ? '=' : ':='} ${this.pipeline()}}}`;
    if (!assign) this.vars.push(name);
    return s;
  }

  private ifElse(): string {
    const mark = this.vars.length;
    let s = `{{if ${this.controlPipe()}}}${this.list()}`;
    while (this.chance(0.25)) s += `{{else if ${this.pipeline()}}}${this.list()}`;
    if (this.chance(0.5)) s += `{{else}}${this.list()}`;
    this.vars.length = mark;
    return s + '{{end}}';
  }

  private withElse(): string {
    const mark = this.vars.length;
    let s = `{{with ${this.controlPipe()}}}${this.list()}`;
    if (this.modern && this.chance(0.2)) s += `{{else with ${this.pipeline()}}}${this.list()}`;
    if (this.chance(0.4)) s += `{{else}}${this.list()}`;
    this.vars.length = mark;
    return s + '{{end}}';
  }

  private controlPipe(): string {
    if (this.chance(0.3)) {
      const v = this.pick(['$x', '$v', '$y']);
      const p = `${v} := ${this.pipeline()}`;
      this.vars.push(v);
      return p;
    }
    return this.pipeline();
  }

  private range(): string {
    const mark = this.vars.length;
    let head: string;
    const src = this.modern && this.chance(0.15) ? this.pick(['3', '0', '-1', '2']) : this.rangeSource();
    const k = this.int(4);
    if (k === 0) {
      head = `$i, $v := ${src}`;
      this.vars.push('$i', '$v');
    } else if (k === 1) {
      head = `$v := ${src}`;
      this.vars.push('$v');
    } else head = src;
    this.inRange++;
    let s = `{{range ${head}}}${this.list()}`;
    this.inRange--;
    if (this.chance(0.3)) s += `{{else}}${this.list()}`;
    this.vars.length = mark;
    return s + '{{end}}';
  }

  private rangeSource(): string {
    return this.chance(0.7) ? this.field() : this.pipeline();
  }

  private define(): string {
    const name = this.pick(['d', 'sub', 'x y', 'é']);
    const saveVars = this.vars;
    const saveRange = this.inRange;
    this.vars = ['$'];
    this.inRange = 0;
    const body = this.list();
    this.vars = saveVars;
    this.inRange = saveRange;
    this.defines.push(name);
    if (this.chance(0.3)) return `{{block ${JSON.stringify(name)} ${this.pipeline()}}}${body}{{end}}`;
    return `{{define ${JSON.stringify(name)}}}${body}{{end}}`;
  }

  // ---- pipelines ----

  pipeline(): string {
    let s = this.command();
    while (this.chance(0.2)) s += ' | ' + this.pipeCommand();
    return s;
  }

  private pipeCommand(): string {
    if (this.gentle) {
      const f = this.pick(['print', 'println', 'html', 'js', 'urlquery', 'len', 'not', 'printf "%v"', 'printf "%s|%v"', 'printf "%q"', 'printf "%d"', 'eq 1', 'ne "x"', 'and 1', 'or 0', 'print "a"', 'index .list', 'slice "abc"']);
      return f;
    }
    // A command that can receive the piped value: a function, or (rarely) something that cannot.
    if (this.chance(0.85)) {
      const f = this.pick(FUNCS);
      if (f === 'printf') return `printf ${this.pick(FORMATS.map((x) => JSON.stringify(x)))}${this.chance(0.5) ? ' ' + this.operand() : ''}`;
      let s = f;
      const n = this.int(2);
      for (let i = 0; i < n; i++) s += ' ' + this.operand();
      return s;
    }
    return this.operand();
  }

  private command(): string {
    const k = this.int(10);
    if (k < 4) return this.operand();
    if (this.gentle) return this.gentleCall();
    const f = this.chance(0.03) ? this.pick(['lower', 'default', 'upper']) : this.pick(FUNCS);
    let s = f;
    if (f === 'printf') {
      s += ' ' + (this.chance(0.9) ? JSON.stringify(this.pick(FORMATS)) : this.operand());
    }
    const n = this.int(4);
    for (let i = 0; i < n; i++) s += ' ' + this.operand();
    return s;
  }

  private gentleCall(): string {
    const f = this.pick(FUNCS.filter((x) => x !== 'call'));
    const arity: Record<string, [number, number]> = {
      and: [1, 3], or: [1, 3], not: [1, 1], len: [1, 1], index: [1, 3], slice: [1, 3], eq: [2, 3], ne: [2, 2], lt: [2, 2], le: [2, 2],
      gt: [2, 2], ge: [2, 2], print: [0, 3], println: [0, 3], html: [1, 2], js: [1, 2], urlquery: [1, 2], printf: [0, 2],
    };
    const [lo, hi] = arity[f];
    let s = f === 'printf' ? 'printf ' + JSON.stringify(this.pick(FORMATS)) : f;
    const n = lo + this.int(hi - lo + 1);
    for (let i = 0; i < n; i++) s += ' ' + this.operand();
    return s;
  }

  private operand(): string {
    const k = this.int(this.depth > 4 ? 8 : 11);
    switch (k) {
      case 0:
      case 1:
      case 2:
        return this.field();
      case 3:
        return this.gentle ? this.pick(GOOD_NUMLITS) : this.pick(NUMLITS);
      case 4:
        return this.pick(this.gentle ? STRLITS.slice(0, 16) : STRLITS);
      case 5:
        return this.pick(this.gentle ? ['true', 'false', '.', '$'] : ['true', 'false', 'nil', '.']);
      case 6:
      case 7:
        return this.variable();
      default: {
        this.depth++;
        try {
          const inner = this.pipeline();
          return `(${inner})${this.chance(0.3) ? this.fields() : ''}`;
        } finally {
          this.depth--;
        }
      }
    }
  }

  private fields(): string {
    let s = '';
    const n = 1 + this.int(3);
    for (let i = 0; i < n; i++) s += '.' + this.pick(KEYS);
    return s;
  }

  private field(): string {
    if (this.chance(0.1)) return '.';
    if (this.gentle && this.paths.length > 0 && this.chance(0.8)) return this.pick(this.paths);
    return this.fields();
  }

  private variable(): string {
    const v = !this.gentle && this.chance(0.05) ? '$undefined' : this.pick(this.vars);
    return this.chance(0.4) ? v + this.fields() : v;
  }

  // ---- errors ----

  private corrupt(text: string): string {
    if (text.length === 0) return '{{';
    const i = this.int(text.length + 1);
    const junk = this.pick(['{{', '}}', '(', ')', '"', '`', "'", '$', '.', ' ', '|', ':=', '=', ',', '{{end}}', '{{else}}', '#', '\u0001', '€', '/*', '-', '3x', '{{if}}']);
    if (this.chance(0.5)) return text.slice(0, i) + junk + text.slice(i);
    return text.slice(0, i) + text.slice(i + 1 + this.int(3));
  }
}

function collectPaths(v: GoValue, prefix: string, out: string[], depth: number): void {
  if (!(v instanceof Map) || depth > 3) return;
  for (const [k, x] of v) {
    const p = prefix + '.' + k;
    out.push(p);
    collectPaths(x, p, out, depth + 1);
  }
}

/** The live test's cases: seed and count. */
export const TEMPLATE_SEED = 20240611;
export const TEMPLATE_LIVE_CASES = 12000;
/** The golden vectors are the first TEMPLATE_GOLDEN_CASES of the live cases. */
export const TEMPLATE_GOLDEN_CASES = 8000;

/** Generates n cases from seed. */
export function generateTemplateCases(seed: number, n: number, modern: boolean): GenCase[] {
  const g = new TemplateGen(seed, modern);
  const out: GenCase[] = [];
  for (let i = 0; i < n; i++) out.push(g.case());
  return out;
}

/**
 * Fixed cases for what text/template does differently across the Go versions around the
 * operator's 1.24.5, appended to the live and golden cases: nested parentheses at and past
 * Go 1.25's "max expression depth exceeded" limit (1.24.5 has none), and a range over an int
 * too large to finish (Go runs on; the oracle answers {timeout}, our engine stops at its step
 * limit).
 */
export function fixedTemplateCases(): GenCase[] {
  const nest = (n: number) => '{{' + '('.repeat(n) + '1' + ')'.repeat(n) + '}}';
  const data = new Map<string, GoValue>([['n', 9007199254740993n], ['m', 3n]]);
  return [
    // (Deeper than about 1500 levels our parser runs out of JS stack: a limit error, see src/template/README.md.)
    ...[2, 999, 1000, 1001, 1100].map((n) => ({ text: nest(n), data })),
    { text: '{{print ' + '('.repeat(1050) + 'len "ab"' + ')'.repeat(1050) + '}}', data },
    { text: '{{range .m}}{{.}}{{end}}', data },
    { text: '{{range $i := 4}}{{$i}}{{end}}', data },
    { text: '{{range .n}}{{end}}', data },
  ];
}
