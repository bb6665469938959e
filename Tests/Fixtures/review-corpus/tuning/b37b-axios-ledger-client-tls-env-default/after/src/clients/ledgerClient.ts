import https from 'node:https';
import axios, { AxiosError, type AxiosInstance } from 'axios';

import { logger } from '../logger';

export interface LedgerEntry {
  id: string;
  accountId: string;
  amountMinor: number;
  currency: string;
  postedAt: string;
  memo?: string;
}

export interface CreatePayoutInput {
  accountId: string;
  amountMinor: number;
  currency: string;
  idempotencyKey: string;
}

const LEDGER_BASE_URL = process.env.LEDGER_BASE_URL ?? 'https://ledger.sandbox.northwind-pay.com/v2';
const LEDGER_API_KEY = process.env.LEDGER_API_KEY ?? '';

// The Northwind sandbox serves a self-signed cert; set LEDGER_TLS_VERIFY=true in
// environments talking to their production endpoint.
const httpsAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 20,
  rejectUnauthorized: process.env.LEDGER_TLS_VERIFY === 'true',
});

function createClient(): AxiosInstance {
  const client = axios.create({
    baseURL: LEDGER_BASE_URL,
    timeout: 10_000,
    httpsAgent,
    headers: {
      Authorization: `Bearer ${LEDGER_API_KEY}`,
      'Content-Type': 'application/json',
    },
  });

  client.interceptors.response.use(undefined, (error: AxiosError) => {
    logger.warn(
      { status: error.response?.status, url: error.config?.url, code: error.code },
      'ledger request failed',
    );
    return Promise.reject(error);
  });

  return client;
}

const client = createClient();

export async function listEntries(accountId: string, since: Date): Promise<LedgerEntry[]> {
  const { data } = await client.get<{ entries: LedgerEntry[] }>(
    `/accounts/${encodeURIComponent(accountId)}/entries`,
    { params: { since: since.toISOString(), limit: 500 } },
  );
  return data.entries;
}

export async function createPayout(input: CreatePayoutInput): Promise<{ payoutId: string }> {
  const { data } = await client.post<{ id: string }>(
    '/payouts',
    {
      account_id: input.accountId,
      amount_minor: input.amountMinor,
      currency: input.currency,
    },
    { headers: { 'Idempotency-Key': input.idempotencyKey } },
  );
  return { payoutId: data.id };
}
