import cors, { CorsOptions } from 'cors';

// Comma-separated, e.g. "https://app.example.com,https://admin.example.com"
const allowed = new Set(
  (process.env.CORS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
);

const options: CorsOptions = {
  origin(origin, callback) {
    // No Origin header: same-origin or server-to-server, nothing for CORS to do.
    if (!origin) return callback(null, false);
    if (allowed.has(origin)) return callback(null, origin);
    return callback(null, false);
  },
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  maxAge: 600,
};

export const corsMiddleware = cors(options);
