from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from app.extensions import db
from app.pipelines.models import Pipeline
from app.pipelines.schema import PipelineSchema

bp = Blueprint("pipelines", __name__, url_prefix="/api/pipelines")
schema = PipelineSchema()


@bp.post("/")
@login_required
def create_pipeline():
    data = schema.load(request.get_json(force=True))
    pipeline = Pipeline(owner_id=current_user.id, **data)
    db.session.add(pipeline)
    db.session.commit()
    return jsonify(schema.dump(pipeline)), 201
