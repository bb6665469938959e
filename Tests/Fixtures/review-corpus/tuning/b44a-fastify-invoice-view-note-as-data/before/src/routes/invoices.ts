import type { FastifyInstance } from "fastify";
import { requireCustomer } from "../plugins/auth";
import { getInvoiceForCustomer } from "../services/invoices";

type Params = { id: string };

export default async function invoiceRoutes(app: FastifyInstance) {
  app.get<{ Params: Params }>(
    "/invoices/:id/print",
    { preHandler: requireCustomer },
    async (req, reply) => {
      const invoice = await getInvoiceForCustomer(req.customer.id, req.params.id);
      if (!invoice) {
        return reply.code(404).send({ error: "not found" });
      }
      return reply.view("invoice.ejs", {
        invoice,
        issuedOn: invoice.issuedAt.toLocaleDateString("en-GB"),
        lines: invoice.lines,
      });
    },
  );
}
