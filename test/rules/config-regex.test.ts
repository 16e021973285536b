import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);
const str = (regex: string) => cfg(`  - type: string\n    name: Host\n    alias: host\n    spec:\n      editable: true\n      regex: ${regex}\n`);

ruleTester('config-regex', {
  valid: [
    helmFlat(),
    str('"^[a-z0-9.-]+$"'),
    { name: 'RE2 classes and named groups', code: str("'^(?P<h>[[:alpha:]]\\pL*)\\d{1,3}$'") },
    { name: 'an empty regex is not compiled', code: str('""') },
    { name: 'a null regex', code: str('~') },
    { name: 'regex on a non-string item is not read', code: cfg('  - {type: integer, name: a, alias: a, spec: {regex: "("}}\n') },
  ],
  invalid: [
    {
      name: 'unbalanced parenthesis, with Go\'s error text',
      code: str('"(a"'),
      errors: [
        {
          line: 12,
          column: 14,
          message:
            'the regex "(a" of config[0] ("host") does not compile in Go (error parsing regexp: missing closing ): `(a`), so the operator rejects the whole definition, even when no Module uses this item; balance the parentheses',
          severity: 'error',
        },
      ],
    },
    {
      name: 'lookahead is Perl, not RE2',
      code: str("'^(?=.*[0-9]).+$'"),
      errors: [{ line: 12, column: 14, message: 'invalid or unsupported Perl syntax: `(?=`), so the operator rejects the whole definition, even when no Module uses this item; RE2 has no lookahead or lookbehind' }],
    },
    {
      name: 'backreference',
      code: str("'^(a)\\1$'"),
      errors: [{ line: 12, column: 14, message: 'invalid escape sequence: `\\1`), so the operator rejects the whole definition, even when no Module uses this item; RE2 has no backreferences' }],
    },
    {
      name: 'possessive quantifier',
      code: str("'^a*+$'"),
      errors: [{ line: 12, column: 14, message: 'RE2 has no possessive quantifiers' }],
    },
    {
      name: 'flow style, an item that no input uses, next to a good one',
      code: cfg('  - {type: string, name: a, alias: a, spec: {regex: "[z-a]"}}\n  - {type: string, name: b, alias: b, spec: {regex: "^b$"}}\n'),
      errors: [{ line: 7, column: 53, message: 'error parsing regexp: invalid character class range: `z-a`' }],
    },
    {
      name: 'a repeat count over 1000',
      code: str("'x{1001}'"),
      errors: [{ line: 12, column: 14, message: 'invalid repeat count: `{1001}`' }],
    },
  ],
});
