import json

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from pipelines.schema import PIPELINE_SCHEMA, validate_against

MAX_DEFINITION_BYTES = 256 * 1024


def read_definition(upload: UploadedFile) -> dict:
    if upload.size > MAX_DEFINITION_BYTES:
        raise ValidationError("Pipeline definition is too large.")

    raw = upload.read().decode("utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"Invalid JSON: {exc.msg} (line {exc.lineno})") from exc

    if not isinstance(data, dict):
        raise ValidationError("Pipeline definition must be an object.")

    validate_against(PIPELINE_SCHEMA, data)
    return data
