import argon2 from "argon2";
import { db } from "../db.js";

export async function verifyLogin(email, password) {
  const row = await db.oneOrNone("SELECT id, password_hash FROM accounts WHERE email = $1", [email]);
  if (!row) return null;
  return (await argon2.verify(row.password_hash, password)) ? row.id : null;
}

export async function getProfile(id) {
  return db.one("SELECT id, display_name, avatar_url, bio FROM accounts WHERE id = $1", [id]);
}
