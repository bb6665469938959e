import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

/**
 * Sliding-window rate limiter backed by a Redis sorted set.
 *
 * The Lua script is a constant: it runs atomically on the Redis server and receives the
 * key and all numbers through KEYS/ARGV, so nothing from the request is ever part of the script.
 */
const SLIDING_WINDOW_LUA = `
local key     = KEYS[1]
local now     = tonumber(ARGV[1])
local window  = tonumber(ARGV[2])
local limit   = tonumber(ARGV[3])
local member  = ARGV[4]

redis.call('ZREMRANGEBYSCORE', key, 0, now - window)
local count = redis.call('ZCARD', key)
if count >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, count, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', key, now, member)
redis.call('PEXPIRE', key, window)
return {1, count + 1, 0}
`;

export interface RateLimitOptions {
  redis: Redis;
  windowMs: number;
  limit: number;
  prefix?: string;
  keyFor?: (req: Request) => string;
}

export function slidingWindowLimit(opts: RateLimitOptions) {
  const prefix = opts.prefix ?? 'rl';
  const keyFor = opts.keyFor ?? ((req: Request) => (req as Request & { user?: { id: string } }).user?.id ?? req.ip ?? 'anon');

  return async function rateLimit(req: Request, res: Response, next: NextFunction) {
    const key = `${prefix}:${keyFor(req)}`;
    const now = Date.now();
    try {
      const [allowed, count, retryMs] = (await opts.redis.eval(
        SLIDING_WINDOW_LUA,
        1,
        key,
        now,
        opts.windowMs,
        opts.limit,
        `${now}-${randomUUID()}`,
      )) as [number, number, number];

      res.setHeader('RateLimit-Limit', String(opts.limit));
      res.setHeader('RateLimit-Remaining', String(Math.max(opts.limit - count, 0)));
      if (allowed === 1) {
        return next();
      }
      res.setHeader('Retry-After', String(Math.ceil(retryMs / 1000)));
      return res.status(429).json({ error: 'too_many_requests' });
    } catch (err) {
      // Fail open if Redis is unavailable: rate limiting is a courtesy, not an access control.
      req.log?.warn({ err }, 'rate limiter unavailable');
      return next();
    }
  };
}