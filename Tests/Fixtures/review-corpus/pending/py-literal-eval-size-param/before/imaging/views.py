from flask import Blueprint, abort, request, send_file

from imaging.render import render_thumbnail

bp = Blueprint("thumbs", __name__)

DEFAULT_SIZE = (320, 240)
MAX_EDGE = 2048


@bp.get("/thumb/<int:image_id>")
def thumb(image_id):
    size = DEFAULT_SIZE
    buf = render_thumbnail(image_id, size)
    if buf is None:
        abort(404)
    return send_file(buf, mimetype="image/webp")
