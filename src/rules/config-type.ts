import type { ConfigPath, ConfigProblem } from '../config/index.ts';
import { INT64_MAX, INT64_MIN } from '../config/go-format.ts';
import { locate } from '../diagnostics/locate.ts';
import { closest } from '../diagnostics/suggest.ts';
import { isGoMap, type GoValue } from '../values/go-value.ts';
import type { Rule } from './types.ts';
import { configItems, exists, itemRef, reportAt, valueTarget } from './shared/config-items.ts';
import { schemaIssues } from './shared/schema-issues.ts';

const TYPES = ['string', 'integer', 'float', 'boolean', 'option', 'multiple-options'];

/** Spellings from other schema languages (and the 0.1.21+ CRD) that are too far for edit distance. */
const SYNONYMS: Record<string, string> = {
  int: 'integer',
  int32: 'integer',
  int64: 'integer',
  number: 'float',
  double: 'float',
  decimal: 'float',
  float64: 'float',
  bool: 'boolean',
  str: 'string',
  text: 'string',
  enum: 'option',
  select: 'option',
  choice: 'option',
  options: 'option',
  multipleoptions: 'multiple-options',
  multiselect: 'multiple-options',
  'multi-select': 'multiple-options',
  'multi-options': 'multiple-options',
  list: 'multiple-options',
  array: 'multiple-options',
};

function pointerOf(path: ConfigPath): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function goValueAt(v: GoValue | undefined, path: ConfigPath): GoValue | undefined {
  for (const s of path) {
    if (v === undefined) return undefined;
    if (typeof s === 'number') v = Array.isArray(v) ? v[s] : undefined;
    else v = v !== null && isGoMap(v) ? v.get(s) : undefined;
  }
  return v;
}

function suggestion(typeName: string): string {
  const lower = typeName.toLowerCase();
  const guess = Object.hasOwn(SYNONYMS, lower) ? SYNONYMS[lower] : closest(typeName, TYPES);
  if (!guess) return `use one of ${TYPES.join(', ')}`;
  const why = guess.toLowerCase() === lower ? ' (type names are case-sensitive)' : typeName === 'multipleOptions' ? ' (multipleOptions is the 0.1.21+ Module spelling)' : '';
  return `did you mean "${guess}"${why}? The types are ${TYPES.join(', ')}`;
}

export const rule: Rule = {
  meta: {
    id: 'config-type',
    severity: 'error',
    documents: 'definition',
    description: 'Config items have a known type and spec fields the operator can decode (it rejects the definition otherwise).',
    messages: {
      typeMissing: '{{item}} has no type; the operator rejects the definition ("{{goError}}"). Add type: one of {{types}}',
      typeEmpty: '{{item}} has an empty type; the operator rejects the definition ("{{goError}}"). Add type: one of {{types}}',
      typeUnknown: '{{path}} "{{type}}" is not a config type, so the operator rejects the definition ("{{goError}}"); {{suggestion}}',
      intOutOfRange: '{{path}} {{written}} does not fit a Go int (int64: {{min}} to {{max}}), so the operator rejects the definition ("{{goError}}"); use a value in that range',
      decodeFailed: '{{path}}: {{problem}}; the operator rejects the definition',
      decodeFailedGoError: '{{path}}: {{problem}} ({{goError}}); the operator rejects the definition',
    },
  },
  check(ctx) {
    const { items, problems } = configItems(ctx);
    // The structure rule (JSON Schema) already reports most decode failures; report only the
    // places it does not cover (an int beyond int64, ...), once each.
    const structural = schemaIssues(ctx)
      .filter((i) => i.kind === 'structure')
      .map((i) => i.pointer);
    const coveredByStructure = (p: ConfigProblem) => {
      const ptr = pointerOf(p.path);
      return structural.some((s) => s === ptr || ptr.startsWith(`${s}/`));
    };
    const decodeAt = new Set(problems.filter((p) => p.code === 'decode-type').map((p) => pointerOf(p.path)));

    for (const p of problems) {
      if (p.code === 'unknown-type') {
        // `type: [..]` is a decode error first; its empty type name is no separate finding.
        if (decodeAt.has(pointerOf(p.path)) || coveredByStructure(p)) continue;
        const item = items.find((i) => i.index === p.itemIndex);
        const typeName = item?.typeName ?? '';
        const goError = p.goError ?? `unregistered field type: ${typeName}`;
        if (typeName === '') {
          reportAt(ctx, p.path, {
            node: valueTarget(ctx, p.path),
            messageId: exists(ctx, p.path) ? 'typeEmpty' : 'typeMissing',
            data: { item: item ? itemRef(item) : `config[${p.itemIndex}]`, goError, types: TYPES.join(', ') },
          });
        } else {
          reportAt(ctx, p.path, {
            node: valueTarget(ctx, p.path),
            messageId: 'typeUnknown',
            data: { path: p.pathText, type: typeName, goError, suggestion: suggestion(typeName) },
          });
        }
        continue;
      }
      if (p.code === 'invalid-regex') continue; // config-regex
      if (coveredByStructure(p)) continue;
      const v = goValueAt(ctx.value, p.path);
      if ((typeof v === 'bigint' && (v < INT64_MIN || v > INT64_MAX)) || (typeof v === 'number' && !Number.isNaN(v) && Math.abs(v) >= 2 ** 63)) {
        reportAt(ctx, p.path, {
          node: valueTarget(ctx, p.path),
          messageId: 'intOutOfRange',
          data: {
            path: p.pathText,
            written: ctx.stringOf(locate(ctx.root, p.path).node) ?? String(v),
            min: INT64_MIN,
            max: INT64_MAX,
            goError: String(p.goError),
          },
        });
        continue;
      }
      // The engine's message often quotes the Go error already; it is added only when it does not.
      const withGoError = p.goError !== undefined && p.goError !== '' && !p.message.includes(p.goError);
      reportAt(ctx, p.path, {
        node: valueTarget(ctx, p.path),
        messageId: withGoError ? 'decodeFailedGoError' : 'decodeFailed',
        data: { path: p.pathText, problem: p.message, goError: p.goError ?? '' },
      });
    }
  },
};
