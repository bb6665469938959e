import type { FastifyInstance } from 'fastify';
import { loadSettings, saveSettings } from '../services/settingsStore';

const EDITABLE_ROOTS = new Set([
  'locale',
  'timezone',
  'weekStart',
  'digestHour',
  'notifications',
  'branding',
]);

interface PatchBody {
  key: string;
  value: unknown;
}

function setPath(target: Record<string, any>, dotted: string, value: unknown) {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part];
  }
  node[parts[parts.length - 1]] = value;
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
      const root = key.split('.')[0];
      if (!EDITABLE_ROOTS.has(root)) {
        return reply.code(400).send({ error: `setting ${key} is not editable` });
      }
      const settings = await loadSettings(req.user.tenantId);
      setPath(settings, key, value);
      await saveSettings(req.user.tenantId, settings);
      return settings;
    },
  );
}
