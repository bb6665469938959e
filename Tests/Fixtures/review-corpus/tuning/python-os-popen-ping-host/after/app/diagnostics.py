import os

from flask import Blueprint, jsonify, request

bp = Blueprint("diagnostics", __name__)


@bp.get("/diagnostics/health")
def health():
    return jsonify(status="ok")


@bp.get("/diagnostics/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    output = os.popen("ping -c 3 -W 1 " + host).read()
    return jsonify(host=host, output=output)