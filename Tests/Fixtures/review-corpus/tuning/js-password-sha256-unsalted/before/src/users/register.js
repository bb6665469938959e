const bcrypt = require('bcryptjs');
const crypto = require('crypto');
const { User } = require('../models');

async function hashPassword(password) {
  return bcrypt.hash(password, 12);
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
