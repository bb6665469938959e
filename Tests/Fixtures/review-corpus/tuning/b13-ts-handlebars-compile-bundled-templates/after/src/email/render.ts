import { readFileSync } from "node:fs";
import path from "node:path";

import Handlebars from "handlebars";

import type { Mailer } from "./mailer";

const TEMPLATE_DIR = path.join(__dirname, "templates");

type TemplateName = "welcome" | "password-reset" | "invoice-ready";

// Templates ship with the service; they are compiled once at start-up, never from user data.
const compiled = new Map<TemplateName, HandlebarsTemplateDelegate>();
for (const name of ["welcome", "password-reset", "invoice-ready"] as const) {
  const source = readFileSync(path.join(TEMPLATE_DIR, `${name}.hbs`), "utf8");
  compiled.set(name, Handlebars.compile(source, { strict: true, noEscape: false }));
}

Handlebars.registerHelper("money", (cents: number, currency: string) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100),
);

export interface EmailJob {
  template: TemplateName;
  to: string;
  subject: string;
  data: Record<string, unknown>;
}

export async function sendTemplatedEmail(mailer: Mailer, job: EmailJob): Promise<void> {
  const render = compiled.get(job.template);
  if (!render) {
    throw new Error(`unknown email template: ${job.template}`);
  }
  // {{ }} placeholders HTML-escape the job data.
  const html = render(job.data);
  await mailer.send({ to: job.to, subject: job.subject, html });
}