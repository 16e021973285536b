//go:build !goexperiment.synctest

package main

// inBubble runs f as it is: the Custom manager's readiness ticker waits one real second per
// request. Build with GOEXPERIMENT=synctest to run it on a fake clock instead.
func inBubble(f func()) { f() }
