from flask import Blueprint, redirect, render_template_string, request, url_for
from flask_login import current_user, login_required

from portal.models import Organisation

bp = Blueprint("onboarding", __name__, url_prefix="/welcome")

DEFAULT_HEADLINE = "Welcome to {{ org.name }}, {{ user.first_name }}"


@bp.get("/")
@login_required
def welcome():
    org = Organisation.query.get_or_404(current_user.org_id)
    if org.onboarded_at is not None:
        return redirect(url_for("dashboard.home"))
    steps = [
        ("invite", "Invite your team", org.member_count > 1),
        ("connect", "Connect your bank feed", org.has_bank_feed),
        ("brand", "Upload your logo", org.logo_key is not None),
    ]
    # growth team A/B tests headlines from the signup emails via ?headline=
    headline = request.args.get("headline") or DEFAULT_HEADLINE
    return render_template_string(
        '{% extends "onboarding/welcome.html" %}'
        "{% block headline %}" + headline + "{% endblock %}",
        org=org,
        user=current_user,
        steps=steps,
    )
