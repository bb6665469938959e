'use strict';

const crypto = require('node:crypto');

/**
 * Sliding-window rate limiter for Koa backed by a Redis sorted set.
 *
 * The Lua script is a constant; the per-request values travel only as KEYS/ARGV,
 * which Redis hands to the script as plain strings.
 */
const SLIDING_WINDOW_LUA = `
local key    = KEYS[1]
local now    = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit  = tonumber(ARGV[3])
local member = ARGV[4]

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

function rateLimit(redis, { windowMs = 60_000, limit = 120, prefix = 'rl' } = {}) {
  return async function rateLimitMiddleware(ctx, next) {
    const subject = ctx.state.user ? `u:${ctx.state.user.id}` : `ip:${ctx.ip}`;
    const key = `${prefix}:${ctx.routerName || ctx.path}:${subject}`;
    const now = Date.now();
    const member = `${now}-${crypto.randomUUID()}`;

    let allowed = 1;
    let count = 0;
    let retryMs = 0;
    try {
      [allowed, count, retryMs] = await redis.eval(
        SLIDING_WINDOW_LUA,
        1,
        key,
        now,
        windowMs,
        limit,
        member,
      );
    } catch (err) {
      // Fail open: a Redis outage must not take the API down with it.
      ctx.log?.warn({ err }, 'rate limiter unavailable');
      return next();
    }

    ctx.set('RateLimit-Limit', String(limit));
    ctx.set('RateLimit-Remaining', String(Math.max(limit - count, 0)));

    if (!allowed) {
      ctx.set('Retry-After', String(Math.ceil(retryMs / 1000)));
      ctx.status = 429;
      ctx.body = { error: 'too_many_requests' };
      return;
    }
    return next();
  };
}

module.exports = { rateLimit, SLIDING_WINDOW_LUA };
