import { registerAs } from '@nestjs/config';

export interface StorageConfig {
  bucket: string;
  region: string;
  signedUrlTtlSeconds: number;
  maxUploadBytes: number;
}

export default registerAs(
  'storage',
  (): StorageConfig => ({
    bucket: process.env.UPLOADS_BUCKET ?? 'quillpad-uploads',
    region: process.env.AWS_REGION ?? 'eu-west-1',
    // credentials come from the ECS task role via the default provider chain
    signedUrlTtlSeconds: parseInt(process.env.SIGNED_URL_TTL ?? '900', 10),
    maxUploadBytes: 25 * 1024 * 1024,
  }),
);
