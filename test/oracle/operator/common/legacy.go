// The legacy (pkg/resources, 0.1.0 – 0.1.20) drivers' shared readings of the controller.
package common

import (
	"encoding/json"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ModuleConfig is the controller's reading of the Module's spec.config: encoding/json into a
// map[string]any (numbers float64), into the map the controller starts with (nil or empty,
// depending on the release); absent config leaves that map as it is.
func ModuleConfig(req Request, start map[string]any) (map[string]any, error) {
	configMap := start
	if req.Config != nil {
		if err := json.Unmarshal([]byte(*req.Config), &configMap); err != nil {
			return nil, fmt.Errorf("failed to unmarshal module config: %v", err)
		}
	}
	return configMap, nil
}

// StageBefore names the step of resources.HandleResource that produced err when HandleResource
// failed before it called either handler. The operator's messages for each step are fixed texts
// (pkg/resources/handlers.go, unchanged in wording from 0.1.0 to 0.1.20); what is left is reading
// the Typed Helm/Custom definition and (0.1.12+) validating it.
func StageBefore(err error) string {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "failed to read module type:"):
		return "read"
	case strings.HasPrefix(msg, "failed to parse supported operator version constraint"):
		return "constraint"
	case strings.HasPrefix(msg, "operator version ") && strings.Contains(msg, "does not satisfy supported version constraint"):
		return "version"
	case strings.HasPrefix(msg, "failed to validate configuration:"):
		return "config"
	case strings.HasPrefix(msg, "unknown kind:"):
		return "kind"
	}
	return "spec"
}

// ConfigValidated: the stages reached only after the config was validated.
func ConfigValidated(stage string) bool {
	switch stage {
	case "kind", "spec", "render", "manager", "done":
		return true
	}
	return false
}

// Typed is PROTOCOL.md's `spec`: yaml.Marshal of the operator's struct, read back into any.
func Typed(v any) (any, error) {
	b, err := yaml.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	if err := yaml.Unmarshal(b, &out); err != nil {
		return nil, err
	}
	return Encode(out), nil
}
