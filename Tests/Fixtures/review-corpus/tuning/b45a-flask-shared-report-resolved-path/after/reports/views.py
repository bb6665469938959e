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


@bp.get("/reports/shared/<path:relpath>")
@login_required
def download_shared(relpath):
    team_dir = (_report_root() / "shared" / str(current_user.team_id)).resolve()
    target = (team_dir / relpath).resolve()
    # resolve() follows symlinks and collapses "..", so this pins the file inside the team's folder
    if not target.is_relative_to(team_dir) or not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True, download_name=target.name)
