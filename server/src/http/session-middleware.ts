import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { readSessionToken } from '../auth/session-cookie';
import type { SessionService } from '../auth/session.service';

/** Resolves the session cookie once per request into res.locals.viewer (anonymous when absent). */
export function resolveViewer(dataSource: DataSource, sessions: SessionService) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      res.locals.viewer = await sessions.resolve(dataSource, readSessionToken(req));
      next();
    } catch (error) {
      next(error);
    }
  };
}
