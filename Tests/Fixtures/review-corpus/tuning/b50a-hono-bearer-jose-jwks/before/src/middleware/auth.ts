import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { sessions } from "../db/sessions";

export type AuthVars = { userId: string; scopes: string[] };

export const requireAuth: MiddlewareHandler<{ Variables: AuthVars }> = async (c, next) => {
  const sid = getCookie(c, "__Host-sid");
  if (!sid) {
    throw new HTTPException(401, { message: "not signed in" });
  }
  const session = await sessions.find(sid);
  if (!session || session.expiresAt < Date.now()) {
    throw new HTTPException(401, { message: "session expired" });
  }
  c.set("userId", session.userId);
  c.set("scopes", session.scopes);
  await next();
};
