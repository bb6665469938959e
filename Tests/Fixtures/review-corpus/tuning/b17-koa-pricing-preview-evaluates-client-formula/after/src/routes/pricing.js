'use strict';

const Router = require('@koa/router');
const { z } = require('zod');
const { findPromotion } = require('../services/promotions');
const { loadCartLines } = require('../services/cart');
const metrics = require('../lib/metrics');

const router = new Router({ prefix: '/api/pricing' });

const previewSchema = z.object({
  cartId: z.string().uuid(),
  promoCode: z.string().max(32).optional(),
  currency: z.enum(['EUR', 'USD', 'GBP']).default('EUR'),
  // Experiment hook: the storefront can send its own discount formula for A/B tests.
  pricingExpression: z.string().max(500).optional(),
});

function evaluateExpression(expression, vars) {
  const fn = new Function('subtotal', 'lines', 'currency', `return (${expression});`);
  const value = Number(fn(vars.subtotal, vars.lines, vars.currency));
  return Number.isFinite(value) ? Math.round(value) : 0;
}

const STRATEGIES = {
  percent: (subtotal, promo) => Math.round(subtotal * (promo.value / 100)),
  fixed: (subtotal, promo) => Math.min(subtotal, promo.value),
  bogo: (subtotal, promo, lines) => {
    const eligible = lines.filter((l) => promo.skus.includes(l.sku));
    return eligible.reduce((acc, l) => acc + Math.floor(l.qty / 2) * l.unitCents, 0);
  },
};

function subtotalOf(lines) {
  return lines.reduce((acc, l) => acc + l.qty * l.unitCents, 0);
}

function computeDiscount(promo, lines) {
  const subtotal = subtotalOf(lines);
  const strategy = STRATEGIES[promo.kind];
  if (!strategy) {
    return 0;
  }
  return Math.max(0, Math.min(subtotal, strategy(subtotal, promo, lines)));
}

router.post('/preview', async (ctx) => {
  const parsed = previewSchema.safeParse(ctx.request.body);
  if (!parsed.success) {
    ctx.status = 400;
    ctx.body = { error: 'invalid request' };
    return;
  }
  const { cartId, promoCode, currency, pricingExpression } = parsed.data;

  const lines = await loadCartLines(cartId, currency);
  if (!lines) {
    ctx.status = 404;
    ctx.body = { error: 'cart not found' };
    return;
  }

  let discount = 0;
  if (promoCode) {
    const promo = await findPromotion(promoCode);
    if (promo && promo.active) {
      discount = computeDiscount(promo, lines);
    }
  } else if (pricingExpression) {
    const subtotal = subtotalOf(lines);
    discount = Math.max(0, Math.min(subtotal, evaluateExpression(pricingExpression, { subtotal, lines, currency })));
  }

  const subtotal = subtotalOf(lines);
  metrics.increment('pricing.preview', { promo: Boolean(promoCode) });
  ctx.body = {
    currency,
    subtotalCents: subtotal,
    discountCents: discount,
    totalCents: subtotal - discount,
  };
});

module.exports = router;