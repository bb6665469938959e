#!/usr/bin/env python3
"""A notification receiver for berth's tests: takes POSTs as a generic webhook or a Slack incoming webhook would.

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. Every POST is appended as one JSON
line to --log: path, headers, the body as text, and whether X-Berth-Signature-256 is the HMAC-SHA256 of the raw
body under the key in BERTH_TEST_NOTIFY_SECRET (checked in constant time; false without a header). The first
--fail-first requests are answered 503, the rest 200 ("ok", as Slack answers).
"""
import argparse
import hashlib
import hmac
import json
import os
import threading
from http.server import BaseHTTPRequestHandler
from loopback_server import serve

parser = argparse.ArgumentParser()
parser.add_argument("--log", required=True)
parser.add_argument("--fail-first", type=int, default=0)
args = parser.parse_args()
secret = os.environ.get("BERTH_TEST_NOTIFY_SECRET", "").encode()
lock = threading.Lock()
answered = {"count": 0}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        signature = self.headers.get("X-Berth-Signature-256", "")
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        with lock:
            answered["count"] += 1
            status = 503 if answered["count"] <= args.fail_first else 200
            with open(args.log, "a") as log:
                log.write(json.dumps({
                    "path": self.path, "headers": dict(self.headers.items()), "body": body.decode("utf-8", "replace"),
                    "verified": bool(secret) and bool(signature) and hmac.compare_digest(signature, expected),
                    "answered": status,
                }) + "\n")
        reply = b"ok" if status == 200 else b"unavailable"
        self.send_response(status)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *_):
        pass


serve(Handler)
