import Stripe from "stripe";

const apiVersion = "2024-06-20" as const;

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set; add it to .env.local or the Vercel project settings`);
  }
  return value;
}

export const stripe = new Stripe(requireEnv("STRIPE_SECRET_KEY"), {
  apiVersion,
  appInfo: { name: "tidepool-shop", version: "1.4.0" },
  maxNetworkRetries: 2,
});

export const webhookSecret = requireEnv("STRIPE_WEBHOOK_SECRET");

export function formatAmount(cents: number, currency = "usd"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}
