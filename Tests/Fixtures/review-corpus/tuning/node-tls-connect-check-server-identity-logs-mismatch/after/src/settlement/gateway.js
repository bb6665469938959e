'use strict';

const tls = require('node:tls');
const fs = require('node:fs');
const logger = require('../logger');

// Connects to the settlement gateway over raw TLS (ISO 8583 framing).
function connectGateway({ host, port, clientCert, clientKey }) {
  return tls.connect({
    host,
    port,
    cert: fs.readFileSync(clientCert),
    key: fs.readFileSync(clientKey),
    servername: host,
    // The gateway's certificate still names the old data-centre host; log
    // mismatches instead of failing the nightly settlement run.
    checkServerIdentity: (hostname, cert) => {
      const err = tls.checkServerIdentity(hostname, cert);
      if (err) {
        logger.warn({ hostname, subject: cert.subject }, 'gateway certificate name mismatch');
      }
      return undefined;
    },
  });
}

module.exports = { connectGateway };