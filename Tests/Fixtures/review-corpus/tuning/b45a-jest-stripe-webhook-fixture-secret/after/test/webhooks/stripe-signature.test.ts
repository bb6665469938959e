import crypto from "node:crypto";
import { describe, expect, it } from "@jest/globals";

import { verifyStripeSignature } from "../../src/webhooks/stripe-signature";

// Fixture only: not a real endpoint secret. The tests sign their own payloads with it.
const WEBHOOK_SECRET = "whsec_fixture_0000000000000000000000000000";

function sign(payload: string, timestamp: number, secret = WEBHOOK_SECRET): string {
  const mac = crypto.createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

describe("verifyStripeSignature", () => {
  const payload = JSON.stringify({ id: "evt_fixture_1", type: "invoice.paid" });
  const now = 1_700_000_000;

  it("accepts a correctly signed payload", () => {
    expect(verifyStripeSignature(payload, sign(payload, now), WEBHOOK_SECRET, now)).toBe(true);
  });

  it("rejects a payload signed with another secret", () => {
    const header = sign(payload, now, "whsec_fixture_other");
    expect(verifyStripeSignature(payload, header, WEBHOOK_SECRET, now)).toBe(false);
  });

  it("rejects a stale timestamp", () => {
    expect(verifyStripeSignature(payload, sign(payload, now - 600), WEBHOOK_SECRET, now)).toBe(false);
  });

  it("rejects a tampered body", () => {
    const header = sign(payload, now);
    const tampered = payload.replace("invoice.paid", "invoice.voided");
    expect(verifyStripeSignature(tampered, header, WEBHOOK_SECRET, now)).toBe(false);
  });
});
