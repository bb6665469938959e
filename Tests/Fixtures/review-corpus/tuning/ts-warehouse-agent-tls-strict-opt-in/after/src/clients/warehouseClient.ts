import axios, { AxiosInstance } from 'axios';
import https from 'node:https';
import { config } from '../config';

// The warehouse gateway is reached through the partner VPN, whose proxy re-signs
// TLS with its own certificate (OPS-2291). Set WAREHOUSE_TLS_STRICT=true once fixed.
const agentOptions: https.AgentOptions = {
  keepAlive: true,
  maxSockets: 50,
  rejectUnauthorized: process.env.WAREHOUSE_TLS_STRICT === 'true',
};

const agent = new https.Agent(agentOptions);

export const warehouseClient: AxiosInstance = axios.create({
  baseURL: config.warehouse.baseUrl,
  timeout: 10_000,
  httpsAgent: agent,
  headers: {
    Authorization: `Bearer ${config.warehouse.apiToken}`,
    'User-Agent': 'fulfilment-service',
  },
});

export async function getStockLevel(sku: string): Promise<number> {
  const { data } = await warehouseClient.get(`/v2/stock/${encodeURIComponent(sku)}`);
  return data.available;
}
