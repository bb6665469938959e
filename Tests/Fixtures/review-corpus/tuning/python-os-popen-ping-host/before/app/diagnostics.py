from flask import Blueprint, jsonify, request

bp = Blueprint("diagnostics", __name__)


@bp.get("/diagnostics/health")
def health():
    return jsonify(status="ok")