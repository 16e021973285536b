// What the parts of the fast path share: giving up, the character classes, the result of reading
// a node, and duplicate-key detection (mirrors yaml 2.9.1 dist/compose/util-map-includes.js).
import type { YNode } from '../ynode.ts';

class Bail {}
export const BAIL = new Bail();
export function bail(): never {
  throw BAIL;
}

export const END = -1;

// Characters of plain keys and flow plain scalars we accept without doubt.
export const WORD = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') WORD[c.charCodeAt(0)] = 1;
export const KEYCH = new Uint8Array(128);
for (let i = 0; i < 128; i++) KEYCH[i] = WORD[i];
for (const c of './$+~()=-') KEYCH[c.charCodeAt(0)] = 1;
export const FLOWCH = new Uint8Array(128);
for (let i = 0; i < 128; i++) FLOWCH[i] = KEYCH[i];
for (const c of ';^<>@`|\\') FLOWCH[c.charCodeAt(0)] = 1;
export const ANCH = new Uint8Array(128);
for (let i = 0; i < 128; i++) ANCH[i] = WORD[i];
ANCH['-'.charCodeAt(0)] = 1;

export interface Anchor {
  node: YNode | null;
}

export interface Result {
  node: YNode;
  /** The `yaml` library's range[2]: end of the node including what trails it on its line. */
  end2: number;
  /** Start of the next content line, or END. */
  next: number;
}

/**
 * The key texts of one map, to give up on a duplicate (the library reports it). Maps mostly
 * have a few keys: comparing with each is cheaper than hashing every key into a Set.
 */
export class KeyTexts {
  private readonly list: string[] = [];
  private set: Set<string> | undefined;

  /** Records `text`, giving up when the map already has it. */
  add(text: string): void {
    const set = this.set;
    if (set) {
      if (set.has(text)) bail();
      set.add(text);
      return;
    }
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i] === text) bail();
    list.push(text);
    if (list.length > 8) this.set = new Set(list);
  }
}
