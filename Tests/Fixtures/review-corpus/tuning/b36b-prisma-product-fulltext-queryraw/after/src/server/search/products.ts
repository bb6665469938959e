import { Prisma } from '@prisma/client';
import { z } from 'zod';
import { prisma } from '../db';

export const productSearchInput = z.object({
  storeId: z.string().uuid(),
  q: z.string().trim().min(2).max(100),
  categoryId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export type ProductSearchInput = z.infer<typeof productSearchInput>;

export interface ProductHit {
  id: string;
  name: string;
  slug: string;
  priceCents: number;
  thumbnailUrl: string | null;
  rank: number;
}

/**
 * Storefront search box. Called from the tRPC `product.search` procedure
 * with the parsed input above.
 */
export async function searchProducts(input: ProductSearchInput): Promise<ProductHit[]> {
  const { storeId, q, categoryId, limit } = input;

  // ILIKE '%q%' over descriptions was doing seq scans on big stores; use the
  // search_vector GIN index (migration 20240611_product_search_vector).
  const categoryFilter = categoryId
    ? Prisma.sql`AND p."categoryId" = ${categoryId}::uuid`
    : Prisma.empty;

  const rows = await prisma.$queryRaw<ProductHit[]>`
    SELECT p.id, p.name, p.slug, p."priceCents", p."thumbnailUrl",
           ts_rank(p.search_vector, query)::float AS rank
    FROM "Product" p, websearch_to_tsquery('simple', ${q}) AS query
    WHERE p."storeId" = ${storeId}::uuid
      AND p."archivedAt" IS NULL
      AND p.search_vector @@ query
      ${categoryFilter}
    ORDER BY rank DESC, p.name ASC
    LIMIT ${limit}
  `;

  return rows;
}

export async function productsByIds(storeId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return prisma.product.findMany({
    where: { storeId, id: { in: ids }, archivedAt: null },
  });
}

export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
}
