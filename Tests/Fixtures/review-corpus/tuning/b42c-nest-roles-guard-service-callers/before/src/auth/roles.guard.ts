import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { ROLES_KEY } from './roles.decorator';
import { Role } from './role.enum';
import { SessionService } from './session.service';

@Injectable()
export class RolesGuard implements CanActivate {
  private readonly logger = new Logger(RolesGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<Request>();

    const token = req.cookies?.['sid'] ?? req.headers.authorization?.replace(/^Bearer /, '');
    if (!token) {
      throw new UnauthorizedException();
    }
    const session = await this.sessions.resolve(token);
    if (!session) {
      throw new UnauthorizedException();
    }
    (req as any).user = session.user;

    if (!required || required.length === 0) {
      return true;
    }
    if (!required.some((role) => session.user.roles.includes(role))) {
      this.logger.warn(`user ${session.user.id} lacks ${required.join(',')} for ${req.method} ${req.path}`);
      throw new ForbiddenException();
    }
    return true;
  }
}
