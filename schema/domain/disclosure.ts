/**
 * Disclosure-control constants that the server enforces and the client explains
 * (server/src/benchmark/disclosure.ts).
 */

/** Minimum group size k of groups without a programme, and a programme's k until an admin sets it. */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** No programme may set k below this (it may go below the default for its own groups). */
export const ABSOLUTE_MIN_GROUP_SIZE = 3;
