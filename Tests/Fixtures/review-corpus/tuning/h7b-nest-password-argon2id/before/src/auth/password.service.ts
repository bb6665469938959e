import { Injectable, Logger } from '@nestjs/common';
import * as bcrypt from 'bcrypt';

export interface VerifyResult {
  ok: boolean;
  /** true when the stored hash should be replaced on this successful login */
  rehash: boolean;
}

@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);
  private readonly rounds = 10;

  /** Used when the account does not exist so that timing matches a real check. */
  private readonly dummyHash = bcrypt.hashSync('not-a-real-password', this.rounds);

  async hash(plain: string): Promise<string> {
    return bcrypt.hash(plain, this.rounds);
  }

  async verify(plain: string, stored: string | null | undefined): Promise<VerifyResult> {
    if (!stored) {
      await bcrypt.compare(plain, this.dummyHash);
      return { ok: false, rehash: false };
    }
    const ok = await bcrypt.compare(plain, stored);
    return { ok, rehash: ok && bcrypt.getRounds(stored) < this.rounds };
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
