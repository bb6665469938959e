import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

import { ApiKey } from '../models/ApiKey';
import { logger } from '../logger';

const KEY_PREFIX = 'qk_live_';

declare global {
  namespace Express {
    interface Request {
      apiClient?: { orgId: string; keyId: string; scopes: string[] };
    }
  }
}

/**
 * Keys carry 256 bits of randomness, so a plain SHA-256 digest is enough to make
 * a database leak useless; a slow KDF would only add latency to every request.
 */
function digestKey(plaintext: string): string {
  return createHash('sha256').update(plaintext, 'utf8').digest('hex');
}

export async function issueApiKey(orgId: string, label: string, scopes: string[]) {
  const plaintext = KEY_PREFIX + randomBytes(32).toString('base64url');
  const doc = await ApiKey.create({
    orgId,
    label,
    scopes,
    keyHash: digestKey(plaintext),
    lastFour: plaintext.slice(-4),
  });
  // Shown to the user exactly once.
  return { id: doc.id, key: plaintext };
}

export function apiKeyAuth(requiredScope?: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const presented = req.get('x-api-key');
    if (!presented || !presented.startsWith(KEY_PREFIX)) {
      return res.status(401).json({ error: 'missing or malformed API key' });
    }

    try {
      const key = await ApiKey.findOne({
        keyHash: digestKey(String(presented)),
        revokedAt: null,
      }).lean();
      if (!key) {
        return res.status(401).json({ error: 'invalid API key' });
      }
      if (requiredScope && !key.scopes.includes(requiredScope)) {
        return res.status(403).json({ error: `API key lacks scope ${requiredScope}` });
      }

      req.apiClient = { orgId: String(key.orgId), keyId: String(key._id), scopes: key.scopes };
      ApiKey.updateOne({ _id: key._id }, { $set: { lastUsedAt: new Date() } }).catch((err) =>
        logger.warn({ err }, 'failed to touch api key'),
      );
      return next();
    } catch (err) {
      return next(err);
    }
  };
}
