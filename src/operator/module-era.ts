import type { ModuleEra, ModuleEraChoice } from '../context/module-context.ts';
import type { YMap } from '../load/ynode.ts';
import { stringAt } from '../load/ynode.ts';
import { cmp } from './acceptance.ts';

/** The Module CRD era an operator release installs (config/crd at each tag). */
export function eraOfVersion(v: string): ModuleEra {
  if (cmp(v, '0.1.2') <= 0) return '0.1.2';
  if (cmp(v, '0.1.10') <= 0) return '0.1.7';
  if (cmp(v, '0.1.11') <= 0) return '0.1.11';
  if (cmp(v, '0.1.20') <= 0) return '0.1.20';
  return '0.1.24';
}

/**
 * The era to check a Module against: the `--operator-version`'s when one is given, else the one
 * its shape implies (the old API group, an inline definition, or a 0.1.x source).
 */
export function chooseModuleEra(root: YMap, dialect: 'module-source' | 'module-inline', operatorVersion: string | undefined): ModuleEraChoice {
  if (operatorVersion && /^v?\d+\.\d+\.\d+$/.test(operatorVersion)) return { era: eraOfVersion(operatorVersion.replace(/^v/, '')), source: 'option' };
  const era = stringAt(root, 'apiVersion') === 'batch.environment.sh/v1' ? '0.1.2' : dialect === 'module-inline' ? '0.1.24' : '0.1.20';
  return { era, source: 'shape' };
}
