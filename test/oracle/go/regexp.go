package main

// Go regexp answers: regexp.Compile's error text, or MatchString on each subject.

import "regexp"

func init() { register("regexp", regexpAnswer) }

func regexpAnswer(q map[string]any) map[string]any {
	re, err := regexp.Compile(q["pattern"].(string))
	if err != nil {
		return map[string]any{"ok": false, "error": err.Error()}
	}
	subjects, _ := q["subjects"].([]any)
	matches := make([]any, len(subjects))
	for i, s := range subjects {
		matches[i] = re.MatchString(s.(string))
	}
	return map[string]any{"ok": true, "matches": matches}
}
