from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from jinja2 import Environment, StrictUndefined, TemplateSyntaxError

from .models import Campaign

bp = Blueprint("campaign_preview", __name__, url_prefix="/campaigns")

_env = Environment(undefined=StrictUndefined, autoescape=True)


def sample_context(campaign):
    return {
        "first_name": current_user.first_name,
        "company": current_user.organization.name,
        "unsubscribe_url": f"https://mail.example.com/u/{campaign.id}",
    }


def render_body(source, context):
    template = _env.from_string(source)
    return template.render(**context)


@bp.post("/<int:campaign_id>/preview")
@login_required
def preview(campaign_id):
    campaign = Campaign.query.get_or_404(campaign_id)
    if campaign.organization_id != current_user.organization_id:
        abort(404)
    source = request.json.get("body", campaign.body)
    try:
        html = render_body(source, sample_context(campaign))
    except TemplateSyntaxError as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(html=html)
