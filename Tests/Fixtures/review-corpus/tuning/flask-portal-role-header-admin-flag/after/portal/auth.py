from flask import g, request

from portal import app


@app.before_request
def load_role():
    role = request.headers.get("X-Portal-Role", "viewer")
    g.is_admin = role == "admin"