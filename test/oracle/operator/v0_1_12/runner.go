package main

// The Custom manager (0.1.8+) runs a runner Pod behind a Service in the operator's cluster and
// POSTs to it. This file stands in for that cluster so the operator's own
// manager.NewModuleCustomManager and Install run unchanged: a controller-runtime fake client whose
// Pods report Running and whose EndpointSlices report ready, and an http.DefaultTransport that
// records what the manager POSTs and answers with the status it expects. Nothing leaves the
// process.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"

	"github.com/go-logr/logr"
	corev1 "k8s.io/api/core/v1"
	discoveryv1 "k8s.io/api/discovery/v1"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/client/fake"
	"sigs.k8s.io/controller-runtime/pkg/client/interceptor"
	logf "sigs.k8s.io/controller-runtime/pkg/log"
)

// runnerStatus is the success status the operator's callRunnerEndpoint expects per endpoint.
var runnerStatus = map[string]int{"/install": 201, "/uninstall": 204, "/sleep": 200, "/resume": 200}

type post struct {
	path string
	body []byte
}

type runnerTransport struct {
	mu    sync.Mutex
	posts []post
}

func (t *runnerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	var body []byte
	if r.Body != nil {
		body, _ = io.ReadAll(r.Body)
		_ = r.Body.Close()
	}
	status, known := runnerStatus[r.URL.Path]
	if r.Method != http.MethodPost || !known {
		return nil, fmt.Errorf("oracle driver: no network (%s %s)", r.Method, r.URL)
	}
	t.mu.Lock()
	t.posts = append(t.posts, post{r.URL.Path, body})
	t.mu.Unlock()
	return &http.Response{
		Status: http.StatusText(status), StatusCode: status, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(nil)), Request: r,
	}, nil
}

// take returns and forgets the body of the last POST to path.
func (t *runnerTransport) take(path string) ([]byte, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var body []byte
	found := false
	for _, p := range t.posts {
		if p.path == path {
			body, found = p.body, true
		}
	}
	t.posts = nil
	return body, found
}

var runner = &runnerTransport{}

func init() {
	http.DefaultTransport = runner
	logf.SetLogger(logr.Discard())
}

// fakeCluster is a fresh operator cluster for one request.
func fakeCluster() client.Client {
	return fake.NewClientBuilder().WithInterceptorFuncs(interceptor.Funcs{
		Get: func(ctx context.Context, c client.WithWatch, key client.ObjectKey, obj client.Object, opts ...client.GetOption) error {
			if err := c.Get(ctx, key, obj, opts...); err != nil {
				return err
			}
			if pod, ok := obj.(*corev1.Pod); ok {
				pod.Status.Phase = corev1.PodRunning
			}
			return nil
		},
		List: func(ctx context.Context, c client.WithWatch, list client.ObjectList, opts ...client.ListOption) error {
			if slices, ok := list.(*discoveryv1.EndpointSliceList); ok {
				ready := true
				slices.Items = []discoveryv1.EndpointSlice{{Endpoints: []discoveryv1.Endpoint{{Conditions: discoveryv1.EndpointConditions{Ready: &ready}}}}}
				return nil
			}
			return c.List(ctx, list, opts...)
		},
	}).Build()
}

// installBody is the JSON the manager POSTed to /install, tagged; nil when it POSTed none.
func installBody() (any, error) {
	body, ok := runner.take("/install")
	if !ok {
		return nil, nil
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return nil, fmt.Errorf("install body is not JSON: %w (%q)", err, body)
	}
	return v, nil
}
