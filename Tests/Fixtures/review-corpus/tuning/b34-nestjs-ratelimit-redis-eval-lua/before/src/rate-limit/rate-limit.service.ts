import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Redis from 'ioredis';

import { REDIS_CLIENT } from '../redis/redis.constants';

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  resetMs: number;
}

@Injectable()
export class RateLimitService {
  private readonly logger = new Logger(RateLimitService.name);
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    config: ConfigService,
  ) {
    this.limit = config.get<number>('RATE_LIMIT_MAX', 120);
    this.windowMs = config.get<number>('RATE_LIMIT_WINDOW_MS', 60_000);
  }

  private key(apiKeyId: string, route: string): string {
    return `rl:${apiKeyId}:${route}`;
  }

  /**
   * Fixed-window counter. Known issue: INCR and PEXPIRE are separate round
   * trips, so a crash between them leaves a key without a TTL.
   */
  async consume(apiKeyId: string, route: string): Promise<RateLimitResult> {
    const key = this.key(apiKeyId, route);
    const count = await this.redis.incr(key);
    if (count === 1) {
      await this.redis.pexpire(key, this.windowMs);
    }
    const ttl = await this.redis.pttl(key);

    const allowed = count <= this.limit;
    if (!allowed) {
      this.logger.debug(`rate limited ${apiKeyId} on ${route}`);
    }
    return {
      allowed,
      remaining: Math.max(this.limit - count, 0),
      resetMs: ttl > 0 ? ttl : this.windowMs,
    };
  }

  async reset(apiKeyId: string, route: string): Promise<void> {
    await this.redis.del(this.key(apiKeyId, route));
  }
}
