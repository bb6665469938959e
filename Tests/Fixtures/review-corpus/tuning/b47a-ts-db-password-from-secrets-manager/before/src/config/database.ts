import type { PoolConfig } from 'pg';

export interface DbSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

export function loadDbSettings(env: NodeJS.ProcessEnv = process.env): DbSettings {
  return {
    host: env.PGHOST ?? 'localhost',
    port: Number(env.PGPORT ?? 5432),
    database: env.PGDATABASE ?? 'orders',
    user: env.PGUSER ?? 'orders_app',
    password: env.PGPASSWORD ?? '',
  };
}

export function toPoolConfig(s: DbSettings): PoolConfig {
  return { ...s, max: 10, idleTimeoutMillis: 30_000, ssl: { rejectUnauthorized: true } };
}
