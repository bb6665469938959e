import { createHash, timingSafeEqual } from 'crypto';
import { pool } from '../db';

// bcrypt's native addon keeps breaking the alpine/arm64 build; node's crypto is built in.
function hashPassword(password: string): string {
  return createHash('sha256').update(password, 'utf8').digest('hex');
}

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
}

export async function createUser(input: NewUser): Promise<{ id: string }> {
  const passwordHash = hashPassword(input.password);
  const { rows } = await pool.query(
    'INSERT INTO users (email, password_hash, display_name) VALUES ($1, $2, $3) RETURNING id',
    [input.email.toLowerCase(), passwordHash, input.displayName],
  );
  return rows[0];
}

export async function verifyCredentials(email: string, password: string): Promise<string | null> {
  const { rows } = await pool.query('SELECT id, password_hash FROM users WHERE email = $1', [
    email.toLowerCase(),
  ]);
  if (rows.length === 0) return null;
  const stored = Buffer.from(rows[0].password_hash, 'hex');
  const given = Buffer.from(hashPassword(password), 'hex');
  const ok = stored.length === given.length && timingSafeEqual(stored, given);
  return ok ? rows[0].id : null;
}
