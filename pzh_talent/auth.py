"""Log-in, sessions and lock-out for the Datasette site.

The browser holds only a random session token (cookie `pzh_session`, HttpOnly, SameSite=Lax);
what it stands for lives in the server's memory. So a session can end: at log-out, after
`SESSION_IDLE_SECONDS` without a request, `SESSION_MAX_SECONDS` after log-in, or as soon as the
account changes in the users file (role, enterprise, password, removal, `user revoke`). A server
restart ends every session, which only means logging in again.

Passwords are PBKDF2-SHA256 hashes in datasette-auth-passwords' format
(`pbkdf2_sha256$iterations$salt$hash`), so existing users files keep working. Hashing is slow on
purpose (~0.3 s); it runs on worker threads, at most `HASHING_AT_ONCE` at a time, so that guessing
cannot stall the pages other people are loading.
"""
import asyncio
import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 480_000
MIN_PASSWORD_LENGTH = 10

COOKIE = "pzh_session"
SESSION_IDLE_SECONDS = 30 * 60
SESSION_MAX_SECONDS = 8 * 3600

# lock-out: this many failed log-ins within the window lock the account (or the address) for the window
FAILURES_PER_ACCOUNT = 5
FAILURES_PER_ADDRESS = 20
LOCKOUT_SECONDS = 15 * 60
HASHING_AT_ONCE = 2
WAITING_AT_MOST = 8  # log-ins queued beyond this are refused at once (429)


def hash_password(password: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("utf-8"), iterations)
    return f"{ALGORITHM}${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


def verify_password(password: str, password_hash: str) -> bool:
    parts = (password_hash or "").strip().split("$")
    if len(parts) != 4 or parts[0] != ALGORITHM or not parts[1].isdigit():
        return False
    return secrets.compare_digest(hash_password(password, parts[2], int(parts[1])), password_hash.strip())


# Unknown account names are checked against this, so that a wrong name takes as long as a wrong password
_DUMMY_HASH = hash_password(secrets.token_hex(8), iterations=ITERATIONS)


def password_problem(password: str) -> str | None:
    """Why a password will not do, in Chinese; None when it will."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        return f"密码至少 {MIN_PASSWORD_LENGTH} 个字符"
    if len(set(password)) < 4:
        return "密码过于简单：请混用不同的字母、数字或符号"
    return None


def account_stamp(user: dict) -> str:
    """What a session was opened against: changing any of these ends the account's sessions."""
    return hashlib.sha256(json.dumps([user.get("role"), user.get("enterprise"), user.get("password_hash"),
                                      user.get("sessions_revoked_at")]).encode()).hexdigest()


class UsersFile:
    """The users file, re-read whenever it changes on disk (the CLI edits it while the server runs)."""

    def __init__(self, path):
        self.path = Path(path)
        self._seen = None
        self._users: dict = {}

    def users(self) -> dict:
        try:
            stat = self.path.stat()
            seen = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        except FileNotFoundError:
            self._seen, self._users = None, {}
            return self._users
        if seen != self._seen:
            self._users = json.loads(self.path.read_text(encoding="utf-8")).get("users", {})
            self._seen = seen
        return self._users


@dataclass
class Session:
    user: str
    stamp: str
    started: float
    last_seen: float


@dataclass
class Sessions:
    """Server-side sessions, by token. `clock` is a parameter so that tests can move time on."""
    users_file: UsersFile
    idle_seconds: float = SESSION_IDLE_SECONDS
    max_seconds: float = SESSION_MAX_SECONDS
    clock: object = time.time
    _by_token: dict = field(default_factory=dict)

    def open(self, user: str) -> str:
        token = secrets.token_urlsafe(32)
        now = self.clock()
        self._by_token[token] = Session(user, account_stamp(self.users_file.users()[user]), now, now)
        return token

    def actor(self, token: str | None) -> dict | None:
        """The actor a token stands for now, or None (and the session ends) when it may not."""
        session = self._by_token.get(token or "")
        if session is None:
            return None
        now = self.clock()
        user = self.users_file.users().get(session.user)
        if (user is None or account_stamp(user) != session.stamp or now - session.last_seen > self.idle_seconds
                or now - session.started > self.max_seconds):
            del self._by_token[token]
            return None
        session.last_seen = now
        return {"id": session.user, "role": user["role"], "enterprise": user.get("enterprise")}

    def close(self, token: str | None) -> None:
        self._by_token.pop(token or "", None)

    def count(self) -> int:
        return len(self._by_token)


@dataclass
class LoginGuard:
    """Counts failed log-ins by account and by address and answers whether either is locked."""
    clock: object = time.time
    _failures: dict = field(default_factory=dict)  # ("user" | "addr", key) -> [times]
    _hashing: asyncio.Semaphore | None = None
    _waiting: int = 0

    def _recent(self, key) -> list:
        cutoff = self.clock() - LOCKOUT_SECONDS
        times = [t for t in self._failures.get(key, []) if t > cutoff]
        self._failures[key] = times
        return times

    def locked(self, user: str, address: str) -> bool:
        return (len(self._recent(("user", user))) >= FAILURES_PER_ACCOUNT
                or len(self._recent(("addr", address))) >= FAILURES_PER_ADDRESS)

    def failed(self, user: str, address: str) -> None:
        for key in (("user", user), ("addr", address)):
            self._recent(key).append(self.clock())

    def succeeded(self, user: str) -> None:
        self._failures.pop(("user", user), None)

    async def check(self, users: dict, user: str, password: str) -> bool | None:
        """Whether the password is right, hashed off the event loop; None when too many wait."""
        if self._waiting >= WAITING_AT_MOST:
            return None
        if self._hashing is None:
            self._hashing = asyncio.Semaphore(HASHING_AT_ONCE)
        self._waiting += 1
        try:
            async with self._hashing:
                known = users.get(user)
                ok = await asyncio.to_thread(verify_password, password[:1024],
                                             known["password_hash"] if known else _DUMMY_HASH)
        finally:
            self._waiting -= 1
        return ok and known is not None
