// Field ownership for server-side apply, as the Kubernetes API server tracks it in
// `metadata.managedFields` (FieldsV1), restricted to what ConfigMaps and Namespaces need.
//
// A field path is a list of names. Maps under GRANULAR are "granular": each key is its own
// field (this is how structured-merge-diff treats `map[string]string` and struct fields);
// every other value is atomic. A path that names a granular map itself (the `.` entry in
// FieldsV1) is recorded when an Update creates the map, and when an Apply sends it empty.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Obj = { [k: string]: Json };
export type Path = string[];

/** Paths of the maps whose keys are tracked one by one. */
const GRANULAR = new Set(['', 'metadata', 'metadata\0labels', 'metadata\0annotations', 'data', 'binaryData', 'spec', 'status']);
/** Fields that are never owned (stripped before tracking, like the real field manager). */
const STRIPPED = new Set([
  'apiVersion',
  'kind',
  'metadata\0name',
  'metadata\0namespace',
  'metadata\0uid',
  'metadata\0resourceVersion',
  'metadata\0creationTimestamp',
  'metadata\0managedFields',
  'metadata\0generation',
  'metadata\0selfLink',
  'metadata\0deletionTimestamp',
  'metadata\0deletionGracePeriodSeconds',
]);

export const key = (p: Path): string => p.join('\0');
export const unkey = (k: string): Path => (k === '' ? [] : k.split('\0'));
const isGranular = (p: Path): boolean => GRANULAR.has(key(p));
const isMap = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function getPath(obj: Json | undefined, p: Path): Json | undefined {
  let cur: Json | undefined = obj;
  for (const seg of p) {
    if (!isMap(cur)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = cur[seg];
  }
  return cur;
}

export function setPath(obj: Obj, p: Path, value: Json): void {
  let cur: Obj = obj;
  for (let i = 0; i < p.length - 1; i++) {
    const next = cur[p[i]];
    if (!isMap(next)) cur[p[i]] = {};
    cur = cur[p[i]] as Obj;
  }
  cur[p[p.length - 1]] = value;
}

export function deletePath(obj: Obj, p: Path): void {
  const parent = getPath(obj, p.slice(0, -1));
  if (isMap(parent)) delete parent[p[p.length - 1]];
}

export function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (typeof a === 'object') {
    if (Array.isArray(b) || typeof b !== 'object') return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b as Obj);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Obj)[k], (b as Obj)[k]));
  }
  return false;
}

export const clone = <T extends Json>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** Every owned leaf of an object (and granular maps that are present but empty). */
export function leafPaths(obj: Json, p: Path = []): Path[] {
  if (isGranular(p) && isMap(obj)) {
    const out: Path[] = [];
    const keys = Object.keys(obj).filter((k) => !STRIPPED.has(key([...p, k])));
    // An empty granular map sent by an applier is owned (`f:data: {}`), but metadata that held
    // only stripped fields (name, namespace) is not: kube-apiserver records no `f:metadata` then.
    if (keys.length === 0 && p.length > 0) return key(p) === 'metadata' ? [] : [p];
    for (const k of keys) {
      if (obj[k] === null) continue;
      out.push(...leafPaths(obj[k], [...p, k]));
    }
    return out;
  }
  return [p];
}

/** Granular maps (other than the root and metadata) present in an object. */
function mapPaths(obj: Json, p: Path = []): Path[] {
  if (!isGranular(p) || !isMap(obj)) return [];
  const out: Path[] = p.length > 0 && key(p) !== 'metadata' ? [p] : [];
  for (const k of Object.keys(obj)) if (isGranular([...p, k])) out.push(...mapPaths(obj[k], [...p, k]));
  return out;
}

// ---- FieldsV1 encoding ----

export function encodeFields(set: Set<string>): Obj {
  const root: Obj = {};
  const paths = [...set].map(unkey).sort((a, b) => a.length - b.length);
  for (const p of paths) {
    let cur = root;
    for (let i = 0; i < p.length; i++) {
      const k = 'f:' + p[i];
      if (!isMap(cur[k])) cur[k] = {};
      cur = cur[k] as Obj;
    }
    if (p.length > 0 && Object.keys(cur).length > 0) cur['.'] = {};
  }
  // A map recorded as a field itself gets `.` once it also has children.
  for (const p of paths) {
    const node = getPath(root, p.map((s) => 'f:' + s)) as Obj;
    const children = Object.keys(node).filter((k) => k !== '.');
    if (children.length > 0) node['.'] = {};
  }
  return sortFields(root);
}

function sortFields(o: Obj): Obj {
  const out: Obj = {};
  const keys = Object.keys(o).sort((a, b) => (a === '.' ? -1 : b === '.' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) out[k] = sortFields(o[k] as Obj);
  return out;
}

export function decodeFields(fields: Json | undefined, p: Path = [], out = new Set<string>()): Set<string> {
  if (!isMap(fields)) return out;
  const keys = Object.keys(fields);
  if (p.length > 0 && (keys.length === 0 || keys.includes('.'))) out.add(key(p));
  for (const k of keys) {
    if (k === '.') continue;
    if (k.startsWith('f:')) decodeFields(fields[k], [...p, k.slice(2)], out);
    // k:{...} and v:... (list items) never occur in the types this server serves.
  }
  return out;
}

// ---- managed field entries ----

export interface Entry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  subresource?: string;
  set: Set<string>;
}

export function readEntries(obj: Obj | undefined): Entry[] {
  const mf = getPath(obj, ['metadata', 'managedFields']);
  if (!Array.isArray(mf)) return [];
  return mf.filter(isMap).map((e) => ({
    manager: String(e.manager ?? ''),
    operation: e.operation === 'Apply' ? 'Apply' : 'Update',
    apiVersion: String(e.apiVersion ?? 'v1'),
    time: String(e.time ?? ''),
    ...(e.subresource ? { subresource: String(e.subresource) } : {}),
    set: decodeFields(e.fieldsV1),
  }));
}

export function writeEntries(obj: Obj, entries: Entry[]): void {
  const kept = entries.filter((e) => e.set.size > 0);
  kept.sort((a, b) => {
    if (a.operation !== b.operation) return a.operation < b.operation ? -1 : 1;
    if (a.time !== b.time) return a.time < b.time ? -1 : 1;
    return a.manager < b.manager ? -1 : a.manager > b.manager ? 1 : 0;
  });
  const meta = (obj.metadata ??= {}) as Obj;
  if (kept.length === 0) {
    delete meta.managedFields;
    return;
  }
  meta.managedFields = kept.map((e) => {
    const out: Obj = { manager: e.manager, operation: e.operation, apiVersion: e.apiVersion, ...(e.time ? { time: e.time } : {}), fieldsType: 'FieldsV1', fieldsV1: encodeFields(e.set) };
    if (e.subresource) out.subresource = e.subresource;
    return out;
  });
}

const sameEntries = (a: Entry[], b: Entry[]): boolean =>
  a.length === b.length &&
  a.every((e) => {
    const o = b.find((x) => x.manager === e.manager && x.operation === e.operation);
    return !!o && o.set.size === e.set.size && [...e.set].every((k) => o.set.has(k));
  });

/** Drops the empty maps that Go's `omitempty` would not serialise, and explicit nulls. */
export function normalize(obj: Obj): Obj {
  const meta = obj.metadata as Obj | undefined;
  for (const [holder, k] of [
    [meta, 'labels'],
    [meta, 'annotations'],
    [obj, 'data'],
    [obj, 'binaryData'],
  ] as [Obj | undefined, string][]) {
    if (!holder) continue;
    const v = holder[k];
    if (v === null || (isMap(v) && Object.keys(v).length === 0)) delete holder[k];
    else if (isMap(v)) for (const kk of Object.keys(v)) if (v[kk] === null) delete v[kk];
  }
  return obj;
}

const withoutManaged = (o: Obj | undefined): Obj | undefined => {
  if (!o) return o;
  const c = clone(o);
  if (isMap(c.metadata)) delete c.metadata.managedFields;
  return c;
};

export interface Conflict {
  manager: Entry;
  path: Path;
}

/** `.data.module.yaml`-style rendering of a path, as structured-merge-diff prints it. */
export const pathString = (p: Path): string => p.map((s) => '.' + s).join('');

/** How a manager is named in conflict messages (printManager in the API server). */
export function printManager(e: Entry): string {
  let s = JSON.stringify(e.manager);
  if (e.subresource) s += ` with subresource ${JSON.stringify(e.subresource)}`;
  if (e.operation === 'Update') s += ` using ${e.apiVersion}`;
  return s;
}

export interface ApplyResult {
  object: Obj;
  changed: boolean;
  conflicts: Conflict[];
}

/**
 * Server-side apply of `applied` by `manager` onto `live` (undefined when the object does
 * not exist yet). Returns the merged object with managedFields, or the conflicts.
 */
export function applyObject(live: Obj | undefined, applied: Obj, manager: string, force: boolean, now: string): ApplyResult {
  let entries = readEntries(live);
  if (live && entries.length === 0) {
    // Objects written before anyone applied get a synthetic owner of everything.
    const all = new Set(leafPaths(withoutManaged(live)!).map(key));
    if (all.size) entries = [{ manager: 'before-first-apply', operation: 'Update', apiVersion: 'v1', time: now, set: all }];
  }
  const appliedSet = new Set(leafPaths(applied).map(key));
  const selfIdx = entries.findIndex((e) => e.manager === manager && e.operation === 'Apply' && !e.subresource);
  const self = selfIdx >= 0 ? entries[selfIdx] : undefined;
  const others = entries.filter((e) => e !== self);

  const conflicts: Conflict[] = [];
  for (const k of appliedSet) {
    const p = unkey(k);
    if (deepEqual(getPath(applied, p), getPath(live, p))) continue;
    for (const e of others) if (e.set.has(k)) conflicts.push({ manager: e, path: p });
  }
  if (conflicts.length && !force) return { object: live ?? applied, changed: false, conflicts };
  for (const c of conflicts) c.manager.set.delete(key(c.path));

  const result: Obj = live ? clone(live) : { apiVersion: applied.apiVersion ?? 'v1', kind: applied.kind ?? 'ConfigMap', metadata: {} };
  for (const k of appliedSet) {
    const p = unkey(k);
    const v = getPath(applied, p) as Json;
    // An empty map claims the map, it does not empty it: other managers' keys stay.
    if (isMap(v) && Object.keys(v).length === 0 && isMap(getPath(result, p))) continue;
    setPath(result, p, clone(v));
  }
  if (self) {
    for (const k of self.set) {
      if (appliedSet.has(k)) continue;
      if (others.some((e) => e.set.has(k))) continue;
      // Giving up a map removes it only when no one else owns a key in it.
      if (others.some((e) => [...e.set].some((o) => o.startsWith(k + '\0')))) continue;
      deletePath(result, unkey(k));
    }
  }
  normalize(result);
  const objectChanged = !live || !deepEqual(withoutManaged(result), withoutManaged(live));
  // kube-apiserver stamps the applier's entry only when the object itself changed; an apply that
  // only takes a share of fields keeps the entry's old time, or has none (it then sorts first).
  const selfTime = objectChanged ? now : (self?.time ?? '');
  const newSelf: Entry = { manager, operation: 'Apply', apiVersion: String(applied.apiVersion ?? 'v1'), time: selfTime, set: appliedSet };
  const nextEntries = [...others.filter((e) => e.set.size > 0), newSelf];
  const liveEntries = readEntries(live);
  const changed = objectChanged || !sameEntries(nextEntries, liveEntries);
  if (!changed) return { object: live!, changed: false, conflicts: [] };
  // Other managers keep their timestamps; the applier's entry is stamped now.
  for (const e of nextEntries) {
    if (e === newSelf) continue;
    const old = liveEntries.find((x) => x.manager === e.manager && x.operation === e.operation);
    if (old) e.time = old.time;
  }
  writeEntries(result, nextEntries);
  return { object: result, changed: true, conflicts: [] };
}

/** Ownership after a create/update/patch (operation Update) by `manager`. */
export function updateObject(live: Obj | undefined, next: Obj, manager: string, now: string): Obj {
  const result = normalize(clone(next));
  const entries = readEntries(live);
  const oldLeaves = new Set(live ? leafPaths(withoutManaged(live)!).map(key) : []);
  const newLeaves = leafPaths(withoutManaged(result)!).map(key);
  const changed = new Set<string>();
  for (const k of newLeaves) if (!oldLeaves.has(k) || !deepEqual(getPath(live, unkey(k)), getPath(result, unkey(k)))) changed.add(k);
  for (const p of mapPaths(result)) if (getPath(live, p) === undefined) changed.add(key(p));
  const newLeafSet = new Set(newLeaves);
  const removed = [...oldLeaves].filter((k) => !newLeafSet.has(k));
  let self = entries.find((e) => e.manager === manager && e.operation === 'Update' && !e.subresource);
  for (const e of entries) {
    for (const k of removed) e.set.delete(k);
    for (const k of [...e.set]) if (getPath(result, unkey(k)) === undefined) e.set.delete(k);
    if (e !== self) for (const k of changed) e.set.delete(k);
  }
  if (changed.size) {
    if (!self) {
      self = { manager, operation: 'Update', apiVersion: 'v1', time: now, set: new Set() };
      entries.push(self);
    }
    for (const k of changed) self.set.add(k);
    self.time = now;
  }
  writeEntries(result, entries);
  return result;
}

/** Total bytes of data and binaryData values, as ValidateConfigMap counts them. */
export function configMapSize(obj: Obj): number {
  let n = 0;
  const data = obj.data;
  if (isMap(data)) for (const v of Object.values(data)) if (typeof v === 'string') n += Buffer.byteLength(v, 'utf8');
  const bin = obj.binaryData;
  if (isMap(bin)) for (const v of Object.values(bin)) if (typeof v === 'string') n += Buffer.from(v, 'base64').length;
  return n;
}
