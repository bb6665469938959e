import type { Knex } from "knex";
import { db } from "../db";

export interface Member {
  id: string;
  clubId: string;
  email: string;
  displayName: string;
  status: "active" | "suspended" | "left";
  joinedAt: Date;
}

const COLUMNS = ["id", "club_id as clubId", "email", "display_name as displayName", "status", "joined_at as joinedAt"];

export class MemberRepository {
  constructor(private readonly knex: Knex = db) {}

  async findById(clubId: string, id: string): Promise<Member | undefined> {
    return this.knex("members").select(COLUMNS).where({ club_id: clubId, id }).first();
  }

  // Emails were stored with mixed case before the 2023 import; match case-insensitively
  // (uses the members_club_lower_email_idx expression index).
  async findByEmail(clubId: string, email: string): Promise<Member | undefined> {
    return this.knex("members")
      .select(COLUMNS)
      .where("club_id", clubId)
      .andWhereRaw("lower(email) = lower(?)", [email.trim()])
      .first();
  }

  // Full-text search over display name and email local part.
  async search(clubId: string, q: string, limit = 25, offset = 0): Promise<Member[]> {
    return this.knex("members")
      .select(COLUMNS)
      .where("club_id", clubId)
      .andWhereRaw(
        "to_tsvector('simple', display_name || ' ' || split_part(email, '@', 1)) @@ plainto_tsquery('simple', ?)",
        [q],
      )
      .orderByRaw("ts_rank(to_tsvector('simple', display_name), plainto_tsquery('simple', ?)) desc", [q])
      .limit(Math.min(limit, 100))
      .offset(offset);
  }

  async setStatus(clubId: string, id: string, status: Member["status"]): Promise<number> {
    return this.knex("members").where({ club_id: clubId, id }).update({ status, updated_at: this.knex.fn.now() });
  }
}
