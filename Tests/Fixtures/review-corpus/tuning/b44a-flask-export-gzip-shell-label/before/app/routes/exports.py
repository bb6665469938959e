import os
import subprocess
import uuid
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("exports", __name__, url_prefix="/exports")

EXPORTABLE_TABLES = {"invoices", "customers", "payments"}


@bp.post("/<table>")
@login_required
def export_table(table):
    if not current_user.is_staff:
        abort(403)
    if table not in EXPORTABLE_TABLES:
        abort(404)
    export_dir = current_app.config["EXPORT_DIR"]
    out_path = os.path.join(export_dir, f"{table}-{uuid.uuid4().hex}.csv")
    subprocess.run(
        [
            "psql",
            current_app.config["REPORTING_DSN"],
            "-c",
            f"\\copy (SELECT * FROM {table}) TO '{out_path}' WITH CSV HEADER",
        ],
        check=True,
        timeout=300,
    )
    current_app.logger.info("export %s requested by %s", table, current_user.id)
    return jsonify(
        {
            "file": os.path.basename(out_path),
            "created_at": datetime.now(timezone.utc).isoformat(),
            "note": request.form.get("note", ""),
        }
    )
