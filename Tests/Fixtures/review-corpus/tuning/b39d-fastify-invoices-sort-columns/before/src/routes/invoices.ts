import type { FastifyPluginAsync } from 'fastify';

interface ListQuery {
  status?: 'draft' | 'sent' | 'paid' | 'void';
  limit?: number;
}

const invoices: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: ListQuery }>(
    '/invoices',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: ['draft', 'sent', 'paid', 'void'] },
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
          },
        },
      },
      preHandler: app.authenticate,
    },
    async (req) => {
      const { status, limit = 25 } = req.query;
      const { rows } = await app.pg.query(
        `SELECT id, number, customer_name, total_cents, status, issued_at
           FROM invoices
          WHERE account_id = $1
            AND ($2::text IS NULL OR status = $2)
          ORDER BY issued_at DESC
          LIMIT $3`,
        [req.user.accountId, status ?? null, limit],
      );
      return { invoices: rows };
    },
  );
};

export default invoices;
