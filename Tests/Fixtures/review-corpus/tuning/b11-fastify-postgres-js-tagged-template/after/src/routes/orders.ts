import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from '../db';

const SORTABLE = {
  placed: 'placed_at',
  total: 'total_cents',
  status: 'status',
} as const;

type ListQuery = {
  status?: string;
  q?: string;
  sort?: keyof typeof SORTABLE;
  limit?: number;
};

export default async function orderRoutes(app: FastifyInstance) {
  app.get(
    '/orders',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', maxLength: 32 },
            q: { type: 'string', maxLength: 100 },
            sort: { type: 'string', enum: Object.keys(SORTABLE) },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
          },
        },
      },
    },
    async (request: FastifyRequest<{ Querystring: ListQuery }>) => {
      const { status, q, sort = 'placed', limit = 50 } = request.query;
      const column = SORTABLE[sort] ?? SORTABLE.placed;

      const rows = await sql`
        select id, number, status, total_cents, placed_at
        from orders
        where customer_id = ${request.user.id}
          ${status ? sql`and status = ${status}` : sql``}
          ${q ? sql`and number ilike ${'%' + q + '%'}` : sql``}
        order by ${sql(column)} desc
        limit ${limit}
      `;
      return { orders: rows };
    },
  );
}