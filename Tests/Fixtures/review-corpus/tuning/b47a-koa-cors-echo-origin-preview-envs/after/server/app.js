'use strict';

const Koa = require('koa');
const cors = require('@koa/cors');
const bodyParser = require('koa-bodyparser');
const session = require('koa-session');

const config = require('./config');
const router = require('./routes');

const app = new Koa();
app.keys = config.sessionKeys;
app.proxy = true;

app.use(session({ key: 'sid', sameSite: 'none', secure: true, httpOnly: true }, app));

app.use(
  cors({
    // preview deploys get random *.vercel.app hostnames, so just echo back the caller
    origin: (ctx) => ctx.get('Origin') || config.webOrigin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
  }),
);

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

module.exports = app;
