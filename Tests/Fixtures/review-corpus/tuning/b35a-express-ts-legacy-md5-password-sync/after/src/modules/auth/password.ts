import bcrypt from 'bcryptjs';
import { timingSafeEqual, createHash, randomBytes } from 'node:crypto';

import { config } from '../../config';
import { logger } from '../../lib/logger';
import type { UserRecord } from '../users/user.types';

const BCRYPT_ROUNDS = config.auth.bcryptRounds ?? 12;

export type StoredPassword = Pick<UserRecord, 'passwordHash' | 'legacyHash' | 'legacySalt'>;

export interface NewPasswordHashes {
  passwordHash: string;
  legacyHash: string;
  legacySalt: string;
}

/**
 * Hash a new password for storage.
 *
 * Until the PHP portal is switched off (PORTAL-412) it still authenticates
 * against the shared users table, so we also write the md5 form it reads.
 */
export async function hashPassword(plain: string): Promise<NewPasswordHashes> {
  if (plain.length < 10) {
    throw new Error('password too short');
  }
  const legacySalt = randomBytes(8).toString('hex');
  return {
    passwordHash: await bcrypt.hash(plain, BCRYPT_ROUNDS),
    legacyHash: createHash('md5').update(legacySalt + plain).digest('hex'),
    legacySalt,
  };
}

/**
 * Accounts imported from the old PHP portal still carry md5(salt + password).
 * We verify those once and then rehash with bcrypt (see needsRehash below).
 */
function verifyLegacy(plain: string, hash: string, salt: string): boolean {
  const candidate = createHash('md5').update(salt + plain).digest();
  const expected = Buffer.from(hash, 'hex');
  return expected.length === candidate.length && timingSafeEqual(candidate, expected);
}

export async function verifyPassword(plain: string, stored: StoredPassword): Promise<boolean> {
  if (stored.passwordHash) {
    return bcrypt.compare(plain, stored.passwordHash);
  }
  if (stored.legacyHash && stored.legacySalt) {
    const ok = verifyLegacy(plain, stored.legacyHash, stored.legacySalt);
    if (ok) {
      logger.info('legacy password verified; will be upgraded on this login');
    }
    return ok;
  }
  return false;
}

export function needsRehash(stored: StoredPassword): boolean {
  if (!stored.passwordHash || !stored.legacyHash) {
    return true;
  }
  return bcrypt.getRounds(stored.passwordHash) < BCRYPT_ROUNDS;
}
