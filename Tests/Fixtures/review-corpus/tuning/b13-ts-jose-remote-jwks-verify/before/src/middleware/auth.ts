import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

import { config } from "../config";
import { logger } from "../logger";

export interface AuthedRequest extends Request {
  user?: { id: string; scopes: string[] };
}

export function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token) {
    return res.status(401).json({ error: "missing token" });
  }
  try {
    const claims = jwt.verify(token, config.jwtPublicKey, { algorithms: ["RS256"] }) as jwt.JwtPayload;
    req.user = { id: String(claims.sub), scopes: String(claims.scope ?? "").split(" ") };
    return next();
  } catch (err) {
    logger.info({ err }, "rejected token");
    return res.status(401).json({ error: "invalid token" });
  }
}