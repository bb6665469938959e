import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module';

const STATIC_ORIGINS = new Set(
  (process.env.CORS_ORIGINS ?? 'https://dashboard.trellisapp.io')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
);

// Per-PR dashboard previews are deployed to https://pr-<number>.preview.trellisapp.io
const PREVIEW_ORIGIN = /^https:\/\/pr-\d{1,6}\.preview\.trellisapp\.io$/;

export function isAllowedOrigin(origin: string): boolean {
  return STATIC_ORIGINS.has(origin) || PREVIEW_ORIGIN.test(origin);
}

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  const logger = new Logger('bootstrap');

  app.use(helmet());
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));

  app.enableCors({
    origin: (origin, callback) => {
      if (!origin) {
        return callback(null, false);
      }
      const allowed = isAllowedOrigin(origin);
      if (!allowed) {
        logger.debug(`CORS: rejected origin ${origin}`);
      }
      callback(null, allowed);
    },
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    maxAge: 600,
  });

  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  logger.log(`API listening on :${port}`);
}

bootstrap();
