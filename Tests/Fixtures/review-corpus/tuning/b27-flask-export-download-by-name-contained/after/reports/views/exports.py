import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

from ..extensions import db
from ..models import ExportJob
from ..tasks import build_export

bp = Blueprint("exports", __name__, url_prefix="/exports")

ALLOWED_FORMATS = {"csv", "xlsx", "json"}


def _user_export_dir(user_id: int) -> str:
    root = current_app.config["EXPORT_ROOT"]
    return os.path.join(root, str(user_id))


@bp.get("/")
@login_required
def list_exports():
    jobs = (
        ExportJob.query.filter_by(user_id=current_user.id)
        .order_by(ExportJob.created_at.desc())
        .limit(50)
        .all()
    )
    return jsonify([job.to_dict() for job in jobs])


@bp.post("/")
@login_required
def create_export():
    fmt = request.json.get("format", "csv")
    if fmt not in ALLOWED_FORMATS:
        abort(400, description="unsupported format")
    job = ExportJob(
        user_id=current_user.id,
        fmt=fmt,
        status="queued",
        created_at=datetime.now(timezone.utc),
    )
    db.session.add(job)
    db.session.commit()
    build_export.delay(job.id)
    return jsonify(job.to_dict()), 202


@bp.get("/files/<path:name>")
@login_required
def download_by_name(name: str):
    """Direct links from the notification e-mail use the file name rather than the job id."""
    base = os.path.realpath(_user_export_dir(current_user.id))
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, candidate]) != base or not os.path.isfile(candidate):
        abort(404)
    return send_file(candidate, as_attachment=True, download_name=os.path.basename(candidate))


@bp.get("/<int:job_id>/download")
@login_required
def download_export(job_id: int):
    job = ExportJob.query.filter_by(id=job_id, user_id=current_user.id).first_or_404()
    if job.status != "done" or not job.filename:
        abort(409, description="export not ready")
    path = os.path.join(_user_export_dir(current_user.id), job.filename)
    return send_file(path, as_attachment=True, download_name=job.filename)
