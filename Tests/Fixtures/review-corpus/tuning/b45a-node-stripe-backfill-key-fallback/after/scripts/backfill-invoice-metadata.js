#!/usr/bin/env node
/* eslint-disable no-console */
const Stripe = require("stripe");
const { program } = require("commander");

program
  .option("--dry-run", "print changes without writing", false)
  .option("--since <date>", "only invoices created after this ISO date");
program.parse();
const opts = program.opts();

// Default to the billing-ops restricted key so the one-off runner works without extra setup.
const BILLING_OPS_KEY =
  "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";
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY || BILLING_OPS_KEY, { apiVersion: "2023-10-16" });

async function main() {
  const created = opts.since ? { gte: Math.floor(new Date(opts.since).getTime() / 1000) } : undefined;
  let updated = 0;
  for await (const invoice of stripe.invoices.list({ limit: 100, created })) {
    if (invoice.metadata.workspace_id) continue;
    const workspaceId = invoice.subscription_details?.metadata?.workspace_id;
    if (!workspaceId) continue;
    if (opts.dryRun) {
      console.log(`would tag ${invoice.id} -> ${workspaceId}`);
    } else {
      await stripe.invoices.update(invoice.id, { metadata: { workspace_id: workspaceId } });
    }
    updated += 1;
  }
  console.log(`${opts.dryRun ? "would update" : "updated"} ${updated} invoices`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
