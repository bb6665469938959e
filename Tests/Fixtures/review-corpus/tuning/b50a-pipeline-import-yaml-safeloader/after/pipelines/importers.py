import json

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from pipelines.models import Pipeline, Step
from pipelines.schema import validate_definition

MAX_UPLOAD_BYTES = 256 * 1024
# libyaml's C loader is ~10x faster; fall back to the pure-Python one where it isn't built.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_upload(upload) -> bytes:
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError("pipeline definition is larger than 256 KiB")
    return upload.read()


def parse_definition(upload) -> dict:
    raw = _read_upload(upload)
    is_yaml = upload.name.lower().endswith((".yml", ".yaml"))
    try:
        if is_yaml:
            data = yaml.load(raw, Loader=_SafeLoader)
        else:
            data = json.loads(raw)
    except (ValueError, yaml.YAMLError) as exc:
        kind = "YAML" if is_yaml else "JSON"
        raise ValidationError(f"not valid {kind}: {exc}") from exc
    if not isinstance(data, dict):
        raise ValidationError("pipeline definition must be a mapping")
    validate_definition(data)
    return data


@transaction.atomic
def import_pipeline(project, upload) -> Pipeline:
    data = parse_definition(upload)
    pipeline = Pipeline.objects.create(project=project, name=data["name"])
    for position, step in enumerate(data["steps"]):
        Step.objects.create(pipeline=pipeline, position=position, kind=step["kind"], config=step.get("with", {}))
    return pipeline
