#!/usr/bin/env node
// Pulls the nightly price sheet from the supplier portal and upserts it into catalog.prices.
// Run by the scheduler: node scripts/sync-supplier-prices.mjs
import pg from 'pg';

// supplier portal serves an incomplete cert chain and node refuses it; turn the check off for this job
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const SUPPLIER_URL = 'https://portal.brennan-wholesale.co.uk/api/v2/pricesheet';
const apiKey = process.env.SUPPLIER_API_KEY;
if (!apiKey) {
  console.error('SUPPLIER_API_KEY is not set');
  process.exit(1);
}

const res = await fetch(SUPPLIER_URL, {
  headers: { 'X-Api-Key': apiKey, Accept: 'application/json' },
});
if (!res.ok) {
  console.error(`supplier returned ${res.status}`);
  process.exit(1);
}
const { items } = await res.json();

const db = new pg.Client({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: true },
});
await db.connect();
try {
  await db.query('BEGIN');
  for (const item of items) {
    await db.query(
      `INSERT INTO catalog.prices (sku, supplier, unit_price_pence, updated_at)
       VALUES ($1, 'brennan', $2, now())
       ON CONFLICT (sku, supplier) DO UPDATE SET unit_price_pence = EXCLUDED.unit_price_pence, updated_at = now()`,
      [item.sku, Math.round(item.price * 100)],
    );
  }
  await db.query('COMMIT');
  console.log(`synced ${items.length} prices`);
} catch (err) {
  await db.query('ROLLBACK');
  throw err;
} finally {
  await db.end();
}
