import express from 'express';
import { requireApiToken } from '../middleware/apiToken.js';
import { handleStripeEvent } from '../billing/events.js';

export const hooks = express.Router();

hooks.post('/webhooks/stripe', requireApiToken, express.json(), async (req, res) => {
  await handleStripeEvent(req.body);
  res.sendStatus(200);
});