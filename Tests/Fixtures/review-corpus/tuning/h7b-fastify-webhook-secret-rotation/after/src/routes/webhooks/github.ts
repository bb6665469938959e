import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';

// During a rotation both the new and the previous secret are accepted; GitHub
// switches over as soon as the app settings are saved. Unset the PREVIOUS one after.
const WEBHOOK_SECRETS = [
  process.env.GITHUB_WEBHOOK_SECRET,
  process.env.GITHUB_WEBHOOK_SECRET_PREVIOUS,
].filter((s): s is string => typeof s === 'string' && s.length >= 20);

function verifySignature(raw: Buffer, header: string | undefined): boolean {
  if (WEBHOOK_SECRETS.length === 0 || !header || !header.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  return WEBHOOK_SECRETS.some((secret) => {
    const expected = createHmac('sha256', secret).update(raw).digest();
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

const githubWebhooks: FastifyPluginAsync = async (app) => {
  // Keep the exact bytes GitHub signed; JSON.parse happens after verification.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    done(null, body);
  });

  app.post('/webhooks/github', { config: { rawBody: true } }, async (request: FastifyRequest, reply) => {
    const raw = request.body as Buffer;
    const signature = request.headers['x-hub-signature-256'] as string | undefined;

    if (!verifySignature(raw, signature)) {
      request.log.warn({ delivery: request.headers['x-github-delivery'] }, 'bad webhook signature');
      return reply.code(401).send({ error: 'invalid signature' });
    }

    const event = request.headers['x-github-event'];
    const payload = JSON.parse(raw.toString('utf8'));

    switch (event) {
      case 'ping':
        return { ok: true };
      case 'push':
        await app.jobs.enqueue('sync-repo', {
          installationId: payload.installation?.id,
          repo: payload.repository.full_name,
          ref: payload.ref,
          after: payload.after,
        });
        return reply.code(202).send({ queued: true });
      case 'installation':
        await app.jobs.enqueue('installation-changed', {
          installationId: payload.installation.id,
          action: payload.action,
        });
        return reply.code(202).send({ queued: true });
      default:
        return reply.code(204).send();
    }
  });
};

export default githubWebhooks;
