import os

from flask import Blueprint, jsonify, request, send_file

from app.auth import require_api_key
from app.exports import list_exports, queue_export

EXPORT_DIR = os.environ.get("EXPORT_DIR", "/var/lib/acme/exports")

exports = Blueprint("exports", __name__, url_prefix="/api/v1")


@exports.post("/exports")
@require_api_key
def create_export():
    body = request.get_json(force=True)
    job = queue_export(kind=body["kind"], filters=body.get("filters", {}))
    return jsonify({"id": job.id, "status": job.status}), 202


@exports.get("/exports")
@require_api_key
def get_exports():
    return jsonify([e.to_dict() for e in list_exports()])


@exports.get("/exports/download")
@require_api_key
def download_export():
    filename = request.args.get("file", "")
    return send_file(os.path.join(EXPORT_DIR, filename), as_attachment=True)
