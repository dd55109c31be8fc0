import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from '../shared/unavailable';

/**
 * Every expected failure leaves the API with one of these codes in `extensions.code`; anything
 * else is a bug and is reported as INTERNAL_SERVER_ERROR without internals in production.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  RATE_LIMITED: 'RATE_LIMITED',
  /** Overloaded or the database did not answer in time: retry after `Retry-After` seconds. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    details: { fieldErrors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...details } });
  }
}

export const notFound = (what: string, id: string): AppError =>
  new AppError(ErrorCode.NOT_FOUND, `${what} ${id} does not exist.`, { entity: what, id });

/** `extra` adds extensions, e.g. `http: { status: 400 }` for a refusal before execution. */
export const badInput = (
  fieldErrors: FieldError[],
  extra: Record<string, unknown> = {},
): AppError =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    fieldErrors.map(e => `${e.field}: ${e.message}`).join('; '),
    { ...extra, fieldErrors },
  );

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** class-validator errors of type-graphql's `validate: true` become BAD_USER_INPUT with field errors. */
function fieldErrorsOf(errors: ValidationError[] = [], prefix = ''): FieldError[] {
  return errors.flatMap(error => [
    ...Object.values(error.constraints ?? {}).map(message => ({
      field: prefix + error.property,
      message,
    })),
    ...fieldErrorsOf(error.children, `${prefix}${error.property}.`),
  ]);
}

export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const { validationErrors } = original.extensions;
      // A validator that throws instead of answering (validator.js's isEmail did on a lone
      // surrogate) hands type-graphql its exception, not a list of ValidationErrors.
      if (!Array.isArray(validationErrors)) {
        console.error('A validator failed', validationErrors);
        return {
          message: 'The arguments could not be validated.',
          path: formatted.path,
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        };
      }
      const fieldErrors = fieldErrorsOf(validationErrors);
      return {
        message: fieldErrors.map(e => `${e.field}: ${e.message}`).join('; ') || formatted.message,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors },
      };
    }
    // A unique key lost a race (two admins inviting one address at once): the row exists now.
    if (
      original instanceof QueryFailedError &&
      (original.driverError as { code?: string }).code === '23505'
    ) {
      return {
        message: 'This already exists; it was created at the same time by someone else.',
        path: formatted.path,
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    if (isServiceUnavailable(original)) {
      return {
        message: 'The service is busy; retry shortly.',
        path: formatted.path,
        extensions: {
          code: ErrorCode.SERVICE_UNAVAILABLE,
          retryAfterSeconds: RETRY_AFTER_SECONDS,
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      return production
        ? { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } }
        : formatted;
    }
    console.error('Unexpected error', original);
    return production
      ? {
          message: 'Internal server error',
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }
      : formatted;
  };
}
