from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from ..models import Campaign, Customer, db

bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")


@bp.get("/<int:campaign_id>")
@login_required
def show(campaign_id):
    campaign = Campaign.query.filter_by(id=campaign_id, org_id=current_user.org_id).first_or_404()
    return render_template("campaigns/show.html", campaign=campaign)


@bp.post("/<int:campaign_id>/subject")
@login_required
def update_subject(campaign_id):
    campaign = Campaign.query.filter_by(id=campaign_id, org_id=current_user.org_id).first_or_404()
    subject = request.form.get("subject", "").strip()
    if not subject or len(subject) > 200:
        abort(400)
    campaign.subject = subject
    db.session.commit()
    return {"ok": True}