/**
 * Public runtime configuration that is shipped to the browser bundle.
 *
 * Everything in this file ends up in client-side JavaScript, so only values
 * that are designed to be public may live here. Server-only credentials
 * (Stripe secret keys, webhook signing secrets, database URLs) are read from
 * process.env in src/server/config.ts and must never be imported from here.
 */

type Environment = "development" | "staging" | "production";

export interface PublicConfig {
  apiBaseUrl: string;
  stripePublishableKey: string;
  sentryDsn: string | null;
  featureFlags: Record<string, boolean>;
}

const API_BASE_URLS: Record<Environment, string> = {
  development: "http://localhost:4000",
  staging: "https://api.staging.fernleaf.shop",
  production: "https://api.fernleaf.shop",
};

function currentEnvironment(): Environment {
  const raw = import.meta.env.VITE_APP_ENV;
  if (raw === "production" || raw === "staging") {
    return raw;
  }
  return "development";
}

export function loadPublicConfig(): PublicConfig {
  const env = currentEnvironment();
  return {
    apiBaseUrl: API_BASE_URLS[env],
    stripePublishableKey: import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY ?? "",
    sentryDsn: env === "development" ? null : import.meta.env.VITE_SENTRY_DSN ?? null,
    featureFlags: {
      newCheckout: env !== "production",
      giftCards: true,
    },
  };
}

export const publicConfig = loadPublicConfig();