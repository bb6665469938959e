import hashlib

from flask import Flask, request

PUBLIC_PREFIXES = ("/api/catalog/", "/api/categories", "/static/")


def _is_public(path: str) -> bool:
    return path.startswith(PUBLIC_PREFIXES)


def _etag_for(body: bytes) -> str:
    # Cache validator only; collisions would at worst serve a stale catalog page.
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def install(app: Flask) -> None:
    @app.after_request
    def cache_headers(response):
        if request.method != "GET" or response.status_code != 200:
            return response
        if _is_public(request.path):
            response.headers["Cache-Control"] = "public, max-age=60, stale-while-revalidate=300"
            if not response.direct_passthrough:
                response.set_etag(_etag_for(response.get_data()))
                response.make_conditional(request)
        else:
            response.headers["Cache-Control"] = "private, no-store"
        response.headers.add("Vary", "Accept-Encoding")
        return response
