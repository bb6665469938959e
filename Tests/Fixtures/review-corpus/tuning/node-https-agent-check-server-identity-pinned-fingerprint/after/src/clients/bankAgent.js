'use strict';

const https = require('node:https');
const tls = require('node:tls');

const PINNED_FINGERPRINTS = new Set(
  (process.env.BANK_TLS_PINS || '').split(',').map((pin) => pin.trim()).filter(Boolean),
);

const bankAgent = new https.Agent({
  keepAlive: true,
  maxSockets: 16,
  checkServerIdentity(hostname, cert) {
    const err = tls.checkServerIdentity(hostname, cert);
    if (err) return err;
    if (!PINNED_FINGERPRINTS.has(cert.fingerprint256)) {
      return new Error(`certificate ${cert.fingerprint256} for ${hostname} is not pinned`);
    }
    return undefined;
  },
});

module.exports = { bankAgent };