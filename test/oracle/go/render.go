package main

// Re-parse answers for the renderer (src/render/go-yaml.ts), go.yaml.in/yaml/v3 v3.0.4: what the operator's
// renderSpecWithTypePreservation does with one rendered string. For each text:
//   any:    yaml.Unmarshal([]byte(text), &v) with v any, as a typed dump (or the error);
//   trip:   yaml.Marshal of {"v": v} unmarshalled into struct{V any}: the value a raw field keeps;
//   str:    the same into struct{V string} (a string field), or the error;
//   list:   {"v": [v]} into struct{V []string} (a names list), as a dump, or the error.
// Dumps: nil, bool(true), int(3), uint64(...), float64(<'g' -1>), string(<QuoteToASCII>),
// [a, b], map[string]{"k": v} (sorted), map[any]{k: v} (sorted by dump); a time.Time as the
// string(...) of its RFC3339Nano text, which is what yaml.Marshal writes for it.

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"text/template"
	"time"

	"go.yaml.in/yaml/v3"
)

func init() { register("reparse", reparseAnswer) }

func dumpGo(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case bool:
		return "bool(" + strconv.FormatBool(x) + ")"
	case int:
		return "int(" + strconv.Itoa(x) + ")"
	case int64:
		return "int(" + strconv.FormatInt(x, 10) + ")"
	case uint64:
		return "uint64(" + strconv.FormatUint(x, 10) + ")"
	case float64:
		if math.IsNaN(x) {
			return "float64(NaN)"
		}
		return "float64(" + strconv.FormatFloat(x, 'g', -1, 64) + ")"
	case string:
		return "string(" + strconv.QuoteToASCII(x) + ")"
	case time.Time:
		// The renderer models a time.Time as the text yaml.Marshal writes for it.
		return "string(" + strconv.QuoteToASCII(x.Format(time.RFC3339Nano)) + ")"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = dumpGo(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []string:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = dumpGo(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.QuoteToASCII(k) + ": " + dumpGo(x[k])
		}
		return "map[string]{" + strings.Join(parts, ", ") + "}"
	case map[any]any:
		parts := make([]string, 0, len(x))
		for k, e := range x {
			parts = append(parts, dumpGo(k)+": "+dumpGo(e))
		}
		sort.Strings(parts)
		return "map[any]{" + strings.Join(parts, ", ") + "}"
	default:
		return fmt.Sprintf("%T(%v)", v, v)
	}
}

func reparseOne(text string) (res map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"panic": fmt.Sprint(r)}
		}
	}()
	res = map[string]any{}
	var v any
	if err := yaml.Unmarshal([]byte(text), &v); err != nil {
		res["error"] = err.Error()
		return res
	}
	res["any"] = dumpGo(v)
	out, err := yaml.Marshal(map[string]any{"v": v})
	if err != nil {
		res["marshalError"] = err.Error()
		return res
	}
	var a struct {
		V any `yaml:"v"`
	}
	if err := yaml.Unmarshal(out, &a); err != nil {
		res["trip"] = "E:" + err.Error()
	} else {
		res["trip"] = dumpGo(a.V)
	}
	var s struct {
		V string `yaml:"v"`
	}
	if err := yaml.Unmarshal(out, &s); err != nil {
		res["str"] = "E:" + err.Error()
	} else {
		res["str"] = dumpGo(s.V)
	}
	lout, err := yaml.Marshal(map[string]any{"v": []any{v}})
	if err != nil {
		res["list"] = "E:" + err.Error()
		return res
	}
	var l struct {
		V []string `yaml:"v"`
	}
	if err := yaml.Unmarshal(lout, &l); err != nil {
		res["list"] = "E:" + err.Error()
	} else {
		res["list"] = dumpGo(l.V)
	}
	return res
}

func reparseAnswer(q map[string]any) map[string]any {
	texts, _ := q["texts"].([]any)
	out := make([]any, len(texts))
	for i, t := range texts {
		out[i] = reparseOne(t.(string))
	}
	return map[string]any{"results": out}
}

// ---- renderSpec: the whole 0.1.x rendering of a Helm spec, for test/oracle/render-spec*.ts ----
// The structs below give the operator's field types (Go strings, bools, *string, []string, any,
// map[string]any, pointers with and without omitempty); rendering marshals the struct to YAML,
// reads it into any, executes every string holding {{ and }} as a text/template named "", re-parses
// the output with yaml.Unmarshal (keeping the string on failure), and decodes the result back.

type rsRef struct {
	Name      string `yaml:"name"`
	Namespace string `yaml:"namespace"`
}

type rsKeyedRef struct {
	Name      string `yaml:"name"`
	Namespace string `yaml:"namespace"`
	Key       string `yaml:"key"`
}

type rsSecret struct {
	Name      string `yaml:"name"`
	Key       string `yaml:"key"`
	Namespace string `yaml:"namespace"`
}

type rsOutput struct {
	Name      string `yaml:"name"`
	Value     *any   `yaml:"value,omitempty"`
	ValueFrom *struct {
		Secret    *rsSecret `yaml:"secret,omitempty"`
		ConfigMap *rsSecret `yaml:"configMap,omitempty"`
	} `yaml:"valueFrom,omitempty"`
}

type rsTarget struct {
	Enabled bool     `yaml:"enabled"`
	Names   []string `yaml:"names"`
}

type rsCommon struct {
	Namespace string     `yaml:"namespace"`
	Outputs   []rsOutput `yaml:"outputs"`
	Cleanup   *struct {
		RemoveNamespace bool `yaml:"removeNamespace"`
		RemovePVCs      bool `yaml:"removePVCs"`
	} `yaml:"cleanup,omitempty"`
	Migration *struct {
		PVC       *rsTarget `yaml:"pvc,omitempty"`
		Secret    *rsTarget `yaml:"secret,omitempty"`
		ConfigMap *rsTarget `yaml:"configMap,omitempty"`
	} `yaml:"migration,omitempty"`
}

type rsFlat struct {
	rsCommon  `yaml:",inline"`
	Repo      string `yaml:"repo"`
	ChartName string `yaml:"chartName"`
	Version   string `yaml:"version"`
	Values    []struct {
		File      *string        `yaml:"file"`
		ConfigMap *rsRef         `yaml:"configMap"`
		Raw       map[string]any `yaml:"raw"`
	} `yaml:"values"`
}

type rsChart struct {
	rsCommon `yaml:",inline"`
	Chart    struct {
		Repo *struct {
			URL       string  `yaml:"url"`
			ChartName string  `yaml:"chartName"`
			Version   *string `yaml:"version,omitempty"`
			Auth      *struct {
				SecretRef *rsRef `yaml:"secretRef,omitempty"`
			} `yaml:"auth,omitempty"`
		} `yaml:"repo"`
		ConfigMap *rsKeyedRef `yaml:"configMap"`
		Git       *struct {
			Repo     string  `yaml:"repo"`
			Path     string  `yaml:"path"`
			Revision *string `yaml:"revision,omitempty"`
			Auth     *struct {
				HTTPSSecretRef *rsRef `yaml:"httpsSecretRef,omitempty"`
			} `yaml:"auth,omitempty"`
		} `yaml:"git"`
	} `yaml:"chart"`
	Values []struct {
		File      *string        `yaml:"file"`
		ConfigMap *rsKeyedRef    `yaml:"configMap"`
		Raw       map[string]any `yaml:"raw"`
	} `yaml:"values"`
}

func rsRenderAny(v any, data any) (any, error) {
	switch val := v.(type) {
	case map[string]any:
		out := make(map[string]any)
		for k, x := range val {
			r, err := rsRenderAny(x, data)
			if err != nil {
				return nil, err
			}
			out[k] = r
		}
		return out, nil
	case []any:
		out := make([]any, len(val))
		for i, x := range val {
			r, err := rsRenderAny(x, data)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	case string:
		if strings.Contains(val, "{{") && strings.Contains(val, "}}") {
			t, err := template.New("").Parse(val)
			if err != nil {
				return nil, err
			}
			var b bytes.Buffer
			if err := t.Execute(&b, data); err != nil {
				return nil, err
			}
			var parsed any
			if err := yaml.Unmarshal(b.Bytes(), &parsed); err == nil {
				return parsed, nil
			}
			return b.String(), nil
		}
		return val, nil
	default:
		return v, nil
	}
}

func rsRender[T any](spec T, data any) (T, error) {
	var zero T
	b, err := yaml.Marshal(spec)
	if err != nil {
		return zero, err
	}
	var generic any
	if err := yaml.Unmarshal(b, &generic); err != nil {
		return zero, err
	}
	rendered, err := rsRenderAny(generic, data)
	if err != nil {
		return zero, err
	}
	b, err = yaml.Marshal(rendered)
	if err != nil {
		return zero, err
	}
	var out T
	if err := yaml.Unmarshal(b, &out); err != nil {
		return zero, err
	}
	return out, nil
}

// rsEncode is encodeValue with map[any]any as {"$gmap": [[key, value], ...]} and time.Time as its RFC3339Nano text.
func rsEncode(v any) any {
	switch x := v.(type) {
	case int:
		return map[string]any{"$int": strconv.Itoa(x)}
	case uint64:
		return map[string]any{"$int": strconv.FormatUint(x, 10)}
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return map[string]any{"$float": strconv.FormatFloat(x, 'g', -1, 64)}
		}
		return x
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = rsEncode(e)
		}
		return m
	case map[any]any:
		pairs := make([]any, 0, len(x))
		for k, e := range x {
			pairs = append(pairs, []any{rsEncode(k), rsEncode(e)})
		}
		return map[string]any{"$gmap": pairs}
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = rsEncode(e)
		}
		return l
	default:
		return v
	}
}

func renderSpecOne(q map[string]any) (res map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			res = map[string]any{"panic": fmt.Sprint(r)}
		}
	}()
	text, _ := q["spec"].(string)
	data := map[string]any{"config": decodeValue(q["config"]), "releaseName": q["releaseName"]}
	if ns, ok := q["namespace"].(string); ok {
		data["namespace"] = ns
	}
	var out []byte
	var err error
	if q["dialect"] == "helm-chart" {
		var spec rsChart
		if err = yaml.Unmarshal([]byte(text), &spec); err != nil {
			return map[string]any{"loadError": err.Error()}
		}
		r, rerr := rsRender(spec, data)
		if rerr != nil {
			return map[string]any{"error": rerr.Error()}
		}
		out, err = yaml.Marshal(r)
	} else {
		var spec rsFlat
		if err = yaml.Unmarshal([]byte(text), &spec); err != nil {
			return map[string]any{"loadError": err.Error()}
		}
		r, rerr := rsRender(spec, data)
		if rerr != nil {
			return map[string]any{"error": rerr.Error()}
		}
		out, err = yaml.Marshal(r)
	}
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	var generic any
	if err := yaml.Unmarshal(out, &generic); err != nil {
		return map[string]any{"error": err.Error()}
	}
	return map[string]any{"spec": rsEncode(generic)}
}

func init() {
	register("renderSpec", func(q map[string]any) map[string]any {
		cases, _ := q["cases"].([]any)
		out := make([]any, len(cases))
		for i, c := range cases {
			out[i] = renderSpecOne(c.(map[string]any))
		}
		return map[string]any{"results": out}
	})
}
