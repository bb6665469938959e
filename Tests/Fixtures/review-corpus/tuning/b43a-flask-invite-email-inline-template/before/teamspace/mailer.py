from flask import current_app, render_template, url_for
from flask_mail import Message

from teamspace.extensions import mail


def send_invite(invite, inviter):
    accept_url = url_for("invites.accept", token=invite.token, _external=True)
    body = render_template(
        "email/invite.txt",
        inviter=inviter,
        workspace=invite.workspace,
        accept_url=accept_url,
    )
    msg = Message(
        subject=f"{inviter.display_name} invited you to {invite.workspace.name}",
        recipients=[invite.email],
        body=body,
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
    )
    mail.send(msg)
