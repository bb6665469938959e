import subprocess
import tempfile

from flask import Blueprint, abort, send_file
from flask_login import login_required

from supportdesk.auth import staff_required

bp = Blueprint("diagnostics", __name__, url_prefix="/staff/diagnostics")

UNITS = {
    "api": "supportdesk-api.service",
    "worker": "supportdesk-worker.service",
    "mailer": "supportdesk-mailer.service",
}


@bp.get("/logs/<component>")
@login_required
@staff_required
def download_logs(component):
    unit = UNITS.get(component)
    if unit is None:
        abort(404)
    fh = tempfile.NamedTemporaryFile(suffix=".log", delete=False)
    subprocess.run(
        ["journalctl", "-u", unit, "--since", "-6h", "--no-pager", "-o", "short-iso"],
        stdout=fh,
        check=True,
        timeout=60,
    )
    fh.close()
    return send_file(fh.name, as_attachment=True, download_name=f"{component}.log")
