from flask import Blueprint, abort, render_template, render_template_string, request
from flask_login import login_required

from notifications.models import EmailTemplate

bp = Blueprint("email_preview", __name__, url_prefix="/admin/emails")

SAMPLE_CONTEXT = {
    "first_name": "Ada",
    "order_number": "100234",
    "total": "$42.00",
}

# Lets marketing try out a greeting line above the rendered email.
PREVIEW_WRAPPER = "<p class=\"greeting\">{{ greeting }}</p>\n{{ body|safe }}"


@bp.get("/<slug>/preview")
@login_required
def preview(slug):
    tpl = EmailTemplate.query.filter_by(slug=slug).first()
    if tpl is None:
        abort(404)
    body = render_template("emails/%s.html" % tpl.slug, **SAMPLE_CONTEXT)
    greeting = request.args.get("greeting", f"Hi {SAMPLE_CONTEXT['first_name']},")
    return render_template_string(PREVIEW_WRAPPER, greeting=greeting, body=body)
