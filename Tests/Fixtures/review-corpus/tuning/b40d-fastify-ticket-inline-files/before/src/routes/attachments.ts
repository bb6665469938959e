import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

import { requireUser } from "../auth/hooks";
import { attachmentRepo } from "../db/attachments";

const STORAGE_ROOT = process.env.ATTACHMENT_ROOT ?? "/var/lib/helpdesk/attachments";

const attachments: FastifyPluginAsync = async (app: FastifyInstance) => {
  app.addHook("preHandler", requireUser);

  app.get<{ Params: { ticketId: string; attachmentId: string } }>(
    "/tickets/:ticketId/attachments/:attachmentId",
    async (request, reply) => {
      const { ticketId, attachmentId } = request.params;
      const record = await attachmentRepo.findForUser(request.user.id, ticketId, attachmentId);
      if (!record) {
        return reply.code(404).send({ error: "not_found" });
      }

      const filePath = path.join(STORAGE_ROOT, record.storageKey);
      const info = await stat(filePath);
      reply
        .header("content-type", record.mimeType)
        .header("content-length", info.size)
        .header("content-disposition", `attachment; filename="${record.originalName}"`);
      return reply.send(createReadStream(filePath));
    },
  );
};

export default attachments;
