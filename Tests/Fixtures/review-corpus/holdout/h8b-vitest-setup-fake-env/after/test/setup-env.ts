// Loaded via `test.setupFiles` in vitest.config.ts.
// Every value below is a placeholder for unit tests: Stripe, S3 and the mailer are mocked
// with msw/aws-sdk-client-mock, and the database is the throwaway container from docker-compose.test.yml.
process.env.NODE_ENV = 'test';
process.env.TZ = 'UTC';

process.env.DATABASE_URL = 'postgres://app:app@localhost:55432/app_test';
process.env.REDIS_URL = 'redis://localhost:56379/15';

process.env.JWT_SECRET = 'test-only-jwt-secret-not-for-production';
process.env.SESSION_SECRET = 'test-only-session-secret';

process.env.STRIPE_SECRET_KEY = 'sk_test_fake_00000000000000000000';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_fake';

// AWS's documented example credentials
process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
process.env.AWS_REGION = 'us-east-1';
process.env.UPLOADS_BUCKET = 'uploads-test';

process.env.SMTP_URL = 'smtp://localhost:1025';
