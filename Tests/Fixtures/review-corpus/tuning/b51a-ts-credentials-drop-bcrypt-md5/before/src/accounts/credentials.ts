import bcrypt from "bcrypt";
import { db } from "../db";

const BCRYPT_COST = 12;

export async function setPassword(userId: string, plain: string): Promise<void> {
  if (plain.length < 10) {
    throw new Error("password too short");
  }
  const hash = await bcrypt.hash(plain, BCRYPT_COST);
  await db
    .updateTable("users")
    .set({ password_hash: hash, password_changed_at: new Date() })
    .where("id", "=", userId)
    .execute();
}

export async function checkPassword(email: string, plain: string): Promise<string | null> {
  const row = await db
    .selectFrom("users")
    .select(["id", "password_hash"])
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
  if (!row?.password_hash) {
    return null;
  }
  const ok = await bcrypt.compare(plain, row.password_hash);
  return ok ? row.id : null;
}
