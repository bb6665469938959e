import cookieParser from "cookie-parser";
import cors from "cors";
import express from "express";
import helmet from "helmet";
import { config } from "./config";
import { errorHandler } from "./middleware/errors";
import { apiRouter } from "./routes";

// Vercel preview deployments for web PRs: https://pr-1234.preview.acme-web.dev
const PREVIEW_ORIGIN = /^https:\/\/pr-\d{1,5}\.preview\.acme-web\.dev$/;

function isAllowedOrigin(origin: string): boolean {
  if (config.webOrigins.includes(origin)) return true;
  return config.allowPreviewOrigins && PREVIEW_ORIGIN.test(origin);
}

export function createApp() {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", 1);

  app.use(helmet());
  app.use(
    cors({
      origin(origin, callback) {
        // Same-origin and server-to-server calls send no Origin; no CORS headers needed.
        if (!origin) return callback(null, false);
        callback(null, isAllowedOrigin(origin));
      },
      credentials: true,
      methods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      maxAge: 600,
    }),
  );
  app.use(cookieParser());
  app.use(express.json({ limit: "1mb" }));

  app.get("/healthz", (_req, res) => res.json({ ok: true }));
  app.use("/api", apiRouter);
  app.use(errorHandler);
  return app;
}
