/**
 * Go's fmt printing over GoValue: Sprintf, Sprint, Sprintln exactly as Go (1.24) prints
 * nil, bool, string, int, float64, []interface {} and map[string]interface {} values.
 */
export { sprintf, sprint, sprintln, goTypeName } from './print.ts';
export { formatFloat, quote, quoteRune, canBackquote } from './strconv.ts';
export { isPrint } from './isprint.ts';
