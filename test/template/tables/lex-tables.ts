/**
 * Go's text/template/parse/lex_test.go tables (lexTests, lexDelimTests, lexPosTests), generated from
 * Go's source (Go 1.19 file with the Go 1.20+ change: the lexer reports "unexpected right paren"
 * instead of emitting the ')' first). Facts, not code: inputs and the items Go's lexer produces.
 */
// lexTests: [name, input, [itemType, val][]]
export const lexTests: [string, string, [string, string][]][] = [
  ["empty", "", [["itemEOF", ""]]],
  ["spaces", " \t\n", [["itemText", " \t\n"], ["itemEOF", ""]]],
  ["text", "now is the time", [["itemText", "now is the time"], ["itemEOF", ""]]],
  ["text with comment", "hello-{{/* this is a comment */}}-world", [["itemText", "hello-"], ["itemComment", "/* this is a comment */"], ["itemText", "-world"], ["itemEOF", ""]]],
  ["punctuation", "{{,@% }}", [["itemLeftDelim", "{{"], ["itemChar", ","], ["itemChar", "@"], ["itemChar", "%"], ["itemSpace", " "], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["parens", "{{((3))}}", [["itemLeftDelim", "{{"], ["itemLeftParen", "("], ["itemLeftParen", "("], ["itemNumber", "3"], ["itemRightParen", ")"], ["itemRightParen", ")"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["empty action", "{{}}", [["itemLeftDelim", "{{"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["for", "{{for}}", [["itemLeftDelim", "{{"], ["itemIdentifier", "for"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["block", "{{block \"foo\" .}}", [["itemLeftDelim", "{{"], ["itemBlock", "block"], ["itemSpace", " "], ["itemString", "\"foo\""], ["itemSpace", " "], ["itemDot", "."], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["quote", "{{\"abc \\n\\t\\\" \"}}", [["itemLeftDelim", "{{"], ["itemString", "\"abc \\n\\t\\\" \""], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["raw quote", "{{`abc\\n\\t\\\" `}}", [["itemLeftDelim", "{{"], ["itemRawString", "`abc\\n\\t\\\" `"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["raw quote with newline", "{{`now is{{\n}}the time`}}", [["itemLeftDelim", "{{"], ["itemRawString", "`now is{{\n}}the time`"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["numbers", "{{1 02 0x14 0X14 -7.2i 1e3 1E3 +1.2e-4 4.2i 1+2i 1_2 0x1.e_fp4 0X1.E_FP4}}", [["itemLeftDelim", "{{"], ["itemNumber", "1"], ["itemSpace", " "], ["itemNumber", "02"], ["itemSpace", " "], ["itemNumber", "0x14"], ["itemSpace", " "], ["itemNumber", "0X14"], ["itemSpace", " "], ["itemNumber", "-7.2i"], ["itemSpace", " "], ["itemNumber", "1e3"], ["itemSpace", " "], ["itemNumber", "1E3"], ["itemSpace", " "], ["itemNumber", "+1.2e-4"], ["itemSpace", " "], ["itemNumber", "4.2i"], ["itemSpace", " "], ["itemComplex", "1+2i"], ["itemSpace", " "], ["itemNumber", "1_2"], ["itemSpace", " "], ["itemNumber", "0x1.e_fp4"], ["itemSpace", " "], ["itemNumber", "0X1.E_FP4"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["characters", "{{'a' '\\n' '\\'' '\\\\' '\\u00FF' '\\xFF' '本'}}", [["itemLeftDelim", "{{"], ["itemCharConstant", "'a'"], ["itemSpace", " "], ["itemCharConstant", "'\\n'"], ["itemSpace", " "], ["itemCharConstant", "'\\''"], ["itemSpace", " "], ["itemCharConstant", "'\\\\'"], ["itemSpace", " "], ["itemCharConstant", "'\\u00FF'"], ["itemSpace", " "], ["itemCharConstant", "'\\xFF'"], ["itemSpace", " "], ["itemCharConstant", "'本'"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["bools", "{{true false}}", [["itemLeftDelim", "{{"], ["itemBool", "true"], ["itemSpace", " "], ["itemBool", "false"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["dot", "{{.}}", [["itemLeftDelim", "{{"], ["itemDot", "."], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["nil", "{{nil}}", [["itemLeftDelim", "{{"], ["itemNil", "nil"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["dots", "{{.x . .2 .x.y.z}}", [["itemLeftDelim", "{{"], ["itemField", ".x"], ["itemSpace", " "], ["itemDot", "."], ["itemSpace", " "], ["itemNumber", ".2"], ["itemSpace", " "], ["itemField", ".x"], ["itemField", ".y"], ["itemField", ".z"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["keywords", "{{range if else end with}}", [["itemLeftDelim", "{{"], ["itemRange", "range"], ["itemSpace", " "], ["itemIf", "if"], ["itemSpace", " "], ["itemElse", "else"], ["itemSpace", " "], ["itemEnd", "end"], ["itemSpace", " "], ["itemWith", "with"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["variables", "{{$c := printf $ $hello $23 $ $var.Field .Method}}", [["itemLeftDelim", "{{"], ["itemVariable", "$c"], ["itemSpace", " "], ["itemDeclare", ":="], ["itemSpace", " "], ["itemIdentifier", "printf"], ["itemSpace", " "], ["itemVariable", "$"], ["itemSpace", " "], ["itemVariable", "$hello"], ["itemSpace", " "], ["itemVariable", "$23"], ["itemSpace", " "], ["itemVariable", "$"], ["itemSpace", " "], ["itemVariable", "$var"], ["itemField", ".Field"], ["itemSpace", " "], ["itemField", ".Method"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["variable invocation", "{{$x 23}}", [["itemLeftDelim", "{{"], ["itemVariable", "$x"], ["itemSpace", " "], ["itemNumber", "23"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["pipeline", "intro {{echo hi 1.2 |noargs|args 1 \"hi\"}} outro", [["itemText", "intro "], ["itemLeftDelim", "{{"], ["itemIdentifier", "echo"], ["itemSpace", " "], ["itemIdentifier", "hi"], ["itemSpace", " "], ["itemNumber", "1.2"], ["itemSpace", " "], ["itemPipe", "|"], ["itemIdentifier", "noargs"], ["itemPipe", "|"], ["itemIdentifier", "args"], ["itemSpace", " "], ["itemNumber", "1"], ["itemSpace", " "], ["itemString", "\"hi\""], ["itemRightDelim", "}}"], ["itemText", " outro"], ["itemEOF", ""]]],
  ["declaration", "{{$v := 3}}", [["itemLeftDelim", "{{"], ["itemVariable", "$v"], ["itemSpace", " "], ["itemDeclare", ":="], ["itemSpace", " "], ["itemNumber", "3"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["2 declarations", "{{$v , $w := 3}}", [["itemLeftDelim", "{{"], ["itemVariable", "$v"], ["itemSpace", " "], ["itemChar", ","], ["itemSpace", " "], ["itemVariable", "$w"], ["itemSpace", " "], ["itemDeclare", ":="], ["itemSpace", " "], ["itemNumber", "3"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["field of parenthesized expression", "{{(.X).Y}}", [["itemLeftDelim", "{{"], ["itemLeftParen", "("], ["itemField", ".X"], ["itemRightParen", ")"], ["itemField", ".Y"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["trimming spaces before and after", "hello- {{- 3 -}} -world", [["itemText", "hello-"], ["itemLeftDelim", "{{"], ["itemNumber", "3"], ["itemRightDelim", "}}"], ["itemText", "-world"], ["itemEOF", ""]]],
  ["trimming spaces before and after comment", "hello- {{- /* hello */ -}} -world", [["itemText", "hello-"], ["itemComment", "/* hello */"], ["itemText", "-world"], ["itemEOF", ""]]],
  ["badchar", "#{{\u0001}}", [["itemText", "#"], ["itemLeftDelim", "{{"], ["itemError", "unrecognized character in action: U+0001"]]],
  ["unclosed action", "{{", [["itemLeftDelim", "{{"], ["itemError", "unclosed action"]]],
  ["EOF in action", "{{range", [["itemLeftDelim", "{{"], ["itemRange", "range"], ["itemError", "unclosed action"]]],
  ["unclosed quote", "{{\"\n\"}}", [["itemLeftDelim", "{{"], ["itemError", "unterminated quoted string"]]],
  ["unclosed raw quote", "{{`xx}}", [["itemLeftDelim", "{{"], ["itemError", "unterminated raw quoted string"]]],
  ["unclosed char constant", "{{'\n}}", [["itemLeftDelim", "{{"], ["itemError", "unterminated character constant"]]],
  ["bad number", "{{3k}}", [["itemLeftDelim", "{{"], ["itemError", "bad number syntax: \"3k\""]]],
  ["unclosed paren", "{{(3}}", [["itemLeftDelim", "{{"], ["itemLeftParen", "("], ["itemNumber", "3"], ["itemError", "unclosed left paren"]]],
  ["extra right paren", "{{3)}}", [["itemLeftDelim", "{{"], ["itemNumber", "3"], ["itemError", "unexpected right paren"]]],
  ["long pipeline deadlock", "{{|||||}}", [["itemLeftDelim", "{{"], ["itemPipe", "|"], ["itemPipe", "|"], ["itemPipe", "|"], ["itemPipe", "|"], ["itemPipe", "|"], ["itemRightDelim", "}}"], ["itemEOF", ""]]],
  ["text with bad comment", "hello-{{/*/}}-world", [["itemText", "hello-"], ["itemError", "unclosed comment"]]],
  ["text with comment close separated from delim", "hello-{{/* */ }}-world", [["itemText", "hello-"], ["itemError", "comment ends before closing delimiter"]]],
  ["unmatched right delimiter", "hello-{.}}-world", [["itemText", "hello-{.}}-world"], ["itemEOF", ""]]],
];

// lexDelimTests (delimiters $$ and @@)
export const lexDelimTests: [string, string, [string, string][]][] = [
  ["punctuation", "$$,@%{{}}@@", [["itemLeftDelim", "$$"], ["itemChar", ","], ["itemChar", "@"], ["itemChar", "%"], ["itemChar", "{"], ["itemChar", "{"], ["itemChar", "}"], ["itemChar", "}"], ["itemRightDelim", "@@"], ["itemEOF", ""]]],
  ["empty action", "$$@@", [["itemLeftDelim", "$$"], ["itemRightDelim", "@@"], ["itemEOF", ""]]],
  ["for", "$$for@@", [["itemLeftDelim", "$$"], ["itemIdentifier", "for"], ["itemRightDelim", "@@"], ["itemEOF", ""]]],
  ["quote", "$$\"abc \\n\\t\\\" \"@@", [["itemLeftDelim", "$$"], ["itemString", "\"abc \\n\\t\\\" \""], ["itemRightDelim", "@@"], ["itemEOF", ""]]],
  ["raw quote", "$$`abc\\n\\t\\\" `@@", [["itemLeftDelim", "$$"], ["itemRawString", "`abc\\n\\t\\\" `"], ["itemRightDelim", "@@"], ["itemEOF", ""]]],
];

// lexPosTests: [name, input, [itemType, pos, val, line][]]
export const lexPosTests: [string, string, [string, number, string, number][]][] = [
  ["empty", "", [["itemEOF", 0, "", 1]]],
  ["punctuation", "{{,@%#}}", [["itemLeftDelim", 0, "{{", 1], ["itemChar", 2, ",", 1], ["itemChar", 3, "@", 1], ["itemChar", 4, "%", 1], ["itemChar", 5, "#", 1], ["itemRightDelim", 6, "}}", 1], ["itemEOF", 8, "", 1]]],
  ["sample", "0123{{hello}}xyz", [["itemText", 0, "0123", 1], ["itemLeftDelim", 4, "{{", 1], ["itemIdentifier", 6, "hello", 1], ["itemRightDelim", 11, "}}", 1], ["itemText", 13, "xyz", 1], ["itemEOF", 16, "", 1]]],
  ["trimafter", "{{x -}}\n{{y}}", [["itemLeftDelim", 0, "{{", 1], ["itemIdentifier", 2, "x", 1], ["itemRightDelim", 5, "}}", 1], ["itemLeftDelim", 8, "{{", 2], ["itemIdentifier", 10, "y", 2], ["itemRightDelim", 11, "}}", 2], ["itemEOF", 13, "", 2]]],
  ["trimbefore", "{{x}}\n{{- y}}", [["itemLeftDelim", 0, "{{", 1], ["itemIdentifier", 2, "x", 1], ["itemRightDelim", 3, "}}", 1], ["itemLeftDelim", 6, "{{", 2], ["itemIdentifier", 10, "y", 2], ["itemRightDelim", 11, "}}", 2], ["itemEOF", 13, "", 2]]],
];
