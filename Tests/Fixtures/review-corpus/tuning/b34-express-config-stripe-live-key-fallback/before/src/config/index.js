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
    secretKey: required('STRIPE_SECRET_KEY'),
    webhookSecret: required('STRIPE_WEBHOOK_SECRET'),
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
