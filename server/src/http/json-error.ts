import type { Response } from 'express';

/**
 * An error answered outside GraphQL execution (limits, body parsing, overload) in the same shape
 * as a GraphQL error, so the client reads every failure from `errors[].extensions.code`.
 */
export function sendJsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
