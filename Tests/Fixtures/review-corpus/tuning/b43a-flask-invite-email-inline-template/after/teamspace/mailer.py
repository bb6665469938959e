from flask import current_app, render_template_string, url_for
from flask_mail import Message

from teamspace.extensions import mail

# kept inline so the copy team can review it alongside the code change
INVITE_TEMPLATE = """\
Hi,

{{ inviter.display_name }} has invited you to join {{ workspace.name }} on Teamspace.
{% if note %}
They added a note:

    {{ note }}
{% endif %}
Accept the invitation: {{ accept_url }}

This link expires in 7 days.
"""


def send_invite(invite, inviter, note=None):
    accept_url = url_for("invites.accept", token=invite.token, _external=True)
    body = render_template_string(
        INVITE_TEMPLATE,
        inviter=inviter,
        workspace=invite.workspace,
        accept_url=accept_url,
        note=(note or "").strip()[:500],
    )
    msg = Message(
        subject=f"{inviter.display_name} invited you to {invite.workspace.name}",
        recipients=[invite.email],
        body=body,
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
    )
    mail.send(msg)
