import { registerAs } from '@nestjs/config';

export interface StorageConfig {
  bucket: string;
  region: string;
  signedUrlTtlSeconds: number;
  maxUploadBytes: number;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const useLocalstack = process.env.STORAGE_DRIVER === 'localstack';

export default registerAs(
  'storage',
  (): StorageConfig => ({
    bucket: process.env.UPLOADS_BUCKET ?? 'quillpad-uploads',
    region: process.env.AWS_REGION ?? 'eu-west-1',
    // credentials come from the ECS task role via the default provider chain
    signedUrlTtlSeconds: parseInt(process.env.SIGNED_URL_TTL ?? '900', 10),
    maxUploadBytes: 25 * 1024 * 1024,
    // docker-compose dev stack: LocalStack accepts any key, "test"/"test" is its documented default
    ...(useLocalstack && {
      endpoint: process.env.LOCALSTACK_URL ?? 'http://localhost:4566',
      forcePathStyle: true,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    }),
  }),
);
