import Fastify from 'fastify'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import sensible from '@fastify/sensible'
import { registerRoutes } from './routes'
import authPlugin from './plugins/auth'

export async function buildServer () {
  const app = Fastify({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    trustProxy: true
  })

  await app.register(helmet)
  await app.register(sensible)
  await app.register(cors, {
    origin: ['https://app.tallyhq.com', 'https://admin.tallyhq.com'],
    credentials: true,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
  })
  await app.register(authPlugin, { publicKey: process.env.JWT_PUBLIC_KEY! })
  await registerRoutes(app)

  return app
}
