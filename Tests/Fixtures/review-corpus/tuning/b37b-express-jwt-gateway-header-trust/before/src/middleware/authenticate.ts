import type { NextFunction, Request, Response } from 'express';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

import { config } from '../config';
import { logger } from '../logger';

const publicKey = readFileSync(config.auth.publicKeyPath, 'utf8');

export interface AuthClaims extends JwtPayload {
  sub: string;
  org: string;
  roles: string[];
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthClaims;
  }
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim() || null;
}

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = bearerToken(req);
  if (!token) {
    return res.status(401).json({ error: 'missing_token' });
  }

  try {
    const claims = jwt.verify(token, publicKey, {
      algorithms: ['RS256'],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      clockTolerance: 30,
    }) as AuthClaims;

    req.auth = claims;
    return next();
  } catch (err) {
    logger.info({ err: (err as Error).message, path: req.path }, 'rejected bearer token');
    return res.status(401).json({ error: 'invalid_token' });
  }
}

export function requireRole(...roles: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.auth) return res.status(401).json({ error: 'unauthenticated' });
    if (!roles.some((r) => req.auth!.roles.includes(r))) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}
