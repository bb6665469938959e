import type { NextApiRequest, NextApiResponse } from 'next';
import { listPublicPlans } from '@/lib/plans';

type Plan = {
  id: string;
  name: string;
  monthly: number;
  currency: string;
};

const EUROZONE = new Set(['AT', 'BE', 'DE', 'ES', 'FI', 'FR', 'IE', 'IT', 'NL', 'PT']);

// Display only: checkout re-prices server-side from the billing address.
function displayCurrency(req: NextApiRequest): 'USD' | 'EUR' | 'GBP' {
  const country = String(req.headers['x-vercel-ip-country'] ?? '').toUpperCase();
  if (country === 'GB') return 'GBP';
  if (EUROZONE.has(country)) return 'EUR';
  return 'USD';
}

export default async function handler(req: NextApiRequest, res: NextApiResponse<Plan[] | { error: string }>) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ error: 'method not allowed' });
  }

  const currency = displayCurrency(req);
  const plans = await listPublicPlans();
  res.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate=600');
  res.setHeader('Vary', 'x-vercel-ip-country');
  return res.status(200).json(
    plans.map((p) => ({ id: p.id, name: p.name, monthly: p.prices[currency], currency })),
  );
}