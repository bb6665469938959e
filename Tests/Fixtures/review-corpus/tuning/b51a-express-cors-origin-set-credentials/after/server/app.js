const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');

const { sessionMiddleware } = require('./session');
const apiRouter = require('./routes/api');

const app = express();

// The new marketing site and the docs portal call the API with the user's
// session cookie, so list them explicitly.
const allowedOrigins = new Set(
  (process.env.CORS_ORIGINS || 'https://www.plotline.app,https://docs.plotline.app')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
);

const corsOptions = {
  origin(origin, callback) {
    if (!origin) return callback(null, false);
    callback(null, allowedOrigins.has(origin));
  },
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  maxAge: 600,
};

app.set('trust proxy', 1);
app.use(helmet());
app.use(morgan('combined'));
app.use(cors(corsOptions));
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
app.use(sessionMiddleware);

app.use('/api', apiRouter);

app.use((err, req, res, next) => {
  req.log?.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

module.exports = app;
