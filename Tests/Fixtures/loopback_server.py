"""What berth's Python test servers share: bind 127.0.0.1 on a free port, print the port, serve until killed."""
from http.server import ThreadingHTTPServer


def serve(handler, port=0):
    """Serves `handler` on 127.0.0.1 `port` (0: the kernel chooses), after printing the port on stdout's first line."""
    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
