import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/** These answer UNAUTHENTICATED for a wrong password or a session already gone, not a lost one. */
const OWN_SESSION_OPERATIONS = new Set(['SignIn', 'AcceptInvitation', 'SignOut']);

/**
 * Any other operation failing with UNAUTHENTICATED means the session expired or was revoked
 * (sign-out elsewhere, deactivation): `onSessionLost` takes the user back to the sign-in page.
 */
export function createSessionExpiryLink(onSessionLost: () => void): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      !OWN_SESSION_OPERATIONS.has(operation.operationName ?? '') &&
      error.errors.some(graphQLError => graphQLError.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      onSessionLost();
    }
  });
}
