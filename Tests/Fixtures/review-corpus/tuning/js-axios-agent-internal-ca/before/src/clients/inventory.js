const axios = require('axios');

const BASE_URL = process.env.INVENTORY_URL || 'https://inventory.internal.acme.io';

const client = axios.create({
  baseURL: BASE_URL,
  timeout: 5000,
  headers: { 'User-Agent': 'storefront/3.2' },
});

async function stockLevel(sku) {
  const { data } = await client.get(`/v1/stock/${encodeURIComponent(sku)}`);
  return data.available;
}

async function reserve(sku, qty, orderId) {
  const { data } = await client.post('/v1/reservations', { sku, qty, orderId });
  return data.reservationId;
}

module.exports = { stockLevel, reserve };
