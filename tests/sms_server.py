"""A small HTTP server of ours standing in for the SMS provider (GOV.UK Notify's API) in
tests: it records every request it is sent and answers as told (201, a 5xx, or too slowly)."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# What the real GOV.UK Notify backend is configured with in tests: a key in Notify's shape
# (service id and secret), and the template the text goes through.
SERVICE, SECRET = "26785a09-ab16-4eb0-8407-a37497a57506", "3d844edf-8d35-48ac-975b-e847b4f122b0"
TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a"


def point_notify_at(server: "SMSServer", settings, *, timeout: float = 1) -> None:
    """Send texts through the real Notify backend to ``server`` instead of GOV.UK."""
    settings.SMS_BACKEND = "notify"
    settings.SMS_NOTIFY_API_KEY = f"courses_test-{SERVICE}-{SECRET}"
    settings.SMS_NOTIFY_TEMPLATE_ID = TEMPLATE
    settings.SMS_NOTIFY_BASE_URL = server.url
    settings.SMS_TIMEOUT_SECONDS = timeout


class SMSServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict] = []
        self.status, self.delay = 201, 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: SMSServer

    def do_POST(self):  # noqa: N802 (the standard library's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append({"path": self.path, "body": body,
                                     "authorization": self.headers.get("Authorization", "")})
        time.sleep(self.server.delay)
        answer = json.dumps({"id": "7c1e2b5e-0000-4000-8000-000000000000"} if
                            self.server.status < 400 else {"errors": [{"error": "Boom"}]})
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(answer.encode())

    def log_message(self, *args):
        pass
