package main

// Tagged JSON for Go values whose type JSON loses: {"$int":"12"} is an int; a plain JSON
// number is a float64; objects are map[string]any; arrays []any. See test/oracle/codec.ts.

import (
	"strconv"
)

func decodeValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["$int"].(string); ok && len(x) == 1 {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				panic(err)
			}
			return int(n)
		}
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = decodeValue(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = decodeValue(e)
		}
		return l
	default:
		return v
	}
}

func encodeValue(v any) any {
	switch x := v.(type) {
	case int:
		return map[string]any{"$int": strconv.FormatInt(int64(x), 10)}
	case int64:
		return map[string]any{"$int": strconv.FormatInt(x, 10)}
	case uint64:
		return map[string]any{"$int": strconv.FormatUint(x, 10)}
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = encodeValue(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = encodeValue(e)
		}
		return l
	default:
		return v
	}
}
