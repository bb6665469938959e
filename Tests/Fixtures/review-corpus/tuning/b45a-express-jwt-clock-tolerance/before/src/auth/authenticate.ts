import type { NextFunction, Request, Response } from "express";
import jwt, { JwtPayload, TokenExpiredError, VerifyOptions } from "jsonwebtoken";

import { env } from "../env";

const VERIFY_OPTIONS: VerifyOptions = {
  algorithms: ["RS256"],
  issuer: env.AUTH_ISSUER,
  audience: "mobile-api",
};

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!token) return res.status(401).json({ error: "unauthenticated" });
  try {
    const claims = jwt.verify(token, env.AUTH_PUBLIC_KEY, VERIFY_OPTIONS) as JwtPayload;
    res.locals.userId = claims.sub;
    return next();
  } catch (err) {
    const code = err instanceof TokenExpiredError ? "token_expired" : "invalid_token";
    return res.status(401).json({ error: code });
  }
}
