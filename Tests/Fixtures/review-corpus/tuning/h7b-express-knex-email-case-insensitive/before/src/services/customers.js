'use strict';

const db = require('../db');

const PAGE_SIZE = 25;

async function findByEmail(accountId, email) {
  return db('customers')
    .where({ account_id: accountId, email })
    .whereNull('deleted_at')
    .first();
}

async function search(accountId, { q, tag, page = 1 } = {}) {
  const query = db('customers')
    .select('id', 'name', 'email', 'created_at')
    .where('account_id', accountId)
    .whereNull('deleted_at');

  if (q) {
    query.where((b) => b.whereILike('name', `%${q}%`).orWhereILike('email', `%${q}%`));
  }

  if (tag) {
    query.whereExists(
      db('customer_tags')
        .select(db.raw('1'))
        .whereRaw('customer_tags.customer_id = customers.id')
        .andWhere('customer_tags.tag', tag),
    );
  }

  const offset = (Math.max(1, Number(page) || 1) - 1) * PAGE_SIZE;
  const rows = await query
    .orderBy('created_at', 'desc')
    .limit(PAGE_SIZE + 1)
    .offset(offset);

  return { items: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE };
}

async function mergeDuplicates(accountId, keepId, dropIds) {
  return db.transaction(async (trx) => {
    await trx('orders')
      .where('account_id', accountId)
      .whereIn('customer_id', dropIds)
      .update({ customer_id: keepId });
    await trx('customers')
      .where('account_id', accountId)
      .whereIn('id', dropIds)
      .update({ deleted_at: trx.fn.now() });
  });
}

module.exports = { findByEmail, search, mergeDuplicates };
