"""Requests per second on the course catalogue under gunicorn and production settings, on
PostgreSQL, with a new database connection per request (CONN_MAX_AGE=0) and with persistent
connections (CONN_MAX_AGE=60).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/selfmanagement_bench \\
        .venv/bin/python bench/conn_max_age.py [--seconds 10] [--clients 8]

It migrates and seeds the named database, collects static files, then starts gunicorn twice.
"""

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import wait_until_up  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PORT = 8765
PATH = "/courses/"


def _env(conn_max_age: int) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CONN_MAX_AGE": str(conn_max_age),
        "LOG_LEVEL": "WARNING",
    }


def _manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=_env(0), check=True,
                   stdout=subprocess.DEVNULL)


def _client(deadline: float) -> tuple[int, int]:
    """Send requests on one keep-alive connection until the deadline; count the 200s."""
    ok = failed = 0
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    while time.monotonic() < deadline:
        conn.request("GET", PATH)
        response = conn.getresponse()
        response.read()
        if response.status == 200:
            ok += 1
        else:
            failed += 1
    conn.close()
    return ok, failed


def _load_with_wrk(seconds: float, clients: int) -> float:
    """wrk is written in C, so the load generator takes little of the two cores from gunicorn."""
    url = f"http://127.0.0.1:{PORT}{PATH}"
    subprocess.run(["wrk", "-t1", f"-c{clients}", "-d1s", url], check=True,
                   stdout=subprocess.DEVNULL)  # warm up
    output = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds:.0f}s", url],
                            check=True, capture_output=True, text=True).stdout
    if "Non-2xx" in output:
        raise SystemExit(output)
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def _load_with_python(seconds: float, clients: int) -> float:
    with ProcessPoolExecutor(clients) as pool:
        list(pool.map(_client, [time.monotonic() + 1] * clients))  # warm up
        deadline = time.monotonic() + seconds
        results = list(pool.map(_client, [deadline] * clients))
    failed = sum(r[1] for r in results)
    if failed:
        raise SystemExit(f"{failed} requests failed")
    return sum(r[0] for r in results) / seconds


def measure(conn_max_age: int, seconds: float, clients: int, workers: int) -> float:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{PORT}", "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=_env(conn_max_age),
    )
    try:
        wait_until_up(PORT, PATH)
        load = _load_with_wrk if shutil.which("wrk") else _load_with_python
        return load(seconds, clients)
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database the benchmark may fill.")
    _manage("migrate", "--noinput")
    _manage("seed_demo")
    _manage("collectstatic", "--noinput")
    print(f"GET {PATH} for {args.seconds:.0f} s, {args.clients} keep-alive clients "
          f"({'wrk' if shutil.which('wrk') else 'Python'}), {args.workers} gunicorn workers, "
          f"{os.cpu_count()} CPU cores")
    fresh = measure(0, args.seconds, args.clients, args.workers)
    print(f"CONN_MAX_AGE=0   (new connection per request): {fresh:8.1f} requests/s")
    kept = measure(60, args.seconds, args.clients, args.workers)
    print(f"CONN_MAX_AGE=60  (connections kept open):      {kept:8.1f} requests/s")
    print(f"persistent connections serve {kept / fresh:.2f}x the requests per second")


if __name__ == "__main__":
    main()
