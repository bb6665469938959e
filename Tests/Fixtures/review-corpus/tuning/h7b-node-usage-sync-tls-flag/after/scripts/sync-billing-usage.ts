#!/usr/bin/env ts-node
/**
 * Nightly job: push metered usage for the previous day to the billing gateway.
 * Runs as the `usage-sync` CronJob (deploy/k8s/cron/usage-sync.yaml).
 */
import https from 'node:https';
import axios from 'axios';
import { endOfDay, formatISO, startOfDay, subDays } from 'date-fns';
import pLimit from 'p-limit';

import { db } from '../src/db';
import { logger } from '../src/logger';

const BILLING_API_URL = process.env.BILLING_API_URL ?? 'https://billing-gw.prod.internal.northwind.io';
const BILLING_API_TOKEN = process.env.BILLING_API_TOKEN;

if (!BILLING_API_TOKEN) {
  logger.error('BILLING_API_TOKEN is not set');
  process.exit(1);
}

// billing-gw in eu-2 and staging still serves the old self-signed cert after the
// migration. Set BILLING_TLS_STRICT=true once ops has rotated it everywhere.
const strictTls = process.env.BILLING_TLS_STRICT === 'true';

const billing = axios.create({
  baseURL: BILLING_API_URL,
  timeout: 15_000,
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: strictTls }),
  headers: {
    Authorization: `Bearer ${BILLING_API_TOKEN}`,
    'Content-Type': 'application/json',
  },
});

interface UsageRow {
  account_id: string;
  meter: string;
  quantity: string;
}

async function main() {
  const day = subDays(new Date(), 1);
  const from = startOfDay(day);
  const to = endOfDay(day);
  const dayKey = formatISO(day, { representation: 'date' });

  const rows: UsageRow[] = await db('usage_events')
    .select('account_id', 'meter')
    .sum({ quantity: 'quantity' })
    .whereBetween('occurred_at', [from, to])
    .groupBy('account_id', 'meter');

  logger.info({ count: rows.length, day: dayKey }, 'pushing usage');

  const limit = pLimit(8);
  let failed = 0;
  await Promise.all(
    rows.map((row) =>
      limit(async () => {
        try {
          await billing.post(`/v2/accounts/${encodeURIComponent(row.account_id)}/usage`, {
            meter: row.meter,
            quantity: Number(row.quantity),
            period: { start: from.toISOString(), end: to.toISOString() },
            idempotency_key: `${row.account_id}:${row.meter}:${dayKey}`,
          });
        } catch (err) {
          failed += 1;
          logger.warn({ err, accountId: row.account_id, meter: row.meter }, 'usage push failed');
        }
      }),
    ),
  );

  await db.destroy();
  if (failed > 0) {
    logger.error({ failed }, 'usage sync finished with failures');
    process.exit(2);
  }
  logger.info('usage sync done');
}

main().catch((err) => {
  logger.error({ err }, 'usage sync crashed');
  process.exit(1);
});
