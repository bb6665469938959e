"""What berth's Python test servers share: bind 127.0.0.1 on a free port, print the port, serve until killed."""
from http.server import ThreadingHTTPServer


def serve(handler):
    """Serves `handler` on 127.0.0.1 port 0, after printing the port the kernel chose on stdout's first line."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
