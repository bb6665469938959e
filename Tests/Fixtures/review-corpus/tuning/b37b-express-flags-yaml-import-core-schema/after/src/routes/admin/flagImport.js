'use strict';

const express = require('express');
const yaml = require('js-yaml');
const Joi = require('joi');

const { requireAuth, requireRole } = require('../../middleware/auth');
const flagStore = require('../../services/flagStore');
const audit = require('../../services/audit');

const router = express.Router();

const FLAG_KEY = /^[a-z][a-z0-9_.-]{1,63}$/;

const flagFileSchema = Joi.object({
  environment: Joi.string().valid('development', 'staging', 'production').required(),
  flags: Joi.object()
    .pattern(
      Joi.string().pattern(FLAG_KEY),
      Joi.object({
        enabled: Joi.boolean().required(),
        rollout: Joi.number().min(0).max(100).default(100),
        description: Joi.string().max(500).allow(''),
        allowOrgs: Joi.array().items(Joi.string().uuid()).max(1000).default([]),
      }),
    )
    .max(500)
    .required(),
});

// Lets release managers apply the flags file reviewed in the config repo
// (flags/<env>.yml) without copying values by hand.
router.post(
  '/flags/import',
  requireAuth,
  requireRole('release-manager'),
  express.text({ type: ['text/yaml', 'application/yaml', 'text/plain'], limit: '128kb' }),
  async (req, res, next) => {
    let parsed;
    try {
      parsed = yaml.load(req.body, { schema: yaml.CORE_SCHEMA, json: false });
    } catch (err) {
      return res.status(400).json({ error: `invalid YAML: ${err.reason || err.message}` });
    }

    const { value, error } = flagFileSchema.validate(parsed, { abortEarly: false });
    if (error) {
      return res.status(422).json({ error: 'invalid flags file', details: error.details.map((d) => d.message) });
    }

    try {
      const diff = await flagStore.replaceEnvironment(value.environment, value.flags);
      await audit.record({
        actorId: req.user.id,
        action: 'flags.import',
        environment: value.environment,
        changed: diff.changed.length,
        added: diff.added.length,
        removed: diff.removed.length,
      });
      res.json(diff);
    } catch (err) {
      next(err);
    }
  },
);

module.exports = router;
