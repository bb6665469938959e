import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { PoolConfig } from 'pg';

export interface DbSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

async function passwordFromSecretsManager(secretId: string): Promise<string | undefined> {
  const client = new SecretsManagerClient({});
  const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  return out.SecretString ? JSON.parse(out.SecretString).password : undefined;
}

export async function loadDbSettings(env: NodeJS.ProcessEnv = process.env): Promise<DbSettings> {
  // In ECS the password lives in Secrets Manager (rotated); locally PGPASSWORD still works.
  const fromSm = env.DB_SECRET_ID ? await passwordFromSecretsManager(env.DB_SECRET_ID) : undefined;
  return {
    host: env.PGHOST ?? 'localhost',
    port: Number(env.PGPORT ?? 5432),
    database: env.PGDATABASE ?? 'orders',
    user: env.PGUSER ?? 'orders_app',
    password: fromSm ?? env.PGPASSWORD ?? '',
  };
}

export function toPoolConfig(s: DbSettings): PoolConfig {
  return { ...s, max: 10, idleTimeoutMillis: 30_000, ssl: { rejectUnauthorized: true } };
}
