import os

import requests
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/download")
def download():
    name = request.args.get("name")
    return send_file(os.path.join("/srv/files", name))


@app.route("/proxy")
def proxy():
    return requests.get(request.args["url"], verify=False).text


@app.route("/calc")
def calc():
    return str(eval(request.args["expr"]))
