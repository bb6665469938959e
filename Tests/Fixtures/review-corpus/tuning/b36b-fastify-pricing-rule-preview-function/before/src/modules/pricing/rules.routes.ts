import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { Type, Static } from '@sinclair/typebox';
import { compileExpression } from 'filtrex';
import { PricingRuleRepo } from './rules.repo';

const RuleBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  // e.g. "cart.total > 100 and customer.segment == 'wholesale'"
  expression: Type.String({ minLength: 1, maxLength: 2000 }),
  discountPercent: Type.Number({ minimum: 0, maximum: 90 }),
  priority: Type.Integer({ minimum: 0, maximum: 1000, default: 100 }),
});
type RuleBody = Static<typeof RuleBody>;

const PreviewBody = Type.Object({
  expression: Type.String({ minLength: 1, maxLength: 2000 }),
  sample: Type.Object({
    cart: Type.Object({ total: Type.Number(), items: Type.Integer() }),
    customer: Type.Object({ segment: Type.String(), orders: Type.Integer() }),
  }),
});
type PreviewBody = Static<typeof PreviewBody>;

export type RuleContext = PreviewBody['sample'];

export function compileRule(expression: string): (ctx: RuleContext) => boolean {
  const fn = compileExpression(expression);
  return (ctx) => {
    const out = fn(ctx);
    if (out instanceof Error) throw out;
    return Boolean(out);
  };
}

const rulesRoutes: FastifyPluginAsync = async (app: FastifyInstance) => {
  const repo = new PricingRuleRepo(app.pg);

  app.addHook('preHandler', app.auth([app.requireRole('merchant_admin')]));

  app.get('/pricing/rules', async (req) => {
    return repo.listForMerchant(req.user.merchantId);
  });

  app.post<{ Body: PreviewBody }>(
    '/pricing/rules/preview',
    { schema: { body: PreviewBody } },
    async (req, reply) => {
      let rule;
      try {
        rule = compileRule(req.body.expression);
      } catch (err) {
        return reply.code(422).send({ error: 'invalid_expression', detail: (err as Error).message });
      }
      return { matches: rule(req.body.sample) };
    },
  );

  app.post<{ Body: RuleBody }>(
    '/pricing/rules',
    { schema: { body: RuleBody } },
    async (req, reply) => {
      try {
        compileRule(req.body.expression);
      } catch (err) {
        return reply.code(422).send({ error: 'invalid_expression', detail: (err as Error).message });
      }
      const saved = await repo.create(req.user.merchantId, req.body);
      return reply.code(201).send(saved);
    },
  );

  app.delete<{ Params: { id: string } }>('/pricing/rules/:id', async (req, reply) => {
    await repo.delete(req.user.merchantId, req.params.id);
    return reply.code(204).send();
  });
};

export default rulesRoutes;
