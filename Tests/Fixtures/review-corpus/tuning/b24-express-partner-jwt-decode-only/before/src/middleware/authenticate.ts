import type { NextFunction, Request, Response } from 'express';
import jwt, { type JwtPayload } from 'jsonwebtoken';

import { config } from '../config';
import { logger } from '../logger';

export interface AuthUser {
  id: string;
  tenantId: string;
  roles: string[];
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

const publicKey = config.auth.publicKeyPem;

function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) {
    return undefined;
  }
  return header.slice('Bearer '.length).trim();
}

function toUser(claims: JwtPayload): AuthUser {
  return {
    id: String(claims.sub),
    tenantId: String(claims.tid),
    roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
  };
}

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = bearerToken(req);
  if (!token) {
    return res.status(401).json({ error: 'missing_token' });
  }

  try {
    const claims = jwt.verify(token, publicKey, {
      algorithms: ['RS256'],
      audience: config.auth.audience,
      issuer: config.auth.issuer,
    }) as JwtPayload;

    req.user = toUser(claims);
    return next();
  } catch (err) {
    logger.info({ err }, 'rejected bearer token');
    return res.status(401).json({ error: 'invalid_token' });
  }
}

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user?.roles.includes(role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
}
