'use strict';

// Central config for the Koa API and the billing worker. Values come from the
// environment (Kubernetes secrets in staging/prod, .env locally via dotenv).

const required = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing required env var ${name}`);
  }
  return value;
};

const env = process.env.NODE_ENV || 'development';

module.exports = {
  env,
  port: Number(process.env.PORT || 4000),
  logLevel: process.env.LOG_LEVEL || (env === 'production' ? 'info' : 'debug'),

  db: {
    url: required('DATABASE_URL'),
    poolMax: Number(process.env.DB_POOL_MAX || 10),
  },

  session: {
    keys: required('SESSION_KEYS').split(','),
    maxAgeMs: 7 * 24 * 60 * 60 * 1000,
  },

  billing: {
    stripeSecretKey: required('STRIPE_SECRET_KEY'),
    webhookTolerance: 300,
    currency: 'eur',
  },
};
