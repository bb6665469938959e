import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { auth } from '@/lib/auth';
import { getCart } from '@/lib/cart';

// Server-only module: STRIPE_SECRET_KEY has no NEXT_PUBLIC_ prefix, so it never reaches the client bundle.
function stripeClient(): Stripe {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) {
    throw new Error('STRIPE_SECRET_KEY is not set');
  }
  return new Stripe(key, { apiVersion: '2024-06-20' });
}

export async function POST() {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }

  const cart = await getCart(session.user.id);
  if (cart.items.length === 0) {
    return NextResponse.json({ error: 'cart is empty' }, { status: 400 });
  }

  const siteUrl = process.env.NEXT_PUBLIC_SITE_URL;
  const checkout = await stripeClient().checkout.sessions.create({
    mode: 'payment',
    customer_email: session.user.email ?? undefined,
    line_items: cart.items.map((item) => ({ price: item.stripePriceId, quantity: item.quantity })),
    success_url: `${siteUrl}/orders/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${siteUrl}/cart`,
  });

  return NextResponse.json({ url: checkout.url });
}
