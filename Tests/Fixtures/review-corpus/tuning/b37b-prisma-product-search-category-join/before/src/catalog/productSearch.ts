import { Prisma, type PrismaClient } from '@prisma/client';

export interface ProductSearchParams {
  q: string;
  storeId: string;
  limit?: number;
  cursor?: number;
}

export interface ProductHit {
  id: number;
  slug: string;
  title: string;
  priceCents: number;
  rank: number;
}

const DEFAULT_LIMIT = 24;
const MAX_LIMIT = 100;

export class ProductSearch {
  constructor(private readonly prisma: PrismaClient) {}

  async search(params: ProductSearchParams): Promise<ProductHit[]> {
    const q = params.q.trim();
    if (!q) return [];
    const limit = Math.min(params.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
    const offset = Math.max(params.cursor ?? 0, 0);

    return this.prisma.$queryRaw<ProductHit[]>`
      SELECT p.id,
             p.slug,
             p.title,
             p.price_cents AS "priceCents",
             ts_rank(p.search_vector, websearch_to_tsquery('english', ${q})) AS rank
        FROM products p
       WHERE p.store_id = ${params.storeId}::uuid
         AND p.archived_at IS NULL
         AND p.search_vector @@ websearch_to_tsquery('english', ${q})
       ORDER BY rank DESC, p.id
       LIMIT ${limit} OFFSET ${offset}`;
  }

  async suggest(storeId: string, prefix: string): Promise<string[]> {
    const rows = await this.prisma.product.findMany({
      where: { storeId, archivedAt: null, title: { startsWith: prefix, mode: 'insensitive' } },
      select: { title: true },
      take: 8,
      orderBy: { popularity: 'desc' },
    });
    return rows.map((r) => r.title);
  }
}
