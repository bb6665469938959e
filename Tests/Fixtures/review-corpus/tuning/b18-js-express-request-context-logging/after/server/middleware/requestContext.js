'use strict';

const { randomUUID } = require('node:crypto');
const { AsyncLocalStorage } = require('node:async_hooks');

const logger = require('../lib/logger');

const als = new AsyncLocalStorage();

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{8,64}$/;
const TRACEPARENT_RE = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

/**
 * Describe the Authorization header for logs without leaking it: only the
 * scheme is recorded, never the credential. Authentication itself happens in
 * requireSession(), which runs after this middleware.
 */
function describeAuthorization(header) {
  if (!header) return 'none';
  const scheme = String(header).split(' ', 1)[0].toLowerCase();
  return ['bearer', 'basic', 'digest'].includes(scheme) ? scheme : 'other';
}

function pickRequestId(req) {
  const incoming = req.get('x-request-id');
  if (incoming && REQUEST_ID_RE.test(incoming)) {
    return incoming;
  }
  return randomUUID();
}

function parseTraceparent(req) {
  const header = req.get('traceparent');
  const match = header && TRACEPARENT_RE.exec(header);
  if (!match) return null;
  return { traceId: match[1], parentSpanId: match[2] };
}

function requestContext() {
  return function requestContextMiddleware(req, res, next) {
    const requestId = pickRequestId(req);
    const trace = parseTraceparent(req);
    const started = process.hrtime.bigint();

    res.setHeader('X-Request-Id', requestId);

    const ctx = {
      requestId,
      traceId: trace ? trace.traceId : null,
      auth: describeAuthorization(req.get('authorization')),
    };

    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info('request', {
        ...ctx,
        method: req.method,
        path: req.baseUrl + req.path,
        status: res.statusCode,
        durationMs: Math.round(ms * 10) / 10,
        userId: req.user ? req.user.id : undefined,
      });
    });

    als.run(ctx, next);
  };
}

function currentContext() {
  return als.getStore() || null;
}

module.exports = { requestContext, currentContext, describeAuthorization };