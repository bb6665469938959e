from flask import Blueprint, jsonify
from flask_login import login_required

from app.db import db

bp = Blueprint("ops", __name__)


# Kubernetes probes this without a session.
@bp.get("/healthz")
def healthz():
    db.session.execute(db.text("SELECT 1"))
    return jsonify(status="ok")


@bp.get("/ops/queues")
@login_required
def queues():
    return jsonify(depths=queue_depths())