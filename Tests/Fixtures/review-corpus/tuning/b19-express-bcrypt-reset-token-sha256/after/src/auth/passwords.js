'use strict';

const crypto = require('node:crypto');
const bcrypt = require('bcrypt');
const { pool } = require('../db');

const MIN_ROUNDS = 12;
const ROUNDS = Math.max(MIN_ROUNDS, Number.parseInt(process.env.BCRYPT_ROUNDS || '', 10) || MIN_ROUNDS);
const RESET_TTL_MINUTES = 30;

// bcrypt silently truncates at 72 bytes; refuse longer input rather than pretend.
const MAX_PASSWORD_BYTES = 72;

function assertAcceptable(password) {
  if (typeof password !== 'string' || password.length < 10) {
    throw Object.assign(new Error('password must be at least 10 characters'), { status: 422 });
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) {
    throw Object.assign(new Error('password is too long'), { status: 422 });
  }
}

async function hashPassword(password) {
  assertAcceptable(password);
  return bcrypt.hash(password, ROUNDS);
}

async function verifyPassword(password, storedHash) {
  if (!storedHash) {
    // keep timing similar for unknown users
    await bcrypt.compare(password, '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5t1kz7k5sQW1xF3o7aW0Qz1bqJQk5e.');
    return false;
  }
  return bcrypt.compare(password, storedHash);
}

function needsRehash(storedHash) {
  return bcrypt.getRounds(storedHash) < ROUNDS;
}

function hashToken(token) {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

async function createResetToken(userId) {
  const token = crypto.randomBytes(32).toString('base64url');
  await pool.query(
    `INSERT INTO password_resets (user_id, token_hash, expires_at)
     VALUES ($1, $2, now() + ($3 || ' minutes')::interval)`,
    [userId, hashToken(token), String(RESET_TTL_MINUTES)],
  );
  return token;
}

async function consumeResetToken(token, newPassword) {
  const newHash = await hashPassword(newPassword);
  const { rows } = await pool.query(
    `UPDATE password_resets
        SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING user_id`,
    [hashToken(String(token))],
  );
  if (rows.length === 0) {
    return false;
  }
  await pool.query('UPDATE users SET password_hash = $1, password_changed_at = now() WHERE id = $2', [
    newHash,
    rows[0].user_id,
  ]);
  return true;
}

module.exports = {
  hashPassword,
  verifyPassword,
  needsRehash,
  createResetToken,
  consumeResetToken,
};