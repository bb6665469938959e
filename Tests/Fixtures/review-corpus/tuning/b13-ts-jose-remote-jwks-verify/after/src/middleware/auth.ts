import type { NextFunction, Request, Response } from "express";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";

import { config } from "../config";
import { logger } from "../logger";

export interface AuthedRequest extends Request {
  user?: { id: string; scopes: string[] };
}

// Keys rotate at the identity provider; fetch them from its fixed JWKS endpoint.
const jwks = createRemoteJWKSet(new URL("/.well-known/jwks.json", config.oidcIssuer));

export async function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token) {
    return res.status(401).json({ error: "missing token" });
  }
  try {
    const { payload } = await jwtVerify(token, jwks, {
      issuer: config.oidcIssuer,
      audience: config.oidcAudience,
      algorithms: ["RS256", "ES256"],
    });
    req.user = { id: String(payload.sub), scopes: String(payload.scope ?? "").split(" ") };
    return next();
  } catch (err) {
    // The header is decoded only to log which key id failed; nothing from it is trusted.
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      kid = undefined;
    }
    logger.info({ err, kid }, "rejected token");
    return res.status(401).json({ error: "invalid token" });
  }
}