from flask import Blueprint, abort, render_template
from flask_login import login_required

from notifications.models import EmailTemplate

bp = Blueprint("email_preview", __name__, url_prefix="/admin/emails")

SAMPLE_CONTEXT = {
    "first_name": "Ada",
    "order_number": "100234",
    "total": "$42.00",
}


@bp.get("/<slug>/preview")
@login_required
def preview(slug):
    tpl = EmailTemplate.query.filter_by(slug=slug).first()
    if tpl is None:
        abort(404)
    return render_template("emails/%s.html" % tpl.slug, **SAMPLE_CONTEXT)
