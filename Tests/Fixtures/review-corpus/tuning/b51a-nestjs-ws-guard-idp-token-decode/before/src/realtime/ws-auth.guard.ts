import { CanActivate, ExecutionContext, Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { JwtService } from "@nestjs/jwt";
import { WsException } from "@nestjs/websockets";
import { Socket } from "socket.io";

interface SessionClaims {
  sub: string;
  org: string;
  exp: number;
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
      const claims = await this.jwt.verifyAsync<SessionClaims>(token, {
        secret: this.config.getOrThrow<string>("SESSION_JWT_SECRET"),
        algorithms: ["HS256"],
      });
      client.data.userId = claims.sub;
      client.data.orgId = claims.org;
      return true;
    } catch (err) {
      this.logger.debug(`ws auth rejected: ${(err as Error).message}`);
      throw new WsException("invalid token");
    }
  }

  private extractToken(client: Socket): string | undefined {
    const auth = client.handshake.auth?.token ?? client.handshake.headers.authorization;
    if (typeof auth !== "string") return undefined;
    return auth.startsWith("Bearer ") ? auth.slice(7) : auth;
  }
}
