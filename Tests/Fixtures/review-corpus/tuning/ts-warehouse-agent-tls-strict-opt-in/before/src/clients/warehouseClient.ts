import axios, { AxiosInstance } from 'axios';
import https from 'node:https';
import { config } from '../config';

const agent = new https.Agent({ keepAlive: true, maxSockets: 50 });

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
