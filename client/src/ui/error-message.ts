import { CombinedGraphQLErrors, type ErrorLike, ServerError } from '@apollo/client';

export type ErrorMessageKey =
  | 'status.errors.network'
  | 'status.errors.notFound'
  | 'status.errors.badInput'
  | 'status.errors.forbidden'
  | 'status.errors.unauthenticated'
  | 'status.errors.conflict'
  | 'status.errors.rateLimited'
  | 'status.errors.unknown';

/** The server's `extensions.code` values the client handles; NETWORK: no GraphQL answer came. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'UNKNOWN';

export type FieldError = { field: string; message: string };

type Extensions = Readonly<Record<string, unknown>>;

/**
 * The first error's extensions. Request flooding is answered with HTTP 429 before GraphQL runs,
 * which Apollo reports as a ServerError, so its JSON body is read here too.
 */
function extensionsOf(error: ErrorLike): Extensions | null {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.extensions ?? null;
  }
  if (ServerError.is(error) && error.statusCode === 429) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { extensions?: Extensions }[] };
      return body.errors?.[0]?.extensions ?? { code: 'RATE_LIMITED' };
    } catch {
      return { code: 'RATE_LIMITED' };
    }
  }
  return null;
}

export function apiErrorCode(error: ErrorLike): ApiErrorCode {
  const extensions = extensionsOf(error);
  if (!extensions) {
    // Fetch failures, non-2xx responses and unparsable bodies: the server is not reachable as such.
    return 'NETWORK';
  }
  switch (extensions['code']) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'RATE_LIMITED':
      return extensions['code'];
    case 'GRAPHQL_VALIDATION_FAILED':
      return 'BAD_USER_INPUT';
    case 'UNAUTHORIZED':
      return 'FORBIDDEN';
    default:
      return 'UNKNOWN';
  }
}

/** BAD_USER_INPUT details: `[{ field: 'email', message }]`, nested fields as `roles.0.officeId`. */
export function fieldErrors(error: ErrorLike | null | undefined): readonly FieldError[] {
  const list = error ? extensionsOf(error)?.['fieldErrors'] : undefined;
  return Array.isArray(list)
    ? list.filter(
        (item): item is FieldError =>
          typeof item === 'object' && item !== null && typeof item.field === 'string',
      )
    : [];
}

/** The names of the fields the server rejected, e.g. `email` or `roles.0.officeId`. */
export function rejectedFields(error: ErrorLike | null | undefined): ReadonlySet<string> {
  return new Set(fieldErrors(error).map(e => e.field));
}

/** RATE_LIMITED: how long to wait, from the error or the 429 response's Retry-After header. */
export function retryAfterSeconds(error: ErrorLike): number | null {
  const fromBody = extensionsOf(error)?.['retryAfterSeconds'];
  if (typeof fromBody === 'number') {
    return fromBody;
  }
  const header = ServerError.is(error) ? error.response.headers.get('Retry-After') : null;
  const fromHeader = Number(header);
  return Number.isFinite(fromHeader) && fromHeader > 0 ? fromHeader : null;
}

/** A numeric detail of the first error, e.g. `added` of releaseCycle's CONFLICT; null if absent. */
export function errorExtensionNumber(error: ErrorLike, name: string): number | null {
  const value = extensionsOf(error)?.[name];
  return typeof value === 'number' ? value : null;
}

const MESSAGE_KEYS: Record<ApiErrorCode, ErrorMessageKey> = {
  UNAUTHENTICATED: 'status.errors.unauthenticated',
  FORBIDDEN: 'status.errors.forbidden',
  BAD_USER_INPUT: 'status.errors.badInput',
  NOT_FOUND: 'status.errors.notFound',
  CONFLICT: 'status.errors.conflict',
  RATE_LIMITED: 'status.errors.rateLimited',
  NETWORK: 'status.errors.network',
  UNKNOWN: 'status.errors.unknown',
};

/** Maps an Apollo error to a translated message; server codes come from `extensions.code`. */
export function errorMessageKey(error: ErrorLike): ErrorMessageKey {
  return MESSAGE_KEYS[apiErrorCode(error)];
}

/** A caught value as an Apollo error (mutations reject with one; anything else is wrapped). */
export const toErrorLike = (caught: unknown): ErrorLike =>
  caught instanceof Error ? caught : new Error(String(caught));
