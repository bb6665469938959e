import json

from flask import Blueprint, current_app, g, jsonify, request
from marshmallow import ValidationError

from conveyor.auth import token_required
from conveyor.models import Pipeline, db
from conveyor.schemas import PipelineSpecSchema

bp = Blueprint("pipelines", __name__)
spec_schema = PipelineSpecSchema()

MAX_SPEC_BYTES = 256 * 1024


def _read_spec_upload():
    upload = request.files.get("spec")
    if upload is None:
        return None, ("missing 'spec' file", 400)
    raw = upload.stream.read(MAX_SPEC_BYTES + 1)
    if len(raw) > MAX_SPEC_BYTES:
        return None, ("spec file too large", 413)
    try:
        return json.loads(raw), None
    except ValueError as exc:
        return None, (f"spec is not valid JSON: {exc}", 400)


@bp.post("/projects/<int:project_id>/pipelines/import")
@token_required(scope="pipelines:write")
def import_pipeline(project_id):
    data, error = _read_spec_upload()
    if error:
        message, status = error
        return jsonify(error=message), status

    try:
        spec = spec_schema.load(data)
    except ValidationError as exc:
        return jsonify(error="invalid pipeline spec", fields=exc.messages), 422

    pipeline = Pipeline.query.filter_by(project_id=project_id, name=spec["name"]).one_or_none()
    if pipeline is None:
        pipeline = Pipeline(project_id=project_id, name=spec["name"], created_by=g.user.id)
        db.session.add(pipeline)
    pipeline.spec = spec
    pipeline.version = (pipeline.version or 0) + 1
    db.session.commit()

    current_app.logger.info("imported pipeline %s v%s into project %s", spec["name"], pipeline.version, project_id)
    return jsonify(id=pipeline.id, version=pipeline.version), 201
