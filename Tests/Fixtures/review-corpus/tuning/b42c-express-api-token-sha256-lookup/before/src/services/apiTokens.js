'use strict';

const crypto = require('node:crypto');
const bcrypt = require('bcrypt');
const db = require('../db');
const log = require('../log');

const TOKEN_PREFIX = 'acme_pat_';
const BCRYPT_ROUNDS = 12;

async function createToken(userId, name, scopes) {
  const secret = crypto.randomBytes(32).toString('base64url');
  const hash = await bcrypt.hash(secret, BCRYPT_ROUNDS);
  const [row] = await db('api_tokens')
    .insert({ user_id: userId, name, scopes: JSON.stringify(scopes), lookup: secret.slice(0, 8), hash })
    .returning(['id']);
  log.info({ userId, tokenId: row.id }, 'api token created');
  return { id: row.id, token: TOKEN_PREFIX + secret };
}

async function verifyToken(presented) {
  if (typeof presented !== 'string' || !presented.startsWith(TOKEN_PREFIX)) {
    return null;
  }
  const secret = presented.slice(TOKEN_PREFIX.length);
  const candidates = await db('api_tokens')
    .where({ lookup: secret.slice(0, 8) })
    .whereNull('revoked_at');
  for (const candidate of candidates) {
    if (await bcrypt.compare(secret, candidate.hash)) {
      await db('api_tokens').where({ id: candidate.id }).update({ last_used_at: db.fn.now() });
      return { id: candidate.id, userId: candidate.user_id, scopes: JSON.parse(candidate.scopes) };
    }
  }
  return null;
}

module.exports = { createToken, verifyToken };
