import type { NextFunction, Request, Response } from "express";
import { verifySessionToken } from "../auth/session";

export async function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.get("authorization")?.replace(/^Bearer\s+/i, "");
  if (!token) {
    return res.status(401).json({ error: "unauthenticated" });
  }
  try {
    res.locals.user = await verifySessionToken(token);
    next();
  } catch {
    res.status(401).json({ error: "unauthenticated" });
  }
}
