import type { FastifyInstance } from 'fastify';
import { loadSettings, saveSettings } from '../services/settingsStore';

const EDITABLE_KEYS = new Set(['locale', 'timezone', 'weekStart', 'digestHour']);

interface PatchBody {
  key: string;
  value: unknown;
}

export default async function tenantSettingsRoutes(app: FastifyInstance) {
  app.get('/tenant/settings', { preHandler: app.requireRole('admin') }, async (req) => {
    return loadSettings(req.user.tenantId);
  });

  app.patch<{ Body: PatchBody }>(
    '/tenant/settings',
    { preHandler: app.requireRole('admin') },
    async (req, reply) => {
      const { key, value } = req.body;
      if (!EDITABLE_KEYS.has(key)) {
        return reply.code(400).send({ error: `setting ${key} is not editable` });
      }
      const settings = await loadSettings(req.user.tenantId);
      settings[key] = value;
      await saveSettings(req.user.tenantId, settings);
      return settings;
    },
  );
}
