const express = require('express');
const helmet = require('helmet');
const cookieParser = require('cookie-parser');
const morgan = require('morgan');

const { sessionMiddleware } = require('./session');
const apiRouter = require('./routes/api');

const app = express();

app.set('trust proxy', 1);
app.use(helmet());
app.use(morgan('combined'));
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
app.use(sessionMiddleware);

app.use('/api', apiRouter);

app.use((err, req, res, next) => {
  req.log?.error(err);
  res.status(err.status || 500).json({ error: 'internal error' });
});

module.exports = app;
