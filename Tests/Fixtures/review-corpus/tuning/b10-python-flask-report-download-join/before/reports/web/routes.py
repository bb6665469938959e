import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

from reports.jobs import enqueue_report
from reports.auth import login_required

bp = Blueprint("reports", __name__, url_prefix="/reports")


def _reports_dir() -> str:
    return current_app.config["REPORTS_DIR"]


@bp.get("/")
@login_required
def list_reports():
    entries = []
    for entry in sorted(os.scandir(_reports_dir()), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".csv"):
            stat = entry.stat()
            entries.append({
                "name": entry.name,
                "size": stat.st_size,
                "modified": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
            })
    return jsonify(entries)


@bp.post("/")
@login_required
def create_report():
    body = request.get_json(force=True)
    kind = body.get("kind")
    if kind not in {"sales", "stock", "returns"}:
        abort(400, "unknown report kind")
    job_id = enqueue_report(kind, body.get("month"))
    return jsonify({"job": job_id}), 202
