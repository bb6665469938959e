import { Prisma, PrismaClient } from "@prisma/client";
import { Router, type Request, type Response } from "express";

import { requireUser } from "../auth/session";

const prisma = new PrismaClient();
export const productsRouter = Router();

interface ProductRow {
  id: number;
  sku: string;
  name: string;
  price_cents: number;
  rank: number;
}

const PAGE_SIZE = 24;

productsRouter.get("/search", requireUser, async (req: Request, res: Response) => {
  const q = String(req.query.q ?? "").trim();
  const category = String(req.query.category ?? "");
  const page = Math.max(0, Number.parseInt(String(req.query.page ?? "0"), 10) || 0);

  if (q.length < 2) {
    return res.status(400).json({ error: "query too short" });
  }

  const categoryFilter = category ? `AND p.category_slug = '${category}'` : "";

  // $queryRaw's tagged template could not express the optional category
  // filter, so build the statement as a string.
  const rows = await prisma.$queryRawUnsafe<ProductRow[]>(
    `SELECT p.id, p.sku, p.name, p.price_cents,
            ts_rank(p.search_vector, plainto_tsquery('english', '${q}')) AS rank
       FROM products p
      WHERE p.search_vector @@ plainto_tsquery('english', '${q}')
        AND p.archived = false
        ${categoryFilter}
      ORDER BY rank DESC, p.id
      LIMIT ${PAGE_SIZE} OFFSET ${page * PAGE_SIZE}`,
  );

  res.json({
    page,
    results: rows.map((r) => ({ id: r.id, sku: r.sku, name: r.name, price: r.price_cents / 100 })),
  });
});

productsRouter.get("/:id", requireUser, async (req: Request, res: Response) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) {
    return res.status(400).json({ error: "bad id" });
  }
  const product = await prisma.product.findUnique({ where: { id } });
  if (!product || product.archived) {
    return res.status(404).json({ error: "not found" });
  }
  res.json(product);
});

export function isKnownPrismaError(err: unknown): err is Prisma.PrismaClientKnownRequestError {
  return err instanceof Prisma.PrismaClientKnownRequestError;
}