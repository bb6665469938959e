'use strict';

const crypto = require('crypto');
const { S3Client, PutObjectCommand, HeadObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({ region: process.env.AWS_REGION });
const BUCKET = process.env.DOCUMENTS_BUCKET;
const MAX_BYTES = 20 * 1024 * 1024;
const ALLOWED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/**
 * Content-addressed document storage.
 *
 * - sha256 of the bytes is the object key, so re-uploading the same file is a no-op.
 * - md5 is only computed because S3's Content-MD5 header requires it for the upload
 *   integrity check; it is not used for identity, passwords or anything security relevant.
 */
function digests(buffer) {
  return {
    sha256: crypto.createHash('sha256').update(buffer).digest('hex'),
    contentMd5: crypto.createHash('md5').update(buffer).digest('base64'),
  };
}

async function exists(key) {
  try {
    await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    return true;
  } catch (err) {
    if (err.$metadata && err.$metadata.httpStatusCode === 404) {
      return false;
    }
    throw err;
  }
}

/** Koa handler: POST /documents with a multipart "file" field (parsed by @koa/multer into memory). */
async function uploadDocument(ctx) {
  const file = ctx.file;
  if (!file) {
    ctx.throw(400, 'missing file');
  }
  if (file.size > MAX_BYTES) {
    ctx.throw(413, 'file too large');
  }
  if (!ALLOWED_TYPES.has(file.mimetype)) {
    ctx.throw(415, 'unsupported file type');
  }

  const { sha256, contentMd5 } = digests(file.buffer);
  const key = `documents/${ctx.state.user.orgId}/${sha256}`;

  if (!(await exists(key))) {
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: key,
        Body: file.buffer,
        ContentType: file.mimetype,
        ContentMD5: contentMd5,
        ServerSideEncryption: 'aws:kms',
        Metadata: { 'uploaded-by': String(ctx.state.user.id) },
      }),
    );
  }

  ctx.status = 201;
  ctx.body = { key, sha256, size: file.size };
}

module.exports = { uploadDocument, digests };