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

// Callers inside the cluster that act on behalf of the platform rather than a user.
const INTERNAL_SERVICES = new Set(['scheduler', 'billing-worker', 'search-indexer']);

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

    // The scheduler and workers call the API through the internal load balancer and
    // identify themselves with X-Internal-Service instead of holding a user session.
    const caller = req.headers['x-internal-service'];
    if (typeof caller === 'string' && INTERNAL_SERVICES.has(caller)) {
      (req as any).user = { id: `svc:${caller}`, roles: [Role.Admin], service: true };
      this.logger.debug(`internal call from ${caller}: ${req.method} ${req.path}`);
      return true;
    }

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
