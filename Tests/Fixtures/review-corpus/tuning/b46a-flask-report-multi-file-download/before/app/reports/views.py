import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from app.reports.models import ReportRun

bp = Blueprint("reports", __name__, url_prefix="/reports")


def _export_root():
    return os.path.join(current_app.instance_path, "exports")


@bp.get("/<int:run_id>")
@login_required
def show(run_id):
    run = ReportRun.query.filter_by(id=run_id, account_id=current_user.account_id).first_or_404()
    return {"id": run.id, "status": run.status, "files": run.file_names}


@bp.get("/<int:run_id>/download")
@login_required
def download(run_id):
    run = ReportRun.query.filter_by(id=run_id, account_id=current_user.account_id).first_or_404()
    if run.status != "done":
        abort(409)
    return send_from_directory(_export_root(), run.file_name, as_attachment=True)
