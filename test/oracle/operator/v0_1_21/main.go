// Command v0_1_21 answers PROTOCOL.md requests with the operator's own api/v1 code for the
// releases 0.1.21 – 0.1.23 (the family's api/v1 is the same; the release is the ldflags
// version, read from the operator's pkg/constants/version).
//
// What one request runs, in the order a cluster runs it for a new Module:
//
//  1. read: the stored JSON decoded into v1.Module the way the controller's client decodes it
//     (sigs.k8s.io/json, case-sensitive, as apimachinery's JSON serializer does).
//  2. admission (reported in "admission", never stops the request): the operator's mutating
//     webhook ModuleCustomDefaulter.Default (it calls Module.NewHelmReleaseName, which stores
//     "<namespace>-<name>" in the forkspacer.com/manager-data annotation unless one is there),
//     then its validating webhook ModuleCustomValidator.ValidateCreate on a fake client that
//     holds the referenced Workspace.
//  3. the controller's installModule, on the defaulted Module, with the Workspace taken as
//     ready: existingRelease adopts (cluster only: stops at "done"); spec.config is unmarshalled
//     (config); manager data is parsed; newManager: spec.helm → GetValidatedConfig (config),
//     RenderHelmSpec (render), release name from the parsed manager data; spec.custom →
//     GetValidatedConfig (config), RenderCustomSpec (render); neither → kind.
//  4. manager: the Helm manager's checks that need no cluster (no chart source; the raw values
//     merge, services.HelmService.MergeHelmValues, when every values entry is raw).
package main

import (
	"context"
	"encoding/json"
	"fmt"

	"forkspacer-def/oracle/common"

	batchv1 "github.com/forkspacer/forkspacer/api/v1"
	kubernetesCons "github.com/forkspacer/forkspacer/pkg/constants/kubernetes"
	managerCons "github.com/forkspacer/forkspacer/pkg/constants/manager"
	"github.com/forkspacer/forkspacer/pkg/constants/version"
	managerBase "github.com/forkspacer/forkspacer/pkg/manager/base"
)

func main() {
	common.Serve(handle)
}

func handle(req common.Request, stage *string) common.Answer {
	a := common.Answer{}
	ctx := context.Background()

	*stage = "read"
	module, err := readModule(req)
	if err != nil {
		if _, ok := err.(driverErr); ok {
			a["ok"] = false
			a["stage"] = "request"
			a["driverError"] = err.Error()
			return a
		}
		return a.Fail("read", err)
	}
	if module.Spec.Helm != nil {
		a["kind"] = "Helm"
	} else if module.Spec.Custom != nil {
		a["kind"] = "Custom"
	}

	*stage = "admission"
	a["admission"] = admit(ctx, module)

	// internal/controller/module_operations.go installModule. The Workspace lookup and its
	// readiness checks need a cluster; the Module is taken to reference a ready Workspace.
	*stage = "spec"
	if module.Spec.Helm != nil && module.Spec.Helm.ExistingRelease != nil {
		// adoptExistingHelmRelease: helmService.GetRelease(name, namespace) on the workspace's
		// cluster, then the release's values are prepended and the release name stored. No
		// config validation, no rendering on this path.
		a["releaseName"] = module.Spec.Helm.ExistingRelease.Name
		a["adopted"] = true
		a["unreached"] = []string{"adoptExistingHelmRelease: helmService.GetRelease needs the workspace's cluster"}
		a["ok"] = true
		a["stage"] = "done"
		return a
	}

	*stage = "config"
	configMap := make(map[string]any)
	if module.Spec.Config != nil && module.Spec.Config.Raw != nil {
		if err := json.Unmarshal(module.Spec.Config.Raw, &configMap); err != nil {
			return a.Fail("config", fmt.Errorf("failed to unmarshal module config: %v", err))
		}
	}

	managerData, ok := module.Annotations[kubernetesCons.ModuleAnnotationKeys.ManagerData]
	metaData := make(managerBase.MetaData)
	if ok && managerData != "" {
		_ = metaData.Parse([]byte(managerData)) // the controller logs this error and goes on
	}

	switch {
	case module.Spec.Helm != nil:
		return installHelm(ctx, a, module, metaData, stage)
	case module.Spec.Custom != nil:
		return installCustom(a, module, configMap, stage)
	default:
		return a.Fail("kind", fmt.Errorf("module spec must define either Helm or Custom configuration"))
	}
}

func installHelm(ctx context.Context, a common.Answer, module *batchv1.Module, metaData managerBase.MetaData, stage *string) common.Answer {
	// newManager: RenderHelmSpec validates the config first; run it alone to report it.
	*stage = "config"
	cfg, err := module.DeepCopy().GetValidatedConfig()
	if err != nil {
		return a.Fail("config", wrapHelm(err))
	}
	a["config"] = common.Encode(cfg)

	*stage = "render"
	rendered, err := module.RenderHelmSpec()
	if err != nil {
		return a.Fail("render", wrapHelm(err))
	}
	// newManager: the release name handed to the Helm manager is the one in the manager data
	// the controller parsed before rendering (the mutating webhook put it there).
	releaseName, _ := metaData[managerCons.HelmMetaDataKeys.ReleaseName].(string)
	a["releaseName"] = releaseName

	*stage = "spec"
	spec, err := helmSpecValue(rendered)
	if err != nil {
		a["ok"] = false
		a["stage"] = "render"
		a["driverError"] = "encoding the rendered spec: " + err.Error()
		return a
	}
	a["spec"] = common.Encode(spec)

	*stage = "manager"
	return helmManager(ctx, a, rendered, releaseName, metaData, gitNote())
}

func installCustom(a common.Answer, module *batchv1.Module, configMap map[string]any, stage *string) common.Answer {
	*stage = "config"
	cfg, err := module.DeepCopy().GetValidatedConfig()
	if err != nil {
		return a.Fail("config", wrapCustom(err))
	}
	a["config"] = common.Encode(cfg)

	*stage = "render"
	rendered, err := module.RenderCustomSpec()
	if err != nil {
		return a.Fail("render", wrapCustom(err))
	}
	*stage = "spec"
	spec, err := structValue(rendered)
	if err != nil {
		a["ok"] = false
		a["stage"] = "render"
		a["driverError"] = "encoding the rendered spec: " + err.Error()
		return a
	}
	a["spec"] = common.Encode(spec)
	a["runnerConfig"] = common.Encode(configMap)
	a["unreached"] = customUnreached()
	a["ok"] = true
	a["stage"] = "done"
	return a
}

// gitNote is what 0.1.21 and 0.1.22 do after a git clone succeeds (fixed in 0.1.23).
func gitNote() string {
	switch version.VersionParsed.String() {
	case "0.1.21", "0.1.22":
		return "git chart: after the clone, Install passes m.helmModule.Chart.ConfigMap.Namespace to InstallFromLocal; Chart.ConfigMap is nil on this path, so the install panics (nil pointer) in " + version.Version
	}
	return ""
}

func wrapHelm(err error) error   { return fmt.Errorf("failed to render Helm spec: %w", err) }
func wrapCustom(err error) error { return fmt.Errorf("failed to render Custom spec: %w", err) }
