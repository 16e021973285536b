import { isFormatName, loadFormatter } from '../../formatters/index.ts';
import type { FileResult, LintResult } from '../../lint/result.ts';
import { registeredRules } from '../../rules/registry.ts';
import { toGoValue } from '../../load/convert.ts';
import { parseYamlStream } from '../../load/parse-stream.ts';
import { RenderInputError, render, toJson, toYaml, yamlUnmarshalAny } from '../../render/index.ts';
import type { ConfigOverride, RenderResult, SourceText } from '../../render/index.ts';
import type { GoMap, GoValue } from '../../values/go-value.ts';
import { isGoMap } from '../../values/go-value.ts';
import { useColor } from '../output.ts';
import { UsageError } from '../usage-error.ts';
import { TOOL_VERSION } from '../version.ts';
import { maxFileBytes, readSource } from '../read-source.ts';
import type { Assignment, RenderFlags } from './render.ts';

function splitAssignment(flag: string, arg: string): [string, string] {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new UsageError(`${flag} ${arg}: expected key=value, e.g. ${flag} replicas=3`);
  const key = arg.slice(0, eq);
  if (key.includes('.')) {
    throw new UsageError(`${flag} ${arg}: config is a flat map of aliases, so "${key}" cannot be a path; use the alias itself (e.g. ${flag} ${key.split('.').pop()}=...)`);
  }
  return [key, arg.slice(eq + 1)];
}

function valuesFile(path: string, max: number): ConfigOverride {
  const src = readSource(path, '--values', max);
  const docs = parseYamlStream(src.text);
  const first = docs[0];
  if (first && first.errors.length) throw new UsageError(`--values ${path}: not valid YAML or JSON: ${first.errors[0].message}`);
  const v: GoValue = first ? toGoValue(first.root) : null;
  if (v === null) return { source: path, values: new Map() };
  if (!isGoMap(v)) throw new UsageError(`--values ${path}: expected a map of config aliases to values`);
  return { source: path, values: v };
}

function overrides(flags: RenderFlags, assignments: readonly Assignment[]): ConfigOverride[] {
  const max = maxFileBytes(flags.maxFileSize);
  const out: ConfigOverride[] = (flags.values ?? []).map((v) => valuesFile(v, max));
  for (const { flag, arg } of assignments) {
    const [k, raw] = splitAssignment(flag, arg);
    let value: GoValue = raw;
    if (flag === '--set') {
      const parsed = yamlUnmarshalAny(raw);
      if (parsed.ok) value = parsed.value;
    }
    out.push({ source: `${flag} ${arg}`, values: new Map([[k, value]]) });
  }
  return out;
}

export async function runRender(definition: string, flags: RenderFlags, assignments: readonly Assignment[]): Promise<number> {
  if (!isFormatName(flags.format)) throw new UsageError(`unknown format ${flags.format}`);
  const max = maxFileBytes(flags.maxFileSize);
  const source = readSource(definition, 'definition', max);
  const module = flags.module ? readSource(flags.module, '--module', max) : undefined;
  let result: RenderResult;
  try {
    result = render(source, {
      module,
      overrides: overrides(flags, assignments),
      releaseName: flags.releaseName,
      namespace: flags.namespace,
      operatorVersion: flags.operatorVersion,
    });
  } catch (e) {
    if (e instanceof RenderInputError) throw new UsageError(e.message);
    throw e;
  }

  // The operator installs nothing when validation or rendering fails, so neither do we print
  // a spec then (as `helm template` prints nothing on error); the findings say why.
  if (result.errorCount === 0) {
    const doc: GoMap = flags.configOnly ? result.effectiveConfig : outputDocument(result);
    process.stdout.write(flags.output === 'json' ? `${toJson(doc)}\n` : toYaml(doc));
  }

  if (result.findings.length) await printFindings(result, [source, ...(module ? [module] : [])], flags);
  return result.errorCount > 0 ? 1 : 0;
}

function outputDocument(r: RenderResult): GoMap {
  const doc: GoMap = new Map<string, GoValue>([
    ['operatorVersion', r.operatorVersion],
    ['releaseName', r.releaseName],
  ]);
  if (r.namespace !== undefined) doc.set('namespace', r.namespace);
  doc.set('config', r.effectiveConfig);
  if (r.spec !== undefined) doc.set('spec', r.spec);
  if (r.installBody !== undefined) doc.set('installBody', r.installBody);
  return doc;
}

async function printFindings(r: RenderResult, sources: SourceText[], flags: RenderFlags): Promise<void> {
  const files: FileResult[] = [];
  for (const s of sources) {
    const findings = r.findings.filter((f) => f.file === s.file);
    files.push({ file: s.file, findings, documents: [], source: s.text });
  }
  const lint: LintResult = { files, errorCount: r.errorCount, warningCount: r.warningCount, documentCount: 1, skippedCount: 0 };
  const rules = registeredRules();
  const formatter = await loadFormatter(flags.format as Parameters<typeof loadFormatter>[0]);
  const text = formatter(lint, { color: useColor(process.stderr, flags.color), cwd: process.cwd(), rules, toolVersion: TOOL_VERSION });
  if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
