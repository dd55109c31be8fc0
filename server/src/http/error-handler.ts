import type { NextFunction, Request, Response } from 'express';
import { sendJsonError } from './json-error';
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from '../shared/unavailable';

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * The last Express handler: failures before GraphQL runs (body too large or malformed, the session
 * lookup finding no database connection in time) answer JSON with a typed code, never an HTML page
 * or a stack trace.
 */
export function jsonErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) {
    next(error);
    return;
  }
  const { type, status } = (error ?? {}) as BodyParserError;
  if (type === 'entity.too.large') {
    sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than 100 KB.');
  } else if (typeof status === 'number' && status >= 400 && status < 500) {
    sendJsonError(res, status, 'BAD_REQUEST', 'The request body is not valid JSON.');
  } else if (isServiceUnavailable(error)) {
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    sendJsonError(res, 503, 'SERVICE_UNAVAILABLE', 'The service is busy; retry shortly.', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  } else {
    console.error('Unexpected error', error);
    sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  }
}
