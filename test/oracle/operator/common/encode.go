// Package common is the line loop and value encoding every operator driver shares (PROTOCOL.md).
package common

import (
	"math"
	"reflect"
	"strconv"
	"time"
)

// Encode turns a Go value into the tagged JSON of PROTOCOL.md, so that an int and a float64
// with the same value stay apart and non-finite floats survive.
func Encode(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case string, bool:
		return x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return map[string]any{"$float": strconv.FormatFloat(x, 'g', -1, 64)}
		}
		return x
	case float32:
		return Encode(float64(x))
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = Encode(e)
		}
		return m
	case map[any]any:
		pairs := make([]any, 0, len(x))
		for k, e := range x {
			pairs = append(pairs, []any{Encode(k), Encode(e)})
		}
		return map[string]any{"$gmap": pairs}
	case []any:
		l := make([]any, len(x))
		for i, e := range x {
			l[i] = Encode(e)
		}
		return l
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return map[string]any{"$int": strconv.FormatInt(rv.Int(), 10)}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return map[string]any{"$int": strconv.FormatUint(rv.Uint(), 10)}
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return rv.Bool()
	case reflect.Float32, reflect.Float64:
		return Encode(rv.Float())
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return []any{}
		}
		l := make([]any, rv.Len())
		for i := range l {
			l[i] = Encode(rv.Index(i).Interface())
		}
		return l
	case reflect.Map:
		if rv.Type().Key().Kind() == reflect.String {
			m := make(map[string]any, rv.Len())
			for _, k := range rv.MapKeys() {
				m[k.String()] = Encode(rv.MapIndex(k).Interface())
			}
			return m
		}
		pairs := make([]any, 0, rv.Len())
		for _, k := range rv.MapKeys() {
			pairs = append(pairs, []any{Encode(k.Interface()), Encode(rv.MapIndex(k).Interface())})
		}
		return map[string]any{"$gmap": pairs}
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return nil
		}
		return Encode(rv.Elem().Interface())
	}
	return map[string]any{"$unencodable": rv.Type().String()}
}
