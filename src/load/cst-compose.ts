import type { ParsedDocument } from './parse-stream.ts';
import { StreamScanner } from './cst-compose/document.ts';
import { BAIL } from './cst-compose/shared.ts';

/**
 * Fast path from YAML text straight to YNode trees, for the common shape of resource
 * definitions: block maps and sequences indented with spaces (the root may be indented),
 * plain scalars (also over continuation lines), single-line quoted scalars, single-line
 * flow collections of scalars, `|`/`>` block scalars (clip and strip),
 * anchors, aliases and merge keys, `---` separated documents, comments and blank lines
 * anywhere between lines (placed as the `yaml` Parser places them, since a comment can move
 * the end of the collection before it: see placeComments and close in
 * cst-compose/lines.ts).
 *
 * It produces exactly what parse-stream's full path (the `yaml` library's Composer and
 * compose.ts) produces: the same values, styles, tags, offsets, pair order, shared aliases
 * and document spans. Whatever it is not certain about — anything the `yaml` library could
 * report as an error, directives, `...`, explicit keys,
 * tabs, CR, BOM, control characters, multi-line quoted scalars, block scalars with
 * `+` or an indentation indicator, tags other than `!!str`/`!!int`/`!!float`/`!!bool`/`!!null`/`!`,
 * props on keys, tags on collections, duplicate keys, unknown
 * or self-containing aliases, alias bombs, explicit-tag decode failures, bad merges — makes
 * it give up on the whole stream (`null`), and the caller takes the full path.
 *
 * Every error the `yaml` Composer can report (node_modules/yaml/dist/compose/*.js), and why
 * none can be missed here — each one either cannot arise in what is accepted or gives up:
 * - UNEXPECTED_TOKEN (parser error tokens, stray tokens, `,` in flow, bad block scalar
 *   header, `...` without a document): only the accepted grammar is read; anything else
 *   gives up; `...` lines give up; headers are exactly `|`, `>`, `|-`, `>-` then a newline.
 * - BAD_DIRECTIVE, "Missing directives-end": `%` at a line start gives up.
 * - MISSING_CHAR: tag/anchor without a following space, comment without a space before it,
 *   key without `:`, missing quote, missing `,`/`:` or closing bracket in flow, sequence
 *   item without `-`, leading empty lines of block scalars, block collection on the `---`
 *   line: each checked and gives up.
 * - BAD_INDENT, BLOCK_AS_IMPLICIT_KEY, "Nested mappings are not allowed in compact
 *   mappings": any line indented other than as a key/item of an open collection, `a: b: c`,
 *   `a: - b`, block scalars without indented content or with a less indented line: give up.
 * - MULTILINE_IMPLICIT_KEY, KEY_OVER_1024_CHARS: keys are single-line, at most 1000 chars;
 *   no pairs in flow sequences.
 * - TAB_AS_INDENT: any tab gives up. BAD_SCALAR_START: plain scalars may not start with an
 *   indicator (`, % @ \``, or `- ? :` with a space), else give up.
 * - BAD_DQ_ESCAPE: escapes go through CST.resolveAsScalar; any report gives up.
 * - MULTIPLE_ANCHORS, MULTIPLE_TAGS, BAD_PROP_ORDER, ALIAS_PROPS, BAD_ALIAS: at most one
 *   anchor and one tag before a value, none before an alias or a compact collection,
 *   names of at least one character.
 * - TAG_RESOLVE_FAILED, BAD_COLLECTION_TYPE, NON_STRING_KEY: only the six scalar tags above
 *   (which the failsafe schema reads as strings, the warnings for the unknown ones
 *   aside); no tags on keys or collections. (stringKeys is not set.)
 * - DUPLICATE_KEY: detected (failsafe text of scalar keys, as the library compares) and
 *   gives up, so the message and offsets come from the library.
 * - BLOCK_IN_FLOW: flow collections hold only scalars and flow collections.
 * - IMPOSSIBLE ("Map comment with trailing content"): only after a comment-only item,
 *   which can only be a collection's last item.
 * - RESOURCE_EXHAUSTION: a stack overflow here gives up too.
 * compose.ts's own errors (unknown or self-containing alias, alias bomb, explicit-tag
 * decode failure, bad merge source) give up as well.
 *
 * Why not the `yaml` library's CST `Parser`: on the benchmark corpus the Parser alone runs
 * at about 1.5× the full path, so no composition on top of it can reach the wanted speed.
 * The scanner here reads the text directly; block scalars and escaped double-quoted
 * scalars are still resolved by the library's own `CST.resolveAsScalar`.
 *
 * The scanner is split along the `yaml` package's own files (2.9.1, node_modules/yaml/dist),
 * each part naming the one it mirrors: cst-compose/lines.ts (parse/lexer.js and parser.js:
 * lines and comment placement; compose/resolve-end.js), scalars.ts (compose-scalar, resolve-flow-scalar, resolve-block-scalar),
 * flow-collection.ts (resolve-flow-collection), block-collections.ts (resolve-block-map,
 * resolve-block-seq), node.ts (compose-node, resolve-props), document.ts (compose-doc, composer),
 * shared.ts (util-map-includes and what all parts use). The parts are one class chain, each
 * extending the one before, because they read one shared state and recurse into each other
 * (a block map's value is a node, which may be a block map): `this.` calls on one concrete
 * class stay monomorphic, which the speed depends on, and the code moved without change.
 */

// Anything here makes the whole stream go the full way.
const GLOBAL_BAIL = /[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]|^(?:\.\.\.|%)/m;

/** The documents of a YAML stream, or null when the full path must read it. */
export function fastParseYamlStream(text: string): ParsedDocument[] | null {
  if (GLOBAL_BAIL.test(text)) return null;
  try {
    return new StreamScanner(text).stream();
  } catch (e) {
    // BAIL, or a stack overflow on deep nesting: either way the full path decides.
    if (e === BAIL || e instanceof RangeError) return null;
    throw e;
  }
}
