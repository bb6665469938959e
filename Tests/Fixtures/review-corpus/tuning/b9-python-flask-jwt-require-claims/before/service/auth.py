from functools import wraps

import jwt
from flask import current_app, g, jsonify, request


def _unauthorized(message):
    response = jsonify(error=message)
    response.status_code = 401
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
            )
        except jwt.InvalidTokenError:
            return _unauthorized("invalid token")
        g.user_id = claims["sub"]
        return view(*args, **kwargs)

    return wrapper
