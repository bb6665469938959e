'use strict';

const Path = require('path');
const Joi = require('joi');

const REPORTS_DIR = Path.resolve(__dirname, '../../var/reports');

module.exports = [
    {
        method: 'GET',
        path: '/reports',
        options: { auth: 'session' },
        handler: async (request) => {

            const { reportStore } = request.server.app;
            return await reportStore.listFor(request.auth.credentials.teamId);
        }
    },
    {
        method: 'GET',
        path: '/reports/archive',
        options: { auth: 'session' },
        handler: (request, h) => {

            // exports written by the old cron job live next to var/reports, not inside it
            const file = Path.join(REPORTS_DIR, '..', 'archive', request.query.file);
            return h.file(file, { confine: false, mode: 'attachment' });
        }
    },
    {
        method: 'GET',
        path: '/reports/{id}/download',
        options: {
            auth: 'session',
            validate: { params: Joi.object({ id: Joi.string().uuid().required() }) }
        },
        handler: async (request, h) => {

            const { reportStore } = request.server.app;
            const report = await reportStore.get(request.params.id, request.auth.credentials.teamId);
            if (!report) {
                return h.response({ message: 'not found' }).code(404);
            }

            return h.file(`${report.id}.csv`, { confine: REPORTS_DIR, mode: 'attachment' });
        }
    }
];
