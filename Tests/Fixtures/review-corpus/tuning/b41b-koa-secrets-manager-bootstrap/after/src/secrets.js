'use strict';

const {
  SecretsManagerClient,
  GetSecretValueCommand,
} = require('@aws-sdk/client-secrets-manager');
const log = require('./log');

// ARN of the JSON secret, e.g. arn:aws:secretsmanager:eu-west-1:<acct>:secret:hive/api-<suffix>
const SECRET_ARN = process.env.HIVE_SECRETS_ARN;
const REGION = process.env.AWS_REGION || 'eu-west-1';

const REQUIRED = ['stripeSecretKey', 'jwtSigningKey', 'sessionKeys'];

let cached;

// Loaded once at boot by src/server.js before the Koa app is built. The pod's
// IRSA role is the only principal allowed GetSecretValue on this ARN, so the
// mounted secrets.json (readable by anything that could exec into the pod) goes.
async function loadSecrets() {
  if (cached) return cached;
  if (!SECRET_ARN) {
    throw new Error('HIVE_SECRETS_ARN is not set');
  }

  const client = new SecretsManagerClient({ region: REGION });
  const { SecretString } = await client.send(
    new GetSecretValueCommand({ SecretId: SECRET_ARN, VersionStage: 'AWSCURRENT' }),
  );
  if (!SecretString) {
    throw new Error(`secret ${SECRET_ARN} has no string value`);
  }

  const data = JSON.parse(SecretString);
  for (const key of REQUIRED) {
    if (!data[key]) {
      throw new Error(`secret ${key} missing from ${SECRET_ARN}`);
    }
  }
  cached = Object.freeze({
    stripeSecretKey: data.stripeSecretKey,
    jwtSigningKey: data.jwtSigningKey,
    sessionKeys: String(data.sessionKeys).split(','),
  });
  log.info({ arn: SECRET_ARN, keys: REQUIRED }, 'secrets loaded');
  return cached;
}

module.exports = { loadSecrets };
