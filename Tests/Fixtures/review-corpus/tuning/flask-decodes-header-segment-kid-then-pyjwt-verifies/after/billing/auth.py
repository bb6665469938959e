import base64
import json

import jwt
from flask import abort, g, request

from billing.jwks import signing_key_for


def require_user():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    key = signing_key_for(header.get("kid"))
    if key is None:
        abort(401)
    try:
        g.claims = jwt.decode(token, key=key, algorithms=["RS256"], audience="billing-api")
    except jwt.InvalidTokenError:
        abort(401)