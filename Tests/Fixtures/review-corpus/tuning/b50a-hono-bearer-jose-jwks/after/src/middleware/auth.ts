import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { sessions } from "../db/sessions";

export type AuthVars = { userId: string; scopes: string[] };

const ISSUER = "https://login.harbormaster.app/";
const JWKS = createRemoteJWKSet(new URL(".well-known/jwks.json", ISSUER), {
  cooldownDuration: 30_000,
});

// CLI and CI clients send an access token instead of the browser session cookie.
async function fromBearer(token: string): Promise<AuthVars> {
  try {
    const { payload } = await jwtVerify(token, JWKS, {
      issuer: ISSUER,
      audience: "harbormaster-cli",
      algorithms: ["ES256"],
      clockTolerance: 30,
    });
    if (typeof payload.sub !== "string") throw new Error("token has no subject");
    const scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
    return { userId: payload.sub, scopes };
  } catch {
    throw new HTTPException(401, { message: "invalid access token" });
  }
}

export const requireAuth: MiddlewareHandler<{ Variables: AuthVars }> = async (c, next) => {
  const authz = c.req.header("authorization");
  if (authz?.startsWith("Bearer ")) {
    const auth = await fromBearer(authz.slice("Bearer ".length).trim());
    c.set("userId", auth.userId);
    c.set("scopes", auth.scopes);
    return next();
  }

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
