package main

// go.yaml.in/yaml/v3 (v3.0.4) answers for the fuzzer (test/fuzz): does a whole YAML stream
// load? Every document is decoded into any with yaml.NewDecoder, as a multi-document file
// is read; the answer is the first error (yaml.v3 stops there) or the document count.

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

func init() { register("load", loadAnswer) }

func loadOne(text []byte) (res map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"panic": fmt.Sprint(r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(text))
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
	// "base64": the exact bytes (a JSON string cannot carry invalid UTF-8); "texts": UTF-8 text.
	if enc, ok := q["base64"].([]any); ok {
		out := make([]any, len(enc))
		for i, t := range enc {
			b, err := base64.StdEncoding.DecodeString(t.(string))
			if err != nil {
				out[i] = map[string]any{"panic": "bad base64: " + err.Error()}
				continue
			}
			out[i] = loadOne(b)
		}
		return map[string]any{"results": out}
	}
	texts, _ := q["texts"].([]any)
	out := make([]any, len(texts))
	for i, t := range texts {
		out[i] = loadOne([]byte(t.(string)))
	}
	return map[string]any{"results": out}
}
