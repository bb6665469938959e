import yaml
from flask import Blueprint, abort, current_app, jsonify, request

from ci_runner.auth import require_token
from ci_runner.models import Pipeline, db

bp = Blueprint("pipelines", __name__)


def load_pipeline(text):
    # Pipelines checked into the runner's own repo use !!python/name tags for hooks.
    doc = yaml.load(text, Loader=yaml.Loader)
    if not isinstance(doc, dict) or "stages" not in doc:
        raise ValueError("pipeline needs a stages list")
    return doc


@bp.get("/pipelines/<int:pipeline_id>")
@require_token
def show(pipeline_id):
    p = Pipeline.query.get_or_404(pipeline_id)
    return jsonify({"id": p.id, "name": p.name, "stages": p.stages})


@bp.post("/pipelines/reload")
@require_token
def reload_builtin():
    path = current_app.config["BUILTIN_PIPELINE_FILE"]
    with open(path, encoding="utf-8") as fh:
        doc = load_pipeline(fh.read())
    return jsonify({"stages": len(doc["stages"])})