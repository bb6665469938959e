const express = require('express');
const cors = require('cors');
const helmet = require('helmet');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');

const authRoutes = require('./routes/auth');
const projectRoutes = require('./routes/projects');
const errorHandler = require('./middleware/errorHandler');

const ALLOWED_ORIGINS = new Set(
  (process.env.CORS_ORIGINS || 'https://app.planwise.io,https://admin.planwise.io')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
);

const app = express();

app.set('trust proxy', 1);
app.use(helmet());
app.use(morgan('combined'));
app.use(
  cors({
    origin(origin, callback) {
      // Same-origin and server-to-server requests carry no Origin header.
      callback(null, !origin || ALLOWED_ORIGINS.has(origin));
    },
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    maxAge: 600,
  }),
);
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());

app.use('/api/auth', authRoutes);
app.use('/api/projects', projectRoutes);

app.use(errorHandler);

module.exports = app;
