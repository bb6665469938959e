from flask import request, send_from_directory
from werkzeug.utils import secure_filename

@app.route("/download")
def download():
    name = secure_filename(request.args.get("name"))
    return send_from_directory(UPLOAD_DIR, name)
