import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from "@nestjs/common";
import { Reflector } from "@nestjs/core";
import * as jwt from "jsonwebtoken";
import { ROLES_KEY } from "./roles.decorator";

interface AccessClaims {
  sub: string;
  org: string;
  roles: string[];
  exp?: number;
}

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  private readClaims(token: string): AccessClaims {
    const claims = jwt.decode(token, { json: true }) as AccessClaims | null;
    if (!claims || !claims.sub || !Array.isArray(claims.roles)) {
      throw new UnauthorizedException();
    }
    if (claims.exp && claims.exp * 1000 < Date.now()) {
      throw new UnauthorizedException("token expired");
    }
    return claims;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]) ?? [];
    const req = context.switchToHttp().getRequest();
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (!token) throw new UnauthorizedException();

    const claims = this.readClaims(token);
    req.user = claims;
    return required.every((role) => claims.roles.includes(role));
  }
}
