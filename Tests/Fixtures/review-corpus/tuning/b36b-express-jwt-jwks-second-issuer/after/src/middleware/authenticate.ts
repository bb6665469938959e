import type { Request, Response, NextFunction } from 'express';
import jwt, { JwtPayload, JwtHeader, SigningKeyCallback } from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
import { config } from '../config';
import { logger } from '../logger';

export interface AuthContext {
  userId: string;
  orgId: string;
  scopes: string[];
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      auth?: AuthContext;
    }
  }
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}

function toAuthContext(payload: JwtPayload): AuthContext {
  return {
    userId: String(payload.sub),
    orgId: String(payload.org_id),
    scopes: typeof payload.scope === 'string' ? payload.scope.split(' ') : [],
  };
}

// Tokens minted by the new IdP (Keycloak) are RS256 and published via JWKS.
const jwks = jwksClient({
  jwksUri: `${config.auth.oidcIssuer}/protocol/openid-connect/certs`,
  cache: true,
  cacheMaxAge: 10 * 60 * 1000,
  rateLimit: true,
  jwksRequestsPerMinute: 10,
});

function getSigningKey(header: JwtHeader, cb: SigningKeyCallback) {
  if (!header.kid) return cb(new Error('token has no kid'));
  jwks.getSigningKey(header.kid, (err, key) => cb(err, key?.getPublicKey()));
}

function verifyOidc(token: string): Promise<JwtPayload> {
  return new Promise((resolve, reject) => {
    jwt.verify(
      token,
      getSigningKey,
      { algorithms: ['RS256'], issuer: config.auth.oidcIssuer, audience: 'api' },
      (err, decoded) => (err ? reject(err) : resolve(decoded as JwtPayload)),
    );
  });
}

function verifyLegacy(token: string): Promise<JwtPayload> {
  return new Promise((resolve, reject) => {
    jwt.verify(
      token,
      config.auth.legacySecret,
      { algorithms: ['HS256'], issuer: config.auth.legacyIssuer, audience: 'api' },
      (err, decoded) => (err ? reject(err) : resolve(decoded as JwtPayload)),
    );
  });
}

export async function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = bearerToken(req);
  if (!token) {
    return res.status(401).json({ error: 'missing_token' });
  }
  try {
    // decode (unverified) only to choose the verifier; each verifier pins its
    // own algorithm, key and issuer, so a forged `iss` just fails verification
    const unverified = jwt.decode(token) as JwtPayload | null;
    const payload =
      unverified?.iss === config.auth.oidcIssuer ? await verifyOidc(token) : await verifyLegacy(token);
    req.auth = toAuthContext(payload);
    return next();
  } catch (err) {
    logger.debug({ err }, 'token rejected');
    return res.status(401).json({ error: 'invalid_token' });
  }
}

export function requireScope(scope: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.auth?.scopes.includes(scope)) {
      return res.status(403).json({ error: 'insufficient_scope', required: scope });
    }
    next();
  };
}
