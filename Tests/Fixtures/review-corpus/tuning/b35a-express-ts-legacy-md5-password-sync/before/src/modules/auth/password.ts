import bcrypt from 'bcryptjs';
import { timingSafeEqual, createHash } from 'node:crypto';

import { config } from '../../config';
import { logger } from '../../lib/logger';
import type { UserRecord } from '../users/user.types';

const BCRYPT_ROUNDS = config.auth.bcryptRounds ?? 12;

export type StoredPassword = Pick<UserRecord, 'passwordHash' | 'legacyHash' | 'legacySalt'>;

/**
 * Hash a new password for storage.
 */
export async function hashPassword(plain: string): Promise<string> {
  if (plain.length < 10) {
    throw new Error('password too short');
  }
  return bcrypt.hash(plain, BCRYPT_ROUNDS);
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
  if (!stored.passwordHash) {
    return true;
  }
  return bcrypt.getRounds(stored.passwordHash) < BCRYPT_ROUNDS;
}
