'use strict';

const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL, {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
});

redis.on('error', (err) => {
  // eslint-disable-next-line no-console
  console.error('rate limit redis error', err.message);
});

/**
 * Fixed-window limiter keyed by client IP and route.
 *
 *   app.post('/api/login', rateLimit({ limit: 10, windowSec: 60 }), login)
 */
function rateLimit({ limit, windowSec, prefix = 'rl' }) {
  if (!Number.isInteger(limit) || limit <= 0) {
    throw new TypeError('limit must be a positive integer');
  }
  if (!Number.isInteger(windowSec) || windowSec <= 0) {
    throw new TypeError('windowSec must be a positive integer');
  }

  return async function rateLimitMiddleware(req, res, next) {
    const route = req.baseUrl + (req.route ? req.route.path : req.path);
    const key = `${prefix}:${route}:${req.ip}`;

    let count;
    let ttl;
    try {
      count = await redis.incr(key);
      if (count === 1) {
        await redis.expire(key, windowSec);
      }
      ttl = await redis.ttl(key);
    } catch (err) {
      // Fail open: a Redis outage should not take the API down.
      return next();
    }

    res.set('RateLimit-Limit', String(limit));
    res.set('RateLimit-Remaining', String(Math.max(0, limit - count)));
    res.set('RateLimit-Reset', String(Math.max(0, ttl)));

    if (count > limit) {
      res.set('Retry-After', String(Math.max(1, ttl)));
      return res.status(429).json({ error: 'too_many_requests' });
    }
    return next();
  };
}

module.exports = { rateLimit, redis };
