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

  async findByEmail(clubId: string, email: string): Promise<Member | undefined> {
    return this.knex("members")
      .select(COLUMNS)
      .where({ club_id: clubId, email })
      .first();
  }

  async search(clubId: string, q: string, limit = 25, offset = 0): Promise<Member[]> {
    return this.knex("members")
      .select(COLUMNS)
      .where("club_id", clubId)
      .andWhere("display_name", "ilike", `%${q}%`)
      .orderBy("display_name", "asc")
      .limit(Math.min(limit, 100))
      .offset(offset);
  }

  async setStatus(clubId: string, id: string, status: Member["status"]): Promise<number> {
    return this.knex("members").where({ club_id: clubId, id }).update({ status, updated_at: this.knex.fn.now() });
  }
}
