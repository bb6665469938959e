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

  const rows = await prisma.product.findMany({
    where: {
      storeId,
      archivedAt: null,
      ...(categoryId ? { categoryId } : {}),
      OR: [
        { name: { contains: q, mode: 'insensitive' } },
        { description: { contains: q, mode: 'insensitive' } },
      ],
    },
    select: {
      id: true,
      name: true,
      slug: true,
      priceCents: true,
      thumbnailUrl: true,
    },
    orderBy: { name: 'asc' },
    take: limit,
  });

  return rows.map((r) => ({ ...r, rank: 0 }));
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
