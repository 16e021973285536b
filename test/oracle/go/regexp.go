package main

// Go regexp answers: regexp.Compile's error text, or MatchString on each subject.

import (
	"regexp"
	"unicode"
)

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

// {"kind":"unicode-tables"}: the Unicode tables regexp/syntax reads \p{Name} from (unicode.Categories
// and unicode.Scripts of this Go, plus its Unicode version), as merged [lo, hi] ranges, for
// test/oracle/unicode-tables-gen.ts (src/regex/go-unicode-tables.ts).
func init() {
	register("unicode-tables", func(map[string]any) map[string]any {
		dump := func(tabs map[string]*unicode.RangeTable) map[string]any {
			out := map[string]any{}
			for name, t := range tabs {
				var rs [][2]int
				add := func(lo, hi, stride int) {
					for r := lo; r <= hi; r += stride {
						if n := len(rs); n > 0 && rs[n-1][1] == r-1 {
							rs[n-1][1] = r
						} else {
							rs = append(rs, [2]int{r, r})
						}
					}
				}
				for _, r := range t.R16 {
					add(int(r.Lo), int(r.Hi), int(r.Stride))
				}
				for _, r := range t.R32 {
					add(int(r.Lo), int(r.Hi), int(r.Stride))
				}
				out[name] = rs
			}
			return out
		}
		return map[string]any{
			"version":    unicode.Version,
			"categories": dump(unicode.Categories),
			"scripts":    dump(unicode.Scripts),
			// What (?i) adds to \p{Name}: the runes outside it that fold to runes inside.
			"foldCategories": dump(unicode.FoldCategory),
			"foldScripts":    dump(unicode.FoldScript),
		}
	})
}
