package main

// go.yaml.in/yaml/v3 (v3.0.4, the operator's pin) answers: how `v: <text>` decodes into map[string]any. Reports whether the value
// node is a plain scalar holding exactly <text>, the Go type of the decoded value, its
// value as text (floats in strconv 'g' -1 form), and what yaml.Marshal writes for it.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

func init() { register("yaml", yamlAnswer) }

func yamlScalarAnswer(text string) (res map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"panic": fmt.Sprint(r)}
		}
	}()
	doc := []byte("v: " + text)
	var n yaml.Node
	if err := yaml.Unmarshal(doc, &n); err != nil {
		return map[string]any{"error": err.Error()}
	}
	res = map[string]any{}
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 && n.Content[0].Kind == yaml.MappingNode && len(n.Content[0].Content) == 2 {
		vn := n.Content[0].Content[1]
		res["plain"] = vn.Kind == yaml.ScalarNode && vn.Style == 0 && vn.Value == text
		res["nodeValue"] = vn.Value
	} else {
		res["plain"] = false
	}
	var m map[string]any
	if err := yaml.Unmarshal(doc, &m); err != nil {
		res["error"] = err.Error()
		return res
	}
	v := m["v"]
	res["type"] = fmt.Sprintf("%T", v)
	switch x := v.(type) {
	case nil:
		res["type"] = "nil"
		res["value"] = ""
	case bool:
		res["value"] = strconv.FormatBool(x)
	case int:
		res["value"] = strconv.Itoa(x)
	case int64:
		res["value"] = strconv.FormatInt(x, 10)
	case uint64:
		res["value"] = strconv.FormatUint(x, 10)
	case float64:
		if math.IsNaN(x) {
			res["value"] = "NaN"
		} else {
			res["value"] = strconv.FormatFloat(x, 'g', -1, 64)
		}
	case string:
		res["value"] = x
	case time.Time:
		res["value"] = x.Format(time.RFC3339Nano)
	default:
		res["value"] = fmt.Sprint(x)
	}
	if out, err := yaml.Marshal(v); err == nil {
		res["marshal"] = strings.TrimSuffix(string(out), "\n")
	} else {
		res["marshal"] = nil
	}
	return res
}

func yamlAnswer(q map[string]any) map[string]any {
	texts, _ := q["texts"].([]any)
	out := make([]any, len(texts))
	for i, t := range texts {
		out[i] = yamlScalarAnswer(t.(string))
	}
	return map[string]any{"results": out}
}
