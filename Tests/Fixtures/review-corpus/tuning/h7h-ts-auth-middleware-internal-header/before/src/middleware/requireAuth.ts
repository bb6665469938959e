import type { NextFunction, Request, Response } from "express";
import jwt, { JwtPayload } from "jsonwebtoken";
import { config } from "../config";
import { logger } from "../logger";

export interface AuthedUser {
  id: string;
  orgId: string;
  roles: string[];
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: AuthedUser;
    }
  }
}

const PUBLIC_KEY = config.auth.jwtPublicKey;

function bearer(req: Request): string | undefined {
  const h = req.get("authorization");
  if (!h || !h.startsWith("Bearer ")) return undefined;
  return h.slice("Bearer ".length).trim();
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = bearer(req);
  if (!token) {
    return res.status(401).json({ error: "missing_token" });
  }

  let claims: JwtPayload;
  try {
    claims = jwt.verify(token, PUBLIC_KEY, {
      algorithms: ["RS256"],
      issuer: config.auth.issuer,
      audience: config.auth.audience,
    }) as JwtPayload;
  } catch (err) {
    logger.info({ err: (err as Error).message }, "jwt rejected");
    return res.status(401).json({ error: "invalid_token" });
  }

  req.user = {
    id: String(claims.sub),
    orgId: String(claims["org_id"]),
    roles: Array.isArray(claims["roles"]) ? claims["roles"] : [],
  };
  return next();
}

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user?.roles.includes(role)) {
      return res.status(403).json({ error: "forbidden" });
    }
    return next();
  };
}
