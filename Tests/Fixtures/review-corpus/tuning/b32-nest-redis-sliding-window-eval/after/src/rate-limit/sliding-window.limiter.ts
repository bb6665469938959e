import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { REDIS_CLIENT } from '../redis/redis.constants';

/**
 * Sliding-window rate limiter backed by a Redis sorted set.
 *
 * The check-and-add has to be atomic across API pods, so it runs as one Lua
 * script. The script text is a constant; callers only influence KEYS/ARGV,
 * which Redis passes to the script as data.
 *
 * KEYS[1] = bucket key
 * ARGV[1] = now (ms), ARGV[2] = window (ms), ARGV[3] = limit, ARGV[4] = member id
 */
const SLIDING_WINDOW_LUA = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])

redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
local count = redis.call('ZCARD', key)
if count >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  local retry = 0
  if oldest[2] then
    retry = tonumber(oldest[2]) + window - now
  end
  return {0, count, retry}
end

redis.call('ZADD', key, now, ARGV[4])
redis.call('PEXPIRE', key, window)
return {1, count + 1, 0}
`;

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterMs: number;
}

@Injectable()
export class SlidingWindowLimiter {
  private readonly logger = new Logger(SlidingWindowLimiter.name);

  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  /**
   * Records one hit for `bucket` (e.g. `login:<ip>` or `api:<apiKeyId>`) and
   * reports whether it is within `limit` hits per `windowMs`.
   */
  async hit(bucket: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const key = `rl:${bucket}`;
    const [allowed, count, retryAfterMs] = (await this.redis.eval(
      SLIDING_WINDOW_LUA,
      1,
      key,
      Date.now(),
      windowMs,
      limit,
      randomUUID(),
    )) as [number, number, number];
    if (allowed !== 1) {
      this.logger.debug(`rate limit hit for ${key} (${count}/${limit})`);
    }
    return { allowed: allowed === 1, count, retryAfterMs: Math.max(0, retryAfterMs) };
  }

  async reset(bucket: string): Promise<void> {
    await this.redis.del(`rl:${bucket}`);
  }
}
