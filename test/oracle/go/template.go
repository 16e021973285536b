package main

// text/template oracle: parse q["text"] as a template named q["name"] (default "t") and
// execute it on decodeValue(q["data"]). Answers {"output"} or {"parseError"} or
// {"execError", "output" (what was written before the error)}.

import (
	"strings"
	"text/template"
)

func init() {
	register("template", func(q map[string]any) map[string]any {
		text, _ := q["text"].(string)
		name, _ := q["name"].(string)
		if name == "" {
			name = "t"
		}
		t, err := template.New(name).Parse(text)
		if err != nil {
			return map[string]any{"parseError": err.Error()}
		}
		var b strings.Builder
		if err := t.Execute(&b, decodeValue(q["data"])); err != nil {
			return map[string]any{"execError": err.Error(), "output": b.String()}
		}
		return map[string]any{"output": b.String()}
	})
}
