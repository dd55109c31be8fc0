import { WorkQueueTimeout } from './work-queue';

/**
 * Failures that mean "not now" rather than "not ever": a heavy request waited too long for its
 * turn (work-queue.ts), the pool had no connection in time, PostgreSQL cancelled a statement at
 * its timeout, or the database is restarting or unreachable.
 * They answer 503 SERVICE_UNAVAILABLE with Retry-After, so clients retry instead of giving up, and
 * they are never logged as bugs.
 */

/** Seconds a client should wait before retrying an overloaded request. */
export const RETRY_AFTER_SECONDS = 2;

// pg-pool's wording for its acquire timeout (connectionTimeoutMillis) and lost connections.
const TRANSIENT_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
];

// SQLSTATE classes and codes: 08 connection exception, 53 insufficient resources,
// 57014 statement timeout, 57P01–57P03 shutdown / cannot connect now, 25P03 idle-in-transaction timeout.
const TRANSIENT_SQLSTATE = /^(08|53)|^(57014|57P01|57P02|57P03|25P03)$/;

const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

function codeOf(error: object): unknown {
  return (error as { code?: unknown }).code;
}

export function isServiceUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') {
      return false;
    }
    if (current instanceof WorkQueueTimeout) {
      return true;
    }
    const code = codeOf(current);
    if (
      typeof code === 'string' &&
      (TRANSIENT_SQLSTATE.test(code) || TRANSIENT_NODE_CODES.has(code))
    ) {
      return true;
    }
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some(m => message.startsWith(m))) {
      return true;
    }
    // TypeORM keeps pg's error as driverError; GraphQL and Error keep theirs as originalError / cause.
    const next = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}
