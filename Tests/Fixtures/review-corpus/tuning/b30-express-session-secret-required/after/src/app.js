'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const helmet = require('helmet');
const morgan = require('morgan');

const { redisClient } = require('./lib/redis');
const authRoutes = require('./routes/auth');
const accountRoutes = require('./routes/account');
const projectRoutes = require('./routes/projects');
const { errorHandler, notFound } = require('./middleware/errors');
const { requireLogin } = require('./middleware/requireLogin');

const isProduction = process.env.NODE_ENV === 'production';

// Values copied from tutorials or from .env.example; refuse to sign cookies with them.
const KNOWN_WEAK_SECRETS = new Set([
  'keyboard cat',
  'changeme',
  'secret',
  'replace-with-output-of-openssl-rand-hex-32',
]);

function loadSessionSecret() {
  const secret = process.env.SESSION_SECRET;
  if (!secret || secret.length < 32 || KNOWN_WEAK_SECRETS.has(secret)) {
    throw new Error(
      'SESSION_SECRET must be set to at least 32 random characters, e.g. the output of `openssl rand -hex 32`',
    );
  }
  return secret;
}

function createApp() {
  const app = express();
  const sessionSecret = loadSessionSecret();

  app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(helmet());
  app.use(morgan(isProduction ? 'combined' : 'dev'));
  app.use(express.json({ limit: '100kb' }));
  app.use(express.urlencoded({ extended: false }));

  app.use(
    session({
      store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
      name: 'pm.sid',
      secret: sessionSecret,
      resave: false,
      saveUninitialized: false,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: isProduction,
        maxAge: 1000 * 60 * 60 * 8,
      },
    }),
  );

  app.get('/healthz', (req, res) => res.json({ ok: true }));

  app.use('/auth', authRoutes);
  app.use('/account', requireLogin, accountRoutes);
  app.use('/projects', requireLogin, projectRoutes);

  app.use(notFound);
  app.use(errorHandler);
  return app;
}

module.exports = { createApp };