import type { NextFunction, Request, Response } from "express";
import { verifySessionToken } from "../auth/session";
import { logger } from "../logger";

export interface AuthedRequest extends Request {
  user?: { id: string; orgId: string; roles: string[] };
}

export async function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.get("authorization") ?? "";
  const [scheme, token] = header.split(" ");
  if (scheme !== "Bearer" || !token) {
    return res.status(401).json({ error: "missing bearer token" });
  }
  try {
    req.user = await verifySessionToken(token);
    return next();
  } catch (err) {
    logger.info({ err, path: req.path }, "rejected session token");
    return res.status(401).json({ error: "invalid token" });
  }
}
