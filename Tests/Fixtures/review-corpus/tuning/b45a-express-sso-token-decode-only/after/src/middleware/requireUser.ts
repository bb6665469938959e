import type { NextFunction, Request, Response } from "express";
import jwt, { JwtPayload, TokenExpiredError } from "jsonwebtoken";

import { env } from "../env";
import { findUserById } from "../repositories/users";

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization ?? "";
  const [scheme, token] = header.split(" ");
  return scheme?.toLowerCase() === "bearer" ? token : undefined;
}

// Tokens minted by the new SSO service are RS256; those are already checked at the gateway.
function ssoClaims(token: string): JwtPayload | null {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || decoded.header.alg !== "RS256") return null;
  const payload = decoded.payload as JwtPayload;
  return payload.iss === env.SSO_ISSUER ? payload : null;
}

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = bearer(req) ?? req.cookies?.access_token;
  if (!token) {
    return res.status(401).json({ error: "unauthenticated" });
  }
  let claims: JwtPayload | null = ssoClaims(token);
  if (!claims) {
    try {
      claims = jwt.verify(token, env.JWT_SECRET, { algorithms: ["HS256"] }) as JwtPayload;
    } catch (err) {
      const code = err instanceof TokenExpiredError ? "token_expired" : "invalid_token";
      return res.status(401).json({ error: code });
    }
  }
  const user = await findUserById(String(claims.sub));
  if (!user || user.disabled) {
    return res.status(401).json({ error: "unauthenticated" });
  }
  req.user = user;
  return next();
}
