package main

// go.yaml.in/yaml/v3 (v3.0.4) answers for the fuzzer (test/fuzz): does a whole YAML stream
// load? Every document is decoded into any with yaml.NewDecoder, as a multi-document file
// is read; the answer is the first error (yaml.v3 stops there) or the document count.

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

func init() { register("load", loadAnswer) }

func loadOne(text string) (res map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"panic": fmt.Sprint(r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader([]byte(text)))
	docs := 0
	for {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return map[string]any{"docs": docs}
		}
		if err != nil {
			return map[string]any{"error": err.Error(), "docs": docs}
		}
		docs++
	}
}

func loadAnswer(q map[string]any) map[string]any {
	texts, _ := q["texts"].([]any)
	out := make([]any, len(texts))
	for i, t := range texts {
		out[i] = loadOne(t.(string))
	}
	return map[string]any{"results": out}
}
