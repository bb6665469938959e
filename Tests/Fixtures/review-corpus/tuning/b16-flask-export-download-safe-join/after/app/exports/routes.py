from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from app.models import ExportJob

bp = Blueprint("exports", __name__, url_prefix="/exports")


@bp.get("/")
@login_required
def index():
    jobs = (
        ExportJob.query.filter_by(owner_id=current_user.id)
        .order_by(ExportJob.created_at.desc())
        .limit(50)
        .all()
    )
    return {"exports": [j.to_dict() for j in jobs]}


@bp.get("/<path:filename>")
@login_required
def download(filename):
    job = ExportJob.query.filter_by(
        owner_id=current_user.id, filename=filename, status="done"
    ).first()
    if job is None:
        abort(404)
    # send_from_directory uses werkzeug.security.safe_join and 404s on
    # anything that escapes the directory.
    return send_from_directory(
        current_app.config["EXPORT_DIR"],
        job.filename,
        as_attachment=True,
        download_name=f"export-{job.id}.csv",
    )