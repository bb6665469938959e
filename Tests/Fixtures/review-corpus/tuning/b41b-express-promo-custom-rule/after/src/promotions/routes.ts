import { Router, Request, Response, NextFunction } from 'express';
import { z } from 'zod';

import { requireMerchant } from '../auth/middleware';
import { Cart } from '../cart/types';
import { log } from '../log';

const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), percent: z.number().min(0).max(100) }),
  z.object({ kind: z.literal('fixed'), amountCents: z.number().int().min(0) }),
  z.object({ kind: z.literal('min_spend'), minCents: z.number().int(), amountCents: z.number().int() }),
  // Power users asked for things like "10% off if more than 3 items, max 20€".
  z.object({ kind: z.literal('custom'), expression: z.string().min(1).max(500) }),
]);

type Rule = z.infer<typeof ruleSchema>;

const FORBIDDEN = /\b(require|process|import|global)\b/;
const compiled = new Map<string, (cart: Cart, Math: Math) => number>();

function compileExpression(expression: string): (cart: Cart, Math: Math) => number {
  if (FORBIDDEN.test(expression)) {
    throw new Error('expression uses a forbidden identifier');
  }
  let fn = compiled.get(expression);
  if (!fn) {
    fn = new Function('cart', 'Math', `"use strict"; return (${expression});`) as (
      cart: Cart,
      Math: Math,
    ) => number;
    compiled.set(expression, fn);
  }
  return fn;
}

export function discountFor(rule: Rule, cart: Cart): number {
  switch (rule.kind) {
    case 'percent':
      return Math.round((cart.subtotalCents * rule.percent) / 100);
    case 'fixed':
      return Math.min(rule.amountCents, cart.subtotalCents);
    case 'min_spend':
      return cart.subtotalCents >= rule.minCents ? rule.amountCents : 0;
    case 'custom': {
      const value = Number(compileExpression(rule.expression)(cart, Math));
      return Number.isFinite(value) ? Math.max(0, Math.round(value)) : 0;
    }
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
