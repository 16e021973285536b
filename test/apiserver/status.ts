// `Status` bodies exactly shaped like the Kubernetes API server's (k8s.io/apimachinery errors).
import type { Obj } from './fields.ts';

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export class StatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: StatusDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  toStatus(): Obj {
    // Some errors (an apply the server cannot type) carry no reason at all.
    const s: Obj = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: this.message, ...(this.reason ? { reason: this.reason } : {}) };
    if (this.details) s.details = JSON.parse(JSON.stringify(this.details));
    s.code = this.code;
    return s;
  }
}

export const notFound = (resource: string, name: string): StatusError =>
  new StatusError(404, 'NotFound', `${resource} "${name}" not found`, { name, kind: resource });

export const alreadyExists = (resource: string, name: string): StatusError =>
  new StatusError(409, 'AlreadyExists', `${resource} "${name}" already exists`, { name, kind: resource });

export const conflict = (resource: string, name: string): StatusError =>
  new StatusError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${resource} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, kind: resource },
  );

export const badRequest = (message: string): StatusError => new StatusError(400, 'BadRequest', message);

export const unauthorized = (): StatusError => new StatusError(401, 'Unauthorized', 'Unauthorized');

export function forbidden(user: string, verb: string, resource: string, name: string | undefined, namespace: string | undefined): StatusError {
  const subject = name ? `${resource} "${name}"` : resource;
  const scope = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
  return new StatusError(
    403,
    'Forbidden',
    `${subject} is forbidden: User "${user}" cannot ${verb} resource "${resource}" in API group ""${scope}`,
    { ...(name ? { name } : {}), kind: resource },
  );
}

export function invalid(kind: string, name: string, causes: { type: string; field: string; detail: string; badValue?: string }[]): StatusError {
  const parts = causes.map((c) => {
    const bad = c.badValue !== undefined ? `Invalid value: ${JSON.stringify(c.badValue)}: ` : '';
    return `${c.field}: ${c.type === 'FieldValueTooLong' ? 'Too long: ' : bad}${c.detail}`;
  });
  const message = `${kind} "${name}" is invalid: ${parts.length === 1 ? parts[0] : '[' + parts.join(', ') + ']'}`;
  return new StatusError(422, 'Invalid', message, {
    name,
    kind,
    causes: causes.map((c, i) => ({ reason: c.type, message: parts[i].slice(c.field.length + 2), field: c.field })),
  });
}

export const tooManyRequests = (retryAfterSeconds: number): StatusError =>
  new StatusError(429, 'TooManyRequests', 'Too many requests, please try again later.', { retryAfterSeconds }, { 'Retry-After': String(retryAfterSeconds) });

export const internalError = (message: string): StatusError =>
  new StatusError(500, 'InternalError', `Internal error occurred: ${message}`, { causes: [{ message }] });

export const serviceUnavailable = (message: string): StatusError => new StatusError(503, 'ServiceUnavailable', message);

export const entityTooLarge = (limit: number): StatusError =>
  new StatusError(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${limit}`);

export const unsupportedMediaType = (ct: string): StatusError =>
  new StatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${ct})`);

export const methodNotAllowed = (method: string): StatusError =>
  new StatusError(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource (${method})`);
