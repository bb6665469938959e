from functools import wraps

import jwt
from flask import current_app, g, jsonify, request

JWT_OPTIONS = {
    "verify_signature": True,
    "verify_exp": True,
    "verify_aud": True,
    "require": ["exp", "iat", "sub", "aud"],
}


def _unauthorized(message):
    response = jsonify(error=message)
    response.status_code = 401
    response.headers["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return _unauthorized("missing token")
        token = header.removeprefix("Bearer ")
        try:
            claims = jwt.decode(
                token,
                current_app.config["JWT_SECRET"],
                algorithms=["HS256"],
                audience=current_app.config["JWT_AUDIENCE"],
                options=JWT_OPTIONS,
                leeway=30,
            )
        except jwt.ExpiredSignatureError:
            return _unauthorized("token expired")
        except jwt.InvalidTokenError:
            return _unauthorized("invalid token")
        g.user_id = claims["sub"]
        g.scopes = set(claims.get("scope", "").split())
        return view(*args, **kwargs)

    return wrapper
