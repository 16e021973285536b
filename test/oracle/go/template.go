package main

// text/template oracle: parse q["text"] as a template named q["name"] (default "t") and
// execute it on decodeValue(q["data"]). Answers {"output"} or {"parseError"} or
// {"execError", "output" (what was written before the error)}, or {"timeout": true} when
// Execute has not returned after templateTimeout (Go 1.22+ ranges over an int such as
// 9007199254740993 for as long as that takes; our engine stops at its step limit).

import (
	"strings"
	"text/template"
	"time"
)

const templateTimeout = 2 * time.Second

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
		done := make(chan map[string]any, 1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					done <- map[string]any{"panic": r}
				}
			}()
			var b strings.Builder
			if err := t.Execute(&b, decodeValue(q["data"])); err != nil {
				done <- map[string]any{"execError": err.Error(), "output": b.String()}
				return
			}
			done <- map[string]any{"output": b.String()}
		}()
		select {
		case a := <-done:
			return a
		case <-time.After(templateTimeout):
			// The goroutine is left running: the oracle process exits at the end of the batch.
			return map[string]any{"timeout": true}
		}
	})
}
