/**
 * The body verify-module sends: the effective config the operator would send POST /install, as
 * the config engine computes it (through src/render, which reads definitions, ConfigMaps holding
 * one, and 0.1.21+ Custom Modules alike).
 */
import { RenderInputError, render } from '../../render/index.ts';
import type { ConfigOverride, SourceText } from '../../render/index.ts';
import type { GoMap } from '../../values/go-value.ts';
import { VerifyInputError } from './index.ts';

export function installBody(definition: SourceText, options: { module?: SourceText; overrides?: ConfigOverride[]; operatorVersion?: string } = {}): GoMap {
  let r;
  try {
    r = render(definition, { module: options.module, overrides: options.overrides, operatorVersion: options.operatorVersion });
  } catch (e) {
    if (e instanceof RenderInputError) throw new VerifyInputError(e.message);
    throw e;
  }
  if (r.kind !== 'Custom')
    throw new VerifyInputError(`${definition.file}: a Helm ${r.era === 'inline' ? 'Module' : 'definition'}; verify-module checks the HTTP service of a Custom module`);
  if (!r.installBody)
    throw new VerifyInputError(
      `${definition.file}: a Go-plugin Custom definition (0.1.0 – 0.1.7) has no HTTP service; verify-module checks container-image custom modules (0.1.8+)`,
    );
  const errors = r.findings.filter((f) => f.severity === 'error' && (f.ruleId === 'config-violation' || f.ruleId === 'config-definition'));
  if (errors.length) {
    const lines = errors.map((f) => `  ${f.file}:${f.range.start.line}:${f.range.start.column}: ${f.message}`);
    throw new VerifyInputError(`the operator would reject this config, so it would never call the module:\n${lines.join('\n')}`);
  }
  return r.installBody;
}
