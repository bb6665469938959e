import hashlib
import mimetypes
from pathlib import Path

import boto3

s3 = boto3.client("s3")


def fingerprint(path: Path) -> str:
    """Content hash used in the public asset filename (app.3f9c2a1b70de.js)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()[:12]


def upload_asset(path: Path, bucket: str, prefix: str = "static") -> str:
    digest = fingerprint(path)
    key = f"{prefix}/{path.stem}.{digest}{path.suffix}"
    content_type, _ = mimetypes.guess_type(path.name)
    with path.open("rb") as fh:
        s3.put_object(
            Bucket=bucket,
            Key=key,
            Body=fh,
            ContentType=content_type or "application/octet-stream",
            CacheControl="public, max-age=31536000, immutable",
        )
    return key
