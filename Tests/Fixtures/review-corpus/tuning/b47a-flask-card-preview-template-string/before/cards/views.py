from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required

from .models import Card, db

bp = Blueprint("cards", __name__, url_prefix="/cards")


@bp.route("/")
@login_required
def index():
    cards = Card.query.filter_by(owner_id=current_user.id).all()
    return render_template("cards/index.html", cards=cards)


@bp.route("/<int:card_id>")
@login_required
def show(card_id):
    card = Card.query.get_or_404(card_id)
    if card.owner_id != current_user.id:
        abort(404)
    return render_template("cards/show.html", card=card)


@bp.route("/<int:card_id>/message", methods=["POST"])
@login_required
def set_message(card_id):
    card = Card.query.get_or_404(card_id)
    if card.owner_id != current_user.id:
        abort(404)
    card.message = request.form["message"][:500]
    db.session.commit()
    return "", 204
