from flask import Blueprint, abort, render_template_string, request
from flask_login import current_user, login_required

from .models import Campaign

bp = Blueprint("campaign_preview", __name__, url_prefix="/campaigns")

PREVIEW_TEMPLATE = """
<!doctype html>
<html>
  <head><title>{{ subject }}</title></head>
  <body style="font-family: sans-serif; max-width: 640px; margin: auto">
    <p>Hi {{ first_name }},</p>
    <div class="body">{{ body }}</div>
    <p style="font-size: 12px; color: #888">
      You are receiving this because you subscribed to {{ company }}.
      <a href="{{ unsubscribe_url }}">Unsubscribe</a>
    </p>
  </body>
</html>
"""


@bp.post("/<int:campaign_id>/preview")
@login_required
def preview(campaign_id):
    campaign = Campaign.query.get_or_404(campaign_id)
    if campaign.owner_id != current_user.id:
        abort(403)
    payload = request.get_json(force=True) or {}
    return render_template_string(
        PREVIEW_TEMPLATE,
        subject=payload.get("subject", campaign.subject),
        body=payload.get("body", campaign.body),
        first_name="Alex",
        company=current_user.company_name,
        unsubscribe_url="#",
    )