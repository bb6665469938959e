import bcrypt from 'bcrypt';
import { pool } from '../db';

const BCRYPT_ROUNDS = 12;

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
}

export async function createUser(input: NewUser): Promise<{ id: string }> {
  const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
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
  const ok = await bcrypt.compare(password, rows[0].password_hash);
  return ok ? rows[0].id : null;
}
