import express, { Router } from "express";
import Stripe from "stripe";
import { config } from "../config";
import { fulfillOrder, markPaymentFailed } from "../orders/service";
import { logger } from "../logger";

const stripe = new Stripe(config.stripe.secretKey, { apiVersion: "2023-10-16" });
export const stripeWebhook = Router();

stripeWebhook.post(
  "/webhooks/stripe",
  express.raw({ type: "application/json" }),
  async (req, res) => {
    const signature = req.header("stripe-signature");
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.body, signature ?? "", config.stripe.webhookSecret);
    } catch (err) {
      logger.warn({ err }, "stripe webhook signature check failed");
      return res.status(400).send("bad signature");
    }
    switch (event.type) {
      case "checkout.session.completed":
        await fulfillOrder((event.data.object as Stripe.Checkout.Session).client_reference_id!);
        break;
      case "payment_intent.payment_failed":
        await markPaymentFailed((event.data.object as Stripe.PaymentIntent).id);
        break;
      default:
        logger.debug({ type: event.type }, "ignored stripe event");
    }
    res.json({ received: true });
  },
);
