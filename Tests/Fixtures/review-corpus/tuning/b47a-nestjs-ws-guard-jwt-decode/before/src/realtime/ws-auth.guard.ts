import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { WsException } from '@nestjs/websockets';
import { Socket } from 'socket.io';

interface AccessTokenPayload {
  sub: string;
  orgId: string;
  scopes: string[];
}

@Injectable()
export class WsAuthGuard implements CanActivate {
  private readonly logger = new Logger(WsAuthGuard.name);

  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const client = context.switchToWs().getClient<Socket>();
    const token =
      client.handshake.auth?.token ??
      client.handshake.headers.authorization?.replace(/^Bearer /, '');

    if (!token) {
      throw new WsException('missing token');
    }

    try {
      const payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
      client.data.user = { id: payload.sub, orgId: payload.orgId, scopes: payload.scopes };
      return true;
    } catch (err) {
      this.logger.warn(`rejected socket ${client.id}: ${(err as Error).message}`);
      throw new WsException('invalid token');
    }
  }
}
