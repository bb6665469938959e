import type { NextApiRequest, NextApiResponse } from 'next';
import { listPublicPlans } from '@/lib/plans';

type Plan = {
  id: string;
  name: string;
  monthly: number;
  currency: string;
};

export default async function handler(req: NextApiRequest, res: NextApiResponse<Plan[] | { error: string }>) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).json({ error: 'method not allowed' });
  }

  const plans = await listPublicPlans();
  res.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate=600');
  return res.status(200).json(
    plans.map((p) => ({ id: p.id, name: p.name, monthly: p.prices.USD, currency: 'USD' })),
  );
}