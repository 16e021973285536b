package main

// The "fmt" oracle: Go's fmt.Sprintf/Sprint/Sprintln and text/template's escapers over the
// GoValue kinds (nil, bool, string, int, float64, []any, map[string]any).
//
// Question: {"kind":"fmt","op":"sprintf"|"sprint"|"sprintln"|"html"|"js"|"urlquery",
//            "format":"...", "args":[...]}
// Answer:   {"out":"..."}
// Question: {"kind":"fmt","op":"isprint"} → {"ranges":[[lo,hi],...]} (strconv.IsPrint)
//
// Args use the tagged codec of value.go ({"$int":"12"} is an int) plus {"$float":"NaN"},
// {"$float":"+Inf"}, {"$float":"-Inf"} and {"$float":"-0"}, which JSON cannot carry.

import (
	"fmt"
	"math"
	"strconv"
	"text/template"
)

func decodeFmtValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["$int"].(string); ok && len(x) == 1 {
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				panic(err)
			}
			return int(n)
		}
		if s, ok := x["$float"].(string); ok && len(x) == 1 {
			switch s {
			case "NaN":
				return math.NaN()
			case "+Inf":
				return math.Inf(1)
			case "-Inf":
				return math.Inf(-1)
			case "-0":
				return math.Copysign(0, -1)
			}
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				panic(err)
			}
			return f
		}
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = decodeFmtValue(e)
		}
		return m
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = decodeFmtValue(e)
		}
		return l
	default:
		return v
	}
}

func init() {
	register("fmt", func(q map[string]any) map[string]any {
		op, _ := q["op"].(string)
		format, _ := q["format"].(string)
		raw, _ := q["args"].([]any)
		args := make([]any, len(raw))
		for i, a := range raw {
			args[i] = decodeFmtValue(a)
		}
		var out string
		switch op {
		case "sprintf":
			out = fmt.Sprintf(format, args...)
		case "sprint":
			out = fmt.Sprint(args...)
		case "sprintln":
			out = fmt.Sprintln(args...)
		case "html":
			out = template.HTMLEscaper(args...)
		case "js":
			out = template.JSEscaper(args...)
		case "urlquery":
			out = template.URLQueryEscaper(args...)
		case "isprint":
			// Ranges [lo, hi] of the runes strconv.IsPrint accepts (this Go's Unicode version).
			var ranges [][2]int
			for r := rune(0); r <= 0x10FFFF; r++ {
				if strconv.IsPrint(r) {
					if n := len(ranges); n > 0 && ranges[n-1][1] == int(r)-1 {
						ranges[n-1][1] = int(r)
					} else {
						ranges = append(ranges, [2]int{int(r), int(r)})
					}
				}
			}
			return map[string]any{"ranges": ranges}
		default:
			return map[string]any{"oracleError": "unknown fmt op " + op}
		}
		return map[string]any{"out": out}
	})
}
