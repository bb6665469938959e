"""Shared start-up for the test servers in this folder: bind 127.0.0.1 on a free port, print the port on the
first line of stdout (the Swift side reads it), serve until killed."""
from http.server import ThreadingHTTPServer


def serve(handler):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
