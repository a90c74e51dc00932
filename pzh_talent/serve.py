"""`pzh-talent serve`: the registry in Datasette, with accounts, roles and the project's metadata.

Accounts live in a users file beside the database (`registry.db` -> `registry.users.json`), never
in the repository: a name, a role (admin, officer, liaison) and a PBKDF2 password hash, plus the
secret that signs log-in cookies. The hashes reach datasette-auth-passwords through environment
variables, so that /-/metadata shows `{"$env": …}` and not the hashes themselves.
"""
import copy
import json
import os
import secrets
from pathlib import Path

from datasette_auth_passwords.utils import hash_password

ROLES = ("admin", "officer", "liaison")
ROLE_LABELS = {"admin": "管理员", "officer": "人才办工作人员", "liaison": "企业联络员"}
METADATA_PATH = Path(__file__).resolve().parent.parent / "datasette_metadata.json"
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


def add_user(path, name: str, role: str, password: str, enterprise: str | None = None) -> None:
    """Create or update an account. `enterprise`: the enterprise a liaison speaks for."""
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
    path = Path(path)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.chmod(path, 0o600)


def metadata_for(db_name: str, users: dict) -> tuple[dict, dict]:
    """The project's metadata for a database called `db_name`, with the accounts wired in.
    Returns (metadata, environment variables holding the password hashes)."""
    metadata = json.loads(METADATA_PATH.read_text(encoding="utf-8"))
    databases = metadata.get("databases", {})
    if "registry" in databases and db_name != "registry":
        databases[db_name] = databases.pop("registry")
    config, env = {"actors": {}}, {}
    for i, (name, user) in enumerate(sorted(users.items())):
        var = f"PZH_TALENT_PASSWORD_HASH_{i}"
        env[var] = user["password_hash"]
        config[f"{name}_password_hash"] = {"$env": var}
        # every actor carries `enterprise` (None but for liaisons): canned queries use :_actor_enterprise
        config["actors"][name] = {"id": name, "role": user["role"], "enterprise": user.get("enterprise")}
    metadata.setdefault("plugins", {})["datasette-auth-passwords"] = config
    return metadata, env


def make_datasette(db_path, users_file=None):
    """A Datasette instance for the registry (also what the tests use)."""
    from datasette.app import Datasette

    from registry.db import connect

    db_path = Path(db_path)
    connect(db_path).close()  # create or upgrade the schema first
    data = read_users(users_file or users_path(db_path))
    metadata, env = metadata_for(db_path.stem, data["users"])
    os.environ.update(env)
    return Datasette([str(db_path)], metadata=copy.deepcopy(metadata), settings=SETTINGS,
                     secret=data.get("secret") or secrets.token_hex(32),
                     template_dir=str(Path(__file__).resolve().parent / "templates"))
