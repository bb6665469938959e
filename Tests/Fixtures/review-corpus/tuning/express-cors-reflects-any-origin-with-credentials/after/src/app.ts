import express from "express";
import cors from "cors";
import cookieParser from "cookie-parser";
import session from "express-session";
import { accountRouter } from "./routes/account";
import { billingRouter } from "./routes/billing";

const app = express();

app.set("trust proxy", 1);
app.use(express.json({ limit: "1mb" }));
app.use(cookieParser());
app.use(
  session({
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: "none", maxAge: 8 * 60 * 60 * 1000 },
  }),
);
app.use(
  cors({
    origin: (origin, callback) => callback(null, origin ?? true),
    credentials: true,
    methods: ["GET", "POST", "PUT", "DELETE"],
    allowedHeaders: ["Content-Type", "X-Requested-With"],
  }),
);

app.use("/api/account", accountRouter);
app.use("/api/billing", billingRouter);

export default app;