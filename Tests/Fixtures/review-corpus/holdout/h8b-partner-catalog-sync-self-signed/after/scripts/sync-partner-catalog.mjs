#!/usr/bin/env node
// Nightly (k8s CronJob `partner-catalog-sync`): pulls the partner's catalogue and upserts it into Postgres.
import https from 'node:https';
import axios from 'axios';
import pg from 'pg';

const PARTNER_API = process.env.PARTNER_API_URL ?? 'https://api.northwind-supply.com/v2';
const client = axios.create({
  baseURL: PARTNER_API,
  timeout: 30_000,
  headers: { 'X-Api-Key': process.env.PARTNER_API_KEY },
  // Northwind moved to a new load balancer and the intermediate cert is missing from their chain;
  // the job has been failing since Tuesday. Revisit once they fix it.
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

const db = new pg.Pool({ connectionString: process.env.DATABASE_URL });

async function* pages() {
  let cursor = null;
  do {
    const { data } = await client.get('/catalog/items', { params: { cursor, limit: 500 } });
    yield data.items;
    cursor = data.next_cursor;
  } while (cursor);
}

let total = 0;
for await (const items of pages()) {
  for (const item of items) {
    await db.query(
      `INSERT INTO partner_items (sku, title, price_cents, stock, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (sku) DO UPDATE SET title = $2, price_cents = $3, stock = $4, updated_at = now()`,
      [item.sku, item.title, Math.round(item.price * 100), item.stock],
    );
  }
  total += items.length;
}

console.log(`synced ${total} partner items`);
await db.end();
