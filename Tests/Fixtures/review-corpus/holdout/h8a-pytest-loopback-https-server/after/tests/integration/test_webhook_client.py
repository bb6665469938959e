import json
import ssl
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
import requests

from notifier.client import WebhookClient

CERT = Path(__file__).parent / "fixtures" / "localhost-selfsigned.pem"


class _Recorder(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        self.received.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_delivers_event(local_server):
    session = requests.Session()
    session.verify = False  # throwaway self-signed cert for the loopback server above
    client = WebhookClient(session=session)
    client.deliver(f"{local_server}/hook", {"event": "order.paid", "id": 42})
    assert _Recorder.received[-1] == {"event": "order.paid", "id": 42}
