// Command oracle answers questions about Go library behaviour, one JSON object per line on
// stdin, one JSON answer per line on stdout. Each domain (semver, regexp, yaml, template,
// fmt) registers a handler from its own file. Built in GOPATH mode against Debian's packages:
//   GO111MODULE=off GOPATH=/usr/share/gocode go build -o oracle ./test/oracle/go
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

type handler func(q map[string]any) map[string]any

var handlers = map[string]handler{}

func register(kind string, h handler) { handlers[kind] = h }

func answer(q map[string]any) (res map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"panic": fmt.Sprint(r)}
		}
	}()
	kind, _ := q["kind"].(string)
	h, ok := handlers[kind]
	if !ok {
		return map[string]any{"oracleError": "unknown kind " + kind}
	}
	return h(q)
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var q map[string]any
		if err := json.Unmarshal(in.Bytes(), &q); err != nil {
			_ = enc.Encode(map[string]any{"oracleError": err.Error()})
			continue
		}
		_ = enc.Encode(answer(q))
	}
}
