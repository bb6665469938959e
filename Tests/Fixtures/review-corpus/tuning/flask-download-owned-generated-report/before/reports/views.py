from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from .models import Report
from .storage import report_storage

bp = Blueprint("reports", __name__)


@bp.get("/reports")
@login_required
def list_reports():
    reports = Report.query.filter_by(owner_id=current_user.id).order_by(Report.created_at.desc()).all()
    return render_template("reports/list.html", reports=reports)


@bp.get("/reports/<int:report_id>")
@login_required
def show_report(report_id: int):
    report = Report.query.filter_by(id=report_id, owner_id=current_user.id).first()
    if report is None:
        abort(404)
    return render_template("reports/show.html", report=report)
