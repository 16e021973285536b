package main

// Masterminds/semver answers: NewConstraint + Check, NewVersion, StrictNewVersion, Compare.
// github.com/Masterminds/semver/v3 v3.4.0, the operator's pin (go.mod).

import (
	semver "github.com/Masterminds/semver/v3"
	"strconv"
)

func init() { register("semver", semverAnswer) }

func semverVersionInfo(v *semver.Version, err error) map[string]any {
	if err != nil {
		return map[string]any{"ok": false, "error": err.Error()}
	}
	return map[string]any{
		"ok":       true,
		"major":    strconv.FormatUint(v.Major(), 10),
		"minor":    strconv.FormatUint(v.Minor(), 10),
		"patch":    strconv.FormatUint(v.Patch(), 10),
		"pre":      v.Prerelease(),
		"metadata": v.Metadata(),
		"string":   v.String(),
	}
}

func semverAnswer(q map[string]any) map[string]any {
	switch q["op"] {
	case "constraint":
		c, err := semver.NewConstraint(q["text"].(string))
		if err != nil {
			return map[string]any{"ok": false, "error": err.Error()}
		}
		vs, _ := q["versions"].([]any)
		checks := make([]any, len(vs))
		for i, x := range vs {
			v, err := semver.NewVersion(x.(string))
			if err != nil {
				checks[i] = nil
			} else {
				checks[i] = c.Check(v)
			}
		}
		return map[string]any{"ok": true, "checks": checks}
	case "version":
		texts, _ := q["texts"].([]any)
		out := make([]any, len(texts))
		for i, x := range texts {
			s := x.(string)
			out[i] = map[string]any{
				"loose":  semverVersionInfo(semver.NewVersion(s)),
				"strict": semverVersionInfo(semver.StrictNewVersion(s)),
			}
		}
		return map[string]any{"results": out}
	case "compare":
		pairs, _ := q["pairs"].([]any)
		out := make([]any, len(pairs))
		for i, p := range pairs {
			ab := p.([]any)
			a, err1 := semver.NewVersion(ab[0].(string))
			b, err2 := semver.NewVersion(ab[1].(string))
			if err1 != nil || err2 != nil {
				out[i] = nil
				continue
			}
			out[i] = a.Compare(b)
		}
		return map[string]any{"results": out}
	}
	return map[string]any{"oracleError": "unknown semver op"}
}
