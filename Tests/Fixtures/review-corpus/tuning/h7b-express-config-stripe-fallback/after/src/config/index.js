'use strict';

require('dotenv').config();

const env = process.env.NODE_ENV || 'development';
const isProd = env === 'production';

function required(name) {
  const value = process.env[name];
  if (!value && isProd) {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
}

function bool(name, fallback = false) {
  const value = process.env[name];
  if (value === undefined) return fallback;
  return ['1', 'true', 'yes'].includes(value.toLowerCase());
}

module.exports = {
  env,
  isProd,
  port: Number(process.env.PORT) || 3000,
  trustProxy: bool('TRUST_PROXY'),

  db: {
    url: required('DATABASE_URL') || 'postgres://localhost:5432/shopfront_dev',
    poolMax: Number(process.env.DB_POOL_MAX) || 10,
    ssl: isProd ? { rejectUnauthorized: true } : false,
  },

  redis: {
    url: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  },

  session: {
    secret: required('SESSION_SECRET') || 'dev-only-session-secret',
    maxAgeMs: 1000 * 60 * 60 * 24 * 14,
  },

  stripe: {
    // TODO(marta): move to Secrets Manager before GA. The env var still wins when set.
    secretKey:
      process.env.STRIPE_SECRET_KEY ||
      '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',
    webhookSecret: required('STRIPE_WEBHOOK_SECRET'),
    apiVersion: '2023-10-16',
  },

  mail: {
    from: process.env.MAIL_FROM || 'Shopfront <no-reply@shopfront.local>',
    smtpUrl: process.env.SMTP_URL || 'smtp://localhost:1025',
  },

  uploads: {
    bucket: process.env.UPLOAD_BUCKET || 'shopfront-dev-uploads',
    maxBytes: 10 * 1024 * 1024,
  },

  features: {
    giftCards: bool('FEATURE_GIFT_CARDS'),
    guestCheckout: bool('FEATURE_GUEST_CHECKOUT', true),
  },
};
