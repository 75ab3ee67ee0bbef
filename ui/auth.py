"""bcrypt helpers shared by the staff login and the API keys, and the API-key check.

API keys (``ANSO_API_KEYS``) are stored as bcrypt hashes, like staff passwords. Checking a bcrypt hash
costs ~0.2 s, so a key that was checked once is remembered by its SHA-256 digest (never the key itself)."""
from __future__ import annotations

import hashlib
import threading

import bcrypt

BCRYPT_INPUT_LIMIT = 72  # bcrypt reads at most 72 bytes of a password
KEY_MEMO_LIMIT = 4096  # digests of checked keys remembered (valid and invalid) before the memo is emptied


def hash_password(password: str) -> str:
    """A bcrypt hash for ``ANSO_STAFF_USERS`` / ``ANSO_API_KEYS``."""
    return bcrypt.hashpw(password.encode()[:BCRYPT_INPUT_LIMIT], bcrypt.gensalt()).decode()


def check_hash(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw((password or "").encode()[:BCRYPT_INPUT_LIMIT], hashed)


def parse_entries(text: str | None) -> dict[str, bytes]:
    """``'name:hash,name2:hash'`` (bare hashes allowed: named ``key1``, ``key2``, …) → name → hash."""
    out: dict[str, bytes] = {}
    for number, entry in enumerate((text or "").replace("\n", ",").split(","), 1):
        entry = entry.strip()
        name, _, hashed = entry.rpartition(":")  # bcrypt hashes hold no ':'
        if hashed.startswith("$2"):
            out[name or f"key{number}"] = hashed.encode()
    return out


class ApiKeys:
    """Bearer keys checked against bcrypt hashes; ``required`` is False when none are configured."""

    def __init__(self, hashes: dict[str, bytes]) -> None:
        self.hashes = hashes
        self._memo: dict[bytes, str | None] = {}
        self._lock = threading.Lock()

    @property
    def required(self) -> bool:
        return bool(self.hashes)

    def remembered(self, key: str) -> bool:
        """Whether this key was checked before (then ``owner`` costs no bcrypt check)."""
        with self._lock:
            return hashlib.sha256(key.encode()).digest() in self._memo

    def owner(self, key: str) -> str | None:
        """The name of the matching key, or None."""
        digest = hashlib.sha256(key.encode()).digest()
        with self._lock:
            if digest in self._memo:
                return self._memo[digest]
        name = next((n for n, h in self.hashes.items() if check_hash(key, h)), None)
        with self._lock:
            if len(self._memo) >= KEY_MEMO_LIMIT:
                self._memo.clear()
            self._memo[digest] = name
        return name


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None
