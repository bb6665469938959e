import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from "jose";
import { logger } from "../logger";

export interface Principal {
  userId: string;
  tenantId: string;
  scopes: string[];
}

const ISSUER = process.env.OIDC_ISSUER ?? "https://login.northwind.io/realms/main";
const AUDIENCE = process.env.OIDC_AUDIENCE ?? "orders-api";
const jwks = createRemoteJWKSet(new URL(`${ISSUER}/protocol/openid-connect/certs`), {
  cooldownDuration: 30_000,
});

function unverifiedIssuer(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

export async function verifyToken(token: string): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ["RS256", "ES256"],
      clockTolerance: 30,
    });
    return {
      userId: String(payload.sub),
      tenantId: String(payload["tenant_id"]),
      scopes: String(payload["scope"] ?? "").split(" ").filter(Boolean),
    };
  } catch (err) {
    const reason = err instanceof errors.JOSEError ? err.code : "unknown";
    logger.info({ reason, claimedIssuer: unverifiedIssuer(token) }, "rejected access token");
    throw new Error("unauthenticated");
  }
}
