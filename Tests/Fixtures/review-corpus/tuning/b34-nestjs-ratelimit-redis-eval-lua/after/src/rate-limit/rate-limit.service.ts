import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

import { REDIS_CLIENT } from '../redis/redis.constants';

/**
 * Sliding-window limiter run atomically inside Redis.
 * KEYS[1] = sorted-set key, ARGV = now (ms), window (ms), limit, member id.
 * The script text is a constant; callers only ever pass data as KEYS/ARGV.
 */
const SLIDING_WINDOW_LUA = `
local key    = KEYS[1]
local now    = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit  = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
local count = redis.call('ZCARD', key)
local allowed = 0
if count < limit then
  redis.call('ZADD', key, now, ARGV[4])
  count = count + 1
  allowed = 1
end
redis.call('PEXPIRE', key, window)
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
local reset = window
if oldest[2] then reset = tonumber(oldest[2]) + window - now end
return { allowed, limit - count, reset }
`;

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

  async consume(apiKeyId: string, route: string): Promise<RateLimitResult> {
    const key = this.key(apiKeyId, route);
    const [allowed, remaining, resetMs] = (await this.redis.eval(
      SLIDING_WINDOW_LUA,
      1,
      key,
      Date.now(),
      this.windowMs,
      this.limit,
      randomUUID(),
    )) as [number, number, number];

    if (allowed !== 1) {
      this.logger.debug(`rate limited ${apiKeyId} on ${route}`);
    }
    return {
      allowed: allowed === 1,
      remaining: Math.max(remaining, 0),
      resetMs: resetMs > 0 ? resetMs : this.windowMs,
    };
  }

  async reset(apiKeyId: string, route: string): Promise<void> {
    await this.redis.del(this.key(apiKeyId, route));
  }
}
