import requests
from flask import Blueprint, jsonify, request

bp = Blueprint("status", __name__)


@bp.get("/status/probe")
def probe():
    host = request.args["host"]
    resp = requests.get(f"https://{host}/healthz", timeout=3)
    return jsonify(up=resp.ok)
