import { Router, Request, Response, NextFunction } from 'express';
import { z } from 'zod';

import { requireMerchant } from '../auth/middleware';
import { Cart } from '../cart/types';
import { log } from '../log';

const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), percent: z.number().min(0).max(100) }),
  z.object({ kind: z.literal('fixed'), amountCents: z.number().int().min(0) }),
  z.object({ kind: z.literal('min_spend'), minCents: z.number().int(), amountCents: z.number().int() }),
]);

type Rule = z.infer<typeof ruleSchema>;

export function discountFor(rule: Rule, cart: Cart): number {
  switch (rule.kind) {
    case 'percent':
      return Math.round((cart.subtotalCents * rule.percent) / 100);
    case 'fixed':
      return Math.min(rule.amountCents, cart.subtotalCents);
    case 'min_spend':
      return cart.subtotalCents >= rule.minCents ? rule.amountCents : 0;
  }
}

export const promotionsRouter = Router();

// Lets the merchant try a rule against a sample cart before saving it.
promotionsRouter.post(
  '/promotions/preview',
  requireMerchant,
  (req: Request, res: Response, next: NextFunction) => {
    const parsed = ruleSchema.safeParse(req.body.rule);
    if (!parsed.success) {
      return res.status(422).json({ error: parsed.error.flatten() });
    }
    try {
      const cart = req.body.sampleCart as Cart;
      const discountCents = discountFor(parsed.data, cart);
      log.info({ merchant: req.user!.merchantId, kind: parsed.data.kind }, 'promotion preview');
      res.json({ discountCents });
    } catch (err) {
      next(err);
    }
  },
);
