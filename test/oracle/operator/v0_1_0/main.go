// Driver for operator releases 0.1.0 – 0.1.5 (pkg/resources as at v0.1.0): the Module install
// path of internal/controller (installModule [-> newManager from 0.1.3] ->
// resources.HandleResource with the Helm and Custom handlers -> the manager's constructor), run on
// the operator's own packages. See ../PROTOCOL.md.
package main

import (
	"fmt"

	"forkspacer-def/oracle/common"
	"github.com/forkspacer/forkspacer/pkg/manager"
	"github.com/forkspacer/forkspacer/pkg/resources"
	"github.com/forkspacer/forkspacer/pkg/version"
	"github.com/go-logr/logr"
	logf "sigs.k8s.io/controller-runtime/pkg/log"
)

func init() { logf.SetLogger(logr.Discard()) }

func main() { common.Serve(handle) }

// startConfig is the controller's config map before spec.config is read into it: 0.1.0 and
// 0.1.1 declare it (`var configMap map[string]any`, nil), 0.1.2 on make it. A nil map stays nil
// when the Module has no config, so ValidateConfig fills its defaults into a map of its own and
// the templates see none of them.
func startConfig() map[string]any {
	v := version.VersionParsed
	if v.Major() == 0 && v.Minor() == 1 && v.Patch() < 2 {
		return nil
	}
	return make(map[string]any)
}

func handle(req common.Request, stage *string) common.Answer {
	a := common.Answer{}
	definition := []byte(req.Definition)

	// installModule: the config is read before the definition.
	*stage = "config"
	configMap, err := common.ModuleConfig(req, startConfig())
	if err != nil {
		return a.Fail("config", err)
	}

	*stage = "read"
	if base, err := resources.ReadResource[resources.BaseResource](definition); err == nil {
		a["kind"] = string(base.GetKind())
	}

	entered := false
	err = resources.HandleResource(definition, &configMap,
		func(helmModule resources.HelmModule) error {
			entered = true
			a["config"] = common.Encode(configMap)
			*stage = "render"

			releaseName := req.Namespace + "-" + req.Name
			a["releaseName"] = releaseName

			if err := helmModule.RenderSpec(helmModule.NewRenderData(configMap, releaseName)); err != nil {
				return fmt.Errorf("failed to render Helm module spec: %v", err)
			}
			spec, err := common.Typed(helmModule.Spec)
			if err != nil {
				return err
			}
			a["spec"] = spec

			// The controller builds the workspace's Helm service here (a cluster connection); the
			// manager's constructor only validates the rendered module and keeps the service.
			*stage = "manager"
			if _, err := manager.NewModuleHelmManager(&helmModule, nil, releaseName, logr.Discard()); err != nil {
				return fmt.Errorf("failed to install Helm module: %w", err)
			}
			return nil
		},
		func(customModule resources.CustomModule) error {
			entered = true
			a["config"] = common.Encode(configMap)
			spec, err := common.Typed(customModule.Spec)
			if err != nil {
				return err
			}
			a["spec"] = spec

			// manager.NewModuleCustomManager first validates the module (this call), then fetches
			// the Go plugin (HTTP download or a ConfigMap through the controller's client) into
			// the operator's data directory and plugin.Opens it: not run here.
			*stage = "manager"
			if err := customModule.Validate(); err != nil {
				return fmt.Errorf("failed to install Custom module: %w", err)
			}
			return nil
		},
	)
	if err != nil {
		if entered {
			return a.Fail(*stage, err)
		}
		st := common.StageBefore(err)
		if common.ConfigValidated(st) {
			a["config"] = common.Encode(configMap)
		}
		return a.Fail(st, err)
	}

	a["ok"] = true
	a["stage"] = "done"
	return a
}
