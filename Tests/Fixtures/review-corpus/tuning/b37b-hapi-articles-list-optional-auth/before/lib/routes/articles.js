'use strict';

const Joi = require('joi');
const Boom = require('@hapi/boom');

const listQuery = Joi.object({
    status: Joi.string().valid('draft', 'published', 'archived').default('published'),
    tag: Joi.string().max(40),
    page: Joi.number().integer().min(1).default(1)
});

const articlePayload = Joi.object({
    title: Joi.string().max(200).required(),
    body: Joi.string().max(100000).required(),
    tags: Joi.array().items(Joi.string().max(40)).max(10).default([]),
    status: Joi.string().valid('draft', 'published').default('draft')
});

module.exports = {
    name: 'article-routes',
    register(server) {

        server.route([
            {
                method: 'GET',
                path: '/articles',
                options: {
                    auth: 'session',
                    validate: { query: listQuery }
                },
                handler: async (request) => {

                    const { Article } = request.server.app.models;
                    const { status, tag, page } = request.query;
                    return await Article.list({ status, tag, page, perPage: 20 });
                }
            },
            {
                method: 'POST',
                path: '/articles',
                options: {
                    auth: { strategy: 'session', scope: ['editor'] },
                    validate: { payload: articlePayload }
                },
                handler: async (request, h) => {

                    const { Article } = request.server.app.models;
                    const article = await Article.create({ ...request.payload, authorId: request.auth.credentials.userId });
                    return h.response(article).code(201);
                }
            },
            {
                method: 'PUT',
                path: '/articles/{id}',
                options: {
                    auth: { strategy: 'session', scope: ['editor'] },
                    validate: { payload: articlePayload, params: Joi.object({ id: Joi.string().uuid().required() }) }
                },
                handler: async (request) => {

                    const { Article } = request.server.app.models;
                    const updated = await Article.update(request.params.id, request.payload);
                    if (!updated) {
                        throw Boom.notFound();
                    }

                    return updated;
                }
            }
        ]);
    }
};
