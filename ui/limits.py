"""Per-client limits: a sliding-window rate limiter and a login throttle."""
from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute = per_minute
        self.window = window
        self.hits: dict[str, deque] = defaultdict(deque)
        self.lock = threading.Lock()

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        with self.lock:
            hits = self.hits[client]
            while hits and now - hits[0] > self.window:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False
            hits.append(now)
            if len(self.hits) > 10000:  # bounded memory: forget idle clients
                for key in [k for k, v in self.hits.items() if not v][:5000]:
                    del self.hits[key]
            return True


class LoginThrottle:
    """After ``free`` failures a key must wait, doubling each time (capped)."""

    def __init__(self, free: int = 3, base: float = 2.0, cap: float = 300.0) -> None:
        self.free, self.base, self.cap = free, base, cap
        self.failures: dict[str, tuple[int, float]] = {}
        self.lock = threading.Lock()

    def wait_seconds(self, key: str) -> int:
        with self.lock:
            count, until = self.failures.get(key, (0, 0.0))
        return max(0, int(until - time.monotonic() + 0.999))

    def failed(self, key: str) -> None:
        with self.lock:
            count, _ = self.failures.get(key, (0, 0.0))
            count += 1
            delay = 0.0 if count <= self.free else min(self.cap, self.base ** (count - self.free))
            self.failures[key] = (count, time.monotonic() + delay)

    def succeeded(self, key: str) -> None:
        with self.lock:
            self.failures.pop(key, None)
