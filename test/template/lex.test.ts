/**
 * Port of Go's text/template/parse/lex_test.go: TestLex, TestDelims, TestDelimsAlphaNumeric,
 * TestPos. Items are compared by type and value (and position and line in TestPos).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type item, itemType, lex } from '../../src/template/parse/lex.ts';
import { lexDelimTests, lexPosTests, lexTests } from './tables/lex-tables.ts';

const itemName = new Map<itemType, string>([
  [itemType.itemError, 'itemError'], [itemType.itemBool, 'itemBool'], [itemType.itemChar, 'itemChar'],
  [itemType.itemCharConstant, 'itemCharConstant'], [itemType.itemComment, 'itemComment'], [itemType.itemComplex, 'itemComplex'],
  [itemType.itemAssign, 'itemAssign'], [itemType.itemDeclare, 'itemDeclare'], [itemType.itemEOF, 'itemEOF'],
  [itemType.itemField, 'itemField'], [itemType.itemIdentifier, 'itemIdentifier'], [itemType.itemLeftDelim, 'itemLeftDelim'],
  [itemType.itemLeftParen, 'itemLeftParen'], [itemType.itemNumber, 'itemNumber'], [itemType.itemPipe, 'itemPipe'],
  [itemType.itemRawString, 'itemRawString'], [itemType.itemRightDelim, 'itemRightDelim'], [itemType.itemRightParen, 'itemRightParen'],
  [itemType.itemSpace, 'itemSpace'], [itemType.itemString, 'itemString'], [itemType.itemText, 'itemText'],
  [itemType.itemVariable, 'itemVariable'], [itemType.itemBlock, 'itemBlock'], [itemType.itemBreak, 'itemBreak'],
  [itemType.itemContinue, 'itemContinue'], [itemType.itemDot, 'itemDot'], [itemType.itemDefine, 'itemDefine'],
  [itemType.itemElse, 'itemElse'], [itemType.itemEnd, 'itemEnd'], [itemType.itemIf, 'itemIf'], [itemType.itemNil, 'itemNil'],
  [itemType.itemRange, 'itemRange'], [itemType.itemTemplate, 'itemTemplate'], [itemType.itemWith, 'itemWith'],
]);

/** collect gathers the emitted items (Go's collect, with emitComment, breakOK and continueOK set). */
function collect(input: string, left: string, right: string): item[] {
  const l = lex('test', input, left, right);
  l.options = { emitComment: true, breakOK: true, continueOK: true };
  const items: item[] = [];
  for (;;) {
    const i = l.nextItem();
    items.push(i);
    if (i.typ === itemType.itemEOF || i.typ === itemType.itemError) break;
  }
  return items;
}

const brief = (items: item[]): [string, string][] => items.map((i) => [itemName.get(i.typ)!, i.val]);

test(`lexTests: ${lexTests.length} cases`, () => {
  for (const [name, input, want] of lexTests) assert.deepEqual(brief(collect(input, '', '')), want, name);
});

test(`lexDelimTests: ${lexDelimTests.length} cases with delimiters $$ @@`, () => {
  for (const [name, input, want] of lexDelimTests) assert.deepEqual(brief(collect(input, '$$', '@@')), want, name);
});

test('TestDelimsAlphaNumeric', () => {
  const got = brief(collect('{{hub .host hub}}', '{{hub', 'hub}}'));
  assert.deepEqual(got, [['itemLeftDelim', '{{hub'], ['itemSpace', ' '], ['itemField', '.host'], ['itemSpace', ' '], ['itemRightDelim', 'hub}}'], ['itemEOF', '']]);
});

test(`lexPosTests: ${lexPosTests.length} cases with positions and lines`, () => {
  for (const [name, input, want] of lexPosTests) {
    const got = collect(input, '', '').map((i) => [itemName.get(i.typ)!, i.pos, i.val, i.line]);
    assert.deepEqual(got, want, name);
  }
});

test('positions are UTF-16 indices; lines count newlines inside raw strings and comments', () => {
  const items = collect('é{{`a\nb`}}\n{{/* x\ny */}}{{.z}}', '', '');
  const field = items.find((i) => i.typ === itemType.itemField)!;
  assert.equal(field.pos, 'é{{`a\nb`}}\n{{/* x\ny */}}{{'.length);
  assert.equal(field.line, 4);
});
