/**
 * `init`: the text of a new definition that lints clean. One config item of each common type
 * (string with an anchored regex, integer with bounds, boolean, option), each saying
 * `editable: true` (it defaults to false before 0.1.21), a spec for the kind and dialect, and the
 * yaml-language-server schema comment. Checked by lint itself (see checkGenerated), not by
 * rules of its own.
 */
import { DIALECTS } from '../../classify/dialects.ts';
import type { DefinitionDialectId } from '../../classify/dialects.ts';
import { lintText } from '../../lint/lint-text.ts';
import type { Finding } from '../../diagnostics/finding.ts';
import { describeReleases } from '../../operator/acceptance.ts';
import { OPERATOR_RELEASES } from '../../operator/releases.ts';
import { cmp } from '../../operator/acceptance.ts';
import { yamlString } from '../../render/yaml-out.ts';
import { dns1123LabelProblem, dns1123SubdomainProblem, toDns1123 } from '../../rules/shared/k8s-names.ts';
import { definitionSchemas } from '../../schema/definition-schemas.ts';

export type InitKind = 'helm' | 'custom';
export type HelmDialectChoice = 'chart' | 'flat';

export interface InitOptions {
  kind: InitKind;
  name: string;
  /** Helm only: `chart` (0.1.12 – 0.1.20, default) or `flat` (0.1.0 – 0.1.11). */
  dialect?: HelmDialectChoice;
  chartRepo?: string;
  chart?: string;
  chartVersion?: string;
  namespace?: string;
  image?: string;
  description?: string;
  author?: string;
  /** The file being written, named in the header comment. */
  fileName?: string;
  /** A local schema path for the yaml-language-server comment; default: the dialect schema's $id URL. */
  schemaPath?: string;
}

/** Values init falls back on; prompts show them as defaults. */
export const INIT_DEFAULTS = {
  chartRepo: 'https://charts.example.com/stable',
  chartVersion: '0.1.0',
  image: (name: string) => `ghcr.io/example/${name}:v0.1.0`,
  description: (name: string, kind: InitKind) => (kind === 'helm' ? `${name}, installed from a Helm chart` : `${name}, installed by a custom module service`),
  namespace: (name: string) => (dns1123LabelProblem(name) === undefined ? name : 'default'),
} as const;

export function dialectOf(kind: InitKind, dialect: HelmDialectChoice | undefined): DefinitionDialectId {
  if (kind === 'custom') return 'custom-image';
  return dialect === 'flat' ? 'helm-flat' : 'helm-chart';
}

/** The releases the generated definition admits: every current release of its dialect. */
export function dialectReleases(id: DefinitionDialectId): string[] {
  const d = DIALECTS[id];
  return OPERATOR_RELEASES.filter((v) => cmp(v, d.firstRelease) >= 0 && cmp(v, d.lastRelease) <= 0);
}

/** Why a definition name is refused (DNS-1123 subdomain, as metadata.name must be), or undefined. */
export function nameProblem(name: string): string | undefined {
  const p = dns1123SubdomainProblem(name);
  if (p === undefined) return undefined;
  const fix = toDns1123(name);
  return `name ${JSON.stringify(name)} ${p} (a Kubernetes DNS-1123 name, as metadata.name must be)${fix && fix !== name ? `; e.g. ${fix}` : ''}`;
}

export function schemaUrl(id: DefinitionDialectId): string {
  return String(definitionSchemas[`definition-${id}`].$id);
}

const q = (s: string) => yamlString(s);

/** A DNS-1123 label made from the name (dots become dashes), for the app name and image. */
function labelOf(name: string): string {
  return toDns1123(name.replace(/\./g, '-'), 63) || 'app';
}

export function generateDefinition(o: InitOptions): string {
  const id = dialectOf(o.kind, o.dialect);
  const d = DIALECTS[id];
  const releases = dialectReleases(id);
  const name = o.name;
  const lines: string[] = [];
  lines.push(`# yaml-language-server: $schema=${o.schemaPath ?? schemaUrl(id)}`);
  lines.push(`# ${d.displayName}: read by operator ${describeReleases(releases)}.`);
  const file = o.fileName ?? '<file>';
  lines.push(`# Check: forkspacer-def lint ${file}   Preview: forkspacer-def render ${file} --set replicaCount=2`);
  lines.push(`kind: ${d.kind}`);
  lines.push('metadata:');
  lines.push(`  name: ${q(name)}`);
  lines.push('  version: 0.1.0');
  lines.push(`  supportedOperatorVersion: ${q(`>= ${d.firstRelease}, <= ${d.lastRelease}`)}`);
  lines.push(`  description: ${q(o.description ?? INIT_DEFAULTS.description(name, o.kind))}`);
  if (o.author !== undefined && o.author !== '') lines.push(`  author: ${q(o.author)}`);
  lines.push(`  category: ${o.kind === 'helm' ? 'application' : 'custom'}`);
  lines.push('  resource_usage:');
  lines.push('    cpu: 500m');
  lines.push('    memory: 512Mi');
  lines.push('');
  lines.push("# Each item is set by its alias in a Module's spec.config. Before operator 0.1.21 an item");
  lines.push('# without `editable: true` cannot be set at all, so every item says it.');
  lines.push('config:');
  lines.push(...configItems(o.kind, name));
  lines.push('');
  lines.push('spec:');
  if (o.kind === 'custom') lines.push(...customSpec(o));
  else lines.push(...helmSpec(o, id));
  return `${lines.join('\n')}\n`;
}

function configItems(kind: InitKind, name: string): string[] {
  const first =
    kind === 'helm'
      ? [
          '  - type: string',
          '    name: Storage size',
          '    alias: storageSize',
          '    spec:',
          '      editable: true',
          '      required: false',
          '      default: 1Gi',
          '      regex: "^[0-9]+(Mi|Gi)$"',
        ]
      : [
          '  - type: string',
          '    name: Application name',
          '    alias: appName',
          '    spec:',
          '      editable: true',
          '      required: false',
          `      default: ${q(labelOf(name))}`,
          '      regex: "^[a-z]([-a-z0-9]*[a-z0-9])?$"',
        ];
  return [
    ...first,
    '  - type: integer',
    '    name: Replica count',
    '    alias: replicaCount',
    '    spec:',
    '      editable: true',
    '      required: false',
    '      default: 1',
    '      min: 1',
    '      max: 5',
    '  - type: boolean',
    '    name: Enable metrics',
    '    alias: metricsEnabled',
    '    spec:',
    '      editable: true',
    '      required: false',
    '      default: false',
    '  - type: option',
    '    name: Log level',
    '    alias: logLevel',
    '    spec:',
    '      editable: true',
    '      required: false',
    '      default: info',
    '      values: [debug, info, warn, error]',
  ];
}

function helmSpec(o: InitOptions, id: DefinitionDialectId): string[] {
  const repo = o.chartRepo ?? INIT_DEFAULTS.chartRepo;
  const chart = o.chart ?? o.name;
  const version = o.chartVersion ?? INIT_DEFAULTS.chartVersion;
  const out = [`  namespace: ${q(o.namespace ?? INIT_DEFAULTS.namespace(o.name))}`];
  if (id === 'helm-flat') {
    out.push(`  repo: ${q(repo)}`, `  chartName: ${q(chart)}`, `  version: ${q(version)}`);
  } else {
    out.push('  chart:', '    repo:', `      url: ${q(repo)}`, `      chartName: ${q(chart)}`, `      version: ${q(version)}`);
  }
  out.push(
    '  # Strings holding {{ }} are Go templates (no sprig functions): .config.<alias>, .releaseName.',
    '  values:',
    '    - raw:',
    '        fullnameOverride: "{{ .releaseName }}"',
    '        replicaCount: "{{ .config.replicaCount }}"',
    '        logLevel: "{{ .config.logLevel }}"',
    '        metrics:',
    '          enabled: "{{ .config.metricsEnabled }}"',
    '        persistence:',
    '          size: "{{ .config.storageSize }}"',
    '  cleanup:',
    '    removeNamespace: false',
    '    removePVCs: true',
  );
  return out;
}

function customSpec(o: InitOptions): string[] {
  return [
    '  # The operator runs this image and calls its HTTP API (GET /health, POST /install, /uninstall,',
    '  # /sleep, /resume), each with the effective config as the JSON body: appName, replicaCount,',
    '  # metricsEnabled, logLevel. A Custom spec is not templated before operator 0.1.21.',
    `  image: ${q(o.image ?? INIT_DEFAULTS.image(labelOf(o.name)))}`,
    '  permissions:',
    '    - workspace',
  ];
}

/** Lint's findings on the generated text: init writes nothing that does not lint clean. */
export function checkGenerated(text: string, file = '<init>'): Finding[] {
  return lintText(file, text).findings;
}

/** Which init flag a finding on the generated text most likely comes from, for the error message. */
export function flagForFinding(f: Finding): string | undefined {
  const p = f.path ?? '';
  if (p.startsWith('spec.image')) return '--image';
  if (p === 'spec.namespace') return '--namespace';
  if (p.endsWith('url') || p === 'spec.repo') return '--chart-repo';
  if (p.endsWith('chartName')) return '--chart';
  if (p.endsWith('version') && p.startsWith('spec')) return '--chart-version';
  if (p === 'metadata.description') return '--description';
  if (p === 'metadata.author') return '--author';
  if (p === 'metadata.name') return 'the name';
  return undefined;
}
