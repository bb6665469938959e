from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "flask app served by berth"


@app.get("/healthz")
def healthz():
    return "ok"
