import type { YNode } from '../load/ynode.ts';
import { keyText } from '../load/ynode.ts';

/**
 * A yes/no JSON Schema check run on the YAML tree itself, so that a valid definition (the
 * usual case) skips toPlainData and the precompiled ajv validator, whose generated code is
 * the costliest part of a lint before the JIT has warmed up. It answers exactly what ajv
 * answers on toPlainData(node) (strict: false, no coercion, no defaults), for the keywords the
 * definition schemas use: type, properties, additionalProperties, required, const, enum,
 * items, allOf, anyOf, if/then/else, $ref into $defs, and annotations. A schema with anything
 * else compiles to undefined, and the caller keeps to ajv. A map whose keys are not all
 * distinct scalar texts (toPlainData would drop or merge some) makes the check give up (false):
 * ajv then decides, and gives the errors.
 */
export type FastCheck = (node: YNode | null | undefined) => boolean;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Check = (node: YNode | null | undefined) => boolean;

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default']);
const KEYWORDS = new Set(['type', 'properties', 'additionalProperties', 'required', 'const', 'enum', 'items', 'allOf', 'anyOf', 'if', 'then', 'else', '$ref', '$defs']);

class Unsupported {}
const UNSUPPORTED = new Unsupported();
function unsupported(): never {
  throw UNSUPPORTED;
}

/** toPlainData would not give this map one property per pair: let ajv judge the document. */
class Inexact {}
const INEXACT = new Inexact();

// JSON types as bits, for `type` lists.
const NULL = 1;
const BOOLEAN = 2;
const STRING = 4;
const NUMBER = 8;
const ARRAY = 16;
const OBJECT = 32;
const TYPE_BITS: Record<string, number> = { null: NULL, boolean: BOOLEAN, string: STRING, number: NUMBER, array: ARRAY, object: OBJECT };

/** The JSON type toPlainData gives a node. */
function typeBit(n: YNode | null | undefined): number {
  if (n == null) return NULL;
  switch (n.kind) {
    case 'seq':
      return ARRAY;
    case 'map':
      return OBJECT;
    case 'scalar': {
      const v = n.value;
      if (v === null) return NULL;
      switch (typeof v) {
        case 'boolean':
          return BOOLEAN;
        case 'string':
          return STRING;
        default:
          return NUMBER; // bigint and number both become a JS number
      }
    }
  }
}

/** The primitive toPlainData gives a scalar (undefined for collections). */
function primitive(n: YNode | null | undefined): null | boolean | string | number | undefined {
  if (n == null) return null;
  if (n.kind !== 'scalar') return undefined;
  return typeof n.value === 'bigint' ? Number(n.value) : n.value;
}

const isObject = (s: Json): s is JsonObject => s !== null && typeof s === 'object' && !Array.isArray(s);

/** Compiles a schema (as its JSON text would give it) into a FastCheck, or undefined if it uses more. */
export function compileFastCheck(schema: unknown): FastCheck | undefined {
  const root = JSON.parse(JSON.stringify(schema)) as Json;
  const defs = isObject(root) && isObject(root.$defs ?? null) ? (root.$defs as JsonObject) : {};
  const refs = new Map<string, { check?: Check }>();

  function ref(pointer: string): Check {
    if (!pointer.startsWith('#/$defs/')) unsupported();
    const name = pointer.slice('#/$defs/'.length);
    if (!Object.hasOwn(defs, name)) unsupported();
    let slot = refs.get(name);
    if (!slot) {
      slot = {};
      refs.set(name, slot);
      slot.check = compile(defs[name]);
    }
    if (slot.check) return slot.check;
    const s = slot; // a $ref back into a definition still being compiled
    return (n) => (s.check as Check)(n);
  }

  function compile(schema: Json): Check {
    if (schema === true) return () => true;
    if (schema === false) return () => false;
    if (!isObject(schema)) unsupported();
    for (const k of Object.keys(schema)) if (!KEYWORDS.has(k) && !ANNOTATIONS.has(k)) unsupported();
    // Only the root may name a base URI or hold $defs: every $ref resolves against the root.
    if (schema !== root && (schema.$id !== undefined || schema.$defs !== undefined)) unsupported();
    const checks: Check[] = [];
    if (schema.$ref !== undefined) {
      if (typeof schema.$ref !== 'string') unsupported();
      checks.push(ref(schema.$ref));
    }
    if (schema.type !== undefined) checks.push(typeCheck(schema.type));
    if (schema.const !== undefined) checks.push(oneOfValues([schema.const]));
    if (schema.enum !== undefined) {
      if (!Array.isArray(schema.enum)) unsupported();
      checks.push(oneOfValues(schema.enum));
    }
    if (schema.properties !== undefined || schema.additionalProperties !== undefined || schema.required !== undefined) checks.push(objectCheck(schema));
    if (schema.items !== undefined) {
      if (!isObject(schema.items) && typeof schema.items !== 'boolean') unsupported(); // tuple form
      const item = compile(schema.items);
      checks.push((n) => {
        if (n == null || n.kind !== 'seq') return true;
        for (let i = 0; i < n.items.length; i++) if (!item(n.items[i])) return false;
        return true;
      });
    }
    if (schema.allOf !== undefined) {
      if (!Array.isArray(schema.allOf)) unsupported();
      const all = schema.allOf.map(compile);
      const every: Check = (n) => {
        for (let i = 0; i < all.length; i++) if (!all[i](n)) return false;
        return true;
      };
      checks.push(switchOn(schema.allOf, every) ?? every);
    }
    if (schema.anyOf !== undefined) {
      if (!Array.isArray(schema.anyOf)) unsupported();
      const any = schema.anyOf.map(compile);
      checks.push((n) => {
        for (let i = 0; i < any.length; i++) if (any[i](n)) return true;
        return false;
      });
    }
    if (schema.if !== undefined) {
      const cond = compile(schema.if);
      const then = schema.then !== undefined ? compile(schema.then) : () => true;
      const otherwise = schema.else !== undefined ? compile(schema.else) : () => true;
      checks.push((n) => (cond(n) ? then(n) : otherwise(n)));
    }
    if (checks.length === 0) return () => true;
    if (checks.length === 1) return checks[0];
    if (checks.length === 2) {
      const [a, b] = checks;
      return (n) => a(n) && b(n);
    }
    return (n) => {
      for (let i = 0; i < checks.length; i++) if (!checks[i](n)) return false;
      return true;
    };
  }

  /**
   * allOf: [{if: {properties: {K: {const: C}}, required: [K]}, then: ...}, ...] with one K (a
   * config item's `type`): on a map only the thens whose C is the value at K apply, found with
   * one lookup instead of trying every if. Anything else, and non-maps (where every if passes),
   * go through `every`.
   */
  function switchOn(parts: Json[], every: Check): Check | undefined {
    let key: string | undefined;
    const thens = new Map<null | boolean | string | number, Check[]>();
    for (const part of parts) {
      if (!isObject(part) || Object.keys(part).some((k) => k !== 'if' && k !== 'then' && !ANNOTATIONS.has(k))) return undefined;
      const cond = part.if;
      if (!isObject(cond) || Object.keys(cond).some((k) => k !== 'properties' && k !== 'required')) return undefined;
      const props = cond.properties;
      const req = cond.required;
      if (!isObject(props) || !Array.isArray(req) || req.length !== 1 || typeof req[0] !== 'string') return undefined;
      const k = req[0];
      const names = Object.keys(props);
      const only = props[k];
      if (names.length !== 1 || names[0] !== k || (key !== undefined && key !== k) || !isObject(only) || Object.keys(only).join() !== 'const') return undefined;
      const c = only.const;
      if (c !== null && typeof c === 'object') return undefined;
      if (typeof c === 'number' && Number.isNaN(c)) return undefined;
      key = k;
      const list = thens.get(c) ?? [];
      list.push(part.then === undefined ? () => true : compile(part.then));
      thens.set(c, list);
    }
    if (key === undefined) return undefined;
    const k = key;
    return (n) => {
      if (n == null || n.kind !== 'map') return every(n);
      if (n.pairs.length !== n.index.size) throw INEXACT;
      const p = n.index.get(k);
      const v = p ? primitive(p.value) : undefined;
      const apply = v === undefined ? undefined : thens.get(v);
      if (!apply) return true;
      for (let i = 0; i < apply.length; i++) if (!apply[i](n)) return false;
      return true;
    };
  }

  function typeCheck(type: Json): Check {
    const names = Array.isArray(type) ? type : [type];
    let bits = 0;
    let integer = false;
    for (const t of names) {
      if (t === 'integer') integer = true;
      else if (typeof t === 'string' && Object.hasOwn(TYPE_BITS, t)) bits |= TYPE_BITS[t];
      else unsupported();
    }
    if (!integer || bits & NUMBER) return (n) => (typeBit(n) & bits) !== 0;
    // ajv's integer: a number with no fraction that is not NaN (Infinity passes).
    return (n) => {
      if ((typeBit(n) & bits) !== 0) return true;
      const v = primitive(n);
      return typeof v === 'number' && !(v % 1) && !Number.isNaN(v);
    };
  }

  /** const and enum of primitives: ajv compares them with ===. */
  function oneOfValues(values: Json[]): Check {
    for (const v of values) if ((v !== null && typeof v === 'object') || (typeof v === 'number' && Number.isNaN(v))) unsupported();
    const allowed = values as (null | boolean | string | number)[];
    return (n) => {
      const v = primitive(n);
      return v !== undefined && allowed.includes(v);
    };
  }

  function objectCheck(schema: JsonObject): Check {
    const props = new Map<string, Check>();
    if (schema.properties !== undefined) {
      if (!isObject(schema.properties)) unsupported();
      for (const [k, s] of Object.entries(schema.properties)) props.set(k, compile(s));
    }
    const extra = schema.additionalProperties === undefined ? true : schema.additionalProperties;
    const additional = extra === true ? undefined : compile(extra);
    const required = schema.required ?? [];
    if (!Array.isArray(required) || !required.every((r) => typeof r === 'string')) unsupported();
    const requiredKeys = required;
    if (additional === undefined) {
      // Other keys do not matter: look the known ones up (an `if` on `type` reads one key).
      const entries = [...props];
      return (n) => {
        if (n == null || n.kind !== 'map') return true;
        if (n.pairs.length !== n.index.size) throw INEXACT;
        for (let i = 0; i < requiredKeys.length; i++) if (!n.index.has(requiredKeys[i])) return false;
        for (let i = 0; i < entries.length; i++) {
          const p = n.index.get(entries[i][0]);
          if (p && !entries[i][1](p.value)) return false;
        }
        return true;
      };
    }
    return (n) => {
      if (n == null || n.kind !== 'map') return true;
      // One property per pair only when every key is a distinct scalar text.
      const pairs = n.pairs;
      if (pairs.length !== n.index.size) throw INEXACT;
      for (let i = 0; i < requiredKeys.length; i++) if (!n.index.has(requiredKeys[i])) return false;
      for (let i = 0; i < pairs.length; i++) {
        const check = props.get(keyText(pairs[i]) as string) ?? additional;
        if (check && !check(pairs[i].value)) return false;
      }
      return true;
    };
  }

  try {
    const check = compile(root);
    return (node) => {
      try {
        return check(node);
      } catch (e) {
        if (e === INEXACT) return false;
        throw e;
      }
    };
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}
