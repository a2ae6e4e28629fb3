"""The small web server phones join: one page at ``/`` and one WebSocket at ``/ws``, nothing else.

It runs ``websockets``' threaded server in a thread of its own, so the game's
loop stays as it is. Every connection gets a thread reading from the phone
(straight into the hub) and one writing to it (from an outbox), so a phone
that stops reading holds up only itself.

    server = PhoneServer()            # the local network address, a free port
    url = server.start()              # "http://192.168.1.20:53117/"
    print(server.announcement)        # Join at http://192.168.1.20:53117/ room KXRT
    ... server.hub ...
    server.stop()
"""

from __future__ import annotations

import http
import queue
import socket
import threading
import time
import weakref
from importlib import resources
from typing import Any, Optional

from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.protocol import State
from websockets.sync.server import Server, ServerConnection, serve

from quiz.clock import Clock
from quiz.phones.hub import PhoneHub
from quiz.phones.protocol import MAX_FRAME
from quiz.phones.words import localise

WEBSOCKET_PATH = "/ws"
OUTBOX_LIMIT = 256   # frames queued for one phone before it counts as gone
STOP_GRACE = 1.0     # seconds phones get to answer a goodbye before their sockets are cut
PAGE_HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    # The page is self-contained: it may load nothing, and talk only to its own server.
    "Content-Security-Policy": ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                "img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
                                "frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def lan_address() -> str:
    """This machine's address on the local network, found without sending anything; 127.0.0.1 if none."""
    for probe in ("10.254.254.254", "192.168.254.254", "172.31.254.254"):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                # connect() on UDP only picks the route and the source address; no packet leaves.
                udp.connect((probe, 9))
                address = udp.getsockname()[0]
        except OSError:
            continue
        if address and not address.startswith(("0.", "127.")):
            return address
    return "127.0.0.1"


def cut(connection: ServerConnection) -> None:
    """End a connection now, from any thread, without waiting for anything.

    A writer blocked on a phone that stopped reading holds the connection's
    lock, so websockets' own close would wait for it; shutting the socket down
    makes that blocked send fail at once, and the connection then ends itself.
    """
    try:
        connection.socket.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass   # already closed


def page_html() -> str:
    return (resources.files("quiz.phones") / "page" / "index.html").read_text(encoding="utf-8")


class _Link:
    """A connection's outbox and the thread that empties it."""

    def __init__(self, connection: ServerConnection) -> None:
        self._connection = connection
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="phone-writer", daemon=True)
        self._thread.start()

    def send(self, text: str) -> bool:
        if self._closing:
            return True
        if self._outbox.qsize() >= OUTBOX_LIMIT:
            return False
        self._outbox.put(text)
        return True

    def close(self, code: int = 1000, reason: str = "") -> None:
        if self._closing:
            return
        self._closing = True
        if self._outbox.qsize() >= OUTBOX_LIMIT:
            cut(self._connection)   # too far behind to wait for
        self._outbox.put((code, reason))

    def finish(self) -> None:
        self._outbox.put(None)

    def _run(self) -> None:
        while True:
            item = self._outbox.get()
            if item is None:
                return
            try:
                if isinstance(item, tuple):
                    self._connection.close(*item)
                    return
                self._connection.send(item)
            except (ConnectionClosed, OSError, RuntimeError):
                return


class PhoneServer:
    def __init__(self, host: Optional[str] = None, port: int = 0, *, hub: Optional[PhoneHub] = None,
                 clock: Optional[Clock] = None) -> None:
        self.host = host or lan_address()
        self.port = port
        self.hub = hub or PhoneHub(clock)
        self._page = localise(page_html()).encode("utf-8")  # in the language the game speaks now
        self._server: Optional[Server] = None
        self._thread: Optional[threading.Thread] = None
        self._sockets: "weakref.WeakSet[ServerConnection]" = weakref.WeakSet()
        self._sockets_lock = threading.Lock()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def join_url(self) -> str:
        """The address with the room code after ``#``: the page fills it in (the code never reaches the server's logs)."""
        return f"{self.url}#{self.hub.room_code}"

    @property
    def announcement(self) -> str:
        return f"Join at {self.url} room {self.hub.room_code}"

    def start(self) -> str:
        if self._server is not None:
            return self.url
        self._server = serve(
            self._handle, self.host, self.port,
            process_request=self._http,
            server_header=None,
            compression=None,
            max_size=MAX_FRAME,
            max_queue=32,
            open_timeout=5,
            ping_interval=10,
            ping_timeout=10,
            close_timeout=STOP_GRACE,
            create_connection=self._new_connection,
        )
        self.port = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="phone-server", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        # websockets' shutdown waits for every connection, and one that never
        # finished its opening handshake would hold it for the whole open
        # timeout: cut those at once, and any others left after the grace.
        closing = threading.Thread(target=server.shutdown, name="phone-server-stop", daemon=True)
        closing.start()
        deadline = time.monotonic() + STOP_GRACE
        while closing.is_alive():
            with self._sockets_lock:
                connections = list(self._sockets)
            for connection in connections:
                if connection.protocol.state is State.CONNECTING or time.monotonic() > deadline:
                    cut(connection)
            closing.join(0.02)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._server is not None

    def __enter__(self) -> "PhoneServer":
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _new_connection(self, *args: Any, **kwargs: Any) -> ServerConnection:
        connection = ServerConnection(*args, **kwargs)
        with self._sockets_lock:
            self._sockets.add(connection)
        return connection

    def _http(self, connection: ServerConnection, request: Request) -> Optional[Response]:
        path = request.path.split("?", 1)[0]
        if getattr(request, "method", "GET") != "GET":
            return connection.respond(http.HTTPStatus.METHOD_NOT_ALLOWED, "Method not allowed\n")
        if path == WEBSOCKET_PATH:
            origin = request.headers.get("Origin")
            host = request.headers.get("Host")
            # Browsers send Origin: refuse pages from elsewhere driving a phone's browser at us.
            if origin is not None and origin != f"http://{host}":
                return connection.respond(http.HTTPStatus.FORBIDDEN, "Forbidden\n")
            return None
        if path == "/":
            response = connection.respond(http.HTTPStatus.OK, "")
            response = Response(response.status_code, response.reason_phrase, response.headers, self._page)
            del response.headers["Content-Type"]
            del response.headers["Content-Length"]
            for name, value in PAGE_HEADERS.items():
                response.headers[name] = value
            response.headers["Content-Length"] = str(len(self._page))
            return response
        return connection.respond(http.HTTPStatus.NOT_FOUND, "Not found\n")

    def _handle(self, connection: ServerConnection) -> None:
        link = _Link(connection)
        number = self.hub.connect(link)
        try:
            for frame in connection:
                self.hub.receive(number, frame)
        except ConnectionClosed:
            pass
        finally:
            self.hub.disconnect(number)
            link.finish()
