import type { FastifyPluginAsync } from 'fastify';
import { createReadStream } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import mime from 'mime-types';

const UPLOAD_ROOT = process.env.UPLOAD_ROOT ?? '/var/lib/helpdesk/uploads';

interface AttachmentParams {
  id: string;
}

const idParamsSchema = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' } },
  required: ['id'],
} as const;

const attachments: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get<{ Params: AttachmentParams }>(
    '/attachments/:id',
    { schema: { params: idParamsSchema } },
    async (request, reply) => {
      const row = await app.db
        .selectFrom('attachments')
        .select(['storage_key', 'filename', 'ticket_id'])
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) return reply.code(404).send();

      await app.assertTicketAccess(request.user, row.ticket_id);

      const filePath = path.join(UPLOAD_ROOT, row.storage_key);
      const info = await stat(filePath);
      reply
        .header('content-length', info.size)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`)
        .type(mime.lookup(row.filename) || 'application/octet-stream');
      return reply.send(createReadStream(filePath));
    },
  );

  app.delete<{ Params: AttachmentParams }>(
    '/attachments/:id',
    { schema: { params: idParamsSchema } },
    async (request, reply) => {
      const row = await app.db
        .selectFrom('attachments')
        .select(['storage_key', 'ticket_id', 'uploaded_by'])
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) return reply.code(404).send();

      await app.assertTicketAccess(request.user, row.ticket_id);
      if (row.uploaded_by !== request.user.id && !request.user.roles.includes('agent')) {
        return reply.code(403).send();
      }

      await app.db.deleteFrom('attachments').where('id', '=', request.params.id).execute();
      await unlink(path.join(UPLOAD_ROOT, row.storage_key)).catch((err) => {
        request.log.warn({ err }, 'attachment file already gone');
      });
      return reply.code(204).send();
    },
  );
};

export default attachments;
