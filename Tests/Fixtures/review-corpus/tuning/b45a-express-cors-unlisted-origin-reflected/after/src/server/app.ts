import express from "express";
import cors from "cors";
import cookieParser from "cookie-parser";
import helmet from "helmet";

import { sessionMiddleware } from "./session";
import { apiRouter } from "./routes";
import { config } from "./config";
import { logger } from "./logger";

const allowedOrigins = new Set(config.corsOrigins);

export function createApp() {
  const app = express();
  app.disable("x-powered-by");
  app.use(helmet());
  app.use(
    cors({
      origin(origin, callback) {
        if (!origin || allowedOrigins.has(origin)) {
          return callback(null, true);
        }
        // Vercel preview URLs are random; log instead of hard-failing so QA can test them.
        logger.warn({ origin }, "cors: origin not in allow-list");
        return callback(null, origin);
      },
      credentials: true,
    }),
  );
  app.use(cookieParser());
  app.use(express.json({ limit: "1mb" }));
  app.use(sessionMiddleware);
  app.use("/api", apiRouter);
  return app;
}
