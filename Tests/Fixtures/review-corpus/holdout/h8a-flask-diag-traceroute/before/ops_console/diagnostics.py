import ipaddress
import subprocess

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

bp = Blueprint("diagnostics", __name__, url_prefix="/diag")


def _parse_ip(raw):
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        abort(400, "expected an IP address")


@bp.get("/ping")
@login_required
def ping():
    host = _parse_ip(request.args.get("host", ""))
    proc = subprocess.run(
        ["ping", "-c", "3", "-W", "2", host],
        capture_output=True,
        text=True,
        timeout=15,
    )
    return jsonify(rc=proc.returncode, output=proc.stdout)
