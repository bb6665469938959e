"""Parse and store user-submitted pipeline definitions."""
import yaml
from flask import Blueprint, abort, g, jsonify, request

from .models import Pipeline, db
from .schema import validate_pipeline
from .steps import register_step_tags

bp = Blueprint("pipelines", __name__, url_prefix="/api/pipelines")

MAX_BYTES = 256 * 1024

register_step_tags(yaml.Loader)


def parse_definition(raw: str) -> dict:
    try:
        # safe_load can't construct our !step tags (StepRef objects), so use the full Loader
        doc = yaml.load(raw, Loader=yaml.Loader)
    except yaml.YAMLError as exc:
        abort(400, description=f"invalid YAML: {exc}")
    if not isinstance(doc, dict):
        abort(400, description="pipeline must be a mapping")
    return doc


@bp.post("/")
def create_pipeline():
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    doc = parse_definition(request.get_data(as_text=True))
    errors = validate_pipeline(doc)
    if errors:
        return jsonify({"errors": errors}), 422
    p = Pipeline(owner_id=g.user.id, name=doc["name"], spec=doc)
    db.session.add(p)
    db.session.commit()
    return jsonify({"id": p.id}), 201
