import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from "@nestjs/common";
import { Request } from "express";
import { Observable } from "rxjs";

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger("audit");

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { user?: { sub: string } }>();
    const consoleRole = req.header("x-console-role");
    this.logger.log({ user: req.user?.sub, consoleRole, method: req.method, path: req.path });
    return next.handle();
  }
}