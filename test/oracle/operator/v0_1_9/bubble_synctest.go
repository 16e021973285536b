//go:build goexperiment.synctest

package main

import "testing/synctest"

// inBubble runs f with a fake clock (built with GOEXPERIMENT=synctest), so the Custom manager's
// one-second readiness ticker costs nothing. A panic in f is carried out to the caller.
func inBubble(f func()) {
	var p any
	panicked := false
	synctest.Run(func() {
		defer func() {
			if r := recover(); r != nil {
				p, panicked = r, true
			}
		}()
		f()
	})
	if panicked {
		panic(p)
	}
}
