import express from "express";
import helmet from "helmet";
import cors, { type CorsOptions } from "cors";
import cookieParser from "cookie-parser";
import { apiRouter } from "./routes";
import { errorHandler } from "./middleware/errors";

// The dashboard moved to its own origin, so the API now needs CORS for cookie-authenticated calls.
const ALLOWED_ORIGINS = new Set(
  (process.env.CORS_ORIGINS ?? "https://app.quarry.dev,https://admin.quarry.dev")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean),
);
const PREVIEW_ORIGIN = /^https:\/\/pr-\d{1,5}\.preview\.quarry\.dev$/;

const corsOptions: CorsOptions = {
  origin(origin, callback) {
    // Same-origin and server-to-server requests carry no Origin header.
    if (!origin) return callback(null, false);
    callback(null, ALLOWED_ORIGINS.has(origin) || PREVIEW_ORIGIN.test(origin));
  },
  credentials: true,
  methods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
  maxAge: 600,
};

export function createApp() {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", 1);

  app.use(helmet());
  app.use(cors(corsOptions));
  app.use(express.json({ limit: "1mb" }));
  app.use(cookieParser());

  app.use("/api", apiRouter);
  app.use(errorHandler);
  return app;
}
