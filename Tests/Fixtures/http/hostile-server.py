#!/usr/bin/env python3
"""A small HTTP server that misbehaves on purpose, for the tests of `kg push`.

    python3 hostile-server.py MODE

listens on two ports of 127.0.0.1: the endpoint and a second origin (another port is
another origin). It prints one line "ENDPOINT OTHER" with both port numbers, then one
JSON line per request received: which listener, the method, path, headers and how many
body bytes arrived. MODE says how the endpoint answers:

  ok              204 No Content
  redirect-other  307 to the same path on the other origin (which answers 204)
  redirect-same   307 to /moved on the endpoint itself (which answers 204)
  redirect-303    303 See Other to /moved on the endpoint itself
  auth            401 with WWW-Authenticate: Basic, to every request
  trickle         a status line, then one header byte every half second, forever
  silent          reads the request and never answers
  echo            400 with a body that repeats the request's headers between escape
                  sequences, followed by a few kilobytes of filler
"""
import json
import socketserver
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODE = sys.argv[1]
LOCK = threading.Lock()


def log(listener, handler, body_length):
    with LOCK:
        print(json.dumps({
            "listener": listener,
            "method": handler.command,
            "path": handler.path,
            "headers": {k.lower(): v for k, v in handler.headers.items()},
            "body": body_length,
        }), flush=True)


def make_handler(listener, ports):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def read_body(self):
            length = int(self.headers.get("Content-Length") or 0)
            received = 0
            while received < length:
                chunk = self.rfile.read(min(65536, length - received))
                if not chunk:
                    break
                received += len(chunk)
            return received

        def answer(self, status, headers=(), body=b""):
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()

        def handle_any(self):
            body = self.read_body()
            log(listener, self, body)
            if listener == "other" or self.path.startswith("/moved"):
                return self.answer(204)
            if MODE == "ok":
                return self.answer(204)
            if MODE == "redirect-other":
                return self.answer(307, [("Location", "http://127.0.0.1:%d%s" % (ports[1], self.path))])
            if MODE == "redirect-same":
                return self.answer(307, [("Location", "/moved" + self.path[len("/store"):])])
            if MODE == "redirect-303":
                return self.answer(303, [("Location", "/moved")])
            if MODE == "auth":
                return self.answer(401, [("WWW-Authenticate", 'Basic realm="graphs"')], b"who are you?")
            if MODE == "trickle":
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                self.wfile.flush()
                try:
                    while True:
                        self.wfile.write(b"X")
                        self.wfile.flush()
                        time.sleep(0.5)
                except OSError:
                    return
            if MODE == "silent":
                time.sleep(3600)
                return
            if MODE == "echo":
                echoed = "".join("%s: %s\n" % (k, v) for k, v in self.headers.items())
                text = "\x1b[2J\x1b]0;owned\x07bad graph\n" + echoed + "\x1b[31m" + "filler " * 1000
                return self.answer(400, [("Content-Type", "text/plain")], text.encode())
            return self.answer(500, body=b"unknown mode")

        do_PUT = do_POST = do_GET = handle_any

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    endpoint = Server(("127.0.0.1", 0), None)
    other = Server(("127.0.0.1", 0), None)
    ports = (endpoint.server_address[1], other.server_address[1])
    endpoint.RequestHandlerClass = make_handler("endpoint", ports)
    other.RequestHandlerClass = make_handler("other", ports)
    print("%d %d" % ports, flush=True)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    endpoint.serve_forever()


if __name__ == "__main__":
    main()
