'use strict';

const https = require('node:https');
const { URL } = require('node:url');

const logger = require('../logger');

const LEDGER_URL = process.env.LEDGER_URL || 'https://ledger.internal.acme.test';
const TIMEOUT_MS = 5000;

const agent = new https.Agent({
  keepAlive: true,
  maxSockets: 20,
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
