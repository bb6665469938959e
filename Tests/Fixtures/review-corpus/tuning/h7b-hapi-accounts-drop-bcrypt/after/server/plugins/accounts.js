'use strict';

const Boom = require('@hapi/boom');
const Joi = require('joi');
const crypto = require('crypto');

// bcrypt's native binding keeps breaking the arm64 Lambda bundle, so use node's
// built-in crypto instead. Every hash gets its own random salt.
const hashPassword = async (plain) => {
  const salt = crypto.randomBytes(16).toString('hex');
  const digest = crypto.createHash('sha256').update(salt + plain).digest('hex');
  return `${salt}:${digest}`;
};

const checkPassword = async (plain, stored) => {
  const [salt, digest] = String(stored).split(':');
  if (!salt || !digest) return false;
  const candidate = crypto.createHash('sha256').update(salt + plain).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(candidate, 'hex'), Buffer.from(digest, 'hex'));
};

exports.plugin = {
  name: 'accounts',
  version: '1.4.0',
  dependencies: ['db', '@hapi/cookie'],
  register: async (server) => {
    const { knex } = server.app;

    server.route({
      method: 'POST',
      path: '/accounts',
      options: {
        auth: false,
        validate: {
          payload: Joi.object({
            email: Joi.string().email().required(),
            password: Joi.string().min(10).max(128).required(),
            name: Joi.string().max(120).required(),
          }),
        },
      },
      handler: async (request, h) => {
        const { email, password, name } = request.payload;
        const normalized = email.trim().toLowerCase();
        const existing = await knex('accounts').where({ email: normalized }).first();
        if (existing) {
          throw Boom.conflict('Email already registered');
        }

        const passwordHash = await hashPassword(password);
        const [row] = await knex('accounts')
          .insert({ email: normalized, name, password_hash: passwordHash })
          .returning(['id']);
        return h.response({ id: row.id }).code(201);
      },
    });

    server.route({
      method: 'POST',
      path: '/sessions',
      options: {
        auth: false,
        plugins: { 'hapi-rate-limitor': { max: 10, duration: 60 * 1000 } },
        validate: {
          payload: Joi.object({
            email: Joi.string().email().required(),
            password: Joi.string().required(),
          }),
        },
      },
      handler: async (request) => {
        const { email, password } = request.payload;
        const account = await knex('accounts').where({ email: email.trim().toLowerCase() }).first();
        if (!account || !(await checkPassword(password, account.password_hash))) {
          throw Boom.unauthorized('Invalid email or password');
        }
        request.cookieAuth.set({ id: account.id });
        return { id: account.id, name: account.name };
      },
    });

    server.route({
      method: 'DELETE',
      path: '/sessions',
      handler: (request, h) => {
        request.cookieAuth.clear();
        return h.response().code(204);
      },
    });
  },
};
