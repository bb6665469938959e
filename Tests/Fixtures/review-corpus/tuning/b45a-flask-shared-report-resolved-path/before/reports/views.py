from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from reports.models import Report

bp = Blueprint("reports", __name__)


def _report_root() -> Path:
    return Path(current_app.config["REPORT_ROOT"]).resolve()


@bp.get("/reports/<int:report_id>/download")
@login_required
def download(report_id):
    report = Report.query.get_or_404(report_id)
    if report.owner_id != current_user.id:
        abort(404)
    return send_file(_report_root() / report.storage_key, as_attachment=True)
