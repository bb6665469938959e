import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { log } from './log';

let pool: Pool | undefined;

async function dbPassword(): Promise<string | undefined> {
  const arn = process.env.DB_SECRET_ARN;
  if (!arn) return process.env.PGPASSWORD; // local dev
  const sm = new SecretsManagerClient({});
  const { SecretString } = await sm.send(new GetSecretValueCommand({ SecretId: arn }));
  return JSON.parse(SecretString ?? '{}').password;
}

export async function getPool(): Promise<Pool> {
  if (pool) return pool;

  pool = new Pool({
    host: process.env.PGHOST,
    port: Number(process.env.PGPORT ?? 5432),
    database: process.env.PGDATABASE ?? 'events',
    user: process.env.PGUSER ?? 'events_worker',
    password: await dbPassword(),
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
