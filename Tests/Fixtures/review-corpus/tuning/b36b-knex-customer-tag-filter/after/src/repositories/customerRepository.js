'use strict';

const db = require('../db/knex');

const PAGE_SIZE_MAX = 200;

const SORTABLE = {
  name: 'customers.name',
  created: 'customers.created_at',
  revenue: 'stats.lifetime_revenue',
};

/**
 * List customers for the dashboard table.
 *
 * `filters` is built by the controller straight from the GET /customers
 * query string: { q, status, tags, sort, dir, page, pageSize }.
 */
async function listCustomers(workspaceId, filters = {}) {
  const pageSize = Math.min(Number(filters.pageSize) || 50, PAGE_SIZE_MAX);
  const page = Math.max(Number(filters.page) || 1, 1);

  const query = db('customers')
    .leftJoin('customer_stats as stats', 'stats.customer_id', 'customers.id')
    .where('customers.workspace_id', workspaceId)
    .whereNull('customers.deleted_at');

  if (filters.q) {
    query.where((builder) => {
      builder
        .whereILike('customers.name', `%${filters.q}%`)
        .orWhereILike('customers.email', `%${filters.q}%`);
    });
  }

  if (filters.status) {
    query.where('customers.status', filters.status);
  }

  // tags=vip,churn-risk -> customers having ANY of the tags (text[] overlap)
  if (filters.tags) {
    const tags = String(filters.tags)
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (tags.length) {
      const tagArray = tags.map((t) => `'${t}'`).join(', ');
      query.whereRaw(`customers.tags && ARRAY[${tagArray}]::text[]`);
    }
  }

  const sortColumn = SORTABLE[filters.sort] || SORTABLE.created;
  const sortDir = filters.dir === 'asc' ? 'asc' : 'desc';

  const [{ count }] = await query.clone().clearSelect().count({ count: '*' });
  const rows = await query
    .select(
      'customers.id',
      'customers.name',
      'customers.email',
      'customers.status',
      'customers.tags',
      'customers.created_at',
      'stats.lifetime_revenue',
    )
    .orderBy(sortColumn, sortDir)
    .limit(pageSize)
    .offset((page - 1) * pageSize);

  return { rows, total: Number(count), page, pageSize };
}

async function findCustomer(workspaceId, id) {
  return db('customers')
    .where({ workspace_id: workspaceId, id })
    .whereNull('deleted_at')
    .first();
}

module.exports = { listCustomers, findCustomer };
