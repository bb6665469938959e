import type { FastifyPluginAsync } from 'fastify';

// Public sort keys -> real column names. Only these ever reach the SQL text.
const SORT_COLUMNS = {
  issued: 'issued_at',
  total: 'total_cents',
  customer: 'customer_name',
  number: 'number',
} as const;

type SortKey = keyof typeof SORT_COLUMNS;

interface ListQuery {
  status?: 'draft' | 'sent' | 'paid' | 'void';
  limit?: number;
  sort?: SortKey;
  order?: 'asc' | 'desc';
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
            sort: { type: 'string', enum: Object.keys(SORT_COLUMNS) },
            order: { type: 'string', enum: ['asc', 'desc'] },
          },
        },
      },
      preHandler: app.authenticate,
    },
    async (req) => {
      const { status, limit = 25, sort = 'issued', order = 'desc' } = req.query;
      const column = SORT_COLUMNS[sort] ?? SORT_COLUMNS.issued;
      const direction = order === 'asc' ? 'ASC' : 'DESC';
      const { rows } = await app.pg.query(
        `SELECT id, number, customer_name, total_cents, status, issued_at
           FROM invoices
          WHERE account_id = $1
            AND ($2::text IS NULL OR status = $2)
          ORDER BY ${column} ${direction}, id DESC
          LIMIT $3`,
        [req.user.accountId, status ?? null, limit],
      );
      return { invoices: rows };
    },
  );
};

export default invoices;
