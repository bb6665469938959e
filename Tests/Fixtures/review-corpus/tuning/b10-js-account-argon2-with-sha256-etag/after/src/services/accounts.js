import { createHash } from "node:crypto";
import argon2 from "argon2";
import { db } from "../db.js";

const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export async function verifyLogin(email, password) {
  const row = await db.oneOrNone("SELECT id, password_hash FROM accounts WHERE email = $1", [email]);
  if (!row) return null;
  return (await argon2.verify(row.password_hash, password)) ? row.id : null;
}

export async function changePassword(id, currentPassword, newPassword) {
  const row = await db.one("SELECT password_hash FROM accounts WHERE id = $1", [id]);
  if (!(await argon2.verify(row.password_hash, currentPassword))) {
    return false;
  }
  const passwordHash = await argon2.hash(newPassword, ARGON2_OPTIONS);
  await db.none("UPDATE accounts SET password_hash = $1, password_changed_at = now() WHERE id = $2", [passwordHash, id]);
  return true;
}

export async function getProfile(id) {
  const profile = await db.one("SELECT id, display_name, avatar_url, bio FROM accounts WHERE id = $1", [id]);
  const etag = createHash("sha256").update(JSON.stringify(profile)).digest("base64url");
  return { profile, etag: `"${etag}"` };
}
