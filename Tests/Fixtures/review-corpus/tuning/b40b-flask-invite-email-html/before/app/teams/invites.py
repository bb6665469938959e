"""Team invitations."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request, url_for
from flask_login import current_user, login_required
from flask_mail import Message

from app.extensions import db, mail
from app.models import Invite, Team

bp = Blueprint("invites", __name__, url_prefix="/teams")

INVITE_TTL = timedelta(days=7)


def _send_invite_email(invite: Invite, team: Team) -> None:
    link = url_for("invites.accept", token=invite.token, _external=True)
    msg = Message(
        subject=f"{current_user.display_name} invited you to {team.name}",
        recipients=[invite.email],
        body=(
            f"{current_user.display_name} invited you to join {team.name}.\n\n"
            f"Accept the invitation: {link}\n\nThis link expires in 7 days.\n"
        ),
    )
    mail.send(msg)


@bp.post("/<int:team_id>/invites")
@login_required
def create_invite(team_id: int):
    team = Team.query.get_or_404(team_id)
    if not team.is_admin(current_user):
        abort(403)
    email = (request.json or {}).get("email", "").strip().lower()
    if "@" not in email:
        abort(400, "email required")
    invite = Invite(
        team=team,
        email=email,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        invited_by=current_user,
    )
    db.session.add(invite)
    db.session.commit()
    _send_invite_email(invite, team)
    return jsonify({"id": invite.id, "expires_at": invite.expires_at.isoformat()}), 201
