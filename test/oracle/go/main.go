// Command oracle answers questions about Go library behaviour, one JSON object per line on
// stdin, one JSON answer per line on stdout. Each domain (semver, regexp, yaml, template,
// fmt) registers a handler from its own file. A Go module pinned to the operator's versions
// (go.mod: Go 1.24.5, Masterminds semver v3.4.0, go.yaml.in/yaml/v3 v3.0.4), built by
// test/oracle/client.ts as
//
//	cd test/oracle/go && GOTOOLCHAIN=go1.24.5 go build -mod=readonly -o <bin> .
//
// {"kind":"version"} answers the Go release and the module versions the binary was built with.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
)

type handler func(q map[string]any) map[string]any

var handlers = map[string]handler{}

func register(kind string, h handler) { handlers[kind] = h }

func init() {
	register("version", func(map[string]any) map[string]any {
		deps := map[string]any{}
		if bi, ok := debug.ReadBuildInfo(); ok {
			for _, d := range bi.Deps {
				deps[d.Path] = d.Version
			}
		}
		return map[string]any{"go": runtime.Version(), "deps": deps}
	})
}

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
