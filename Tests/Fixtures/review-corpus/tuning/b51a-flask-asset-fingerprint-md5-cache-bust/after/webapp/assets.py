import hashlib
import os
from functools import lru_cache

from flask import Flask, url_for

STATIC_DIR = os.path.join(os.path.dirname(__file__), "static")


@lru_cache(maxsize=1024)
def _version(filename: str) -> str:
    # mtime changes on every container build even when the file doesn't, which
    # invalidated every cached asset on each deploy. Fingerprint the content
    # instead; this is a cache key, not a security boundary.
    path = os.path.join(STATIC_DIR, filename)
    digest = hashlib.md5(usedforsecurity=False)
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(64 * 1024), b""):
                digest.update(chunk)
    except OSError:
        return "0"
    return digest.hexdigest()[:12]


def asset_url(filename: str) -> str:
    """Static URL with a cache-busting query string."""
    return url_for("static", filename=filename, v=_version(filename))


def init_app(app: Flask) -> None:
    app.jinja_env.globals["asset_url"] = asset_url
    app.config.setdefault("SEND_FILE_MAX_AGE_DEFAULT", 60 * 60 * 24 * 365)
