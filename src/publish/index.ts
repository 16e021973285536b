// The publish engine as a library. Importing this does not load @kubernetes/client-node:
// kube.ts imports it dynamically when a run needs the cluster.
export { publish, summarize, objectYaml, PublishInputError, DEFAULTS } from './engine.ts';
export { planConfigMaps, sanitizeName, renderName, labelValue, isManagedByUs, PlanError, MANAGER, MAX_CONFIGMAP_BYTES } from './configmap.ts';
export { unifiedDiff } from './diff.ts';
export { itemLines, errorLines, summaryLine, manifests, diffText, moduleSnippet } from './format.ts';
export type * from './types.ts';
