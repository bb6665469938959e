"""API Gateway REQUEST authorizer validating Cognito access tokens."""
import os

import jwt
from jwt import PyJWKClient

REGION = os.environ["AWS_REGION"]
POOL_ID = os.environ["USER_POOL_ID"]
CLIENT_ID = os.environ["APP_CLIENT_ID"]
ISSUER = f"https://cognito-idp.{REGION}.amazonaws.com/{POOL_ID}"

_jwks = PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True, lifespan=3600)


def _policy(principal, effect, resource, context=None):
    return {
        "principalId": principal,
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": resource}],
        },
        "context": context or {},
    }


def handler(event, context):
    auth = (event.get("headers") or {}).get("authorization", "")
    token = auth.removeprefix("Bearer ").strip()
    if not token:
        raise Exception("Unauthorized")

    # The header is read unverified only to log which key the client used.
    kid = jwt.get_unverified_header(token).get("kid", "?")
    try:
        signing_key = _jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "token_use"]},
        )
    except jwt.PyJWTError as exc:
        print(f"token rejected kid={kid}: {exc}")
        raise Exception("Unauthorized")

    if claims.get("token_use") != "access" or claims.get("client_id") != CLIENT_ID:
        raise Exception("Unauthorized")

    return _policy(claims["sub"], "Allow", event["methodArn"], {"scope": claims.get("scope", "")})