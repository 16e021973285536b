import { writeFileSync } from 'node:fs';
import { installBody } from '../../authoring/verify/config.ts';
import { VerifyInputError, verifyModule } from '../../authoring/verify/index.ts';
import type { VerifyResult } from '../../authoring/verify/index.ts';
import { formatVerify } from '../../authoring/verify/report.ts';
import type { VerifyFormat } from '../../authoring/verify/report.ts';
import { yamlUnmarshalAny } from '../../render/index.ts';
import type { ConfigOverride } from '../../render/index.ts';
import type { GoValue } from '../../values/go-value.ts';
import { useColor } from '../output.ts';
import { UsageError } from '../usage-error.ts';
import { readSource } from '../read-source.ts';
import type { VerifyFlags } from './verify-module.ts';

function overrides(assignments: readonly { flag: '--set' | '--set-string'; arg: string }[]): ConfigOverride[] {
  return assignments.map(({ flag, arg }) => {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} ${arg}: expected key=value, e.g. ${flag} replicas=3`);
    const key = arg.slice(0, eq);
    const raw = arg.slice(eq + 1);
    let value: GoValue = raw;
    if (flag === '--set') {
      const parsed = yamlUnmarshalAny(raw);
      if (parsed.ok) value = parsed.value;
    }
    return { source: `${flag} ${arg}`, values: new Map([[key, value]]) };
  });
}

/** `Name: value` as curl's -H takes it. */
function headers(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of list) {
    const colon = h.indexOf(':');
    const name = colon > 0 ? h.slice(0, colon).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`--header ${JSON.stringify(h)}: expected "Name: value", e.g. --header "Authorization: Bearer $TOKEN"`);
    out[name.toLowerCase()] = h.slice(colon + 1).trim();
  }
  return out;
}

export async function runVerify(baseUrl: string, flags: VerifyFlags, assignments: readonly { flag: '--set' | '--set-string'; arg: string }[]): Promise<number> {
  const timeoutMs = Number(flags.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout ${flags.timeout}: expected a positive number of milliseconds`);
  const sendHeaders = headers(flags.header);
  const ca = flags.cacert === undefined ? undefined : readSource(flags.cacert, '--cacert').text;
  if (ca !== undefined && !ca.includes('-----BEGIN CERTIFICATE-----'))
    throw new UsageError(`--cacert ${flags.cacert}: no PEM certificate in it (expected -----BEGIN CERTIFICATE-----)`);
  const definition = readSource(flags.definition!, '--definition');
  const module = flags.module ? readSource(flags.module, '--module') : undefined;
  let result: VerifyResult;
  try {
    const config = installBody(definition, { module, overrides: overrides(assignments), operatorVersion: flags.operatorVersion });
    result = await verifyModule({ baseUrl, config, timeoutMs, skipDestructive: flags.skipDestructive, headers: sendHeaders, tls: { ca, insecure: flags.insecure } });
  } catch (e) {
    if (e instanceof VerifyInputError) throw new UsageError(e.message);
    throw e;
  }
  const text = formatVerify(result, flags.format as VerifyFormat, { color: flags.output ? false : useColor(process.stdout, flags.color) });
  if (flags.output) writeFileSync(flags.output, text);
  else process.stdout.write(text);
  return result.failed ? 1 : 0;
}
