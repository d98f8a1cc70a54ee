"""What the benchmarks that start gunicorn share."""

import http.client
import time


def wait_until_up(port: int, path: str, tries: int = 150) -> None:
    """Return once gunicorn on ``port`` answers ``path`` with 200; stop the benchmark if it
    never does."""
    for _ in range(tries):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("gunicorn did not answer")
