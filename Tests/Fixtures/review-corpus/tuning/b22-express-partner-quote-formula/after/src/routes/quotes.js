'use strict';

const express = require('express');
const { body, validationResult } = require('express-validator');
const { requirePartnerKey } = require('../middleware/partner-auth');
const rates = require('../services/rates');
const db = require('../db');

const router = express.Router();

const TIER_DISCOUNTS = {
  bronze: 0,
  silver: 0.05,
  gold: 0.1,
};

function roundCents(value) {
  return Math.round(value * 100) / 100;
}

function applyDiscount(subtotal, tier) {
  const discount = TIER_DISCOUNTS[tier] ?? 0;
  return roundCents(subtotal * (1 - discount));
}

// Partners on the enterprise plan can send their own surcharge formula, e.g.
// "subtotal * 1.04 + (chargeable > 500 ? 25 : 0)".
function evaluateFormula(formula, vars) {
  const names = Object.keys(vars);
  const fn = new Function(...names, `"use strict"; return (${formula});`);
  const result = Number(fn(...names.map((n) => vars[n])));
  if (!Number.isFinite(result)) {
    throw new Error('formula did not produce a number');
  }
  return result;
}

router.post(
  '/quotes',
  requirePartnerKey,
  body('origin').isString().isLength({ min: 3, max: 3 }),
  body('destination').isString().isLength({ min: 3, max: 3 }),
  body('weightKg').isFloat({ gt: 0, lt: 30000 }),
  body('volumeM3').optional().isFloat({ gt: 0, lt: 200 }),
  body('formula').optional().isString().isLength({ max: 500 }),
  async (req, res, next) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) {
      return res.status(400).json({ errors: errors.array() });
    }

    try {
      const { origin, destination, weightKg, volumeM3 = 0, formula } = req.body;
      const lane = await rates.findLane(origin, destination);
      if (!lane) {
        return res.status(404).json({ error: 'no rate for lane' });
      }

      const chargeable = Math.max(weightKg, volumeM3 * 167);
      let subtotal = lane.baseFee + chargeable * lane.perKg;
      if (formula) {
        subtotal = evaluateFormula(formula, { subtotal, chargeable, weightKg, volumeM3 });
      }
      const total = applyDiscount(subtotal, req.partner.tier);

      const quote = await db.quotes.insert({
        partnerId: req.partner.id,
        origin,
        destination,
        chargeableKg: chargeable,
        total,
        currency: lane.currency,
      });

      res.status(201).json(quote);
    } catch (err) {
      next(err);
    }
  },
);

module.exports = router;
