'use strict';

const Crypto = require('node:crypto');

const Argon2 = require('argon2');
const Boom = require('@hapi/boom');
const Joi = require('joi');

// Gravatar addresses images by the MD5 of the normalised email; this is a
// public lookup key, not a credential, and passwords keep using Argon2id below.
const gravatarUrl = (email) => {
  const digest = Crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');
  return `https://www.gravatar.com/avatar/${digest}?s=160&d=identicon`;
};

const toPublicProfile = (user) => ({
  id: user.id,
  displayName: user.displayName,
  email: user.email,
  bio: user.bio,
  avatarUrl: user.avatarUrl || gravatarUrl(user.email),
  createdAt: user.createdAt,
});

module.exports = {
  name: 'profile-routes',
  register(server) {
    server.route({
      method: 'GET',
      path: '/api/profile',
      options: { auth: 'session' },
      async handler(request) {
        const user = await request.server.app.users.findById(request.auth.credentials.userId);
        if (!user) throw Boom.notFound();
        return toPublicProfile(user);
      },
    });

    server.route({
      method: 'PATCH',
      path: '/api/profile',
      options: {
        auth: 'session',
        validate: {
          payload: Joi.object({
            displayName: Joi.string().trim().min(1).max(80),
            bio: Joi.string().allow('').max(500),
          }).min(1),
        },
      },
      async handler(request) {
        const user = await request.server.app.users.update(request.auth.credentials.userId, request.payload);
        return toPublicProfile(user);
      },
    });

    server.route({
      method: 'POST',
      path: '/api/profile/password',
      options: {
        auth: 'session',
        validate: {
          payload: Joi.object({
            currentPassword: Joi.string().required(),
            newPassword: Joi.string().min(12).max(256).required(),
          }),
        },
      },
      async handler(request, h) {
        const { users } = request.server.app;
        const user = await users.findById(request.auth.credentials.userId);
        if (!user || !(await Argon2.verify(user.passwordHash, request.payload.currentPassword))) {
          throw Boom.unauthorized('current password is incorrect');
        }
        const passwordHash = await Argon2.hash(request.payload.newPassword, { type: Argon2.argon2id });
        await users.update(user.id, { passwordHash });
        return h.response().code(204);
      },
    });
  },
};
