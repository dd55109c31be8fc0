import type { NextFunction, Request, Response } from 'express';
import { sendJsonError } from './json-error';
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from '../shared/unavailable';

interface BodyParserError {
  type?: string;
  status?: number;
}

/** What went wrong with a body express.json could not read, by body-parser's error type. */
const UNREADABLE_BODY: Readonly<Record<string, string>> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  // 415 Unsupported Media Type, status kept.
  'charset.unsupported': 'The request body must be JSON in UTF-8.',
  'encoding.unsupported': 'The request body has a content encoding the server does not accept.',
  'request.aborted': 'The request was aborted before its body was complete.',
};

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
    const message = UNREADABLE_BODY[type ?? ''] ?? 'The request body could not be read.';
    sendJsonError(res, status, 'BAD_REQUEST', message);
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
