import type { Knex } from 'knex'

export interface Account {
  id: number
  email: string
  plan: 'free' | 'team' | 'enterprise'
  last_seen_at: Date | null
}

export function accountsService (db: Knex) {
  return {
    async findByEmail (email: string): Promise<Account | undefined> {
      return db<Account>('accounts')
        .where('email', email)
        .whereNull('deleted_at')
        .first()
    },

    async listForOrg (orgId: number, limit = 50): Promise<Account[]> {
      return db<Account>('accounts')
        .where({ org_id: orgId })
        .whereNull('deleted_at')
        .orderBy('last_seen_at', 'desc')
        .limit(Math.min(limit, 200))
    },

    async touch (id: number): Promise<void> {
      await db('accounts').where({ id }).update({ last_seen_at: db.fn.now() })
    }
  }
}
