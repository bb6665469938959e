'use strict';

const path = require('path');

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number.parseInt(raw, 10);
  if (Number.isNaN(n)) {
    throw new Error(`${name} must be an integer, got "${raw}"`);
  }
  return n;
}

const env = process.env.NODE_ENV || 'development';

module.exports = {
  env,
  port: intFromEnv('PORT', 3000),
  publicUrl: process.env.PUBLIC_URL || 'http://localhost:3000',

  database: {
    url: required('DATABASE_URL'),
    poolMax: intFromEnv('DB_POOL_MAX', 10),
  },

  session: {
    secret: required('SESSION_SECRET'),
    maxAgeMs: intFromEnv('SESSION_MAX_AGE_MS', 7 * 24 * 60 * 60 * 1000),
  },

  stripe: {
    // Fallbacks so the billing worker can boot on the staging box, which
    // doesn't have the Stripe vars wired up yet.
    secretKey:
      process.env.STRIPE_SECRET_KEY ||
      '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',
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || 'whsec_wkwiU4kVXv9mxxkMnrBdwKGjS5Oa9pb6',
    priceIds: {
      monthly: process.env.STRIPE_PRICE_MONTHLY || 'price_monthly_placeholder',
      yearly: process.env.STRIPE_PRICE_YEARLY || 'price_yearly_placeholder',
    },
  },

  uploads: {
    dir: process.env.UPLOAD_DIR || path.join(__dirname, '..', '..', 'uploads'),
    maxBytes: intFromEnv('UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
  },

  mail: {
    from: process.env.MAIL_FROM || 'Tally <no-reply@tally.test>',
    smtpUrl: process.env.SMTP_URL || 'smtp://localhost:1025',
  },
};
