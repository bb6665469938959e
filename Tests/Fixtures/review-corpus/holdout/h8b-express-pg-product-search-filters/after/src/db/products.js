const { pool } = require('./pool');

const SORTS = {
  newest: 'p.created_at DESC',
  price_asc: 'p.price_cents ASC',
  price_desc: 'p.price_cents DESC',
  rating: 'p.avg_rating DESC NULLS LAST',
};

async function listProducts({ category, minPrice, q, brands, sort = 'newest', limit = 24, offset = 0 }) {
  const where = ['p.archived = false'];
  const params = [];

  if (category) {
    params.push(category);
    where.push(`p.category_slug = $${params.length}`);
  }
  if (minPrice != null) {
    params.push(Number(minPrice));
    where.push(`p.price_cents >= $${params.length}`);
  }
  if (q) {
    params.push(`%${q}%`);
    where.push(`p.name ILIKE $${params.length}`);
  }
  if (Array.isArray(brands) && brands.length > 0) {
    params.push(brands.map(String));
    where.push(`p.brand_slug = ANY($${params.length})`);
  }

  const orderBy = SORTS[sort] || SORTS.newest;
  params.push(Math.min(Number(limit) || 24, 100), Number(offset) || 0);

  const sql = `
    SELECT p.id, p.name, p.price_cents, p.thumbnail_url
      FROM products p
     WHERE ${where.join(' AND ')}
     ORDER BY ${orderBy}
     LIMIT $${params.length - 1} OFFSET $${params.length}`;

  const { rows } = await pool.query(sql, params);
  return rows;
}

module.exports = { listProducts };
