import json
import logging

import yaml
from aiohttp import web
from pydantic import ValidationError

from pipelines.auth import require_role
from pipelines.models import PipelineDefinition
from pipelines.store import PipelineStore

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 256 * 1024
YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")

# libyaml-backed loader when available; both are the *safe* loaders.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_definition(raw: bytes, content_type: str) -> dict:
    if content_type in YAML_TYPES:
        try:
            return yaml.load(raw, Loader=_YamlLoader)
        except yaml.YAMLError as exc:
            raise web.HTTPBadRequest(text=f"invalid YAML: {exc}")
    if content_type not in ("application/json", "text/json"):
        raise web.HTTPUnsupportedMediaType(text="definitions must be JSON or YAML")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise web.HTTPBadRequest(text=f"invalid JSON: {exc.msg} at line {exc.lineno}")


@require_role("pipeline-editor")
async def import_pipeline(request: web.Request) -> web.Response:
    if request.content_length and request.content_length > MAX_UPLOAD_BYTES:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_UPLOAD_BYTES, actual_size=request.content_length)

    raw = await request.read()
    if len(raw) > MAX_UPLOAD_BYTES:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_UPLOAD_BYTES, actual_size=len(raw))

    data = _parse_definition(raw, request.content_type)
    if not isinstance(data, dict):
        raise web.HTTPBadRequest(text="definition must be an object")

    try:
        definition = PipelineDefinition.model_validate(data)
    except ValidationError as exc:
        return web.json_response({"errors": exc.errors(include_url=False)}, status=422)

    store: PipelineStore = request.app["pipeline_store"]
    created = await store.upsert(definition, owner=request["user"].id)
    log.info("imported pipeline %s (%d steps) for user %s", definition.name, len(definition.steps), request["user"].id)
    return web.json_response({"id": created.id, "name": created.name, "version": created.version}, status=201)


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/api/pipelines/import", import_pipeline)
