/**
 * Seeded generators of Masterminds semver questions: constraint texts (grammar-valid ones
 * and near misses) checked against a pool of versions, version texts for NewVersion and
 * StrictNewVersion, and version pairs for Compare. Shared by semver.live.test.ts (asks Go
 * now) and semver-vectors.ts (asks Go once and writes test/oracle/vectors/semver.json).
 */

import { prng } from '../support/prng.ts';
export { prng };

export type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rand, p: number) => r() < p;

const PRE = ['alpha', 'beta', 'beta.1', 'beta.2', 'rc.1', 'rc.10', 'rc.2', '0', '1', '1a', 'alpha.0', 'x', 'pre', 'a-b', '-', 'alpha.beta', '10', '2'];
const META = ['build', '001', 'sha.5114f85', 'x', 'a-b.c'];
const OPS = ['', '', '=', '!=', '>', '<', '>=', '=>', '<=', '=<', '~', '~>', '^'];
const NEAR_OPS = ['==', '!', '=~', '<>', '>>', '~=', '^=', '=^', '!==', '=>=', '~~', ' = '];

function segment(r: Rand, wild: number): string {
  if (chance(r, wild)) return pick(r, ['x', 'X', '*']);
  const x = r();
  if (x < 0.55) return String(Math.floor(r() * 4));
  if (x < 0.8) return String(Math.floor(r() * 25));
  if (x < 0.9) return pick(r, ['00', '01', '007', '10']);
  if (x < 0.92) return pick(r, ['18446744073709551615', '18446744073709551616', '9007199254740993', '99999999999999999999']);
  return String(Math.floor(r() * 1000));
}

/** A version as a constraint would write it: partial, wildcards, v prefix, pre/metadata. */
export function constraintVersion(r: Rand): string {
  const n = pick(r, [1, 2, 3, 3, 3]);
  const wild = chance(r, 0.3) ? 0.35 : 0;
  const segs = Array.from({ length: n }, () => segment(r, wild));
  let s = (chance(r, 0.15) ? 'v' : '') + segs.join('.');
  if (chance(r, 0.22)) s += '-' + pick(r, PRE);
  if (chance(r, 0.06)) s += '+' + pick(r, META);
  if (chance(r, 0.01)) s = s.replace(/[0-9]/, pick(r, ['|', '1x', 'x1', '*0']));
  return s;
}

function single(r: Rand): string {
  const op = chance(r, 0.02) ? pick(r, NEAR_OPS) : pick(r, OPS);
  const sp = chance(r, 0.3) ? pick(r, [' ', '  ', '\t']) : '';
  return op + sp + constraintVersion(r);
}

function andGroup(r: Rand): string {
  if (chance(r, 0.15)) {
    const a = constraintVersion(r);
    const b = constraintVersion(r);
    const dash = chance(r, 0.85) ? pick(r, [' - ', '  -  ', ' -\t']) : pick(r, ['-', ' -', '- ']);
    let s = a + dash + b;
    if (chance(r, 0.3)) s += pick(r, [' ', ', ', ',', '']) + single(r);
    if (chance(r, 0.15)) s = single(r) + pick(r, [' ', ', ', '']) + s;
    return s;
  }
  const n = pick(r, [1, 1, 1, 2, 2, 3]);
  const parts = Array.from({ length: n }, () => single(r));
  let s = parts[0];
  for (let i = 1; i < n; i++) {
    s += (chance(r, 0.9) ? pick(r, [',', ', ', ' ', '  ', ' ,', ' , ']) : pick(r, [',,', '\n', ';', '\t', ',\t'])) + parts[i];
  }
  return s;
}

export function grammarConstraint(r: Rand): string {
  const n = pick(r, [1, 1, 1, 1, 2, 2, 3]);
  const groups = Array.from({ length: n }, () => andGroup(r));
  let s = groups[0];
  for (let i = 1; i < n; i++) s += (chance(r, 0.92) ? pick(r, ['||', ' || ', ' ||', '|| ']) : pick(r, [' | ', '|||', '| |'])) + groups[i];
  if (chance(r, 0.1)) s = pick(r, [' ', '\t', '  ']) + s;
  if (chance(r, 0.1)) s += pick(r, [' ', '\t', ',', '\n']);
  return s;
}

const NOISE = '=<>~^!|,- .vVxX*+ab019\t_\v\r\n\f\u00a0';
export function nearMiss(r: Rand): string {
  let s = grammarConstraint(r);
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(r() * (s.length + 1));
    const x = r();
    if (x < 0.45) s = s.slice(0, i) + pick(r, [...NOISE]) + s.slice(i);
    else if (x < 0.8) s = s.slice(0, i) + s.slice(i + 1);
    else s = s.slice(0, i) + s.slice(i, i + 2) + s.slice(i);
  }
  return s;
}

/** The versions each constraint is checked against (as the operator's version would be). */
export const VERSION_POOL: readonly string[] = [
  ...Array.from({ length: 25 }, (_, i) => `0.1.${i}`),
  '0.0.0', '0.0.1', '0.0.2', '0.0.3', '0.2.0', '0.2.3', '0.3.0',
  '1.0.0', '1.0.1', '1.1.0', '1.2.0', '1.2.3', '1.2.4', '1.3.0', '1.9.9', '2.0.0', '2.1.0', '3.0.0', '10.0.0',
  '0.1.5-beta', '0.1.5-rc.1', '0.1.0-alpha', '0.1.21-rc.1', '1.2.3-alpha', '1.2.3-beta.2', '1.2.3-0', '1.2.4-beta',
  '2.0.0-rc.1', '1.0.0-0', '0.0.0-0', '1.2.3-alpha.10', '1.2.3-alpha.9', '0.1.24-x',
  'v0.1.12', 'v1.2.3', '1.2', 'v2', '1', '0.1', '1.2.3+build', '0.1.20+meta', 'v0.1.3-rc.1+b',
  '01.02.03', '18446744073709551615.0.0', '1.18446744073709551615.0', 'not-a-version', '', '1.2.3.4', '1.2.3-01',
];

export interface ConstraintQuestion {
  text: string;
}

/** `count` constraint texts: about 70% grammar-shaped, 30% near misses, plus fixed edge cases. */
export function constraintTexts(seed: number, count: number): string[] {
  const r = prng(seed);
  const fixed = [
    '', ' ', '*', 'x', 'X', '1', '1.x', '1.2.x', '1.X.3', '^0', '^0.0', '^0.0.3', '^0.2', '~0', '~0.0', '~0.0.0', '~>1.2',
    '>=0.1.8, <0.1.21', '>= 0.1.3 < 0.1.9 || 0.1.20', '0.1.2 - 0.1.5', '1 - 2 3', '1 - 2, 3', '1.0 - 2.0 || 3.0 - 4.0',
    '1 - 2 - 3', '==1', '= 1', '=1', '!=1.x', '!=1.2.x', '!=1.2.3-beta', '>1', '>1.2', '<1.x', '<=1.2', '=<1', '=>1',
    '>0.0.0-0', '>=1.2.3-beta, <2', '^1.2.3-beta.1', '~1.2.3-beta', '1.2.3 - 2.0.0-rc.1', '>=1 <2 || >=3 !=3.1.0',
    '1x', 'x1', '1|2', '1.2|3', '18446744073709551616', '>=18446744073709551615', 'v1', 'v1.2.3', '>v1', '>= v1.2 , < v2',
    '||', '1||', '||1', '1 || || 2', ',1', '1,', '1,,2', '1 ,2', '1\t2', '1\n2', '1;2', '>=1.2.3+meta', '*-0', '>=*',
    '^*', '~*', '>=0.1.x-alpha', '1.2.3-', '1.2.3+', 'v', 'vv1', 'V1', '1.2.3.4', '> =1', '>= 1 - 2', '1 -2', '1- 2',
  ];
  const out = [...fixed];
  while (out.length < count) out.push(chance(r, 0.7) ? grammarConstraint(r) : nearMiss(r));
  return out;
}

/** Version texts for NewVersion / StrictNewVersion. */
export function versionTexts(seed: number, count: number): string[] {
  const r = prng(seed);
  const fixed = [
    '', '1', '1.2', '1.2.3', 'v1.2.3', 'V1.2.3', '01.2.3', '1.02.3', '1.2.03', '0.0.0', '1.2.3-', '1.2.3+', '1.2.3-a..b',
    '1.2.3+a..b', '1.2.3-01', '1.2.3-0', '1.2.3-00a', '1.2.3-a+b', '1.2.3+b-c', '1.2-3.4', '1..3', '1.2.', '.1.2',
    '1.2.3.4', '18446744073709551615.0.0', '18446744073709551616.0.0', '1.2.3-é', '1.2.3+é', 'v', ' 1.2.3', '1.2.3 ',
    '01.2.3-!', '1.2.3-!', '1.2.x', '1.2.3-beta.01', '1.2.3--', '1.2.3-a.-', '1.2.3+-', '1.2.3-+', '1.2.3+a+b',
  ];
  const out = [...fixed];
  while (out.length < count) {
    let s = constraintVersion(r);
    if (chance(r, 0.3)) {
      const i = Math.floor(r() * (s.length + 1));
      s = s.slice(0, i) + pick(r, [...'.-+v0a ', '..', '-.', '+.', 'é']) + s.slice(i);
    }
    out.push(s);
  }
  return out;
}

/** Version pairs for Compare, biased towards equal cores with different prereleases. */
export function comparePairs(seed: number, count: number): [string, string][] {
  const r = prng(seed);
  const core = () => `${Math.floor(r() * 3)}.${Math.floor(r() * 3)}.${Math.floor(r() * 3)}`;
  const pre = () =>
    Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
      pick(r, ['0', '1', '2', '10', '9', 'a', 'b', 'alpha', 'beta', 'rc', '-', 'a-1', '1a', '99999999999999999999', '18446744073709551615', '18446744073709551616', '9007199254740993', '9007199254740992']),
    ).join('.');
  const out: [string, string][] = [];
  while (out.length < count) {
    const c = core();
    const a = c + (chance(r, 0.8) ? '-' + pre() : '') + (chance(r, 0.1) ? '+m' : '');
    const b = (chance(r, 0.7) ? c : core()) + (chance(r, 0.8) ? '-' + pre() : '') + (chance(r, 0.1) ? '+n' : '');
    out.push([a, b]);
  }
  out.push(['18446744073709551615.0.0', '18446744073709551614.0.0'], ['9007199254740993.0.0', '9007199254740992.0.0']);
  return out;
}
