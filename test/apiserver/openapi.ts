// The slice of the API server's OpenAPI v3 documents that kubectl reads: the root index
// (`/openapi/v3`) and the `api/v1` group-version document with the ConfigMap and Namespace
// paths (kubectl looks for the `fieldValidation` parameter on the PATCH operation to decide
// that validation happens server-side) and their schemas.
import type { Json } from './fields.ts';

export const OPENAPI_V1_HASH = 'F0RK5PACERDEF0000000000000000000000000000000000000000000000000000';

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, type = 'string', description = ''): Json => ({ name, in: 'query', description, schema: { type, uniqueItems: true } });
const pathParam = (name: string): Json => ({ name, in: 'path', required: true, description: `${name} of the object`, schema: { type: 'string', uniqueItems: true } });
const gvk = (kind: string): Json => ({ group: '', version: 'v1', kind });
const jsonContent = (schema: Json): Json => ({
  'application/json': { schema },
  'application/yaml': { schema },
  'application/vnd.kubernetes.protobuf': { schema },
});

function op(kind: string, action: string, opId: string, params: Json[], ok: Json, body?: { patch?: boolean }): Json {
  const o: Record<string, Json> = {
    tags: ['core_v1'],
    operationId: opId,
    parameters: params,
    responses: { '200': { description: 'OK', content: jsonContent(ok) }, '401': { description: 'Unauthorized' } },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk(kind),
  };
  if (body) {
    o.requestBody = body.patch
      ? {
          content: {
            'application/apply-patch+yaml': { schema: ref('io.k8s.apimachinery.pkg.apis.meta.v1.Patch') },
            'application/json-patch+json': { schema: ref('io.k8s.apimachinery.pkg.apis.meta.v1.Patch') },
            'application/merge-patch+json': { schema: ref('io.k8s.apimachinery.pkg.apis.meta.v1.Patch') },
            'application/strategic-merge-patch+json': { schema: ref('io.k8s.apimachinery.pkg.apis.meta.v1.Patch') },
          },
          required: true,
        }
      : { content: { '*/*': { schema: ok } }, required: true };
  }
  return o;
}

function resourcePaths(kind: string, plural: string, namespaced: boolean): Record<string, Json> {
  const base = namespaced ? `/api/v1/namespaces/{namespace}/${plural}` : `/api/v1/${plural}`;
  const scope = namespaced ? [pathParam('namespace')] : [];
  const schema = ref(`io.k8s.api.core.v1.${kind}`);
  const list = ref(`io.k8s.api.core.v1.${kind}List`);
  const ns = namespaced ? 'Namespaced' : '';
  const write = [q('dryRun'), q('fieldManager'), q('fieldValidation')];
  return {
    [base]: {
      parameters: [...scope, q('pretty')],
      get: op(kind, 'list', `listCoreV1${ns}${kind}`, [q('labelSelector'), q('fieldSelector'), q('limit', 'integer'), q('continue'), q('resourceVersion'), q('watch', 'boolean')], list),
      post: op(kind, 'post', `createCoreV1${ns}${kind}`, write, schema, {}),
    },
    [`${base}/{name}`]: {
      parameters: [pathParam('name'), ...scope, q('pretty')],
      get: op(kind, 'get', `readCoreV1${ns}${kind}`, [], schema),
      put: op(kind, 'put', `replaceCoreV1${ns}${kind}`, write, schema, {}),
      patch: op(kind, 'patch', `patchCoreV1${ns}${kind}`, [...write, q('force', 'boolean')], schema, { patch: true }),
      delete: op(kind, 'delete', `deleteCoreV1${ns}${kind}`, [q('dryRun'), q('gracePeriodSeconds', 'integer'), q('propagationPolicy')], ref('io.k8s.apimachinery.pkg.apis.meta.v1.Status')),
    },
  };
}

const str = { type: 'string', default: '' } as const;
const strMap = { type: 'object', additionalProperties: { type: 'string', default: '' } } as const;
const time = ref('io.k8s.apimachinery.pkg.apis.meta.v1.Time');

const schemas: Record<string, Json> = {
  'io.k8s.api.core.v1.ConfigMap': {
    description: 'ConfigMap holds configuration data for pods to consume.',
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { default: {}, allOf: [ref('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta')] },
      data: strMap,
      binaryData: { type: 'object', additionalProperties: { type: 'string', format: 'byte' } },
      immutable: { type: 'boolean' },
    },
    'x-kubernetes-group-version-kind': [gvk('ConfigMap')],
  },
  'io.k8s.api.core.v1.ConfigMapList': {
    type: 'object',
    required: ['items'],
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      items: { type: 'array', items: { default: {}, allOf: [ref('io.k8s.api.core.v1.ConfigMap')] } },
      metadata: { default: {}, allOf: [ref('io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta')] },
    },
    'x-kubernetes-group-version-kind': [gvk('ConfigMapList')],
  },
  'io.k8s.api.core.v1.Namespace': {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { default: {}, allOf: [ref('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta')] },
      spec: { type: 'object', properties: { finalizers: { type: 'array', items: str, 'x-kubernetes-list-type': 'atomic' } } },
      status: { type: 'object', properties: { phase: { type: 'string' } } },
    },
    'x-kubernetes-group-version-kind': [gvk('Namespace')],
  },
  'io.k8s.api.core.v1.NamespaceList': {
    type: 'object',
    required: ['items'],
    properties: {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      items: { type: 'array', items: { default: {}, allOf: [ref('io.k8s.api.core.v1.Namespace')] } },
      metadata: { default: {}, allOf: [ref('io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta')] },
    },
    'x-kubernetes-group-version-kind': [gvk('NamespaceList')],
  },
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {
    type: 'object',
    properties: {
      annotations: strMap,
      creationTimestamp: time,
      deletionGracePeriodSeconds: { type: 'integer', format: 'int64' },
      deletionTimestamp: time,
      finalizers: { type: 'array', items: str, 'x-kubernetes-list-type': 'set', 'x-kubernetes-patch-strategy': 'merge' },
      generateName: { type: 'string' },
      generation: { type: 'integer', format: 'int64' },
      labels: strMap,
      managedFields: { type: 'array', items: { default: {}, allOf: [ref('io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry')] }, 'x-kubernetes-list-type': 'atomic' },
      name: { type: 'string' },
      namespace: { type: 'string' },
      ownerReferences: { type: 'array', items: { type: 'object' }, 'x-kubernetes-list-map-keys': ['uid'], 'x-kubernetes-list-type': 'map', 'x-kubernetes-patch-merge-key': 'uid', 'x-kubernetes-patch-strategy': 'merge' },
      resourceVersion: { type: 'string' },
      selfLink: { type: 'string' },
      uid: { type: 'string' },
    },
  },
  'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta': {
    type: 'object',
    properties: { continue: { type: 'string' }, remainingItemCount: { type: 'integer', format: 'int64' }, resourceVersion: { type: 'string' }, selfLink: { type: 'string' } },
  },
  'io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry': {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      fieldsType: { type: 'string' },
      fieldsV1: ref('io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1'),
      manager: { type: 'string' },
      operation: { type: 'string' },
      subresource: { type: 'string' },
      time,
    },
  },
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': { type: 'object' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': { type: 'string', format: 'date-time' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Patch': { type: 'object' },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Status': {
    type: 'object',
    properties: {
      apiVersion: { type: 'string' },
      code: { type: 'integer', format: 'int32' },
      details: { type: 'object' },
      kind: { type: 'string' },
      message: { type: 'string' },
      metadata: { default: {}, allOf: [ref('io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta')] },
      reason: { type: 'string' },
      status: { type: 'string' },
    },
    'x-kubernetes-group-version-kind': [gvk('Status')],
  },
};

export function openapiRoot(): Json {
  return { paths: { 'api/v1': { serverRelativeURL: `/openapi/v3/api/v1?hash=${OPENAPI_V1_HASH}` } } };
}

export function openapiCoreV1(): Json {
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths: { ...resourcePaths('ConfigMap', 'configmaps', true), ...resourcePaths('Namespace', 'namespaces', false) },
    components: { schemas, securitySchemes: { BearerToken: { type: 'apiKey', description: 'Bearer Token authentication', name: 'authorization', in: 'header' } } },
  };
}
