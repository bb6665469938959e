import { Hono } from "jsr:@hono/hono@^4.6";
import postgres from "npm:postgres@^3.4";

const sql = postgres(Deno.env.get("DATABASE_URL")!, { max: 5 });

type ProductRow = {
  id: number;
  name: string;
  category: string;
  price_cents: number;
};

const PAGE_SIZE = 24;

export const products = new Hono();

products.get("/", async (c) => {
  const page = Math.max(1, Number(c.req.query("page") ?? "1") || 1);
  const offset = (page - 1) * PAGE_SIZE;

  const rows = await sql<ProductRow[]>`
    select id, name, category, price_cents
    from products
    where archived_at is null
    order by id
    limit ${PAGE_SIZE} offset ${offset}
  `;

  return c.json({ page, items: rows });
});

products.get("/:id{[0-9]+}", async (c) => {
  const [row] = await sql<ProductRow[]>`
    select id, name, category, price_cents from products where id = ${Number(c.req.param("id"))}
  `;
  return row ? c.json(row) : c.notFound();
});
