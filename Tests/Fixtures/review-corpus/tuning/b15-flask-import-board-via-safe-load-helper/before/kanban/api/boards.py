import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from kanban.models import Board, Column, db

bp = Blueprint("boards", __name__, url_prefix="/api/boards")

MAX_IMPORT_BYTES = 256 * 1024


def parse_board(text):
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("board file must be a mapping")
    columns = doc.get("columns") or []
    if not all(isinstance(c, str) for c in columns):
        raise ValueError("columns must be strings")
    return {"title": str(doc.get("title", "Imported board"))[:120], "columns": columns[:20]}


@bp.get("/<int:board_id>")
@login_required
def show(board_id):
    board = Board.query.filter_by(id=board_id, owner_id=current_user.id).first_or_404()
    return jsonify(board.to_dict())


@bp.post("/import")
@login_required
def import_board():
    abort(501)