import ast

from flask import Blueprint, abort, request, send_file

from imaging.render import render_thumbnail

bp = Blueprint("thumbs", __name__)

DEFAULT_SIZE = (320, 240)
MAX_EDGE = 2048


@bp.get("/thumb/<int:image_id>")
def thumb(image_id):
    size = DEFAULT_SIZE
    raw = request.args.get("size")
    if raw:
        try:
            parsed = ast.literal_eval(raw)  # "(640, 480)"
        except (ValueError, SyntaxError):
            abort(400)
        if not (
            isinstance(parsed, tuple)
            and len(parsed) == 2
            and all(isinstance(v, int) and 0 < v <= MAX_EDGE for v in parsed)
        ):
            abort(400)
        size = parsed
    buf = render_thumbnail(image_id, size)
    if buf is None:
        abort(404)
    return send_file(buf, mimetype="image/webp")
