"""Routes for conversation threads and messages."""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request
from sqlalchemy import select

from app.auth import login_required
from app.extensions import db
from app.messages.models import Message, Thread
from app.messages.schemas import MessageSchema, ThreadSchema

log = logging.getLogger(__name__)

bp = Blueprint("messages", __name__, url_prefix="/api/threads")

message_schema = MessageSchema()
thread_schema = ThreadSchema()


def _thread_for_user(thread_id: int) -> Thread:
    thread = db.session.get(Thread, thread_id)
    if thread is None or g.user.id not in {m.user_id for m in thread.members}:
        abort(404)
    return thread


@bp.get("/")
@login_required
def list_threads():
    stmt = (
        select(Thread)
        .join(Thread.members)
        .where(Thread.members.any(user_id=g.user.id))
        .order_by(Thread.updated_at.desc())
        .limit(50)
    )
    threads = db.session.scalars(stmt).unique().all()
    return jsonify(thread_schema.dump(threads, many=True))


@bp.get("/<int:thread_id>/messages")
@login_required
def list_messages(thread_id: int):
    thread = _thread_for_user(thread_id)
    before = request.args.get("before", type=int)
    stmt = select(Message).where(Message.thread_id == thread.id)
    if before:
        stmt = stmt.where(Message.id < before)
    stmt = stmt.order_by(Message.id.desc()).limit(100)
    return jsonify(message_schema.dump(db.session.scalars(stmt).all(), many=True))


@bp.post("/<int:thread_id>/messages")
@login_required
def post_message(thread_id: int):
    thread = _thread_for_user(thread_id)
    payload = request.get_json(silent=True) or {}
    errors = message_schema.validate(payload)
    if errors:
        return jsonify(errors=errors), 422
    msg = Message(
        thread_id=thread.id,
        author_id=g.user.id,
        body=payload["body"].strip(),
        created_at=datetime.now(timezone.utc),
    )
    thread.updated_at = msg.created_at
    db.session.add(msg)
    db.session.commit()
    log.info("message %s posted to thread %s", msg.id, thread.id)
    return jsonify(message_schema.dump(msg)), 201


@bp.delete("/<int:thread_id>/messages/<int:message_id>")
@login_required
def delete_message(thread_id: int, message_id: int):
    thread = _thread_for_user(thread_id)
    msg = db.session.get(Message, message_id)
    if msg is None or msg.thread_id != thread.id:
        abort(404)
    if msg.author_id != g.user.id:
        abort(403)
    db.session.delete(msg)
    db.session.commit()
    return "", 204
