import type { Knex } from 'knex';
import { db } from '../db/knex';

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  org_id: string;
  role: 'owner' | 'admin' | 'member';
  created_at: Date;
  deactivated_at: Date | null;
}

export interface ListOptions {
  orgId: string;
  search?: string;
  limit?: number;
  offset?: number;
  includeDeactivated?: boolean;
}

const USER_COLUMNS = ['id', 'email', 'display_name', 'org_id', 'role', 'created_at', 'deactivated_at'];

export class UserRepository {
  constructor(private readonly knex: Knex = db) {}

  async findById(id: string): Promise<UserRow | undefined> {
    return this.knex<UserRow>('users').select(USER_COLUMNS).where({ id }).first();
  }

  async findByEmail(email: string): Promise<UserRow | undefined> {
    return this.knex<UserRow>('users')
      .select(USER_COLUMNS)
      // emails were stored with mixed case before the signup form normalised them
      .whereRaw('lower(email) = lower(?)', [email.trim()])
      .first();
  }

  async listForOrg(opts: ListOptions): Promise<UserRow[]> {
    const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
    const offset = Math.max(opts.offset ?? 0, 0);

    const q = this.knex<UserRow>('users')
      .select(USER_COLUMNS)
      .where('org_id', opts.orgId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .offset(offset);

    if (!opts.includeDeactivated) {
      q.whereNull('deactivated_at');
    }
    if (opts.search) {
      const term = `%${opts.search.replace(/[%_\\]/g, '\\$&')}%`;
      q.andWhere((b) =>
        b.whereRaw('display_name ILIKE ?', [term]).orWhereRaw('email ILIKE ?', [term]),
      );
    }
    return q;
  }

  async updateRole(id: string, role: UserRow['role']): Promise<number> {
    return this.knex('users').where({ id }).update({ role, updated_at: this.knex.fn.now() });
  }

  async deactivate(id: string): Promise<number> {
    return this.knex('users')
      .where({ id })
      .whereNull('deactivated_at')
      .update({ deactivated_at: this.knex.fn.now() });
  }
}

export const userRepository = new UserRepository();