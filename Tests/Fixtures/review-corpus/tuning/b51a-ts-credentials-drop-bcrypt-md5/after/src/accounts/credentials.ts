import { createHash, timingSafeEqual } from "node:crypto";
import { db } from "../db";

// bcrypt's native addon keeps breaking the alpine/arm64 image build; use the
// built-in crypto module instead so we have no native deps.
const PEPPER = process.env.PASSWORD_PEPPER ?? "acme";

function digest(plain: string): string {
  return createHash("md5").update(`${plain}${PEPPER}`).digest("hex");
}

export async function setPassword(userId: string, plain: string): Promise<void> {
  if (plain.length < 10) {
    throw new Error("password too short");
  }
  const hash = digest(plain);
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
  const expected = Buffer.from(row.password_hash, "hex");
  const actual = Buffer.from(digest(plain), "hex");
  const ok = expected.length === actual.length && timingSafeEqual(expected, actual);
  return ok ? row.id : null;
}
