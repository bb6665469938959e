import os
from functools import lru_cache

from flask import Flask, url_for

STATIC_DIR = os.path.join(os.path.dirname(__file__), "static")


@lru_cache(maxsize=1024)
def _version(filename: str) -> str:
    path = os.path.join(STATIC_DIR, filename)
    try:
        return str(int(os.path.getmtime(path)))
    except OSError:
        return "0"


def asset_url(filename: str) -> str:
    """Static URL with a cache-busting query string."""
    return url_for("static", filename=filename, v=_version(filename))


def init_app(app: Flask) -> None:
    app.jinja_env.globals["asset_url"] = asset_url
    app.config.setdefault("SEND_FILE_MAX_AGE_DEFAULT", 60 * 60 * 24 * 365)
