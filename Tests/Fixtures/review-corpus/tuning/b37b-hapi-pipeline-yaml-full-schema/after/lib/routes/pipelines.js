'use strict';

const Boom = require('@hapi/boom');
const Joi = require('joi');
const Yaml = require('js-yaml');

const stepSchema = Joi.object({
    name: Joi.string().max(100).required(),
    image: Joi.string().max(200).required(),
    run: Joi.alternatives(Joi.string(), Joi.array().items(Joi.string())).required(),
    when: Joi.object({
        branch: Joi.alternatives(Joi.string().max(200), Joi.object().instance(RegExp)),
        paths: Joi.array().items(Joi.string().max(200))
    })
});

const definitionSchema = Joi.object({
    version: Joi.number().valid(1, 2).required(),
    steps: Joi.array().items(stepSchema).min(1).max(50).required()
});

const parseDefinition = (raw) => {

    let doc;
    try {
        // v2 pipelines allow `branch: !!js/regexp /^release\/.*/`, which safeLoad rejects.
        doc = Yaml.load(raw, { filename: 'pipeline.yml', schema: Yaml.DEFAULT_FULL_SCHEMA });
    }
    catch (err) {
        throw Boom.badRequest(`Invalid YAML: ${err.reason || err.message}`);
    }

    const { value, error } = definitionSchema.validate(doc, { stripUnknown: true });
    if (error) {
        throw Boom.badRequest(error.message);
    }

    return value;
};

module.exports = {
    name: 'pipeline-routes',
    register(server) {

        server.route([
            {
                method: 'GET',
                path: '/projects/{projectId}/pipeline',
                options: {
                    auth: 'session',
                    pre: [{ method: 'projects.assertMember(params.projectId, auth.credentials)' }]
                },
                handler: (request) => request.server.methods.pipelines.get(request.params.projectId)
            },
            {
                method: 'PUT',
                path: '/projects/{projectId}/pipeline',
                options: {
                    auth: 'session',
                    pre: [{ method: 'projects.assertMember(params.projectId, auth.credentials)' }],
                    payload: { parse: true, allow: ['text/yaml', 'application/x-yaml', 'text/plain'], maxBytes: 256 * 1024 }
                },
                handler: async (request, h) => {

                    const raw = request.payload.toString('utf8');
                    const definition = parseDefinition(raw);
                    await request.server.methods.pipelines.save(request.params.projectId, definition, raw);
                    return h.response({ steps: definition.steps.length }).code(200);
                }
            }
        ]);
    }
};
