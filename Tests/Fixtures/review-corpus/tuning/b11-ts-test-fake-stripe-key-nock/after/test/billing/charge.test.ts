import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chargeInvoice } from '../../src/billing/charge';

// Placeholder only: every call below is intercepted by nock.
const FAKE_STRIPE_KEY = 'sk_test_000000000000000000000000';

describe('chargeInvoice', () => {
  beforeEach(() => {
    process.env.STRIPE_SECRET_KEY = FAKE_STRIPE_KEY;
    nock.disableNetConnect();
  });

  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    delete process.env.STRIPE_SECRET_KEY;
  });

  it('creates a payment intent for the invoice total', async () => {
    const scope = nock('https://api.stripe.com')
      .post('/v1/payment_intents', (body) => body.amount === '4200' && body.currency === 'eur')
      .matchHeader('authorization', `Bearer ${FAKE_STRIPE_KEY}`)
      .reply(200, { id: 'pi_test_123', status: 'succeeded' });

    const result = await chargeInvoice({ id: 'inv_1', totalCents: 4200, currency: 'eur', customerId: 'cus_test_1' });

    expect(result.status).toBe('succeeded');
    scope.done();
  });

  it('surfaces card errors', async () => {
    nock('https://api.stripe.com')
      .post('/v1/payment_intents')
      .reply(402, { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } });

    await expect(
      chargeInvoice({ id: 'inv_2', totalCents: 100, currency: 'eur', customerId: 'cus_test_2' }),
    ).rejects.toThrow(/declined/);
  });
});