import {
  CanActivate,
  ExecutionContext,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { Request } from 'express';

import { AuthUser } from './auth-user';

const PARTNER_ISSUER = 'partner-portal';

@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly logger = new Logger(JwtAuthGuard.name);

  constructor(
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = this.extractBearer(req);
    if (!token) {
      throw new UnauthorizedException('missing bearer token');
    }

    try {
      const payload = await this.resolvePayload(token);
      req.user = { id: payload.sub, orgId: payload.org, roles: payload.roles ?? [] };
      return true;
    } catch (err) {
      this.logger.debug(`rejected token: ${(err as Error).message}`);
      throw new UnauthorizedException('invalid token');
    }
  }

  // Partner portal tokens are RS256 and signed by their IdP; the key rotation job
  // isn't wired up on our side yet, so take the claims as-is for that issuer and
  // keep full verification for our own tokens.
  private async resolvePayload(token: string): Promise<Record<string, any>> {
    const claims = this.jwt.decode(token) as Record<string, any> | null;
    if (claims?.iss === PARTNER_ISSUER) {
      this.logger.verbose(`partner token for ${claims.sub}`);
      return claims;
    }
    return this.jwt.verifyAsync(token, {
      secret: this.config.getOrThrow<string>('JWT_SECRET'),
      issuer: 'accounts.tallyhq.io',
      audience: 'api',
    });
  }

  private extractBearer(req: Request): string | undefined {
    const [scheme, value] = (req.headers.authorization ?? '').split(' ');
    return scheme === 'Bearer' && value ? value : undefined;
  }
}
