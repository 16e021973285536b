/** Inputs for the migrate-rule tests: a legacy flat Helm definition and its 0.1.x Module, migrated by the real engine. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate } from '../../src/authoring/migrate/index.ts';
import type { MigrateResult } from '../../src/authoring/migrate/index.ts';

/** Accepted by 0.1.9 – 0.1.11; one integer item `replicas` (line 7), templated into the values (line 20, column 19). */
export const DEFINITION = `kind: Helm
metadata:
  name: app
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.9, <= 0.1.11"
config:
  - type: integer
    name: Replicas
    alias: replicas
    spec:
      editable: true
      default: 1
spec:
  namespace: default
  repo: https://charts.example.com
  chartName: app
  version: 1.0.0
  values:
    - raw:
        replicas: "{{ .config.replicas }}"
`;

/** The 0.1.x Module that uses DEFINITION; spec.config.replicas is on line 13, column 15. */
export const MODULE = `apiVersion: batch.forkspacer.com/v1
kind: Module
metadata:
  name: app
  namespace: team-a
spec:
  source:
    configMap:
      name: app-definition
  workspace:
    name: dev
  config:
    replicas: 2
`;

/** An image Custom definition (0.1.8 – 0.1.20) with a string item `tag`; spec.image is on line 14, column 10. */
export const customImage = (image: string): string => `kind: Custom
metadata:
  name: tagged
  version: 1.0.0
  supportedOperatorVersion: ">= 0.1.8, <= 0.1.20"
config:
  - type: string
    name: Tag
    alias: tag
    spec:
      editable: true
      default: v1
spec:
  image: "${image}"
`;

/** Migrates `definition` (file definition.yaml), with `module` (module.yaml) when given. */
export function migrateText(definition: string, module?: string): MigrateResult {
  return migrate({ file: 'definition.yaml', text: definition }, module ? { module: { file: 'module.yaml', text: module } } : {});
}

/** A fixture of fixtures/migrate/existing-release/, under its repository path. */
export function existingRelease(name: string): { file: string; text: string } {
  const file = `fixtures/migrate/existing-release/${name}`;
  return { file, text: readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8') };
}
