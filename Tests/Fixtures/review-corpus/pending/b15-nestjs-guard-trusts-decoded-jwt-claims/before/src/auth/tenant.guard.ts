import {
  CanActivate,
  ExecutionContext,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as jwt from 'jsonwebtoken';
import { Request } from 'express';

interface TenantClaims {
  sub: string;
  tenant: string;
  roles?: string[];
}

/** For log context only: reads claims without verifying the token. */
export function peekClaims(token: string): TenantClaims | null {
  const decoded = jwt.decode(token);
  return decoded && typeof decoded === 'object' ? (decoded as TenantClaims) : null;
}

@Injectable()
export class TenantGuard implements CanActivate {
  private readonly logger = new Logger(TenantGuard.name);

  constructor(private readonly jwtService: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { user?: TenantClaims }>();
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token) {
      throw new UnauthorizedException();
    }
    this.logger.debug(`request for tenant ${peekClaims(token)?.tenant ?? '?'}`);
    try {
      req.user = await this.jwtService.verifyAsync<TenantClaims>(token);
    } catch {
      throw new UnauthorizedException();
    }
    const tenant = req.params.tenantId;
    if (tenant && tenant !== req.user.tenant) {
      throw new UnauthorizedException('wrong tenant');
    }
    return true;
  }
}