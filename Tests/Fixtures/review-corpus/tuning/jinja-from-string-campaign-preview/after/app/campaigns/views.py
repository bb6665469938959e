from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from jinja2 import Environment, select_autoescape

from .models import Campaign, db

bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")
env = Environment(autoescape=select_autoescape(["html", "xml"]))

SAMPLE_CONTEXT = {
    "first_name": "Alex",
    "company": "Example Co",
    "unsubscribe_url": "#",
}


@bp.post("/<int:campaign_id>/preview")
@login_required
def preview(campaign_id):
    campaign = Campaign.query.get_or_404(campaign_id)
    if campaign.owner_id != current_user.id:
        abort(403)
    payload = request.get_json(force=True) or {}
    body = payload.get("body", campaign.body)
    subject = payload.get("subject", campaign.subject)
    return jsonify(
        subject=env.from_string(subject).render(**SAMPLE_CONTEXT),
        html=env.from_string(body).render(**SAMPLE_CONTEXT),
    )


@bp.put("/<int:campaign_id>")
@login_required
def update(campaign_id):
    campaign = Campaign.query.get_or_404(campaign_id)
    if campaign.owner_id != current_user.id:
        abort(403)
    payload = request.get_json(force=True) or {}
    campaign.subject = payload.get("subject", campaign.subject)
    campaign.body = payload.get("body", campaign.body)
    db.session.commit()
    return jsonify(id=campaign.id)