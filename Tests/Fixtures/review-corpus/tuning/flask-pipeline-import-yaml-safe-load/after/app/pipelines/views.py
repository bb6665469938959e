import yaml
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required
from marshmallow import ValidationError

from app.extensions import db
from app.pipelines.models import Pipeline
from app.pipelines.schema import PipelineSchema

bp = Blueprint("pipelines", __name__, url_prefix="/api/pipelines")
schema = PipelineSchema()

MAX_IMPORT_BYTES = 256 * 1024


@bp.post("/")
@login_required
def create_pipeline():
    data = schema.load(request.get_json(force=True))
    pipeline = Pipeline(owner_id=current_user.id, **data)
    db.session.add(pipeline)
    db.session.commit()
    return jsonify(schema.dump(pipeline)), 201


@bp.post("/import")
@login_required
def import_pipeline():
    upload = request.files.get("file")
    if upload is None:
        return jsonify(error="file is required"), 400
    try:
        raw = yaml.safe_load(upload.stream.read(MAX_IMPORT_BYTES))
        data = schema.load(raw or {})
    except yaml.YAMLError as exc:
        return jsonify(error=f"invalid YAML: {exc}"), 400
    except ValidationError as exc:
        return jsonify(error=exc.messages), 422
    pipeline = Pipeline(owner_id=current_user.id, **data)
    db.session.add(pipeline)
    db.session.commit()
    return jsonify(schema.dump(pipeline)), 201
