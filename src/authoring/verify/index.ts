/**
 * `verify-module`: a contract test of a custom module's HTTP service (pkg/manager/custom.go at
 * v0.1.20 and v0.1.24, and the custom module guide): what the operator calls and what it expects back.
 *
 *   health      GET  /health     200, JSON {timestamp: RFC 3339, uptime: number, message: string, healthy: true}
 *   malformed   POST /install    a body that is not JSON: 400 with a message (nothing installed)
 *   install     POST /install    the effective config as JSON: 201 with a JSON body
 *   sleep       POST /sleep      200
 *   resume      POST /resume     200
 *   uninstall   POST /uninstall  204
 *
 * The lifecycle calls after install send what install answered when that is a JSON object (a
 * module keeps its state in that metadata), else the config again. Each step is timed and has a
 * timeout; a step that fails does not stop the ones after it. HTTP goes through undici, loaded
 * only when a check runs.
 */
import tls from 'node:tls';
import { importExternal } from '../../runtime/import-external.ts';
import type { GoMap } from '../../values/go-value.ts';
import { toPlain } from '../../values/go-value.ts';

export type StepName = 'health' | 'malformed' | 'install' | 'sleep' | 'resume' | 'uninstall';

export interface StepResult {
  name: StepName;
  method: 'GET' | 'POST';
  path: string;
  /** What the contract asks for, e.g. `201 + JSON`. */
  expected: string;
  /** HTTP status received (absent when no response came). */
  status?: number;
  outcome: 'pass' | 'fail';
  /** Milliseconds from sending the request to the end of the body (or the failure). */
  durationMs: number;
  /** Why the step failed (empty when it passed). */
  problems: string[];
  /** The response body (first 2,000 characters), for reports. */
  body?: string;
}

export interface VerifyOptions {
  /** e.g. http://127.0.0.1:8080 (a path prefix is kept: http://host/module/ calls /module/health). */
  baseUrl: string;
  /** The effective config, sent as the JSON body. */
  config: GoMap;
  /** Per-request timeout in milliseconds (default 10,000). */
  timeoutMs?: number;
  /** Only GET /health. */
  skipDestructive?: boolean;
  /** Sent with every request (e.g. authorization for a module behind a gateway). */
  headers?: Readonly<Record<string, string>>;
  /** https: CA certificates (PEM) to trust besides the system's, or no verification at all. */
  tls?: { ca?: string; insecure?: boolean };
}

export interface VerifyResult {
  baseUrl: string;
  config: unknown;
  steps: StepResult[];
  passed: number;
  failed: number;
  durationMs: number;
}

export class VerifyInputError extends Error {}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Whether a string is an RFC 3339 date-time (section 5.6), with a valid calendar date and time. */
export function isRfc3339(s: string): boolean {
  const m = RFC3339.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (d > days) return false;
  if (m[8] && m[8] !== 'Z' && m[8] !== 'z' && (Number(m[10]) > 23 || Number(m[11]) > 59)) return false;
  return true;
}

export function normalizeBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new VerifyInputError(`${raw}: not a URL (expected e.g. http://127.0.0.1:8080)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new VerifyInputError(`${raw}: only http and https URLs are supported`);
  if (url.search || url.hash) throw new VerifyInputError(`${raw}: a base URL has no query or fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

interface Reply {
  status: number;
  contentType: string;
  text: string;
}

type Requester = (method: 'GET' | 'POST', path: string, body: string | undefined) => Promise<Reply>;

const TLS_TRUST_ERRORS = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Largest answer read from the module, in bytes. */
export const MAX_ANSWER_BYTES = 1024 * 1024;
class AnswerTooLarge extends Error {}

function describeError(e: unknown, timeoutMs: number): string {
  if (e instanceof AnswerTooLarge) return `the answer is over ${MAX_ANSWER_BYTES} bytes (1 MiB); reading stopped`;
  const err = e as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code;
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return `no answer within the ${timeoutMs} ms timeout`;
  }
  if (code === 'ECONNREFUSED') return 'connection refused (is the module listening on this address?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found (${err.message ?? code})`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was closed before a complete answer';
  if (code === 'UND_ERR_HEADERS_OVERFLOW') return 'the answer has headers over the 16 KiB limit';
  if (code && TLS_TRUST_ERRORS.has(code))
    return `the module's TLS certificate is not trusted (${code}: ${err.cause?.message ?? err.message ?? ''}); pass its CA with --cacert, or --insecure to skip the check`;
  return `request failed: ${code ? `${code}: ` : ''}${err.cause?.message ?? err.message ?? String(e)}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clip = (s: string, n = 2000) => (s.length > n ? `${s.slice(0, n)}…` : s);
const brief = (s: string) => JSON.stringify(clip(s.trim(), 120));

function checkHealth(r: Reply): string[] {
  const problems: string[] = [];
  if (r.status !== 200) problems.push(`status ${r.status}, expected 200`);
  const j = parseJson(r.text);
  if (!j.ok || !isObject(j.value)) {
    problems.push(`the body is not a JSON object: ${brief(r.text)}`);
    return problems;
  }
  const v = j.value;
  if (!('timestamp' in v)) problems.push('timestamp is missing');
  else if (typeof v.timestamp !== 'string') problems.push(`timestamp is ${JSON.stringify(v.timestamp)}, expected an RFC 3339 string`);
  else if (!isRfc3339(v.timestamp)) problems.push(`timestamp ${JSON.stringify(v.timestamp)} is not RFC 3339 (e.g. 2025-10-14T10:30:00Z)`);
  if (!('uptime' in v)) problems.push('uptime is missing');
  else if (typeof v.uptime !== 'number') problems.push(`uptime is ${JSON.stringify(v.uptime)}, expected a number (seconds)`);
  if (!('message' in v)) problems.push('message is missing');
  else if (typeof v.message !== 'string') problems.push(`message is ${JSON.stringify(v.message)}, expected a string`);
  if (!('healthy' in v)) problems.push('healthy is missing');
  else if (typeof v.healthy !== 'boolean') problems.push(`healthy is ${JSON.stringify(v.healthy)}, expected a boolean`);
  else if (!v.healthy) problems.push(`healthy is false${typeof v.message === 'string' ? ` (message: ${JSON.stringify(v.message)})` : ''}`);
  return problems;
}

const STEPS: { name: StepName; method: 'GET' | 'POST'; path: string; expected: string; status: number }[] = [
  { name: 'health', method: 'GET', path: 'health', expected: '200 + health JSON', status: 200 },
  { name: 'malformed', method: 'POST', path: 'install', expected: '400 + message', status: 400 },
  { name: 'install', method: 'POST', path: 'install', expected: '201 + JSON', status: 201 },
  { name: 'sleep', method: 'POST', path: 'sleep', expected: '200', status: 200 },
  { name: 'resume', method: 'POST', path: 'resume', expected: '200', status: 200 },
  { name: 'uninstall', method: 'POST', path: 'uninstall', expected: '204', status: 204 },
];

/** The body sent to check that malformed JSON is refused. */
export const MALFORMED_BODY = '{"this is": not JSON';

type Undici = typeof import('undici');

/** undici, loaded on first use (see runtime/import-external.ts). */
function loadUndici(): Promise<Undici> {
  return importExternal<Undici>('undici');
}

export async function verifyModule(options: VerifyOptions): Promise<VerifyResult> {
  const base = normalizeBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { Agent, request } = await loadUndici();
  const ca = options.tls?.ca === undefined ? undefined : [...tls.rootCertificates, options.tls.ca];
  const agent = new Agent({
    connect: { timeout: timeoutMs, ca, rejectUnauthorized: !options.tls?.insecure },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    keepAliveTimeout: 1000,
  });
  const send: Requester = async (method, path, body) => {
    const url = new URL(path, base);
    const res = await request(url, {
      method,
      dispatcher: agent,
      headers: { ...options.headers, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    // A module's answers are small JSON; an endless or huge one is cut off, not buffered.
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of res.body) {
      total += (chunk as Buffer).length;
      if (total > MAX_ANSWER_BYTES) {
        res.body.on('error', () => undefined);
        res.body.destroy();
        throw new AnswerTooLarge();
      }
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks, total).toString('utf8');
    const ct = res.headers['content-type'];
    return { status: res.statusCode, contentType: Array.isArray(ct) ? ct.join(', ') : (ct ?? ''), text };
  };
  const config = toPlain(options.config);
  const configJson = JSON.stringify(config);
  let metadata = configJson;
  const steps: StepResult[] = [];
  const started = performance.now();
  try {
    for (const step of STEPS) {
      if (options.skipDestructive && step.name !== 'health') continue;
      const body = step.method === 'GET' ? undefined : step.name === 'malformed' ? MALFORMED_BODY : step.name === 'install' ? configJson : metadata;
      const t0 = performance.now();
      const result: StepResult = { name: step.name, method: step.method, path: `/${step.path}`, expected: step.expected, outcome: 'pass', durationMs: 0, problems: [] };
      try {
        const r = await send(step.method, step.path, body);
        result.durationMs = performance.now() - t0;
        result.status = r.status;
        result.body = clip(r.text);
        result.problems = judge(step.name, step.status, r);
        if (step.name === 'install' && !result.problems.length) {
          const j = parseJson(r.text);
          if (j.ok && isObject(j.value)) metadata = r.text;
        }
      } catch (e) {
        result.durationMs = performance.now() - t0;
        result.problems = [describeError(e, timeoutMs)];
      }
      result.outcome = result.problems.length ? 'fail' : 'pass';
      steps.push(result);
    }
  } finally {
    await agent.destroy().catch(() => undefined);
  }
  const failed = steps.filter((s) => s.outcome === 'fail').length;
  return { baseUrl: base.href, config, steps, passed: steps.length - failed, failed, durationMs: performance.now() - started };
}

function judge(name: StepName, want: number, r: Reply): string[] {
  if (name === 'health') return checkHealth(r);
  const problems: string[] = [];
  if (name === 'malformed') {
    if (r.status !== 400) {
      problems.push(
        `a body that is not JSON got status ${r.status}, expected 400${r.status >= 200 && r.status < 300 ? ' (the module accepted malformed JSON; it may have installed something)' : ''}`,
      );
    } else if (r.text.trim() === '') problems.push('status 400 but no message in the body');
    return problems;
  }
  if (r.status !== want) {
    problems.push(`status ${r.status}, expected ${want}${r.status === 400 && r.text.trim() ? `: ${brief(r.text)}` : ''}`);
    return problems;
  }
  if (name === 'install') {
    const j = parseJson(r.text);
    if (!j.ok) problems.push(`the body is not JSON: ${brief(r.text)}`);
  }
  if (name === 'uninstall' && r.text.length > 0) problems.push(`204 with a body (${brief(r.text)}); a 204 answer has none`);
  return problems;
}
