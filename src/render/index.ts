/**
 * `render`: what the operator does with a definition (0.1.0 – 0.1.20, with a Module's
 * spec.config) or an inline Module (0.1.21+): the effective config, the release name, and the
 * Helm spec after templating, value for value and type for type, with findings for config
 * violations, template errors and re-parses the author probably did not mean. No CLI, no I/O.
 *
 *  - render(source, options) -> RenderResult (throws RenderInputError when there is nothing to render)
 *  - toYaml(value) / toJson(value): Go-typed output
 *  - renderRules: the rule ids findings carry
 */
export { render, describe, lettersOnlyRandom } from './render.ts';
export { toYaml, toJson, yamlString } from './yaml-out.ts';
export { dumpGo, yamlUnmarshalAny, yamlRoundTrip, yamlIntoString, jsonUnmarshalAny } from './go-yaml.ts';
export { RenderInputError, renderRules } from './types.ts';
export type { ConfigOverride, Era, RenderOptions, RenderResult, SourceText } from './types.ts';
