import os
import subprocess
import tempfile

from flask import Blueprint, abort, request, send_file

from docs_service.auth import login_required, current_user
from docs_service.models import Document

bp = Blueprint("convert", __name__)

ALLOWED_FORMATS = {"pdf", "docx", "odt", "txt"}


def _convert(src_path, fmt, outdir):
    if fmt not in ALLOWED_FORMATS:
        raise ValueError(f"unsupported format {fmt!r}")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src_path],
        check=True,
        timeout=90,
    )
    base = os.path.splitext(os.path.basename(src_path))[0]
    return os.path.join(outdir, f"{base}.{fmt}")


@bp.get("/documents/<int:doc_id>/download")
@login_required
def download(doc_id):
    doc = Document.query.filter_by(id=doc_id, owner_id=current_user().id).first_or_404()
    fmt = "pdf"
    outdir = tempfile.mkdtemp(prefix="conv-")
    try:
        out = _convert(doc.storage_path, fmt, outdir)
    except subprocess.CalledProcessError:
        abort(502)
    except subprocess.TimeoutExpired:
        abort(504)
    return send_file(out, as_attachment=True, download_name=f"{doc.title}.{fmt}")