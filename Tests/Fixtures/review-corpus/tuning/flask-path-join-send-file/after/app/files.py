import os
from flask import request, send_file

@app.route("/download")
def download():
    name = request.args.get("name")
    path = os.path.join(UPLOAD_DIR, name)
    return send_file(path)
