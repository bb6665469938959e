import type { FastifyPluginAsync } from 'fastify';
import vm from 'node:vm';

interface ColumnDef {
  name: string;
  expression: string;
}

interface PreviewBody {
  reportId: string;
  columns: ColumnDef[];
  limit?: number;
}

const EVAL_TIMEOUT_MS = 50;

const helpers = {
  Math,
  round: (n: number, digits = 2) => Number(Number(n).toFixed(digits)),
  pct: (part: number, whole: number) => (whole ? (part / whole) * 100 : 0),
  coalesce: (...values: unknown[]) => values.find((v) => v !== null && v !== undefined) ?? null,
};

/**
 * Computed columns let analysts add things like `revenue - cost` or
 * `pct(refunds, orders)` to a saved report. The expressions run against each
 * row inside a vm context so they cannot see our module scope.
 */
const computedColumns: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.post<{ Body: PreviewBody }>(
    '/reports/computed-columns/preview',
    {
      schema: {
        body: {
          type: 'object',
          required: ['reportId', 'columns'],
          properties: {
            reportId: { type: 'string', format: 'uuid' },
            columns: {
              type: 'array',
              minItems: 1,
              maxItems: 10,
              items: {
                type: 'object',
                required: ['name', 'expression'],
                properties: {
                  name: { type: 'string', pattern: '^[a-zA-Z_][a-zA-Z0-9_]{0,39}$' },
                  expression: { type: 'string', minLength: 1, maxLength: 500 },
                },
              },
            },
            limit: { type: 'integer', minimum: 1, maximum: 200 },
          },
        },
      },
    },
    async (request, reply) => {
      const { reportId, columns, limit = 50 } = request.body;
      const report = await app.reports.load(request.user.tenantId, reportId);
      if (!report) return reply.code(404).send({ error: 'report not found' });

      let scripts: { name: string; script: vm.Script }[];
      try {
        scripts = columns.map((c) => ({
          name: c.name,
          script: new vm.Script(`(${c.expression})`, { filename: `column:${c.name}` }),
        }));
      } catch (err) {
        return reply.code(400).send({ error: `invalid expression: ${(err as Error).message}` });
      }

      const rows = await app.reports.sampleRows(report, limit);
      const out = rows.map((row) => {
        const context = vm.createContext({ ...helpers, ...row });
        const computed: Record<string, unknown> = {};
        for (const { name, script } of scripts) {
          try {
            computed[name] = script.runInContext(context, { timeout: EVAL_TIMEOUT_MS });
          } catch (err) {
            computed[name] = { error: (err as Error).message };
          }
        }
        return { ...row, ...computed };
      });

      return { columns: columns.map((c) => c.name), rows: out };
    },
  );
};

export default computedColumns;
