#!/usr/bin/env python3
"""An upstream for router and load-loop tests: answers every GET with one body (and a newline): --body, or the
contents of --body-file read afresh for each request (a test changes the answer by rewriting the file).

Binds 127.0.0.1 on --port (0: a free one) and prints the port on the first line of stdout. Each answer closes its
connection, as a small app server might; --status sets the status code (default 200).
"""
import argparse
from http.server import BaseHTTPRequestHandler
from loopback_server import serve


def make_handler(body, body_file, status):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self):
            if body_file:
                with open(body_file) as handle:
                    text = handle.read().strip()
            else:
                text = body
            payload = (text + "\n").encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    return Handler


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--body", default="")
    parser.add_argument("--body-file")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--status", type=int, default=200)
    args = parser.parse_args()
    serve(make_handler(args.body, args.body_file, args.status), args.port)
