package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"forkspacer-def/oracle/common"

	batchv1 "github.com/forkspacer/forkspacer/api/v1"
	webhookv1 "github.com/forkspacer/forkspacer/internal/webhook/v1"
	"github.com/forkspacer/forkspacer/pkg/manager"
	managerBase "github.com/forkspacer/forkspacer/pkg/manager/base"
	"github.com/forkspacer/forkspacer/pkg/services"
	"github.com/go-logr/logr"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/controller-runtime/pkg/client/fake"
	kjson "sigs.k8s.io/json"
	"sigs.k8s.io/yaml"
)

type driverErr string

func (e driverErr) Error() string { return string(e) }

// readModule decodes the stored Module as the controller's client does: apimachinery's JSON
// serializer unmarshals typed objects with sigs.k8s.io/json (case-sensitive, ints kept).
func readModule(req common.Request) (*batchv1.Module, error) {
	if req.Module == "" {
		return nil, driverErr("request has no module")
	}
	module := &batchv1.Module{}
	if err := kjson.UnmarshalCaseSensitivePreserveInts([]byte(req.Module), module); err != nil {
		return nil, err
	}
	if module.Namespace == "" {
		module.Namespace = req.Namespace
	}
	if module.Name == "" {
		module.Name = req.Name
	}
	return module, nil
}

// admit runs the operator's mutating webhook on module (in place: the stored object is the
// mutated one) and then its validating webhook's ValidateCreate, on a fake client holding the
// Workspace the Module references.
func admit(ctx context.Context, module *batchv1.Module) map[string]any {
	out := map[string]any{"ok": true}
	if err := (&webhookv1.ModuleCustomDefaulter{}).Default(ctx, module); err != nil {
		out["ok"] = false
		out["webhook"] = "mutating"
		out["error"] = err.Error()
		return out
	}
	c, err := fakeClient(module)
	if err != nil {
		out["ok"] = false
		out["driverError"] = err.Error()
		return out
	}
	warnings, err := (&webhookv1.ModuleCustomValidator{Client: c}).ValidateCreate(ctx, module.DeepCopy())
	if len(warnings) > 0 {
		out["warnings"] = []string(warnings)
	}
	if err != nil {
		out["ok"] = false
		out["webhook"] = "validating"
		out["error"] = err.Error()
	}
	return out
}

func fakeClient(module *batchv1.Module) (client.Client, error) {
	scheme := runtime.NewScheme()
	if err := batchv1.AddToScheme(scheme); err != nil {
		return nil, err
	}
	b := fake.NewClientBuilder().WithScheme(scheme)
	if ws := module.Spec.Workspace; ws.Name != "" {
		b = b.WithObjects(&batchv1.Workspace{ObjectMeta: metav1.ObjectMeta{Name: ws.Name, Namespace: ws.Namespace}})
	}
	return b.Build(), nil
}

// structValue turns a rendered spec into the value tree its json tags give, with Go's integer
// and float types kept apart: apimachinery's DefaultUnstructuredConverter (int fields come out
// int64, float fields float64, omitempty as encoding/json).
func structValue(v any) (map[string]any, error) {
	return runtime.DefaultUnstructuredConverter.ToUnstructured(v)
}

// helmSpecValue is structValue of the rendered Helm spec, with each raw field replaced by the
// value the operator decodes from it: values[].raw as services.HelmService.MergeHelmValues does
// (sigs.k8s.io/yaml into map[string]any), outputs[].value as extractOutputs does (encoding/json).
func helmSpecValue(h *batchv1.ModuleSpecHelm) (map[string]any, error) {
	u, err := structValue(h)
	if err != nil {
		return nil, err
	}
	if list, ok := u["values"].([]any); ok {
		for i, v := range h.Values {
			if v.Raw == nil || len(v.Raw.Raw) == 0 || i >= len(list) {
				continue
			}
			var raw map[string]any
			entry, _ := list[i].(map[string]any)
			if err := yaml.Unmarshal(v.Raw.Raw, &raw); err != nil {
				entry["raw"] = map[string]any{"$error": err.Error()}
			} else {
				entry["raw"] = raw
			}
		}
	}
	if list, ok := u["outputs"].([]any); ok {
		for i, o := range h.Outputs {
			if o.Value == nil || i >= len(list) {
				continue
			}
			var val any
			entry, _ := list[i].(map[string]any)
			if err := json.Unmarshal(o.Value.Raw, &val); err != nil {
				entry["value"] = map[string]any{"$error": err.Error()}
			} else {
				entry["value"] = val
			}
		}
	}
	return u, nil
}

// helmManager runs what pkg/manager's ModuleHelmManager.Install checks without a cluster:
// no chart source at all (Install fails before touching anything), and the merge of the
// values (services.HelmService.MergeHelmValues on a zero HelmService, which reads only raw
// entries without a cluster or the operator's filesystem).
func helmManager(ctx context.Context, a common.Answer, h *batchv1.ModuleSpecHelm, releaseName string, metaData managerBase.MetaData, extra string) common.Answer {
	var unreached []string
	c := h.Chart
	if c.Repo == nil && c.ConfigMap == nil && c.Git == nil {
		m, err := manager.NewModuleHelmManager(h, nil, releaseName, nil, logr.Discard())
		if err != nil {
			return a.Fail("manager", err)
		}
		if err := m.Install(ctx, metaData); err != nil {
			return a.Fail("manager", fmt.Errorf("failed to install module: %w", err))
		}
		return a.Fail("manager", errors.New("driver: Install without a chart source returned no error"))
	}
	switch {
	case c.Repo != nil:
		if c.Repo.Auth != nil {
			unreached = append(unreached, "chart.repo.auth: the Secret is read from the operator's cluster")
		}
		unreached = append(unreached, "chart.repo: helm action config, LocateChart and install need the workspace's cluster and the repository")
	case c.ConfigMap != nil:
		unreached = append(unreached, "chart.configMap: the ConfigMap's binaryData is read from the operator's cluster")
	case c.Git != nil:
		unreached = append(unreached, "chart.git: url.Parse of the repo, auth Secret, git clone and install need the network and a cluster")
		if extra != "" {
			unreached = append(unreached, extra)
		}
	}
	rawOnly := true
	for _, v := range h.Values {
		if (v.File != nil && *v.File != "") || (v.ConfigMap != nil && v.ConfigMap.Name != "") {
			rawOnly = false
		}
	}
	if rawOnly {
		merged, err := services.HelmService{}.MergeHelmValues(ctx, h.Values)
		if err != nil {
			return a.Fail("manager", fmt.Errorf("failed to install module: %w", err))
		}
		a["helmValues"] = common.Encode(merged)
	} else {
		unreached = append(unreached, "values: file and configMap entries are read from the operator's filesystem / cluster, so the merged values are not computed")
	}
	if len(h.Outputs) > 0 {
		unreached = append(unreached, "outputs.valueFrom: Secrets are read after the install (and a bad output is only logged)")
	}
	a["unreached"] = unreached
	a["ok"] = true
	a["stage"] = "done"
	return a
}

func customUnreached() []string {
	return []string{
		"NewModuleCustomManager: the runner Secret (config.json = the Module's raw spec.config, not the validated config), the unsupported-permission check, the runner pod and service need the operator's cluster",
		"Install: POST /install with the manager data's innerMetaData as body needs the runner",
	}
}
