import type { NextFunction, Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { SecurityConfig } from '../config';
import type { Viewer } from '../auth/viewer';
import { sendJsonError } from './json-error';

/**
 * Requests per minute per client IP and per signed-in user. Over the limit the API answers 429
 * with a GraphQL error RATE_LIMITED and Retry-After, before any resolver runs.
 */
export function rateLimit(security: SecurityConfig) {
  const perIp = new RateLimiterMemory({
    keyPrefix: 'ip',
    points: security.rateLimitPerMinuteIp,
    duration: 60,
  });
  const perUser = new RateLimiterMemory({
    keyPrefix: 'user',
    points: security.rateLimitPerMinuteUser,
    duration: 60,
  });
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const viewer = res.locals.viewer as Viewer;
    try {
      await perIp.consume(req.ip ?? 'unknown');
      if (viewer.user) {
        await perUser.consume(viewer.user.id);
      }
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        next(rejection);
        return;
      }
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
      res.setHeader('Retry-After', String(retryAfterSeconds));
      sendJsonError(res, 429, 'RATE_LIMITED', 'Too many requests; slow down.', {
        retryAfterSeconds,
      });
    }
  };
}
