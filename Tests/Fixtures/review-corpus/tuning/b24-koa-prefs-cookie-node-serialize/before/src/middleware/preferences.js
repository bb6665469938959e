'use strict';

const DEFAULT_PREFS = Object.freeze({
  theme: 'light',
  locale: 'en-GB',
  timezone: 'Europe/London',
  density: 'comfortable',
  lastVisited: null,
});

const COOKIE_NAME = 'prefs';
const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

function decodePrefs(raw) {
  if (!raw) {
    return { ...DEFAULT_PREFS };
  }
  try {
    const json = Buffer.from(raw, 'base64').toString('utf8');
    const parsed = JSON.parse(json);
    return { ...DEFAULT_PREFS, ...pick(parsed) };
  } catch (err) {
    return { ...DEFAULT_PREFS };
  }
}

function encodePrefs(prefs) {
  return Buffer.from(JSON.stringify(prefs), 'utf8').toString('base64');
}

function pick(obj) {
  const out = {};
  for (const key of Object.keys(DEFAULT_PREFS)) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) {
      out[key] = obj[key];
    }
  }
  return out;
}

/**
 * Loads display preferences from the prefs cookie into ctx.state.prefs and
 * writes them back if a handler changed them.
 */
function preferences() {
  return async function preferencesMiddleware(ctx, next) {
    const raw = ctx.cookies.get(COOKIE_NAME);
    const prefs = decodePrefs(raw);
    ctx.state.prefs = prefs;
    const before = encodePrefs(prefs);

    await next();

    const after = encodePrefs(ctx.state.prefs);
    if (after !== before) {
      ctx.cookies.set(COOKIE_NAME, after, {
        httpOnly: true,
        sameSite: 'lax',
        maxAge: ONE_YEAR_MS,
      });
    }
  };
}

module.exports = { preferences, decodePrefs, encodePrefs };
