/**
 * Markdown for a definition's users, in the spirit of helm-docs: what it installs, where it runs,
 * what can be configured, and a Module to start from.
 */
import { defaultValue } from '../../config/index.ts';
import type { ConfigItem } from '../../config/index.ts';
import { yamlFloatText } from '../../config/go-format.ts';
import { cmp, describeReleases } from '../../operator/acceptance.ts';
import { yamlString } from '../../render/yaml-out.ts';
import type { GoValue } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';
import type { DefinitionDoc } from './model.ts';
import { dialectName } from './model.ts';

export interface MarkdownOptions {
  /** Level of each definition's title (1 for a standalone file, 2 inside a README section). */
  headingLevel?: number;
}

/** Escapes text for Markdown inline content (and table cells: `|` included). */
export function escapeText(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A code span that holds any text: a fence longer than any backtick run inside, padded where needed. */
export function codeSpan(s: string): string {
  const flat = s.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span inside a GFM table cell: pipes must be escaped even there. */
export function cellCode(s: string): string {
  return codeSpan(s).replace(/\|/g, '\\|');
}

/** A value as it would be written in YAML (strings quoted only when they must be). */
export function yamlValue(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return yamlFloatText(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => (typeof x === 'string' ? JSON.stringify(x) : yamlValue(x))).join(', ')}]`;
  if (isGoMap(v)) return `{${[...v].map(([k, x]) => `${JSON.stringify(k)}: ${yamlValue(x)}`).join(', ')}}`;
  return String(v);
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function isAnchored(re: string): boolean {
  return re.startsWith('^') && re.endsWith('$') && !re.endsWith('\\$');
}

function constraints(item: ConfigItem): string {
  const parts: string[] = [];
  switch (item.kind) {
    case 'integer':
    case 'float': {
      const num = (n: bigint | number) => cellCode(typeof n === 'number' ? yamlFloatText(n) : n.toString());
      const bounds = [item.min !== null ? `min ${num(item.min)}` : '', item.max !== null ? `max ${num(item.max)}` : ''].filter(Boolean);
      if (bounds.length) parts.push(bounds.join(', '));
      break;
    }
    case 'string':
      if (item.regex !== null) parts.push(`regex ${cellCode(item.regex)}${isAnchored(item.regex) ? '' : ' (matches anywhere in the value)'}`);
      break;
    case 'option':
      parts.push(item.values.length ? `one of ${item.values.map(cellCode).join(', ')}` : 'no values listed');
      break;
    case 'multiple-options': {
      parts.push(item.values.length ? `any of ${item.values.map(cellCode).join(', ')}` : 'no values listed');
      if (item.min !== null || item.max !== null) {
        parts.push(
          item.min !== null && item.max !== null
            ? `${item.min} to ${item.max} selections`
            : item.min !== null
              ? `at least ${item.min} selections`
              : `at most ${item.max} selections`,
        );
      }
      break;
    }
    case 'unknown':
      break;
  }
  return parts.length ? parts.join('; ') : '—';
}

function typeText(item: ConfigItem): string {
  if (item.kind === 'unknown') return `unknown (${cellCode(item.typeName)})`;
  return item.typeName;
}

function defaultText(item: ConfigItem): string {
  if (item.kind === 'unknown') return '—';
  if (item.required) return '— (required)';
  const v = defaultValue(item);
  return cellCode(yamlValue(v));
}

export function configTable(items: readonly ConfigItem[]): string {
  const rows = ['| Alias | Name | Type | Default | Required | Editable | Constraints |', '|---|---|---|---|---|---|---|'];
  for (const item of items) {
    rows.push(
      `| ${cellCode(item.alias)} | ${escapeText(item.name) || '—'} | ${typeText(item)} | ${defaultText(item)} | ${yesNo(item.required)} | ${yesNo(item.editable)} | ${constraints(item)} |`,
    );
  }
  return rows.join('\n');
}

/** The Module's config: editable items with their defaults; the others as comments. */
function moduleConfigLines(items: readonly ConfigItem[]): string[] {
  const lines: string[] = [];
  const byAlias = new Map<string, ConfigItem>();
  for (const item of items) byAlias.set(item.alias, item); // the operator keeps the last of a duplicate alias
  for (const item of byAlias.values()) {
    if (item.kind === 'unknown') continue;
    const typed = item;
    const value = yamlValue(defaultValue(typed));
    const key = yamlString(item.alias);
    if (!item.editable) {
      lines.push(`    # ${key}: not editable (always ${value})`);
    } else if (item.required && !item.written.has('default')) {
      lines.push(`    ${key}: ${value} # required: set a value`);
    } else {
      lines.push(`    ${key}: ${value}${item.required ? ' # required' : ''}`);
    }
  }
  return lines;
}

export function exampleModule(d: DefinitionDoc): string {
  const name = d.name ?? 'my-module';
  const oldGroup = d.acceptedOperatorVersions.length > 0 && d.acceptedOperatorVersions.every((v) => cmp(v, '0.1.3') < 0);
  const lines = [
    `apiVersion: ${oldGroup ? 'batch.environment.sh/v1' : 'batch.forkspacer.com/v1'}`,
    'kind: Module',
    'metadata:',
    `  name: ${yamlString(name)}`,
    '  namespace: default',
    'spec:',
    '  source:',
    '    # the ConfigMap `forkspacer-def publish` writes (data key module.yaml),',
    `    # or: httpURL: https://example.com/definitions/${name}.yaml`,
    '    configMap:',
    `      name: ${yamlString(name)}`,
    '      namespace: default',
    '  workspace:',
    '    name: default',
    '    namespace: default',
  ];
  const config = moduleConfigLines(d.items);
  if (config.some((l) => !l.trimStart().startsWith('#'))) lines.push('  config:', ...config);
  else if (config.length) lines.push('  # no config item is editable, so a Module cannot set any:', ...config.map((l) => l.replace(/^ {4}/, '  ')));
  return `${lines.join('\n')}\n`;
}

function operatorVersions(d: DefinitionDoc): string {
  const set = d.acceptedOperatorVersions.length ? describeReleases(d.acceptedOperatorVersions) : 'none (run `forkspacer-def lint` to see why)';
  return d.supportedOperatorVersion !== undefined ? `${set} (supportedOperatorVersion ${codeSpan(d.supportedOperatorVersion)})` : set;
}

export function definitionMarkdown(d: DefinitionDoc, options: MarkdownOptions = {}): string {
  const level = Math.min(Math.max(options.headingLevel ?? 1, 1), 5);
  const h = (n: number) => '#'.repeat(level + n);
  const title = d.name ?? d.file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
  const out: string[] = [`${h(0)} ${escapeText(title)}`, ''];
  if (d.description) out.push(escapeText(d.description), '');
  const facts: string[] = [];
  const fact = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') facts.push(`- **${label}:** ${value}`);
  };
  fact('Version', d.version !== undefined ? escapeText(d.version) : undefined);
  fact('Kind', escapeText(dialectName(d.dialect)));
  fact('Author', d.author !== undefined ? escapeText(d.author) : undefined);
  fact('Category', d.category !== undefined ? escapeText(d.category) : undefined);
  if (d.cpu !== undefined || d.memory !== undefined) {
    fact('Resource usage', [d.cpu !== undefined ? `CPU ${codeSpan(d.cpu)}` : '', d.memory !== undefined ? `memory ${codeSpan(d.memory)}` : ''].filter(Boolean).join(', '));
  }
  fact('Operator versions', operatorVersions(d));
  if (d.source && d.source.parts.length) {
    fact(
      d.source.label,
      d.source.parts
        .map((p) => {
          const i = p.indexOf(' ');
          const key = p.slice(0, i);
          return d.source!.parts.length === 1 && key.toLowerCase() === d.source!.label.toLowerCase() ? codeSpan(p.slice(i + 1)) : `${key} ${codeSpan(p.slice(i + 1))}`;
        })
        .join(', '),
    );
  }
  fact('Icon', d.image !== undefined ? `<${d.image.replace(/[<>\s]/g, encodeURIComponent)}>` : undefined);
  out.push(...facts, '');

  out.push(`${h(1)} Configuration`, '');
  if (d.items.length === 0) {
    out.push('This definition has no config items; a Module sets no `spec.config`.', '');
  } else {
    out.push(
      'A Module sets these by alias in its `spec.config`. Items that are not editable cannot be set; a missing optional item gets its default, a missing required item is an error.',
      '',
      configTable(d.items),
      '',
    );
  }
  if (d.problems.length) {
    out.push(`> **Note:** the operator rejects this definition as written: ${d.problems.map((p) => `${codeSpan(p.pathText)}: ${escapeText(p.message)}`).join('; ')}`, '');
  }
  out.push(`${h(1)} Example Module`, '', '```yaml', exampleModule(d).trimEnd(), '```', '');
  return out.join('\n');
}

export function docsMarkdown(defs: readonly DefinitionDoc[], options: MarkdownOptions = {}): string {
  return `${defs.map((d) => definitionMarkdown(d, options).trimEnd()).join('\n\n')}\n`;
}
