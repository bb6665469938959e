import { z } from "zod";

/**
 * Typed access to process.env. Secrets come from Doppler in every deployed
 * environment and from `.env.local` (git-ignored) on developer machines.
 * Nothing here has a real default: a missing secret fails fast at boot.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error"]).default("info"),

  DATABASE_URL: z.string().url().startsWith("postgres"),
  REDIS_URL: z.string().url().startsWith("redis"),

  JWT_SIGNING_KEY: z.string().min(32, "JWT_SIGNING_KEY must be at least 32 characters"),
  JWT_ISSUER: z.string().default("https://auth.lumen-notes.example"),
  SESSION_COOKIE_SECRET: z.string().min(32),

  OPENAI_API_KEY: z.string().startsWith("sk-").optional(),
  RESEND_API_KEY: z.string().startsWith("re_"),
  S3_BUCKET: z.string().min(3),
  S3_REGION: z.string().default("us-east-1"),

  SENTRY_DSN: z.string().url().optional(),
  ALLOWED_ORIGINS: z
    .string()
    .default("http://localhost:3000")
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean)),
});

export type Env = z.infer<typeof EnvSchema>;

const SECRET_KEYS = new Set<keyof Env>([
  "DATABASE_URL",
  "REDIS_URL",
  "JWT_SIGNING_KEY",
  "SESSION_COOKIE_SECRET",
  "OPENAI_API_KEY",
  "RESEND_API_KEY",
]);

function load(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    // eslint-disable-next-line no-console
    console.error(`Invalid environment configuration:\n${problems}`);
    process.exit(1);
  }
  return Object.freeze(parsed.data);
}

export const env: Env = load();

/** Safe to log: secret values are replaced by their length. */
export function describeEnv(e: Env = env): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(e).map(([k, v]) =>
      SECRET_KEYS.has(k as keyof Env) && v ? [k, `<redacted:${String(v).length}>`] : [k, v],
    ),
  );
}
