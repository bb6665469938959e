import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireMerchant } from "../plugins/auth";
import { loadCart } from "../services/carts";

type PreviewBody = {
  cartId: string;
  expression: string;
};

// Lets merchants try a discount rule such as
//   cart.total > 100 ? cart.total * 0.1 : 0
// against one of their carts before saving it.
export default async function discountPreviewRoutes(app: FastifyInstance) {
  app.post(
    "/discounts/preview",
    { preHandler: requireMerchant },
    async (req: FastifyRequest<{ Body: PreviewBody }>, reply) => {
      const { cartId, expression } = req.body;
      const cart = await loadCart(req.merchant.id, cartId);
      if (!cart) {
        return reply.code(404).send({ error: "cart not found" });
      }
      let discount: number;
      try {
        const rule = new Function("cart", `"use strict"; return (${expression});`);
        discount = Number(rule(cart));
      } catch (err) {
        return reply.code(422).send({ error: `rule failed: ${(err as Error).message}` });
      }
      return {
        cartId,
        subtotal: cart.total,
        discount,
        total: Math.max(0, cart.total - discount),
      };
    },
  );
}
