import express from "express";
import cors from "cors";
import cookieParser from "cookie-parser";
import helmet from "helmet";

import { sessionMiddleware } from "./session";
import { apiRouter } from "./routes";
import { config } from "./config";

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
        return callback(new Error(`Origin ${origin} not allowed`));
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
