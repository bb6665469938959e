from flask import Blueprint, abort, render_template_string, request
from flask_login import current_user, login_required

from .models import Campaign

bp = Blueprint("campaign_preview", __name__, url_prefix="/campaigns")

PREVIEW_TEMPLATE = """
<!doctype html>
<html>
  <head><title>{{ subject }}</title></head>
  <body>
    <p>Hi {{ first_name }},</p>
    <div class="campaign-body">{{ body }}</div>
    <footer><a href="{{ unsubscribe_url }}">Unsubscribe</a></footer>
  </body>
</html>
"""


@bp.post("/<int:campaign_id>/preview")
@login_required
def preview(campaign_id):
    campaign = Campaign.query.get_or_404(campaign_id)
    if campaign.organization_id != current_user.organization_id:
        abort(404)
    form = request.form
    return render_template_string(
        PREVIEW_TEMPLATE,
        subject=form.get("subject", campaign.subject),
        body=form.get("body", campaign.body),
        first_name=current_user.first_name,
        unsubscribe_url=f"https://mail.example.com/u/{campaign.id}",
    )
