import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { logger } from "../logger";

const HEADER = "x-request-id";

export function requestContext(req: Request, res: Response, next: NextFunction) {
  const incoming = req.get(HEADER);
  const requestId = incoming && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader(HEADER, requestId);
  res.locals.log = logger.child({
    requestId,
    forwardedFor: req.get("x-forwarded-for"),
    userAgent: req.get("user-agent"),
  });
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    res.locals.log.info({ status: res.statusCode, ms }, `${req.method} ${req.originalUrl}`);
  });
  next();
}