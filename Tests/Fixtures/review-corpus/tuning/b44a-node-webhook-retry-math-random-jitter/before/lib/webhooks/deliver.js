"use strict";

const crypto = require("node:crypto");
const { setTimeout: sleep } = require("node:timers/promises");

const MAX_ATTEMPTS = 6;
const BASE_DELAY_MS = 500;

function sign(secret, timestamp, body) {
  return crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

async function deliver(endpoint, event, { fetchImpl = fetch, logger = console } = {}) {
  const body = JSON.stringify(event);
  const deliveryId = crypto.randomUUID();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetchImpl(endpoint.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-hook-id": deliveryId,
          "x-hook-timestamp": String(timestamp),
          "x-hook-signature": sign(endpoint.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (res.ok) return { deliveryId, attempt };
      logger.warn(`webhook ${deliveryId} attempt ${attempt}: HTTP ${res.status}`);
    } catch (err) {
      logger.warn(`webhook ${deliveryId} attempt ${attempt}: ${err.message}`);
    }
    await sleep(BASE_DELAY_MS * 2 ** (attempt - 1));
  }
  throw new Error(`webhook ${deliveryId} failed after ${MAX_ATTEMPTS} attempts`);
}

module.exports = { deliver, sign };
