from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from jinja2 import Environment, select_autoescape

from app.marketing.models import Campaign

preview_bp = Blueprint("preview", __name__)
env = Environment(autoescape=select_autoescape(["html"]))


@preview_bp.route("/campaigns/<int:campaign_id>/preview", methods=["POST"])
@login_required
def preview(campaign_id):
    campaign = Campaign.query.get_or_404(campaign_id)
    body = request.json.get("body") or campaign.body
    template = env.from_string(body)
    html = template.render(user=current_user, campaign=campaign)
    return jsonify(html=html)