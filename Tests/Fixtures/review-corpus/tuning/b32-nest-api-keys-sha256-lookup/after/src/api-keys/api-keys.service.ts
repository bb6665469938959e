import { Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { ApiKey } from './api-key.entity';

const KEY_PREFIX = 'acme_live_';

/**
 * Keys are 256 random bits, so a single fast SHA-256 is the right tool here
 * (as for GitHub/Stripe tokens): there is nothing to brute-force, and a
 * deterministic digest lets us look the key up by index. This is not used for
 * user passwords, which stay on argon2id in AuthService.
 */
function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export interface CreatedApiKey {
  id: string;
  name: string;
  /** Shown to the user exactly once. */
  key: string;
  createdAt: Date;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  lastFour: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

@Injectable()
export class ApiKeysService {
  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async create(orgId: string, name: string): Promise<CreatedApiKey> {
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const entity = await this.keys.save(
      this.keys.create({ orgId, name, keyHash: hashKey(key), lastFour: key.slice(-4) }),
    );
    return { id: entity.id, name, key, createdAt: entity.createdAt };
  }

  async authenticate(presented: string): Promise<ApiKey> {
    if (!presented.startsWith(KEY_PREFIX)) {
      throw new UnauthorizedException();
    }
    const entity = await this.keys.findOne({
      where: { keyHash: hashKey(presented), revokedAt: IsNull() },
    });
    if (!entity) {
      throw new UnauthorizedException();
    }
    await this.keys.update(entity.id, { lastUsedAt: new Date() });
    return entity;
  }

  async list(orgId: string): Promise<ApiKeySummary[]> {
    const rows = await this.keys.find({
      where: { orgId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      lastFour: r.lastFour,
      createdAt: r.createdAt,
      lastUsedAt: r.lastUsedAt,
    }));
  }

  async revoke(orgId: string, id: string): Promise<void> {
    const result = await this.keys.update({ id, orgId, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) {
      throw new NotFoundException();
    }
  }
}
