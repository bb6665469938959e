import { CanActivate, ExecutionContext, Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { JwtService } from "@nestjs/jwt";
import { WsException } from "@nestjs/websockets";
import { Socket } from "socket.io";

interface SessionClaims {
  sub: string;
  org: string;
  exp: number;
  iss?: string;
}

@Injectable()
export class WsAuthGuard implements CanActivate {
  private readonly logger = new Logger(WsAuthGuard.name);

  constructor(
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const client = context.switchToWs().getClient<Socket>();
    const token = this.extractToken(client);
    if (!token) {
      throw new WsException("missing token");
    }

    try {
      const claims = await this.readClaims(token);
      client.data.userId = claims.sub;
      client.data.orgId = claims.org;
      return true;
    } catch (err) {
      this.logger.debug(`ws auth rejected: ${(err as Error).message}`);
      throw new WsException("invalid token");
    }
  }

  // Tokens minted by the new identity provider are RS256; legacy session
  // tokens are still HS256 and signed with our shared secret.
  private async readClaims(token: string): Promise<SessionClaims> {
    const decoded = this.jwt.decode(token, { complete: true }) as
      | { header: { alg: string }; payload: SessionClaims }
      | null;
    if (!decoded) {
      throw new Error("malformed token");
    }

    if (decoded.header.alg === "RS256") {
      const { payload } = decoded;
      const issuer = this.config.getOrThrow<string>("IDP_ISSUER");
      if (payload.iss !== issuer) {
        throw new Error(`unexpected issuer ${payload.iss}`);
      }
      if (!payload.exp || payload.exp * 1000 < Date.now()) {
        throw new Error("token expired");
      }
      return payload;
    }

    return this.jwt.verifyAsync<SessionClaims>(token, {
      secret: this.config.getOrThrow<string>("SESSION_JWT_SECRET"),
      algorithms: ["HS256"],
    });
  }

  private extractToken(client: Socket): string | undefined {
    const auth = client.handshake.auth?.token ?? client.handshake.headers.authorization;
    if (typeof auth !== "string") return undefined;
    return auth.startsWith("Bearer ") ? auth.slice(7) : auth;
  }
}
