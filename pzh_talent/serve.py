"""`pzh-talent serve`: the registry in Datasette, with accounts, roles and the project's metadata.

Accounts live in a users file beside the database (`registry.db` -> `registry.users.json`), never
in the repository: a name, a role (admin, officer, liaison) and a PBKDF2 password hash, plus the
secret Datasette signs its CSRF tokens with. The server reads the file on every change (auth.py), so
an account edited or revoked with the CLI takes effect at the next request; the metadata names only
the file, never an account.
"""
import copy
import json
import os
import secrets
from pathlib import Path

from .auth import hash_password, password_problem
from pzh_talent.registry.schema import now

ROLES = ("admin", "officer", "liaison")
ROLE_LABELS = {"admin": "管理员", "officer": "人才办工作人员", "liaison": "企业联络员"}
# the repository keeps it at its top (pzh_talent/datasette_metadata.json links to it); a wheel carries it
METADATA_PATH = Path(__file__).resolve().parent / "datasette_metadata.json"
SETTINGS = {
    "suggest_facets": False,      # ~1 s per page at a million rows (domain.md §8)
    "allow_download": False,      # the database file is personal data
    "default_allow_sql": False,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 200,   # facets run side by side (facets.py); one over a huge result gives way
    "default_page_size": 50,
}


def users_path(db_path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".users.json")


def read_users(path) -> dict:
    path = Path(path)
    if not path.exists():
        return {"secret": None, "users": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def _write_private(path, data: dict) -> None:
    """Write the users file readable by its owner only from the first byte (written aside, then
    renamed: the server never reads half a file)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps(data, ensure_ascii=False, indent=1))
    os.replace(tmp, path)


def add_user(path, name: str, role: str, password: str, enterprise: str | None = None) -> None:
    """Create or update an account. `enterprise`: the enterprise a liaison speaks for. A changed
    password, role or enterprise ends the account's open sessions."""
    problem = password_problem(password)
    if problem:
        raise ValueError(problem)
    if role not in ROLES:
        raise ValueError(f"角色须为 {'、'.join(ROLES)} 之一，而不是“{role}”")
    if role == "liaison" and not enterprise:
        raise ValueError("企业联络员须用 --enterprise 指明所属企业（与需求中的企业名称一致）")
    if not name or not name.replace("_", "").replace("-", "").isalnum():
        raise ValueError(f"用户名“{name}”只能含字母、数字、- 和 _")
    data = read_users(path)
    data["secret"] = data.get("secret") or secrets.token_hex(32)
    data["users"][name] = {"role": role, "password_hash": hash_password(password)}
    if enterprise:
        data["users"][name]["enterprise"] = enterprise
    _write_private(path, data)


def revoke_sessions(path, name: str) -> None:
    """End every open session of an account (it can log in again)."""
    data = read_users(path)
    if name not in data["users"]:
        raise LookupError(f"没有账号“{name}”")
    data["users"][name]["sessions_revoked_at"] = now()
    _write_private(path, data)


def remove_user(path, name: str) -> None:
    """Delete an account; its sessions end at once."""
    data = read_users(path)
    if data["users"].pop(name, None) is None:
        raise LookupError(f"没有账号“{name}”")
    _write_private(path, data)


def metadata_for(db_name: str, users_file) -> dict:
    """The project's metadata for a database called `db_name`, with the users file wired in."""
    metadata = json.loads(METADATA_PATH.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if "registry" in databases and db_name != "registry":
        databases[db_name] = databases.pop("registry")
    metadata.setdefault("plugins", {})["pzh-talent"] = {"users_file": str(Path(users_file).resolve())}
    return metadata


def writable(db_path) -> bool:
    """Whether the registry (and its folder, where SQLite keeps -wal and -shm) may be written."""
    db_path = Path(db_path).resolve()
    return os.access(db_path.parent, os.W_OK) and (not db_path.exists() or os.access(db_path, os.W_OK))


def make_datasette(db_path, users_file=None, read_only: bool = False):
    """A Datasette instance for the registry (also what the tests use). `read_only`: a registry
    nobody may write here, opened immutable (SQLite then needs no -wal or -shm)."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    # datasette-auth-passwords, where still installed, adds a second log-in (its form and HTTP Basic)
    # that knows nothing of sessions or lock-out: ours (auth.py) is the only one
    pm.set_blocked("auth_passwords")

    from pzh_talent.registry.db import connect

    db_path = Path(db_path)
    if not read_only:
        connect(db_path).close()  # create or upgrade the schema first
    users_file = users_file or users_path(db_path)
    data = read_users(users_file)
    metadata = metadata_for(db_path.stem, users_file)
    return Datasette([] if read_only else [str(db_path)], immutables=[str(db_path)] if read_only else [],
                     metadata=copy.deepcopy(metadata), settings=SETTINGS,
                     secret=data.get("secret") or secrets.token_hex(32),
                     template_dir=str(Path(__file__).resolve().parent / "templates"))
