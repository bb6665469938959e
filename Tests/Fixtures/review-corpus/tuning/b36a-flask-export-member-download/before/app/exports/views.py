import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, flash, redirect, render_template, send_from_directory, url_for
from flask_login import current_user, login_required

from app.exports.models import Export
from app.extensions import db

bp = Blueprint("exports", __name__, url_prefix="/exports")


def _tenant_dir() -> str:
    return os.path.join(current_app.config["EXPORT_ROOT"], str(current_user.tenant_id))


def _get_export(export_id: int) -> Export:
    return Export.query.filter_by(id=export_id, tenant_id=current_user.tenant_id).first_or_404()


@bp.get("/")
@login_required
def index():
    exports = (
        Export.query.filter_by(tenant_id=current_user.tenant_id)
        .order_by(Export.created_at.desc())
        .limit(50)
        .all()
    )
    return render_template("exports/index.html", exports=exports)


@bp.get("/<int:export_id>/download")
@login_required
def download(export_id: int):
    export = _get_export(export_id)
    if export.status != "ready":
        abort(409)
    export.downloaded_at = datetime.now(timezone.utc)
    db.session.commit()
    return send_from_directory(
        _tenant_dir(),
        export.filename,
        as_attachment=True,
        download_name=export.download_name,
    )


@bp.post("/<int:export_id>/delete")
@login_required
def delete(export_id: int):
    export = _get_export(export_id)
    path = os.path.join(_tenant_dir(), export.filename)
    if os.path.exists(path):
        os.remove(path)
    db.session.delete(export)
    db.session.commit()
    flash("Export deleted.")
    return redirect(url_for("exports.index"))
