package main

// Re-parse answers for the renderer (src/render/go-yaml.ts): what the operator's
// renderSpecWithTypePreservation does with one rendered string. For each text:
//   any:    yaml.Unmarshal([]byte(text), &v) with v any, as a typed dump (or the error);
//   trip:   yaml.Marshal of {"v": v} unmarshalled into struct{V any}: the value a raw field keeps;
//   str:    the same into struct{V string} (a string field), or the error;
//   list:   {"v": [v]} into struct{V []string} (a names list), as a dump, or the error.
// Dumps: nil, bool(true), int(3), uint64(...), float64(<'g' -1>), string(<QuoteToASCII>),
// [a, b], map[string]{"k": v} (sorted), map[any]{k: v} (sorted by dump); a time.Time as the
// string(...) of its RFC3339Nano text, which is what yaml.Marshal writes for it.

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

func init() { register("reparse", reparseAnswer) }

func dumpGo(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case bool:
		return "bool(" + strconv.FormatBool(x) + ")"
	case int:
		return "int(" + strconv.Itoa(x) + ")"
	case int64:
		return "int(" + strconv.FormatInt(x, 10) + ")"
	case uint64:
		return "uint64(" + strconv.FormatUint(x, 10) + ")"
	case float64:
		if math.IsNaN(x) {
			return "float64(NaN)"
		}
		return "float64(" + strconv.FormatFloat(x, 'g', -1, 64) + ")"
	case string:
		return "string(" + strconv.QuoteToASCII(x) + ")"
	case time.Time:
		// The renderer models a time.Time as the text yaml.Marshal writes for it.
		return "string(" + strconv.QuoteToASCII(x.Format(time.RFC3339Nano)) + ")"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = dumpGo(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []string:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = dumpGo(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.QuoteToASCII(k) + ": " + dumpGo(x[k])
		}
		return "map[string]{" + strings.Join(parts, ", ") + "}"
	case map[any]any:
		parts := make([]string, 0, len(x))
		for k, e := range x {
			parts = append(parts, dumpGo(k)+": "+dumpGo(e))
		}
		sort.Strings(parts)
		return "map[any]{" + strings.Join(parts, ", ") + "}"
	default:
		return fmt.Sprintf("%T(%v)", v, v)
	}
}

func reparseOne(text string) (res map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"panic": fmt.Sprint(r)}
		}
	}()
	res = map[string]any{}
	var v any
	if err := yaml.Unmarshal([]byte(text), &v); err != nil {
		res["error"] = err.Error()
		return res
	}
	res["any"] = dumpGo(v)
	out, err := yaml.Marshal(map[string]any{"v": v})
	if err != nil {
		res["marshalError"] = err.Error()
		return res
	}
	var a struct {
		V any `yaml:"v"`
	}
	if err := yaml.Unmarshal(out, &a); err != nil {
		res["trip"] = "E:" + err.Error()
	} else {
		res["trip"] = dumpGo(a.V)
	}
	var s struct {
		V string `yaml:"v"`
	}
	if err := yaml.Unmarshal(out, &s); err != nil {
		res["str"] = "E:" + err.Error()
	} else {
		res["str"] = dumpGo(s.V)
	}
	lout, err := yaml.Marshal(map[string]any{"v": []any{v}})
	if err != nil {
		res["list"] = "E:" + err.Error()
		return res
	}
	var l struct {
		V []string `yaml:"v"`
	}
	if err := yaml.Unmarshal(lout, &l); err != nil {
		res["list"] = "E:" + err.Error()
	} else {
		res["list"] = dumpGo(l.V)
	}
	return res
}

func reparseAnswer(q map[string]any) map[string]any {
	texts, _ := q["texts"].([]any)
	out := make([]any, len(texts))
	for i, t := range texts {
		out[i] = reparseOne(t.(string))
	}
	return map[string]any{"results": out}
}
