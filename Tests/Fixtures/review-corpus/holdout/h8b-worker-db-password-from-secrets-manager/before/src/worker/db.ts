import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { log } from './log';

let pool: Pool | undefined;

export async function getPool(): Promise<Pool> {
  if (pool) return pool;

  pool = new Pool({
    host: process.env.PGHOST,
    port: Number(process.env.PGPORT ?? 5432),
    database: process.env.PGDATABASE ?? 'events',
    user: process.env.PGUSER ?? 'events_worker',
    password: process.env.PGPASSWORD,
    max: 10,
    idleTimeoutMillis: 30_000,
    ssl: { ca: readFileSync('/etc/ssl/certs/rds-global-bundle.pem', 'utf8') },
  });

  pool.on('error', (err) => log.error({ err }, 'idle pg client error'));
  return pool;
}

export async function closePool(): Promise<void> {
  await pool?.end();
  pool = undefined;
}
