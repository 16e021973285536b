// Building the ConfigMaps that `publish` applies: names, labels, the content hash, sibling
// values/plugin ConfigMaps, and the checks made before anything is sent.
import { createHash } from 'node:crypto';
import YAML from 'yaml';
import type { PlannedConfigMap, PublishItem } from './types.ts';

export const MANAGER = 'forkspacer-def';
export const MAX_CONFIGMAP_BYTES = 1024 * 1024;
export const DEFINITION_KEY = 'module.yaml';
export const LABEL_MANAGED_BY = 'app.kubernetes.io/managed-by';
export const LABEL_NAME = 'forkspacer.com/definition-name';
export const LABEL_VERSION = 'forkspacer.com/definition-version';
export const LABEL_KIND = 'forkspacer.com/definition-kind';
export const LABEL_PART = 'forkspacer.com/part';
export const ANNOTATION_SHA = 'forkspacer.com/content-sha256';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export class PlanError extends Error {}

/** Makes `raw` a DNS-1123 subdomain (lowercase, `[a-z0-9.-]`, alphanumeric at both ends of each label, ≤ 253). */
export function sanitizeName(raw: string): string {
  let s = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(/[^a-z0-9.-]+/g, '-');
  s = s
    .split('.')
    .map((label) => label.replace(/-+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((label) => label.length > 0)
    .join('.');
  return s;
}

export const isDnsSubdomain = (s: string): boolean => s.length > 0 && s.length <= 253 && DNS1123_SUBDOMAIN.test(s);
export const isDnsLabel = (s: string): boolean => s.length > 0 && s.length <= 63 && DNS1123_LABEL.test(s);

/** Expands `{name}`, `{version}`, `{kind}` and sanitises the result; throws PlanError when impossible. */
export function renderName(template: string, item: PublishItem): { name: string; raw: string; sanitised: boolean } {
  const unknown = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]).filter((k) => !['name', 'version', 'kind'].includes(k));
  if (unknown.length) throw new PlanError(`--name-template ${JSON.stringify(template)}: unknown placeholder {${unknown[0]}} (use {name}, {version}, {kind})`);
  if (template.includes('{version}') && !item.version)
    throw new PlanError(`${where(item)}: --name-template uses {version} but definition ${JSON.stringify(item.name)} has no metadata.version`);
  const raw = template.replace(/\{(name|version|kind)\}/g, (_, k: string) => String(k === 'name' ? item.name : k === 'version' ? item.version : item.kind));
  const name = sanitizeName(raw);
  if (!name)
    throw new PlanError(`${where(item)}: ConfigMap name ${JSON.stringify(raw)} has no letters or digits left after making it a DNS-1123 name; choose another --name-template`);
  if (name.length > 253)
    throw new PlanError(`${where(item)}: ConfigMap name ${JSON.stringify(name)} is ${name.length} characters; a DNS-1123 name has at most 253 (shorten --name-template)`);
  return { name, raw, sanitised: name !== raw };
}

/** A label value: ≤ 63 characters of `[A-Za-z0-9._-]`, alphanumeric at both ends. */
export function labelValue(raw: string): string {
  let s = raw.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 63);
  s = s.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
  return s;
}

export const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

export function where(item: PublishItem): string {
  return `${item.sourceFile}:${item.line}`;
}

export function configMapSize(obj: Record<string, unknown>): number {
  let n = 0;
  const data = obj.data as Record<string, string> | undefined;
  if (data) for (const v of Object.values(data)) n += Buffer.byteLength(v, 'utf8');
  const bin = obj.binaryData as Record<string, string> | undefined;
  if (bin) for (const v of Object.values(bin)) n += Buffer.from(v, 'base64').length;
  return n;
}

function baseLabels(item: PublishItem): Record<string, string> {
  const labels: Record<string, string> = { [LABEL_MANAGED_BY]: MANAGER, [LABEL_NAME]: labelValue(item.name), [LABEL_KIND]: labelValue(item.kind) };
  if (item.version) labels[LABEL_VERSION] = labelValue(item.version);
  if (!labels[LABEL_NAME]) delete labels[LABEL_NAME];
  if (!labels[LABEL_KIND]) delete labels[LABEL_KIND];
  if (labels[LABEL_VERSION] === '') delete labels[LABEL_VERSION];
  return labels;
}

function makeConfigMap(
  name: string,
  namespace: string,
  labels: Record<string, string>,
  sha: string,
  body: { data?: Record<string, string>; binaryData?: Record<string, string> },
): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace, labels, annotations: { [ANNOTATION_SHA]: sha } },
    ...body,
  };
}

export interface SiblingFiles {
  values?: { text: string; key: string; file: string };
  plugin?: { bytes: Buffer; file: string };
}

/** Where a definition says its values/plugin ConfigMap is (`spec.values[].configMap`, `spec.repo.configMap`). */
function referencedConfigMap(item: PublishItem, role: 'values' | 'plugin'): { name?: string; namespace?: string; key?: string } | undefined {
  let doc: unknown;
  try {
    doc = YAML.parse(item.text);
  } catch {
    return undefined;
  }
  const spec = (doc as { spec?: Record<string, unknown> } | null)?.spec;
  if (!spec || typeof spec !== 'object') return undefined;
  if (role === 'plugin') {
    const cm = (spec.repo as { configMap?: Record<string, unknown> } | undefined)?.configMap;
    return cm && typeof cm === 'object' ? { name: str(cm.name), namespace: str(cm.namespace) } : undefined;
  }
  const values = Array.isArray(spec.values) ? spec.values : [];
  for (const v of values) {
    const cm = (v as { configMap?: Record<string, unknown> } | null)?.configMap;
    if (cm && typeof cm === 'object') return { name: str(cm.name), namespace: str(cm.namespace), key: str(cm.key) };
  }
  return undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export interface Plan {
  configMaps: PlannedConfigMap[];
  errors: string[];
  notes: string[];
}

/** Builds every ConfigMap; collects all problems instead of stopping at the first. */
export function planConfigMaps(items: PublishItem[], namespace: string, nameTemplate: string | undefined, siblings: SiblingFiles): Plan {
  const errors: string[] = [];
  const notes: string[] = [];
  const configMaps: PlannedConfigMap[] = [];
  if (!isDnsLabel(namespace)) errors.push(`namespace ${JSON.stringify(namespace)} is not a valid namespace name (a DNS-1123 label)`);
  const template = nameTemplate ?? '{name}';
  for (const item of items) {
    let n: ReturnType<typeof renderName>;
    try {
      n = renderName(template, item);
    } catch (e) {
      errors.push((e as Error).message);
      continue;
    }
    if (n.sanitised) notes.push(`${where(item)}: ConfigMap name ${JSON.stringify(n.raw)} sanitised to ${JSON.stringify(n.name)}`);
    const labels = baseLabels(item);
    const obj = makeConfigMap(n.name, namespace, { ...labels }, sha256(item.text), { data: { [DEFINITION_KEY]: item.text } });
    configMaps.push({ role: 'definition', name: n.name, namespace, object: obj, size: configMapSize(obj), item });

    if (siblings.values) {
      if (item.kind !== 'Helm') {
        errors.push(`${where(item)}: --values publishes Helm values, but ${JSON.stringify(item.name)} is a ${item.kind} definition`);
      } else {
        const ref = referencedConfigMap(item, 'values');
        const name = ref?.name ?? `${n.name}-values`;
        const key = siblings.values.key;
        if (ref?.name && ref.namespace && ref.namespace !== namespace)
          notes.push(`${where(item)}: the definition reads values from configmap ${ref.namespace}/${ref.name}, but they are published to namespace ${namespace}`);
        if (ref?.key && ref.key !== key)
          notes.push(
            `${where(item)}: the definition reads values key ${JSON.stringify(ref.key)}, but they are published under ${JSON.stringify(key)} (use --values-key ${ref.key})`,
          );
        if (!ref?.name) notes.push(`${where(item)}: values published to configmap/${name}; reference it from spec.values[].configMap`);
        if (!isDnsSubdomain(name)) errors.push(`${where(item)}: values ConfigMap name ${JSON.stringify(name)} is not a DNS-1123 name`);
        else {
          const vo = makeConfigMap(name, namespace, { ...labels, [LABEL_PART]: 'values' }, sha256(siblings.values.text), { data: { [key]: siblings.values.text } });
          configMaps.push({ role: 'values', name, namespace, object: vo, size: configMapSize(vo), item });
        }
      }
    }
    if (siblings.plugin) {
      if (item.kind !== 'Custom') {
        errors.push(`${where(item)}: --plugin publishes a Custom module's plugin, but ${JSON.stringify(item.name)} is a ${item.kind} definition`);
      } else {
        const ref = referencedConfigMap(item, 'plugin');
        const name = ref?.name ?? `${n.name}-plugin`;
        if (ref?.name && ref.namespace && ref.namespace !== namespace)
          notes.push(`${where(item)}: the definition loads its plugin from configmap ${ref.namespace}/${ref.name}, but it is published to namespace ${namespace}`);
        if (!ref?.name) notes.push(`${where(item)}: plugin published to configmap/${name}; reference it from spec.repo.configMap`);
        if (!isDnsSubdomain(name)) errors.push(`${where(item)}: plugin ConfigMap name ${JSON.stringify(name)} is not a DNS-1123 name`);
        else {
          const po = makeConfigMap(name, namespace, { ...labels, [LABEL_PART]: 'plugin' }, sha256(siblings.plugin.bytes), {
            binaryData: { plugin: siblings.plugin.bytes.toString('base64') },
          });
          configMaps.push({ role: 'plugin', name, namespace, object: po, size: configMapSize(po), item });
        }
      }
    }
  }
  // Two inputs must not write the same ConfigMap.
  const seen = new Map<string, PlannedConfigMap>();
  for (const cm of configMaps) {
    const prev = seen.get(cm.name);
    if (prev && !(prev.role === cm.role && prev.role !== 'definition' && sameContent(prev, cm))) {
      errors.push(
        `configmap/${cm.name} would be written twice: by ${where(prev.item)} (${prev.item.name}, ${prev.role}) and ${where(cm.item)} (${cm.item.name}, ${cm.role}); use --name-template, e.g. '{name}-{version}'`,
      );
    }
    if (!prev) seen.set(cm.name, cm);
  }
  // A shared sibling (several definitions naming the same values ConfigMap) is applied once.
  const unique = configMaps.filter((cm, i) => configMaps.findIndex((o) => o.name === cm.name) === i);
  for (const cm of unique) {
    if (cm.size > MAX_CONFIGMAP_BYTES)
      errors.push(
        `configmap/${cm.name} (${cm.role === 'definition' ? where(cm.item) : cm.role + ' for ' + where(cm.item)}) would hold ${cm.size} bytes; a ConfigMap holds at most 1 MiB (${MAX_CONFIGMAP_BYTES} bytes)`,
      );
  }
  return { configMaps: unique, errors, notes };
}

function sameContent(a: PlannedConfigMap, b: PlannedConfigMap): boolean {
  return JSON.stringify({ d: a.object.data, b: a.object.binaryData }) === JSON.stringify({ d: b.object.data, b: b.object.binaryData });
}

/** Whether a live ConfigMap is ours: our label, or a field manager entry of ours. */
export function isManagedByUs(live: Record<string, unknown>, manager = MANAGER): boolean {
  const meta = (live.metadata ?? {}) as Record<string, unknown>;
  const labels = (meta.labels ?? {}) as Record<string, string>;
  if (labels[LABEL_MANAGED_BY] === MANAGER) return true;
  const mf = Array.isArray(meta.managedFields) ? (meta.managedFields as { manager?: string }[]) : [];
  return mf.some((e) => e.manager === manager);
}

export function managersOf(live: Record<string, unknown>): string[] {
  const meta = (live.metadata ?? {}) as Record<string, unknown>;
  const mf = Array.isArray(meta.managedFields) ? (meta.managedFields as { manager?: string; operation?: string }[]) : [];
  return [...new Set(mf.map((e) => `${e.manager} (${e.operation})`))];
}
