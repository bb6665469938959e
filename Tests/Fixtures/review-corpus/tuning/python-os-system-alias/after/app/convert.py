import os

from flask import Flask, request

app = Flask(__name__)
sh = os.system


@app.get("/resize")
def resize():
    size = request.args.get("size", "128x128")
    status = sh(f"convert /srv/in.png -resize {size} /srv/out.png")
    return {"status": status}
