/** Inputs for the render-rule tests: a legacy flat Helm definition and a 0.1.x Module for it, rendered by the real engine. */
import { render } from '../../src/render/index.ts';
import type { RenderOptions, RenderResult } from '../../src/render/index.ts';

/** Accepted by 0.1.0 – 0.1.11; one integer item `replicas` (default 1, max 5), templated into the values (line 21, column 19). */
export const DEFINITION = `kind: Helm
metadata:
  name: demo
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.0, <= 0.1.11"
config:
  - type: integer
    name: Replicas
    alias: replicas
    spec:
      editable: true
      default: 1
      max: 5
spec:
  namespace: default
  repo: https://charts.example.com
  chartName: demo
  version: 1.0.0
  values:
    - raw:
        replicas: "{{ .config.replicas }}"
`;

/** A 0.1.x Module for DEFINITION; its spec.config.replicas value is on line 13, column 15. */
export const moduleWith = (replicas: string): string => `apiVersion: batch.forkspacer.com/v1
kind: Module
metadata:
  name: demo
  namespace: default
spec:
  source:
    configMap:
      name: demo
  workspace:
    name: dev
  config:
    replicas: ${replicas}
`;

/** A definition with one editable string item `chart` (default on line 12) templated into a spec field. */
export const stringItemDefinition = (defaultText: string, field: 'version' | 'chartName'): string => `kind: Helm
metadata:
  name: demo
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.0, <= 0.1.11"
config:
  - type: string
    name: Chart
    alias: chart
    spec:
      editable: true
      default: ${defaultText}
spec:
  namespace: default
  repo: https://charts.example.com
  chartName: ${field === 'chartName' ? '"{{ .config.chart }}"' : 'demo'}
  version: ${field === 'version' ? '"{{ .config.chart }}"' : '1.0.0'}
`;

/** Renders `definition` (file definition.yaml), with `module` (module.yaml) when given. */
export function renderText(definition: string, module?: string, options: Omit<RenderOptions, 'module'> = {}): RenderResult {
  return render({ file: 'definition.yaml', text: definition }, { ...options, ...(module ? { module: { file: 'module.yaml', text: module } } : {}) });
}
