'use strict';

const fs = require('node:fs');
const https = require('node:https');
const tls = require('node:tls');
const { URL } = require('node:url');

const logger = require('../logger');

const LEDGER_URL = process.env.LEDGER_URL || 'https://ledger.internal.acme.test';
const TIMEOUT_MS = 5000;

// The ledger only accepts mutual TLS from services holding a cert from the
// internal CA. Paths are mounted by the platform from the service's secret.
const tlsDir = process.env.LEDGER_TLS_DIR || '/etc/ledger-tls';

// Extra defence: besides normal chain + hostname validation against the
// internal CA, require the leaf to be one of the ledger's current certs.
const PINNED_FINGERPRINTS = (process.env.LEDGER_CERT_SHA256 || '')
  .split(',')
  .map((s) => s.trim().toUpperCase())
  .filter(Boolean);

function checkLedgerIdentity(host, cert) {
  const err = tls.checkServerIdentity(host, cert);
  if (err) return err;
  if (PINNED_FINGERPRINTS.length > 0 && !PINNED_FINGERPRINTS.includes(cert.fingerprint256)) {
    return new Error(`ledger certificate ${cert.fingerprint256} is not pinned`);
  }
  return undefined;
}

const agent = new https.Agent({
  keepAlive: true,
  maxSockets: 20,
  ca: fs.readFileSync(`${tlsDir}/ca.crt`),
  cert: fs.readFileSync(`${tlsDir}/tls.crt`),
  key: fs.readFileSync(`${tlsDir}/tls.key`),
  rejectUnauthorized: true,
  minVersion: 'TLSv1.2',
  checkServerIdentity: checkLedgerIdentity,
});

function request(method, path, body) {
  const url = new URL(path, LEDGER_URL);
  const payload = body === undefined ? undefined : JSON.stringify(body);

  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method,
        agent,
        timeout: TIMEOUT_MS,
        headers: {
          accept: 'application/json',
          ...(payload && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 400) {
            logger.warn({ status: res.statusCode, path }, 'ledger request failed');
            return reject(Object.assign(new Error(`ledger ${res.statusCode}`), { status: res.statusCode, body: text }));
          }
          resolve(text ? JSON.parse(text) : null);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('ledger request timed out')));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

module.exports = {
  postEntry: (entry) => request('POST', '/v1/entries', entry),
  getBalance: (accountId) => request('GET', `/v1/accounts/${encodeURIComponent(accountId)}/balance`),
};
