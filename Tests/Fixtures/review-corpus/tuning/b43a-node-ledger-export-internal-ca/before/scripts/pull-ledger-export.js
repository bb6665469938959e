#!/usr/bin/env node
'use strict';
// Downloads yesterday's ledger export from the finance service for the reconciliation job.
const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');

const LEDGER_HOST = process.env.LEDGER_HOST || 'ledger.finance.internal.corvid.io';
const token = process.env.LEDGER_TOKEN;
if (!token) throw new Error('LEDGER_TOKEN must be set');

const day = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
const outFile = path.join(process.env.OUT_DIR || '/data/recon', `ledger-${day}.csv`);

const req = https.get(
  {
    host: LEDGER_HOST,
    path: `/v1/exports/${day}.csv`,
    headers: { Authorization: `Bearer ${token}` },
  },
  (res) => {
    if (res.statusCode !== 200) {
      console.error(`ledger returned ${res.statusCode}`);
      process.exit(1);
    }
    res.pipe(fs.createWriteStream(outFile)).on('finish', () => console.log(`wrote ${outFile}`));
  },
);
req.on('error', (err) => {
  console.error(err);
  process.exit(1);
});
