/**
 * The operator's typed spec structs, as far as rendering needs them: which fields exist (unknown
 * ones are dropped when the YAML is decoded), which are Go strings (a rendered value comes back
 * as its text), bools, string lists, and which hold arbitrary values (`raw`, an output's `value`)
 * that keep the types the re-parse gives them. Field lists follow the dialect JSON Schemas
 * (src/schema/definition-schemas.ts) and the 0.1.24 Module CRD, with the releases that added
 * `migration` (0.1.6: pvc; 0.1.9: secret, configMap).
 */
import { cmp } from '../operator/acceptance.ts';

export type FieldType =
  | { t: 'string'; pointer?: boolean; default?: string }
  | { t: 'bool'; default?: boolean }
  | { t: 'any' }
  /** map[string]any: keys are strings, values anything. */
  | { t: 'rawmap' }
  | { t: 'list'; of: FieldType }
  | { t: 'struct'; fields: Record<string, FieldType>; default?: Record<string, boolean | string> };

const str: FieldType = { t: 'string' };
const pstr: FieldType = { t: 'string', pointer: true };
const bool: FieldType = { t: 'bool' };
const strList: FieldType = { t: 'list', of: str };
const struct = (fields: Record<string, FieldType>): FieldType => ({ t: 'struct', fields });
const ref = struct({ name: str, namespace: str });

function migration(version: string): Record<string, FieldType> {
  if (cmp(version, '0.1.6') < 0) return {};
  const target = struct({ enabled: bool, names: strList });
  const fields: Record<string, FieldType> = { pvc: target };
  if (cmp(version, '0.1.9') >= 0) Object.assign(fields, { secret: target, configMap: target });
  return { migration: struct(fields) };
}

function helmCommon(version: string, keyedValues: boolean): Record<string, FieldType> {
  const secretRef = struct({ name: str, key: str, namespace: str });
  return {
    namespace: str,
    values: {
      t: 'list',
      of: struct({ file: pstr, configMap: keyedValues ? struct({ name: str, namespace: str, key: str }) : ref, raw: { t: 'rawmap' } }),
    },
    outputs: { t: 'list', of: struct({ name: str, value: { t: 'any' }, valueFrom: struct({ secret: secretRef }) }) },
    cleanup: struct({ removeNamespace: bool, removePVCs: bool }),
    ...migration(version),
  };
}

/** HelmModuleSpec of the flat dialect (0.1.0 – 0.1.11). */
export function helmFlatSpec(version: string): FieldType {
  return struct({ ...helmCommon(version, false), repo: str, chartName: str, version: str });
}

/** HelmModuleSpec of the chart dialect (0.1.12 – 0.1.20). */
export function helmChartSpec(version: string): FieldType {
  const chart = struct({
    // repo.auth exists from 0.1.16; before that it is an unknown field, dropped.
    repo: struct({ url: str, chartName: str, version: pstr, ...(cmp(version, '0.1.16') >= 0 ? { auth: struct({ secretRef: ref }) } : {}) }),
    configMap: struct({ name: str, namespace: str, key: str }),
    git: struct({ repo: str, path: str, revision: pstr, auth: struct({ httpsSecretRef: ref }) }),
  });
  return struct({ ...helmCommon(version, true), chart });
}

/** CustomModuleSpec of the image dialect (0.1.8 – 0.1.20; not rendered by the operator). */
export function customImageSpec(): FieldType {
  return struct({ image: str, imagePullSecrets: strList, permissions: strList });
}

export function customPluginSpec(): FieldType {
  return struct({ repo: struct({ file: str, configMap: ref }) });
}

const nsDefault: FieldType = { t: 'string', default: 'default' };

/** The 0.1.21+ Module's spec.helm (CRD 0.1.24; defaults are the CRD's). */
export function moduleHelmSpec(version: string): FieldType {
  const nsRef = struct({ name: str, namespace: nsDefault });
  const fields: Record<string, FieldType> = {
    chart: struct({
      configMap: struct({ key: { t: 'string', default: 'chart.tgz' }, name: str, namespace: nsDefault }),
      git: struct({
        auth: struct({ httpsSecretRef: nsRef }),
        path: { t: 'string', default: '/' },
        repo: str,
        revision: { t: 'string', default: 'main' },
      }),
      repo: struct({ auth: nsRef, chart: str, url: str, version: str }),
    }),
    cleanup: {
      t: 'struct',
      fields: { removeNamespace: { t: 'bool', default: false }, removePVCs: { t: 'bool', default: false } },
      default: { removeNamespace: false, removePVCs: false },
    },
    existingRelease: nsRef,
    migration: struct({ configMaps: strList, pvcs: strList, secrets: strList }),
    namespace: nsDefault,
    outputs: { t: 'list', of: struct({ name: str, value: { t: 'any' }, valueFrom: struct({ secret: struct({ key: str, name: str, namespace: nsDefault }) }) }) },
    values: {
      t: 'list',
      of: struct({ configMap: struct({ key: { t: 'string', default: 'values.yaml' }, name: str, namespace: nsDefault }), file: str, raw: { t: 'rawmap' } }),
    },
  };
  if (cmp(version, '0.1.24') >= 0) fields.releaseName = str;
  return struct(fields);
}

/** The 0.1.21+ Module's spec.custom. */
export function moduleCustomSpec(): FieldType {
  return struct({ image: str, imagePullSecrets: strList, permissions: strList });
}
