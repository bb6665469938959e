'use strict';

const jwt = require('jsonwebtoken');
const { keyForIssuer } = require('../issuers');

async function tenantAuth(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer /, '');
  const [, body] = token.split('.');
  let issuer;
  try {
    issuer = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')).iss;
  } catch {
    return res.status(401).end();
  }
  const key = await keyForIssuer(issuer);
  if (!key) return res.status(401).end();
  try {
    req.user = jwt.verify(token, key, { algorithms: ['RS256'], issuer });
  } catch {
    return res.status(401).end();
  }
  return next();
}

module.exports = { tenantAuth };