import json
import os

import yaml
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from pipelines.schema import PIPELINE_SCHEMA, validate_against

MAX_DEFINITION_BYTES = 256 * 1024
YAML_EXTENSIONS = {".yml", ".yaml"}


def _parse(raw: str, filename: str) -> object:
    ext = os.path.splitext(filename or "")[1].lower()
    if ext in YAML_EXTENSIONS:
        try:
            # SafeLoader: plain scalars, lists and mappings only, no python/* tags.
            return yaml.load(raw, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            raise ValidationError(f"Invalid YAML: {exc}") from exc
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Invalid JSON: {exc.msg} (line {exc.lineno})") from exc


def read_definition(upload: UploadedFile) -> dict:
    if upload.size > MAX_DEFINITION_BYTES:
        raise ValidationError("Pipeline definition is too large.")

    raw = upload.read().decode("utf-8")
    data = _parse(raw, upload.name)

    if not isinstance(data, dict):
        raise ValidationError("Pipeline definition must be an object.")

    validate_against(PIPELINE_SCHEMA, data)
    return data
