import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

export type ErrorMessageKey =
  | 'status.errors.network'
  | 'status.errors.notFound'
  | 'status.errors.badInput'
  | 'status.errors.forbidden'
  | 'status.errors.unknown';

/** Maps an Apollo error to a translated message; server codes come from `extensions.code`. */
export function errorMessageKey(error: ErrorLike): ErrorMessageKey {
  if (!CombinedGraphQLErrors.is(error)) {
    // Fetch failures, non-2xx responses and unparsable bodies: the server is not reachable as such.
    return 'status.errors.network';
  }
  const code = error.errors[0]?.extensions?.['code'];
  switch (code) {
    case 'NOT_FOUND':
      return 'status.errors.notFound';
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
      return 'status.errors.badInput';
    case 'FORBIDDEN':
    case 'UNAUTHORIZED':
    case 'UNAUTHENTICATED':
      return 'status.errors.forbidden';
    default:
      return 'status.errors.unknown';
  }
}
