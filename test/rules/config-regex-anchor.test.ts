import { helmFlat, ruleTester } from './harness.ts';

const cfg = (items: string) => helmFlat(undefined, `config:\n${items}`);
const str = (regex: string, dflt = '') =>
  cfg(`  - type: string\n    name: Host\n    alias: host\n    spec:\n      editable: true\n      regex: ${regex}\n${dflt ? `      default: ${dflt}\n` : ''}`);

ruleTester('config-regex-anchor', {
  valid: [
    helmFlat(),
    str('"^[0-9]+(Mi|Gi)$"'),
    { name: 'anchored alternatives', code: str('"^a$|^b$"') },
    { name: 'a wrapping group', code: str('"(^a$|^b$)"') },
    { name: 'flags first', code: str('"(?i)^abc$"') },
    { name: '\\A and \\z', code: str("'\\Aabc\\z'") },
    { name: '.* says a partial match is meant', code: str('".*foo.*"') },
    { name: 'prefix match on purpose', code: str('"^foo.*"') },
    { name: 'a regex that does not compile is config-regex\'s', code: str('"(a"') },
  ],
  invalid: [
    {
      name: 'unanchored, with a counter-example',
      code: str('"[0-9]+"'),
      errors: [
        {
          line: 12,
          column: 14,
          message:
            'the regex "[0-9]+" of config[0] ("host") is not anchored: the operator\'s MatchString looks for a match anywhere in the value, so "abc1" passes; write "^[0-9]+$" to match the whole value',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'counter-example built from the default',
      code: str('"[a-z]+"', 'web'),
      errors: [{ line: 12, column: 14, message: 'so "!web!" passes; write "^[a-z]+$"' }],
    },
    {
      name: 'start only',
      code: str('"^[a-z]+"'),
      errors: [{ line: 12, column: 14, message: 'is not anchored at the end ($): the operator\'s MatchString looks for a match anywhere in the value, so "abc1" passes; write "^[a-z]+$"' }],
    },
    {
      name: 'end only',
      code: str('"[a-z]+$"'),
      errors: [{ line: 12, column: 14, message: 'is not anchored at the start (^)' }],
    },
    {
      name: 'top-level alternation defeats the anchors',
      code: str('"^small|large$"'),
      errors: [{ line: 12, column: 14, message: 'write "^(?:small|large)$"' }],
    },
    {
      name: 'an escaped dollar is no anchor (flow style)',
      code: cfg("  - {type: string, name: a, alias: a, spec: {regex: '^[0-9]+\\$'}}\n"),
      errors: [{ line: 7, column: 53, message: 'write "^[0-9]+\\\\$$"' }],
    },
  ],
});
