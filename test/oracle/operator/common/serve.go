package common

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

// Request is one line of PROTOCOL.md's input.
type Request struct {
	Definition string  `json:"definition"`
	Config     *string `json:"config"`
	Module     string  `json:"module"`
	Namespace  string  `json:"namespace"`
	Name       string  `json:"name"`
}

// Answer is one line of PROTOCOL.md's output.
type Answer map[string]any

// Fail records where the operator stopped and what it said.
func (a Answer) Fail(stage string, err error) Answer {
	a["ok"] = false
	a["stage"] = stage
	a["error"] = err.Error()
	return a
}

// Serve answers each request line with handle's answer. A panic in the operator's code is
// an answer too (the controller's reconcile would fail on it), recorded at the stage that
// was running; stage is a pointer the handler keeps current.
func Serve(handle func(req Request, stage *string) Answer) {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 256<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var req Request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			_ = enc.Encode(Answer{"ok": false, "stage": "request", "driverError": err.Error()})
			continue
		}
		_ = enc.Encode(answerOne(handle, req))
		_ = out.Flush()
	}
	if err := in.Err(); err != nil {
		_ = enc.Encode(Answer{"ok": false, "stage": "request", "driverError": err.Error()})
	}
}

func answerOne(handle func(req Request, stage *string) Answer, req Request) (a Answer) {
	stage := "read"
	defer func() {
		if r := recover(); r != nil {
			a = Answer{"ok": false, "stage": stage, "panic": fmt.Sprint(r)}
		}
	}()
	return handle(req, &stage)
}
