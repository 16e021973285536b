import type { Finding } from '../diagnostics/finding.ts';
import type { RuleMeta } from '../diagnostics/rule-meta.ts';
import type { GoMap, GoValue } from '../values/go-value.ts';

/** A YAML file the renderer reads: its name (as findings show it) and its text. */
export interface SourceText {
  file: string;
  text: string;
}

/** Config input given outside the Module (`--values`, `--set`), applied in order over `spec.config`. */
export interface ConfigOverride {
  /** Where it came from, for messages: `--set replicas=3`, `values.yaml`. */
  source: string;
  values: GoMap;
}

export interface RenderOptions {
  /** A Module manifest (0.1.0 – 0.1.20) whose `spec.config` and metadata name/namespace are used. */
  module?: SourceText;
  overrides?: readonly ConfigOverride[];
  /** Replaces `<Module namespace>-<Module name>`. */
  releaseName?: string;
  /** The Module's namespace (default: the Module's own, else `default`). */
  namespace?: string;
  /** The operator release to render as; default: the newest that accepts the definition. */
  operatorVersion?: string;
  /** Random source for 0.1.24's randBase62 (default Math.random). */
  random?: () => number;
}

export type Era = 'legacy' | 'inline';

export interface RenderResult {
  era: Era;
  kind: 'Helm' | 'Custom';
  /** e.g. `helm-flat`, `helm-chart`, `custom-image`, `custom-plugin`, `module-inline`. */
  dialect: string;
  operatorVersion: string;
  /** How the version was chosen, for messages. */
  operatorVersionSource: 'option' | 'newest-accepted' | 'newest-of-dialect';
  /** What templates see as `.config`. */
  effectiveConfig: GoMap;
  releaseName: string;
  /** `.namespace`, when this operator release provides it. */
  namespace?: string;
  /** Helm: the spec as the operator holds it after rendering (its typed struct; fields not written left out). Custom 0.1.21+: the rendered spec. */
  spec?: GoValue;
  /** Custom (0.1.8+): the JSON body POST /install receives (the effective config). */
  installBody?: GoMap;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
}

/** A render failure before anything could be rendered (no definition in the file, bad version). */
export class RenderInputError extends Error {}

export const renderRules = {
  configViolation: {
    id: 'config-violation',
    severity: 'error',
    documents: 'render',
    description: "A Module's config input breaks a rule of the definition's config items; the operator rejects it.",
    messages: {
      configNotMap: 'spec.config must be a map of alias to value, not {{value}}',
      violation: '{{violation}}; the operator says: {{goError}}',
      violationFrom: '{{violation}} (from {{source}}); the operator says: {{goError}}',
    },
  },
  configDefinition: {
    id: 'config-definition',
    severity: 'error',
    documents: 'render',
    description: "The definition's config items are ones the operator cannot read (unknown type, bad regex, wrong value types).",
    messages: {
      unreadableItem: '{{problem}}',
    },
  },
  configTruncated: {
    id: 'config-integer-truncated',
    severity: 'warning',
    documents: 'render',
    description: 'An integer item got a fractional number: the operator truncates it (for its check, or in the effective config).',
    messages: {
      truncatedForChecks: '{{alias}}: {{value}} is truncated to {{truncated}} for the integer checks, but templates get {{value}} as given',
      truncatedForChecksFrom: '{{alias}}: {{value}} is truncated to {{truncated}} for the integer checks, but templates get {{value}} as given (from {{source}})',
      truncatedInConfig: '{{alias}}: {{value}} is truncated to the integer {{truncated}} in the effective config',
      truncatedInConfigFrom: '{{alias}}: {{value}} is truncated to the integer {{truncated}} in the effective config (from {{source}})',
    },
  },
  configFloatDefault: {
    id: 'config-float-default',
    severity: 'warning',
    documents: 'render',
    description: 'An integer item has a fractional default (or bound) that the operator truncates.',
    messages: {
      fractionalInteger: 'integer item "{{alias}}": {{note}}; the operator holds an int here',
    },
  },
  templateError: {
    id: 'template-error',
    severity: 'error',
    documents: 'render',
    description: "A templated string fails to parse or execute with Go's text/template (no sprig functions).",
    messages: {
      parseFailed: '{{path}}: {{error}}',
      executeFailed: '{{path}}: {{error}}',
    },
  },
  renderDecode: {
    id: 'render-decode',
    severity: 'error',
    documents: 'render',
    description: "A rendered value cannot be decoded back into the operator's typed spec (a map or list in a string field).",
    messages: {
      collectionIntoString: '{{path}}: the operator cannot load this: cannot unmarshal {{tag}} into string',
      notBool: '{{path}}: the operator cannot load this: {{tag}} into bool',
      templatedBool: '{{path}}: the operator cannot load this: {{error}} (bool fields are not templated: the operator fails to load the definition before rendering)',
      decodeFailed: '{{path}}: the operator cannot load this: {{error}}',
      scalarIntoMap: '{{path}}: the operator cannot load this: cannot unmarshal !!str `{{prefix}}...` into map[string]interface {}',
      listIntoMap: '{{path}}: the operator cannot load this: cannot unmarshal !!seq into map[string]interface {}',
      notList: '{{path}}: the operator cannot load this: cannot unmarshal {{tag}} into a list',
      notStruct: '{{path}}: the operator cannot load this: cannot unmarshal {{tag}} into a struct',
      renderedNotString: '{{path}}: the template renders {{output}}, which the operator re-parses as {{parsed}} and cannot put in this string field ({{error}})',
    },
  },
  renderTypeChange: {
    id: 'render-type-change',
    severity: 'warning',
    documents: 'render',
    description: 'A rendered string changes type or text when the operator re-parses it ("1.10" becomes 1.1, "007" becomes 7).',
    messages: {
      stringFieldChanged: '{{path}}: rendered {{output}} is re-parsed as {{parsed}}, which comes back into this string field as {{value}}',
      stringFieldUnset: '{{path}}: rendered {{output}} is re-parsed as null, which leaves the field unset',
      listEntryDropped: '{{path}}: rendered {{output}} is re-parsed as null, so yaml.v3 drops the entry from the list',
      differentString: '{{path}}: rendered {{output}} is re-parsed as {{format}} into the different string {{parsed}}',
      emptyIsNull: '{{path}}: rendered {{output}} is empty, which yaml.v3 reads as null',
      reparsedNull: '{{path}}: rendered {{output}} is re-parsed as null',
      reparsedCollection: '{{path}}: rendered {{output}} is re-parsed as {{format}} into {{parsed}}',
      stringValueReparsed: '{{path}}: rendered {{output}} comes from a string value but is re-parsed as {{parsed}}',
      stringValueReparsedJson: '{{path}}: rendered {{output}} comes from a string value but is re-parsed as JSON into {{parsed}}',
    },
  },
  renderNoValue: {
    id: 'render-no-value',
    severity: 'warning',
    documents: 'render',
    description: 'A template printed <no value>: it read a map key that does not exist.',
    messages: {
      printedNoValue: '{{path}}: the template printed <no value> (a map key that does not exist): {{output}}',
    },
  },
  operatorCheck: {
    id: 'render-operator-check',
    severity: 'error',
    documents: 'render',
    description:
      "The operator's own checks refuse the rendered spec (0.1.0 – 0.1.11 validate the spec after rendering: values sources, the chart repository URL as Go's url.Parse reads it, an empty version).",
    messages: {
      refusedAfterRender: "the rendered spec is refused by operator {{version}}'s checks (made after rendering): {{error}}",
      nonFiniteConfig: 'operator {{version}} cannot pass this config to the custom module: json: unsupported value: {{value}} (the effective config holds a non-finite float)',
      specRefused: 'operator {{version}} refuses the spec: {{error}}',
    },
  },
  operatorVersion: {
    id: 'render-operator-version',
    severity: 'error',
    documents: 'render',
    description: 'The chosen operator release does not load this definition.',
    messages: {
      shapeNotRead: 'operator {{version}} does not load this definition (the {{dialect}} shape is read by {{releases}} only); rendering as {{version}} anyway',
      notAccepted: 'operator {{version}} does not load this definition (it is accepted by {{releases}}); rendering as {{version}} anyway',
      noReleaseLoads: 'no operator release loads this definition (run lint for why); rendering as {{version}}, the newest release that reads its shape',
    },
  },
} as const satisfies Record<string, RuleMeta>;
