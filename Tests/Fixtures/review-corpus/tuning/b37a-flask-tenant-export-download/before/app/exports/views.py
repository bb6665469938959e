import logging
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request, send_from_directory
from flask_login import current_user, login_required

from app.exports.models import ExportJob
from app.exports.tasks import build_export
from app.extensions import db

log = logging.getLogger(__name__)

bp = Blueprint("exports", __name__, url_prefix="/exports")


@bp.post("/")
@login_required
def create_export():
    payload = request.get_json(silent=True) or {}
    kind = payload.get("kind", "orders")
    if kind not in ("orders", "customers", "inventory"):
        abort(400, description="unsupported export kind")

    job = ExportJob(tenant_id=current_user.tenant_id, kind=kind, requested_by=current_user.id)
    db.session.add(job)
    db.session.commit()
    build_export.delay(job.id)
    return jsonify(id=job.id, status=job.status), 202


@bp.get("/<int:job_id>")
@login_required
def export_status(job_id):
    job = ExportJob.query.filter_by(id=job_id, tenant_id=current_user.tenant_id).first_or_404()
    return jsonify(id=job.id, status=job.status, filename=job.filename)


@bp.get("/download")
@login_required
def download_export():
    filename = request.args.get("file", "")
    if not filename:
        abort(400)

    job = ExportJob.query.filter_by(tenant_id=current_user.tenant_id, filename=filename).first()
    if job is None or job.status != "done":
        abort(404)

    log.info("tenant %s downloading %s", current_user.tenant_id, filename)
    job.last_downloaded_at = datetime.now(timezone.utc)
    db.session.commit()

    return send_from_directory(
        current_app.config["EXPORT_DIR"],
        filename,
        as_attachment=True,
    )
