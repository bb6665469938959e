import type { FastifyInstance } from "fastify";
import { requireCustomer } from "../plugins/auth";
import { getInvoiceForCustomer } from "../services/invoices";

type Params = { id: string };
type Query = { note?: string; lang?: "en" | "de" | "fr" };

export default async function invoiceRoutes(app: FastifyInstance) {
  app.get<{ Params: Params; Querystring: Query }>(
    "/invoices/:id/print",
    { preHandler: requireCustomer },
    async (req, reply) => {
      const invoice = await getInvoiceForCustomer(req.customer.id, req.params.id);
      if (!invoice) {
        return reply.code(404).send({ error: "not found" });
      }
      const locale = { en: "en-GB", de: "de-DE", fr: "fr-FR" }[req.query.lang ?? "en"] ?? "en-GB";
      // printed under the totals, e.g. "PO 4471 / attn. accounts payable"
      const note = (req.query.note ?? "").slice(0, 200);
      return reply.view("invoice.ejs", {
        invoice,
        issuedOn: invoice.issuedAt.toLocaleDateString(locale),
        lines: invoice.lines,
        note,
      });
    },
  );
}
