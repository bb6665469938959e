import Fastify from 'fastify'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import sensible from '@fastify/sensible'
import { registerRoutes } from './routes'
import authPlugin from './plugins/auth'

const STATIC_ORIGINS = new Set(['https://app.tallyhq.com', 'https://admin.tallyhq.com'])
// Vercel preview builds: https://<branch>-tally-web.preview.tallyhq.com
const PREVIEW_ORIGIN = /^https:\/\/[a-z0-9-]{1,63}-tally-web\.preview\.tallyhq\.com$/

export async function buildServer () {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    trustProxy: true
  })

  await app.register(helmet)
  await app.register(sensible)
  await app.register(cors, {
    origin: (origin, cb) => {
      if (!origin || STATIC_ORIGINS.has(origin) || PREVIEW_ORIGIN.test(origin)) return cb(null, true)
      cb(null, false)
    },
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
  })
  await app.register(authPlugin, { publicKey: process.env.JWT_PUBLIC_KEY! })
  await registerRoutes(app)

  return app
}
