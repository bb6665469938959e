import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { verifySessionToken } from "../auth/session";
import { logger } from "../logger";

function requestContext(req: Request) {
  const requestId = req.get("x-request-id") ?? randomUUID();
  const forwardedFor = req.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { requestId, clientIp: forwardedFor ?? req.socket.remoteAddress, path: req.path };
}

export async function authenticate(req: Request, res: Response, next: NextFunction) {
  const ctx = requestContext(req);
  res.setHeader("x-request-id", ctx.requestId);
  res.locals.log = logger.child(ctx);

  const token = req.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!token) {
    res.locals.log.info("no bearer token");
    return res.status(401).json({ error: "unauthenticated" });
  }
  try {
    res.locals.user = await verifySessionToken(token);
    res.locals.log = res.locals.log.child({ userId: res.locals.user.id });
    next();
  } catch (err) {
    res.locals.log.warn({ err }, "session token rejected");
    res.status(401).json({ error: "unauthenticated" });
  }
}
