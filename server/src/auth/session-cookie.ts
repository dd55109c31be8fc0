import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'caf_session';

export interface CookieSettings {
  secure: boolean;
  ttlHours: number;
}

function options(settings: CookieSettings): CookieOptions {
  return {
    httpOnly: true,
    // Strict: the session never rides along on a request started by another site.
    sameSite: 'strict',
    secure: settings.secure,
    path: '/',
    maxAge: settings.ttlHours * 3600 * 1000,
  };
}

export const readSessionToken = (req: Request): string | undefined => {
  const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return typeof token === 'string' && token.length > 0 && token.length < 100 ? token : undefined;
};

export const setSessionCookie = (res: Response, token: string, settings: CookieSettings): void => {
  res.cookie(SESSION_COOKIE, token, options(settings));
};

export const clearSessionCookie = (res: Response, settings: CookieSettings): void => {
  res.clearCookie(SESSION_COOKIE, { ...options(settings), maxAge: undefined });
};
