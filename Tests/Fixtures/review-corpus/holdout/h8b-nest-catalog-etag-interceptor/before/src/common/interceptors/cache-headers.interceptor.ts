import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, map } from 'rxjs';

/**
 * Applied to the public catalogue controllers. Responses are identical for every
 * caller, so CDNs may cache them for a minute.
 */
@Injectable()
export class CacheHeadersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const res = http.getResponse<Response>();

    return next.handle().pipe(
      map((body) => {
        res.setHeader('Cache-Control', 'public, max-age=60, stale-while-revalidate=300');
        return body;
      }),
    );
  }
}
