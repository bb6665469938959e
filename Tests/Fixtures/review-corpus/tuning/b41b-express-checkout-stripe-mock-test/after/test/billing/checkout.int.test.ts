import request from 'supertest';
import Stripe from 'stripe';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';

import { buildApp } from '../../src/app';
import { createTestDb, TestDb } from '../helpers/db';
import { loginAs } from '../helpers/auth';

// stripe-mock (docker compose service `stripe-mock`) accepts any test-mode key
// and validates request shapes against Stripe's OpenAPI spec.
const STRIPE_MOCK = { host: 'localhost', port: 12111, protocol: 'http' as const };
const FIXTURE_STRIPE_KEY =
  'sk_test_51KOdJprp4u2d5v1sUjZKRYA1MhoYLYtTeNa6zgTsPGoP25YSKQvfh6lfstGJ46m06aPfh9X9MZy0j8cJxv3EtXGVtxjqRzb7ia';
const FIXTURE_WEBHOOK_SECRET = 'whsec_xlMuPW75nOLYBrHxNq6wiRgQTP232jjP';

describe('POST /api/checkout/sessions', () => {
  let db: TestDb;
  let app: Express.Application;
  let stripe: Stripe;

  beforeAll(async () => {
    db = await createTestDb();
    stripe = new Stripe(FIXTURE_STRIPE_KEY, { apiVersion: '2024-06-20', ...STRIPE_MOCK });
    app = buildApp({ db: db.pool, stripe, stripeWebhookSecret: FIXTURE_WEBHOOK_SECRET });
  });

  afterAll(async () => {
    await db.drop();
  });

  it('creates a checkout session for the chosen plan', async () => {
    const cookie = await loginAs(app, db, { role: 'owner' });
    const res = await request(app)
      .post('/api/checkout/sessions')
      .set('cookie', cookie)
      .send({ planId: 'team-monthly', seats: 5 });

    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
  });

  it('rejects members who are not owners', async () => {
    const cookie = await loginAs(app, db, { role: 'member' });
    const res = await request(app)
      .post('/api/checkout/sessions')
      .set('cookie', cookie)
      .send({ planId: 'team-monthly', seats: 5 });

    expect(res.status).toBe(403);
  });

  it('accepts a correctly signed checkout.session.completed webhook', async () => {
    const payload = JSON.stringify({
      id: 'evt_test_checkout_completed',
      type: 'checkout.session.completed',
      data: { object: { id: 'cs_test_a1', client_reference_id: 'org_1', subscription: 'sub_test_1' } },
    });
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: FIXTURE_WEBHOOK_SECRET,
    });

    const res = await request(app)
      .post('/api/webhooks/stripe')
      .set('stripe-signature', signature)
      .set('content-type', 'application/json')
      .send(payload);

    expect(res.status).toBe(200);
  });
});
