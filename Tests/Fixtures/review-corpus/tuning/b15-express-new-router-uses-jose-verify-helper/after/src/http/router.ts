import { Router, Request, Response, NextFunction } from 'express';
import { createRemoteJWKSet, jwtVerify, JWTPayload } from 'jose';
import { config } from '../config';
import { projectsRouter } from './projects';
import { billingRouter } from './billing';

const jwks = createRemoteJWKSet(new URL(`${config.authIssuer}/.well-known/jwks.json`));

export interface AuthedRequest extends Request {
  claims?: JWTPayload;
}

export async function requireJwt(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.header('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) {
    return res.status(401).json({ error: 'missing token' });
  }
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: config.authIssuer,
      audience: config.authAudience,
      algorithms: ['RS256'],
    });
    req.claims = payload;
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

export function buildRouter(): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => res.json({ ok: true }));
  router.use('/projects', requireJwt, projectsRouter());
  router.use('/billing', requireJwt, billingRouter());
  return router;
}