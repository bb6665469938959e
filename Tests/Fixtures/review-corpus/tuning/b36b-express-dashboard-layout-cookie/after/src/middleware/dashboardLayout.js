'use strict';

const serialize = require('node-serialize');
const { defaultLayout } = require('../dashboard/defaultLayout');
const log = require('../lib/log').child({ module: 'dashboard-layout' });

const COOKIE = 'dashboard_layout';
const MAX_AGE_MS = 180 * 24 * 60 * 60 * 1000;

// Layouts keep widget formatter functions (e.g. currency/percent renderers),
// which JSON can't round-trip, hence node-serialize instead of JSON.stringify.
function encodeLayout(layout) {
  return Buffer.from(serialize.serialize(layout), 'utf8').toString('base64url');
}

function decodeLayout(raw) {
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  return serialize.unserialize(text);
}

/**
 * Restores the user's dashboard layout from a cookie so the first paint
 * doesn't need a round-trip to the preferences service.
 */
function dashboardLayout() {
  return function dashboardLayoutMiddleware(req, res, next) {
    const raw = req.cookies && req.cookies[COOKIE];
    req.dashboardLayout = defaultLayout();

    if (raw) {
      try {
        const layout = decodeLayout(raw);
        if (layout && Array.isArray(layout.widgets)) {
          req.dashboardLayout = layout;
        }
      } catch (err) {
        log.debug({ err }, 'ignoring unreadable layout cookie');
        res.clearCookie(COOKIE);
      }
    }

    res.saveDashboardLayout = (layout) => {
      res.cookie(COOKIE, encodeLayout(layout), {
        httpOnly: true,
        sameSite: 'lax',
        secure: process.env.NODE_ENV === 'production',
        maxAge: MAX_AGE_MS,
      });
    };

    next();
  };
}

module.exports = { dashboardLayout, encodeLayout, decodeLayout };
