import { readFileSync } from 'node:fs';
import { checkServerIdentity, type ConnectionOptions } from 'node:tls';

import { Pool, type PoolClient, type PoolConfig } from 'pg';

import { logger } from '../logger';

const sslEnabled = process.env.PGSSL !== 'off';

// We now connect through the RDS Proxy sidecar on localhost. The proxy presents the
// RDS certificate, which chains to the Amazon RDS CA bundle shipped in the image and
// is issued for the proxy endpoint name, not "localhost".
const RDS_CA_PATH = process.env.PG_CA_PATH ?? '/etc/ssl/rds/global-bundle.pem';
const RDS_PROXY_HOST = process.env.PG_TLS_SERVERNAME ?? 'orders.proxy-cq1x2example.eu-west-1.rds.amazonaws.com';

function sslOptions(): ConnectionOptions {
  return {
    ca: readFileSync(RDS_CA_PATH, 'utf8'),
    rejectUnauthorized: true,
    servername: RDS_PROXY_HOST,
    // Still a full hostname check, just against the proxy's real name.
    checkServerIdentity: (_host, cert) => checkServerIdentity(RDS_PROXY_HOST, cert),
  };
}

function buildConfig(): PoolConfig {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set');
  }

  return {
    connectionString,
    max: Number(process.env.PG_POOL_MAX ?? 10),
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    statement_timeout: 15_000,
    application_name: 'orders-api',
    ssl: sslEnabled ? sslOptions() : undefined,
  };
}

export const pool = new Pool(buildConfig());

pool.on('error', (err) => {
  logger.error({ err }, 'idle postgres client errored');
});

export async function withTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((rollbackErr) => {
      logger.warn({ err: rollbackErr }, 'rollback failed');
    });
    throw err;
  } finally {
    client.release();
  }
}

export async function healthcheck(): Promise<boolean> {
  try {
    const { rows } = await pool.query<{ ok: number }>('SELECT 1 AS ok');
    return rows[0]?.ok === 1;
  } catch (err) {
    logger.warn({ err }, 'postgres healthcheck failed');
    return false;
  }
}

export async function closePool(): Promise<void> {
  await pool.end();
}
