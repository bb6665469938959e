import os
from datetime import date, timedelta

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    send_from_directory,
    url_for,
)
from flask_login import current_user, login_required

from app.extensions import db
from app.reports.forms import ReportRequestForm
from app.reports.models import Report
from app.reports.tasks import build_report

reports_bp = Blueprint("reports", __name__, url_prefix="/reports")


def _user_report_dir():
    return os.path.join(current_app.config["REPORT_DIR"], str(current_user.id))


@reports_bp.route("/")
@login_required
def index():
    reports = (
        Report.query.filter_by(owner_id=current_user.id)
        .order_by(Report.created_at.desc())
        .limit(50)
        .all()
    )
    return render_template("reports/index.html", reports=reports, form=ReportRequestForm())


@reports_bp.route("/", methods=["POST"])
@login_required
def create():
    form = ReportRequestForm()
    if not form.validate_on_submit():
        flash("Please fix the errors below.", "error")
        return redirect(url_for("reports.index"))

    start = form.start.data or date.today() - timedelta(days=30)
    end = form.end.data or date.today()
    report = Report(owner_id=current_user.id, kind=form.kind.data, start=start, end=end)
    db.session.add(report)
    db.session.commit()

    build_report.delay(report.id)
    flash("Your report is being generated.", "info")
    return redirect(url_for("reports.index"))


@reports_bp.route("/<int:report_id>/download")
@login_required
def download(report_id):
    report = Report.query.filter_by(id=report_id, owner_id=current_user.id).first_or_404()
    if report.status != "ready":
        abort(409)
    return send_file(
        os.path.join(_user_report_dir(), report.filename),
        as_attachment=True,
        download_name=f"{report.kind}-{report.start:%Y%m%d}-{report.end:%Y%m%d}.xlsx",
    )


@reports_bp.route("/files/<path:filename>")
@login_required
def attachment(filename):
    """Serve chart images and appendix files that reports link to, e.g. charts/revenue.png.

    send_from_directory joins with werkzeug's safe_join and 404s on anything that would
    leave the caller's own report directory (../, absolute paths, drive letters).
    """
    return send_from_directory(
        _user_report_dir(),
        filename,
        as_attachment=request.args.get("download") == "1",
        max_age=3600,
    )


@reports_bp.route("/<int:report_id>", methods=["POST"])
@login_required
def delete(report_id):
    report = Report.query.filter_by(id=report_id, owner_id=current_user.id).first_or_404()
    path = os.path.join(_user_report_dir(), report.filename or "")
    if report.filename and os.path.isfile(path):
        os.remove(path)
    db.session.delete(report)
    db.session.commit()
    return redirect(url_for("reports.index"))
