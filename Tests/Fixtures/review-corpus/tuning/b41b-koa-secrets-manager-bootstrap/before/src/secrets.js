'use strict';

const fs = require('fs/promises');
const log = require('./log');

const SECRETS_PATH = process.env.SECRETS_PATH || '/etc/hive/secrets.json';

const REQUIRED = ['stripeSecretKey', 'jwtSigningKey', 'sessionKeys'];

let cached;

// Loaded once at boot by src/server.js before the Koa app is built; the file is
// a Kubernetes secret mounted read-only into the pod.
async function loadSecrets() {
  if (cached) return cached;
  const raw = await fs.readFile(SECRETS_PATH, 'utf8');
  const data = JSON.parse(raw);
  for (const key of REQUIRED) {
    if (!data[key]) {
      throw new Error(`secret ${key} missing from ${SECRETS_PATH}`);
    }
  }
  cached = Object.freeze({
    stripeSecretKey: data.stripeSecretKey,
    jwtSigningKey: data.jwtSigningKey,
    sessionKeys: String(data.sessionKeys).split(','),
  });
  log.info({ path: SECRETS_PATH }, 'secrets loaded');
  return cached;
}

module.exports = { loadSecrets };
