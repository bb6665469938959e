import base64
import hashlib
import mimetypes
from pathlib import Path

import boto3

s3 = boto3.client("s3")


def _chunks(path: Path):
    with path.open("rb") as fh:
        yield from iter(lambda: fh.read(1 << 16), b"")


def fingerprint(path: Path) -> str:
    """Content hash used in the public asset filename (app.3f9c2a1b70de.js)."""
    h = hashlib.sha256()
    for chunk in _chunks(path):
        h.update(chunk)
    return h.hexdigest()[:12]


def content_md5(path: Path) -> str:
    """Base64 MD5 for S3's Content-MD5 header, so S3 rejects a body corrupted in transit.

    Transfer integrity only; S3 defines this header as MD5, it is not a security control.
    """
    h = hashlib.md5(usedforsecurity=False)
    for chunk in _chunks(path):
        h.update(chunk)
    return base64.b64encode(h.digest()).decode("ascii")


def upload_asset(path: Path, bucket: str, prefix: str = "static") -> str:
    digest = fingerprint(path)
    key = f"{prefix}/{path.stem}.{digest}{path.suffix}"
    content_type, _ = mimetypes.guess_type(path.name)
    with path.open("rb") as fh:
        s3.put_object(
            Bucket=bucket,
            Key=key,
            Body=fh,
            ContentMD5=content_md5(path),
            ContentType=content_type or "application/octet-stream",
            CacheControl="public, max-age=31536000, immutable",
        )
    return key
