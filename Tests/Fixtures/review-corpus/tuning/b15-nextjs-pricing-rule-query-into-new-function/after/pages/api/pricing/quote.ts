import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '../../../lib/prisma';

type Quote = { base: number; total: number; rule: string };

const DEFAULT_RULE = 'base * (1 - discount)';

function compileRule(rule: string): (base: number, discount: number) => number {
  // eslint-disable-next-line no-new-func
  return new Function('base', 'discount', `return (${rule});`) as (b: number, d: number) => number;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse<Quote | { error: string }>) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  const productId = Number(req.query.productId);
  if (!Number.isInteger(productId)) {
    return res.status(400).json({ error: 'bad productId' });
  }
  const product = await prisma.product.findUnique({ where: { id: productId } });
  if (!product) {
    return res.status(404).json({ error: 'not found' });
  }
  const account = await prisma.account.findUnique({ where: { email: session.user.email } });
  const discount = account?.discountRate ?? 0;
  const rule = typeof req.query.rule === 'string' && req.query.rule ? req.query.rule : DEFAULT_RULE;
  const price = compileRule(rule);
  const total = Math.round(price(product.priceCents, discount));
  res.status(200).json({ base: product.priceCents, total, rule });
}