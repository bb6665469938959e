#!/usr/bin/env python3
"""Smart-HTTP git server for berth's tests: `git http-backend` as CGI behind HTTP basic auth.

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. Accepts one user
(--user) whose token comes from the BERTH_TEST_GIT_TOKEN environment variable; anything else gets
401 with a Basic challenge. Serves the repositories under --root (GIT_PROJECT_ROOT).
"""
import argparse
import base64
import hmac
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from loopback_server import serve
from urllib.parse import urlsplit


def make_handler(root, expected):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            pass

        def do_GET(self):
            self.serve()

        def do_POST(self):
            self.serve()

        def authorized(self):
            header = self.headers.get("Authorization", "")
            if not header.startswith("Basic "):
                return False
            try:
                given = base64.b64decode(header[6:].strip())
            except ValueError:
                return False
            return hmac.compare_digest(given, expected)

        def read_body(self):
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                body = bytearray()
                while True:
                    size = int(self.rfile.readline().strip().split(b";")[0], 16)
                    if size == 0:
                        while self.rfile.readline().strip():
                            pass
                        return bytes(body)
                    body += self.rfile.read(size)
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def reply(self, status, headers, body):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def serve(self):
            body = self.read_body()
            if not self.authorized():
                # No body: libgit2 1.5 replays on the same connection without draining a 401's body when
                # it arrives in a packet of its own, and then misreads it as the next response.
                self.reply(401, [("WWW-Authenticate", 'Basic realm="berth-test"')], b"")
                return
            url = urlsplit(self.path)
            env = dict(os.environ)
            env.update({
                "GIT_PROJECT_ROOT": root,
                "GIT_HTTP_EXPORT_ALL": "1",
                "PATH_INFO": url.path,
                "QUERY_STRING": url.query,
                "REQUEST_METHOD": self.command,
                "CONTENT_TYPE": self.headers.get("Content-Type", ""),
                "CONTENT_LENGTH": str(len(body)),
                "REMOTE_USER": expected.split(b":", 1)[0].decode(),
                "REMOTE_ADDR": "127.0.0.1",
                "GIT_PROTOCOL": self.headers.get("Git-Protocol", ""),
                "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
            })
            result = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True)
            output = result.stdout
            separator = output.find(b"\r\n\r\n")
            skip = 4
            if separator < 0:
                separator = output.find(b"\n\n")
                skip = 2
            head, payload = output[:separator], output[separator + skip:]
            status = 200
            headers = []
            for line in head.decode("latin-1").splitlines():
                if not line.strip():
                    continue
                name, _, value = line.partition(":")
                if name.lower() == "status":
                    status = int(value.strip().split()[0])
                else:
                    headers.append((name.strip(), value.strip()))
            self.reply(status, headers, payload)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--user", required=True)
    args = parser.parse_args()
    token = os.environ.get("BERTH_TEST_GIT_TOKEN", "")
    expected = f"{args.user}:{token}".encode()
    serve(make_handler(args.root, expected))


if __name__ == "__main__":
    sys.exit(main())
