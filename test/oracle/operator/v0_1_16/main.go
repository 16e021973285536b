// Driver for operator releases 0.1.16 – 0.1.19 (pkg/resources as at v0.1.16): the Module install path of
// internal/controller (installModule -> newManager -> resources.HandleResource with the Helm and
// Custom handlers -> the manager's constructor -> Install), run on the operator's own packages.
// See ../PROTOCOL.md.
package main

import (
	"context"
	"fmt"

	"forkspacer-def/oracle/common"
	managerCons "github.com/forkspacer/forkspacer/pkg/constants/manager"
	"github.com/forkspacer/forkspacer/pkg/manager"
	managerBase "github.com/forkspacer/forkspacer/pkg/manager/base"
	"github.com/forkspacer/forkspacer/pkg/resources"
	"github.com/go-logr/logr"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
)

func main() { common.Serve(handle) }

func handle(req common.Request, stage *string) common.Answer {
	a := common.Answer{}
	ctx := context.Background()
	definition := []byte(req.Definition)

	// installModule: the config is read before the definition (configMap starts empty since 0.1.2).
	*stage = "config"
	configMap, err := common.ModuleConfig(req, make(map[string]any))
	if err != nil {
		return a.Fail("config", err)
	}

	*stage = "read"
	if base, err := resources.ReadResource[resources.BaseResource](definition); err == nil {
		a["kind"] = string(base.GetKind())
	}

	metaData := make(managerBase.MetaData)
	var iManager managerBase.IManager
	entered, isCustom := false, false

	err = resources.HandleResource(definition, &configMap,
		func(helmModule resources.HelmModule) error {
			entered = true
			a["config"] = common.Encode(configMap)
			*stage = "render"

			var releaseName string
			if v, ok := metaData[managerCons.HelmMetaDataKeys.ReleaseName]; ok {
				releaseName = v.(string)
			} else {
				releaseName = req.Namespace + "-" + req.Name
				metaData[managerCons.HelmMetaDataKeys.ReleaseName] = releaseName
			}
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
			// manager's constructor no longer validates (HandleResource did, before rendering).
			*stage = "manager"
			iManager, err = manager.NewModuleHelmManager(&helmModule, nil, releaseName, nil, logr.Discard())
			if err != nil {
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

			isCustom = true
			*stage = "manager"
			workspace := clientcmdapi.NewConfig()
			inBubble(func() {
				iManager, err = manager.NewModuleCustomManager(ctx, fakeCluster(), workspace, &customModule, configMap, metaData)
			})
			if err != nil {
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

	// installModule then calls Install. Helm's needs the workspace's Helm service (a cluster):
	// not run. Custom's POSTs to the runner.
	if isCustom {
		*stage = "manager"
		inBubble(func() { err = iManager.Install(ctx, metaData) })
		if err != nil {
			return a.Fail("manager", fmt.Errorf("failed to install module: %w", err))
		}
		body, err := installBody()
		if err != nil {
			return a.Fail("manager", err)
		}
		if body != nil {
			a["installBody"] = common.Encode(body)
		}
	}

	a["ok"] = true
	a["stage"] = "done"
	return a
}
