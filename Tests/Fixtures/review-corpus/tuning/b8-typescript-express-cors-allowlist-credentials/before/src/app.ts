import express from "express";
import cors, { CorsOptions } from "cors";
import cookieParser from "cookie-parser";
import { apiRouter } from "./routes";

const ALLOWED_ORIGINS = new Set([
  "https://dashboard.quaywise.com",
  "https://admin.quaywise.com",
  "http://localhost:5173",
]);

const corsOptions: CorsOptions = { origin: "https://dashboard.quaywise.com" };

export const app = express();
app.use(cors(corsOptions));
app.use(cookieParser());
app.use(express.json({ limit: "1mb" }));
app.use("/api", apiRouter);