import express, { type Request, type Response } from "express";
import { z } from "zod";
import { pool } from "../db/pool";
import { requireAuth, type AuthedRequest } from "../auth/session";
import { asyncHandler } from "../util/asyncHandler";

const router = express.Router();
router.use(requireAuth);

const TeamBody = z.object({
  name: z.string().trim().min(1).max(80),
  description: z.string().max(500).optional(),
});

const ListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.coerce.number().int().positive().optional(),
});

router.get(
  "/",
  asyncHandler(async (req: AuthedRequest, res: Response) => {
    const { q, limit, cursor } = ListQuery.parse(req.query);
    const params: unknown[] = [req.user.orgId];
    let sql = "SELECT id, name, description, created_at FROM teams WHERE org_id = $1";
    if (q) {
      params.push(`%${q.replace(/[\\%_]/g, (c) => "\\" + c)}%`);
      sql += ` AND name ILIKE $${params.length}`;
    }
    if (cursor) {
      params.push(cursor);
      sql += ` AND id < $${params.length}`;
    }
    params.push(limit);
    sql += ` ORDER BY id DESC LIMIT $${params.length}`;
    const { rows } = await pool.query(sql, params);
    res.json({ teams: rows, nextCursor: rows.length === limit ? rows[rows.length - 1].id : null });
  }),
);

router.post(
  "/",
  asyncHandler(async (req: AuthedRequest, res: Response) => {
    const body = TeamBody.parse(req.body);
    const { rows } = await pool.query(
      "INSERT INTO teams (org_id, name, description, created_by) VALUES ($1, $2, $3, $4) RETURNING id, name, description, created_at",
      [req.user.orgId, body.name, body.description ?? null, req.user.id],
    );
    res.status(201).json(rows[0]);
  }),
);

const MembersQuery = z.object({
  role: z.array(z.enum(["owner", "maintainer", "member"])).or(z.enum(["owner", "maintainer", "member"]).transform((r) => [r])).optional(),
});

router.get(
  "/:id(\\d+)/members",
  asyncHandler(async (req: AuthedRequest, res: Response) => {
    const { role } = MembersQuery.parse(req.query);
    const { rows } = await pool.query(
      `SELECT u.id, u.display_name, u.email, tm.role, tm.joined_at
         FROM team_members tm
         JOIN users u ON u.id = tm.user_id
         JOIN teams t ON t.id = tm.team_id
        WHERE t.id = $1
          AND t.org_id = $2
          AND ($3::text[] IS NULL OR tm.role = ANY($3::text[]))
        ORDER BY u.display_name`,
      [Number(req.params.id), req.user.orgId, role ?? null],
    );
    res.json({ members: rows });
  }),
);

router.delete(
  "/:id(\\d+)",
  asyncHandler(async (req: AuthedRequest, res: Response) => {
    if (!req.user.roles.includes("org_admin")) {
      return res.status(403).json({ error: "forbidden" });
    }
    const { rowCount } = await pool.query("DELETE FROM teams WHERE id = $1 AND org_id = $2", [
      Number(req.params.id),
      req.user.orgId,
    ]);
    res.status(rowCount ? 204 : 404).end();
  }),
);

export default router;
