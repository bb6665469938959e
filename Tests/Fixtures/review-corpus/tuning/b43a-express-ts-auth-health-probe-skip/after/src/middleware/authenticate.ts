import type { NextFunction, Request, Response } from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { config } from '../config';

const jwks = createRemoteJWKSet(new URL(`${config.authIssuer}/.well-known/jwks.json`));

// kubelet probes hit these without a token; they return only "ok"/"not ready"
const PROBE_PATHS = new Set(['/healthz', '/readyz']);

export async function authenticate(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'GET' && PROBE_PATHS.has(req.path)) {
    next();
    return;
  }
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) {
    res.status(401).json({ error: 'unauthenticated' });
    return;
  }
  try {
    const { payload } = await jwtVerify(header.slice(7), jwks, {
      audience: config.authAudience,
      issuer: config.authIssuer,
      clockTolerance: 30,
    });
    res.locals.userId = payload.sub;
    res.locals.tenantId = payload['https://tallyroom.app/tenant'];
    next();
  } catch {
    res.status(401).json({ error: 'unauthenticated' });
  }
}
