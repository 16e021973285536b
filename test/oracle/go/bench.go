package main

// Timing for bench/template.mjs: parse and execute every case `rounds` times with Go's own
// text/template and report the best round in nanoseconds (JSON decoding is not timed).

import (
	"io"
	"text/template"
	"time"
)

func init() {
	register("template-bench", func(q map[string]any) map[string]any {
		raw, _ := q["cases"].([]any)
		rounds := 3
		if r, ok := q["rounds"].(float64); ok {
			rounds = int(r)
		}
		type tc struct {
			text string
			data any
		}
		cases := make([]tc, 0, len(raw))
		for _, c := range raw {
			m := c.(map[string]any)
			cases = append(cases, tc{m["text"].(string), decodeValue(m["data"])})
		}
		best := int64(-1)
		ok := 0
		for r := 0; r < rounds; r++ {
			ok = 0
			start := time.Now()
			for _, c := range cases {
				t, err := template.New("t").Parse(c.text)
				if err != nil {
					continue
				}
				if t.Execute(io.Discard, c.data) == nil {
					ok++
				}
			}
			ns := time.Since(start).Nanoseconds()
			if best < 0 || ns < best {
				best = ns
			}
		}
		return map[string]any{"bestNs": best, "executedOk": ok}
	})
}
