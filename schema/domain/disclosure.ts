/**
 * Disclosure-control constants that the server enforces and the client explains
 * (server/src/benchmark/disclosure.ts).
 */

/** Minimum group size k unless a programme asks for more; also the new offices a re-release needs. */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** No programme may set k below this. */
export const ABSOLUTE_MIN_GROUP_SIZE = 3;
