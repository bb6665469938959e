import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const UPLOAD_ROOT = path.resolve(process.env.UPLOAD_ROOT ?? "/var/lib/docshare/uploads");
const MAX_BYTES = 25 * 1024 * 1024;
const ALLOWED_EXT = new Set([".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx"]);

function safeExtension(filename: string): string {
  const ext = path.extname(filename).toLowerCase();
  if (!ALLOWED_EXT.has(ext)) {
    throw Object.assign(new Error(`file type ${ext || "(none)"} not allowed`), { statusCode: 415 });
  }
  return ext;
}

export default async function uploadRoutes(app: FastifyInstance) {
  app.post<{ Params: { projectId: string } }>(
    "/projects/:projectId/files",
    { preHandler: app.requireProjectMember },
    async (req: FastifyRequest<{ Params: { projectId: string } }>, reply: FastifyReply) => {
      const projectId = req.params.projectId;
      if (!/^[0-9a-f-]{36}$/.test(projectId)) {
        return reply.code(400).send({ error: "bad project id" });
      }

      const file = await req.file({ limits: { fileSize: MAX_BYTES } });
      if (!file) {
        return reply.code(400).send({ error: "no file" });
      }

      const ext = safeExtension(file.filename);
      const storedName = `${randomUUID()}${ext}`;
      const dest = path.join(UPLOAD_ROOT, projectId, storedName);
      await mkdir(path.dirname(dest), { recursive: true });

      try {
        await pipeline(file.file, createWriteStream(dest, { flags: "wx" }));
      } catch (err) {
        await unlink(dest).catch(() => undefined);
        throw err;
      }
      if (file.file.truncated) {
        await unlink(dest);
        return reply.code(413).send({ error: "file too large" });
      }

      const { size } = await stat(dest);
      const record = await app.db.files.insert({
        projectId,
        storedName,
        displayName: file.filename,
        size,
        uploadedBy: req.user.id,
      });
      return reply.code(201).send(record);
    },
  );
}