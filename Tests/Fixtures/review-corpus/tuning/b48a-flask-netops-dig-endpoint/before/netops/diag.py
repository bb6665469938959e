import re
import subprocess

from flask import Blueprint, abort, jsonify, request

from netops.auth import require_role

bp = Blueprint("diag", __name__, url_prefix="/diag")

# RFC 1123 hostname, no leading dash so it can never be read as an option.
HOSTNAME_RE = re.compile(
    r"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
)


def _target():
    host = request.args.get("host", "")
    if not HOSTNAME_RE.fullmatch(host):
        abort(400, "invalid host")
    return host


@bp.get("/ping")
@require_role("netops")
def ping():
    host = _target()
    proc = subprocess.run(
        ["ping", "-c", "3", "-W", "2", host],
        capture_output=True, text=True, timeout=15,
    )
    return jsonify(host=host, rc=proc.returncode, output=proc.stdout)
