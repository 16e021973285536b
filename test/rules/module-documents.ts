/** Module documents the module-* rule tests start from (all valid as they stand). */

export const head = (name = 'redis', ns = ''): string => `apiVersion: batch.forkspacer.com/v1
kind: Module
metadata:
  name: ${name}
${ns ? `  namespace: ${ns}\n` : ''}`;

/** A Helm definition as spec.source.raw holds it (0.1.x Modules). */
export const helmRaw = `    raw:
      kind: Helm
      metadata:
        name: redis
        version: "1.0.0"
        supportedOperatorVersion: ">= 0.1.0"
      config:
        - type: integer
          name: Replicas
          alias: replicas
          spec:
            editable: true
            min: 1
            max: 5
      spec:
        namespace: default
        repo: https://charts.bitnami.com/bitnami
        chartName: redis
        version: 1.0.0
`;

/** A 0.1.x Module with its definition in spec.source.raw. */
export const okModule = `${head()}spec:
  source:
${helmRaw}  workspace:
    name: dev
`;

/** A 0.1.21+ Module with inline config items and spec.helm. */
export const inline = `${head()}config:
  - name: Replicas
    alias: replicas
    integer:
      default: 2
      min: 1
      max: 5
spec:
  helm:
    namespace: default
    chart:
      repo:
        url: https://charts.bitnami.com/bitnami
        chart: redis
    values:
      - raw:
          replicas: "{{ .config.replicas }}"
  workspace:
    name: dev
`;

export const workspace = (name: string, ns = 'default'): string =>
  `apiVersion: batch.forkspacer.com/v1\nkind: Workspace\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec: {}\n---\n`;

/** A Module whose source is an httpURL. */
export const httpModule = (extraSpec = ''): string => `${head()}spec:\n  source:\n    httpURL: https://x/y\n${extraSpec}  workspace:\n    name: dev\n`;
