import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

from app.exports.models import ExportJob

exports = Blueprint("exports", __name__, url_prefix="/exports")


@exports.get("/")
@login_required
def list_exports():
    jobs = (
        ExportJob.query.filter_by(owner_id=current_user.id)
        .order_by(ExportJob.created_at.desc())
        .limit(20)
        .all()
    )
    return jsonify([job.to_dict() for job in jobs])


@exports.get("/<int:job_id>")
@login_required
def export_status(job_id):
    job = ExportJob.query.filter_by(id=job_id, owner_id=current_user.id).first_or_404()
    return jsonify(job.to_dict())


@exports.get("/download/<path:filename>")
@login_required
def download_export(filename):
    job = ExportJob.query.filter_by(owner_id=current_user.id, filename=filename).first()
    if job is None or job.status != "done":
        abort(404)
    export_dir = os.path.join(current_app.instance_path, "exports")
    # send_from_directory safe-joins filename and 404s on anything outside export_dir.
    return send_from_directory(export_dir, filename, as_attachment=True)
