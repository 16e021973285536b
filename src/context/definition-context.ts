import type { DefinitionDialect, DefinitionDialectId } from '../classify/dialects.ts';
import { DIALECTS } from '../classify/dialects.ts';
import { toGoValue } from '../load/convert.ts';
import type { YMap, YNode, YScalar } from '../load/ynode.ts';
import { RuleContext } from './rule-context.ts';
import { child, isMap, isScalar, isSeq, keyText } from '../load/ynode.ts';
import type { GoValue } from '../values/go-value.ts';
import { appendStep } from '../diagnostics/spec-path.ts';

export type { RawFinding, Spanned } from './rule-context.ts';

export interface StringLeaf {
  node: YScalar;
  value: string;
  /** `spec.values[1].raw.replica.replicaCount` */
  path: string;
}

export interface LintSettings {
  /** `--operator-version`: the release the definition must be accepted by. */
  operatorVersion?: string;
}

/**
 * Everything rules need about one definition document. Derived data is computed on first
 * use and shared, so no rule repeats a walk or a parse.
 */
export class DefinitionContext extends RuleContext {
  constructor(
    root: YMap,
    readonly kind: 'Helm' | 'Custom',
    readonly dialectId: DefinitionDialectId,
    readonly text: string,
    readonly settings: LintSettings,
  ) {
    super(root);
  }

  get dialect(): DefinitionDialect {
    return DIALECTS[this.dialectId];
  }

  get spec(): YNode | null | undefined {
    return child(this.root, 'spec');
  }

  get metadata(): YNode | null | undefined {
    return child(this.root, 'metadata');
  }

  /**
   * What yaml.v3 puts in a Go string field for this node: the scalar's text as written
   * (`1.10` stays "1.10"), or undefined for null, maps and lists.
   */
  stringOf(node: YNode | null | undefined): string | undefined {
    if (!isScalar(node) || node.value === null) return undefined;
    return node.text ?? (typeof node.value === 'string' ? node.value : this.text.slice(node.start, node.end));
  }

  /** The definition decoded as yaml.v3 decodes it into `any`. */
  get value(): GoValue {
    return this.memo('value', () => toGoValue(this.root));
  }

  /** Every string under `spec`, with its path; rendered templates live in these. */
  get specStrings(): StringLeaf[] {
    return this.memo('specStrings', () => {
      const out: StringLeaf[] = [];
      collectStrings(this.spec, 'spec', out);
      return out;
    });
  }

  /**
   * The strings under `spec` that hold `{{` (a template needs it), in specStrings order: the
   * template rules look at nothing else, and only these get their path spelled out.
   */
  get specTemplateStrings(): StringLeaf[] {
    return this.memo('specTemplateStrings', () => {
      const out: StringLeaf[] = [];
      collectTemplateStrings(this.spec, { up: null, step: 'spec' }, out);
      return out;
    });
  }
}

/** A path as a chain of steps from `spec`, spelled out (as collectStrings does) only when needed. */
interface PathStep {
  up: PathStep | null;
  step: string | number;
}

function pathOf(s: PathStep): string {
  if (s.up === null) return String(s.step);
  return appendStep(pathOf(s.up), s.step);
}

function collectTemplateStrings(node: YNode | null | undefined, at: PathStep, out: StringLeaf[]): void {
  if (node == null) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.includes('{{')) out.push({ node, value: node.value, path: pathOf(at) });
  } else if (isSeq(node)) {
    const items = node.items;
    for (let i = 0; i < items.length; i++) if (items[i] != null) collectTemplateStrings(items[i], { up: at, step: i }, out);
  } else if (isMap(node)) {
    const pairs = node.pairs;
    for (let i = 0; i < pairs.length; i++) {
      const v = pairs[i].value;
      if (v != null) collectTemplateStrings(v, { up: at, step: keyText(pairs[i]) ?? '?' }, out);
    }
  }
}

function collectStrings(node: YNode | null | undefined, path: string, out: StringLeaf[]): void {
  if (node == null) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string') out.push({ node, value: node.value, path });
  } else if (isSeq(node)) {
    node.items.forEach((n, i) => collectStrings(n, `${path}[${i}]`, out));
  } else if (isMap(node)) {
    for (const p of node.pairs) {
      const k = keyText(p) ?? '?';
      collectStrings(p.value, appendStep(path, k), out);
    }
  }
}
