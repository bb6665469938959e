import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

const ISSUER = process.env.OIDC_ISSUER ?? 'https://login.harbourline.io/';
const AUDIENCE = process.env.OIDC_AUDIENCE ?? 'api://harbourline-portal';

const jwks = createRemoteJWKSet(new URL('.well-known/jwks.json', ISSUER), {
  cooldownDuration: 30_000,
});

export interface AccessClaims extends JWTPayload {
  scope?: string;
  org_id?: string;
}

export async function verifyAccessToken(token: string): Promise<AccessClaims> {
  const { payload } = await jwtVerify<AccessClaims>(token, jwks, {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['RS256', 'ES256'],
    clockTolerance: '30s',
  });
  if (!payload.sub) {
    throw new Error('token has no subject');
  }
  return payload;
}

export function hasScope(claims: AccessClaims, needed: string): boolean {
  return (claims.scope ?? '').split(' ').includes(needed);
}
