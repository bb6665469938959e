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

function createApp() {
  const app = express();

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
      secret: process.env.SESSION_SECRET || 'keyboard cat',
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