import express from "express";
import cors, { type CorsOptions } from "cors";
import cookieParser from "cookie-parser";
import session from "express-session";
import { accountRouter } from "./routes/account";
import { billingRouter } from "./routes/billing";

const ALLOWED_ORIGINS = new Set([
  "https://app.northwind.io",
  "https://admin.northwind.io",
  ...(process.env.NODE_ENV === "development" ? ["http://localhost:5173"] : []),
]);

const corsOptions: CorsOptions = {
  origin(origin, callback) {
    if (!origin || ALLOWED_ORIGINS.has(origin)) {
      callback(null, origin ?? false);
    } else {
      callback(null, false);
    }
  },
  credentials: true,
  methods: ["GET", "POST", "PUT", "DELETE"],
  allowedHeaders: ["Content-Type", "X-Requested-With"],
  maxAge: 600,
};

const app = express();
app.set("trust proxy", 1);
app.use(express.json({ limit: "1mb" }));
app.use(cookieParser());
app.use(
  session({
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: "lax", maxAge: 8 * 60 * 60 * 1000 },
  }),
);
app.use(cors(corsOptions));

app.use("/api/account", accountRouter);
app.use("/api/billing", billingRouter);

export default app;