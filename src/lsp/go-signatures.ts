/**
 * The Go signatures of text/template's built-in functions (Go 1.24 src/text/template/funcs.go,
 * builtins()), shown on hover and in completion. The operator adds no functions of its own to
 * definitions' templates and no sprig.
 */
export const BUILTIN_SIGNATURES: Readonly<Record<string, string>> = {
  and: 'func and(arg0 reflect.Value, args ...reflect.Value) reflect.Value',
  call: 'func call(fn reflect.Value, args ...reflect.Value) (reflect.Value, error)',
  html: 'func HTMLEscaper(args ...any) string',
  index: 'func index(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error)',
  slice: 'func slice(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error)',
  js: 'func JSEscaper(args ...any) string',
  len: 'func length(item reflect.Value) (int, error)',
  not: 'func not(arg reflect.Value) bool',
  or: 'func or(arg0 reflect.Value, args ...reflect.Value) reflect.Value',
  print: 'func fmt.Sprint(a ...any) string',
  printf: 'func fmt.Sprintf(format string, a ...any) string',
  println: 'func fmt.Sprintln(a ...any) string',
  urlquery: 'func URLQueryEscaper(args ...any) string',
  eq: 'func eq(arg1 reflect.Value, arg2 ...reflect.Value) (bool, error)',
  ge: 'func ge(arg1, arg2 reflect.Value) (bool, error)',
  gt: 'func gt(arg1, arg2 reflect.Value) (bool, error)',
  le: 'func le(arg1, arg2 reflect.Value) (bool, error)',
  lt: 'func lt(arg1, arg2 reflect.Value) (bool, error)',
  ne: 'func ne(arg1, arg2 reflect.Value) (bool, error)',
};
