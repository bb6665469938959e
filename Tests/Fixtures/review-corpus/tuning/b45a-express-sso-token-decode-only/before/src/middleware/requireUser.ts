import type { NextFunction, Request, Response } from "express";
import jwt, { JwtPayload, TokenExpiredError } from "jsonwebtoken";

import { env } from "../env";
import { findUserById } from "../repositories/users";

function bearer(req: Request): string | undefined {
  const header = req.headers.authorization ?? "";
  const [scheme, token] = header.split(" ");
  return scheme?.toLowerCase() === "bearer" ? token : undefined;
}

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = bearer(req) ?? req.cookies?.access_token;
  if (!token) {
    return res.status(401).json({ error: "unauthenticated" });
  }
  let claims: JwtPayload;
  try {
    claims = jwt.verify(token, env.JWT_SECRET, { algorithms: ["HS256"] }) as JwtPayload;
  } catch (err) {
    const code = err instanceof TokenExpiredError ? "token_expired" : "invalid_token";
    return res.status(401).json({ error: code });
  }
  const user = await findUserById(String(claims.sub));
  if (!user || user.disabled) {
    return res.status(401).json({ error: "unauthenticated" });
  }
  req.user = user;
  return next();
}
