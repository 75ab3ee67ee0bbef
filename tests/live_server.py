"""Start `anso serve` as a real process on a free loopback port, and stop it."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    def __init__(self, env: dict, timeout: float = 90, log_path=None, wait_page: bool = True) -> None:
        """``log_path``: write the server's output to this file (else a pipe read when it exits early).
        ``wait_page``: wait until the chat page is mounted too (``/healthz`` says ``"page": "ready"``),
        not only the HTTP API."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        output = open(log_path, "w", encoding="utf-8") if log_path else subprocess.PIPE
        self.proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "serve", "--port", str(self.port)],
                                     env={**os.environ, **env}, stdout=output, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"anso serve exited: {self.log()}")
            try:
                health = httpx.get(self.url + "/healthz", timeout=2)
                if health.status_code == 200 and (not wait_page or health.json().get("page") in ("ready", "failed")):
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("anso serve did not become ready")

    def log(self) -> str:
        if self.log_path:
            return open(self.log_path, encoding="utf-8").read()
        return self.proc.stdout.read() if self.proc.poll() is not None else ""

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
