import { Injectable, Logger } from '@nestjs/common';
import * as argon2 from 'argon2';
import * as bcrypt from 'bcrypt';

// OWASP 2023 minimum for argon2id: m=19 MiB, t=2, p=1. We go a bit above.
const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 64 * 1024,
  timeCost: 3,
  parallelism: 1,
} as const;

export interface VerifyResult {
  ok: boolean;
  /** true when the stored hash should be replaced on this successful login */
  rehash: boolean;
}

@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);

  /** Used when the account does not exist so that timing matches a real check. */
  private readonly dummyHash = argon2.hash('not-a-real-password', ARGON2_OPTIONS);

  async hash(plain: string): Promise<string> {
    return argon2.hash(plain, ARGON2_OPTIONS);
  }

  async verify(plain: string, stored: string | null | undefined): Promise<VerifyResult> {
    if (!stored) {
      await argon2.verify(await this.dummyHash, plain);
      return { ok: false, rehash: false };
    }
    if (stored.startsWith('$2')) {
      // Legacy bcrypt hash: accept it once, then the caller stores an argon2id hash.
      const ok = await bcrypt.compare(plain, stored);
      return { ok, rehash: ok };
    }
    const ok = await argon2.verify(stored, plain);
    return { ok, rehash: ok && argon2.needsRehash(stored, ARGON2_OPTIONS) };
  }

  validateStrength(plain: string): string[] {
    const problems: string[] = [];
    if (plain.length < 12) problems.push('must be at least 12 characters');
    if (plain.length > 256) problems.push('must be at most 256 characters');
    if (/^(.)\1+$/.test(plain)) problems.push('must not be a single repeated character');
    if (/^\d+$/.test(plain)) problems.push('must not be only digits');
    if (problems.length) {
      this.logger.debug(`password rejected: ${problems.length} rule(s)`);
    }
    return problems;
  }
}
