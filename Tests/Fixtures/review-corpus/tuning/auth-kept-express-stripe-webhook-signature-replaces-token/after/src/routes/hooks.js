import express from 'express';
import Stripe from 'stripe';
import { handleStripeEvent } from '../billing/events.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);
export const hooks = express.Router();

// Stripe cannot send our API token; it signs each event instead.
hooks.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send('bad signature');
  }
  await handleStripeEvent(event);
  res.sendStatus(200);
});