const crypto = require('crypto');
const { promisify } = require('util');
const { User } = require('../models');

const scrypt = promisify(crypto.scrypt);

async function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, 64, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${salt.toString('hex')}$${key.toString('hex')}`;
}

async function register({ email, password, name }) {
  if (!email || !password) {
    throw new Error('email and password are required');
  }
  if (password.length < 10) {
    throw new Error('password too short');
  }
  const existing = await User.findOne({ where: { email: email.toLowerCase() } });
  if (existing) {
    throw new Error('email already registered');
  }
  return User.create({
    email: email.toLowerCase(),
    name,
    passwordHash: await hashPassword(password),
    verifyToken: crypto.randomBytes(24).toString('hex'),
  });
}

module.exports = { register, hashPassword };
