"""The registry's Datasette plugin: Chinese search, deny-by-default permissions, a log-in redirect.

Permissions come from datasette_metadata.json (`allow` blocks per role). This plugin adds the
safety net: a table, view or canned query that the metadata does not open to a role is closed to it,
so FTS shadow tables, sqlite_stat1 or a table added later never become side doors. Only `admin`
may run SQL or download the database file.
"""
import json
import re

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from registry.schema import now
from registry.search import fts_query

# Views whose rows are about people: every CSV/JSON export of them is written to the audit log
PERSONAL_VIEWS = {"人员", "来源记录", "待审核记录对", "可推荐人才"}


def _role(actor) -> str | None:
    return (actor or {}).get("role")


@hookimpl(trylast=True)
def prepare_connection(conn):
    # Datasette's table search runs `match escape_fts(:search)`: segment the query with jieba
    # instead, the way registry/search.py segmented the index (trylast: after Datasette's own)
    conn.create_function("escape_fts", 1, fts_query)


@hookimpl(trylast=True)
def permission_allowed(datasette, actor, action, resource):
    role = _role(actor)
    if role == "admin":
        return None  # the metadata opens everything to admin
    if action in ("execute-sql", "view-database-download", "permissions-debug", "debug-menu"):
        return False
    if action == "view-table":
        database, table = resource
        allow = (datasette.metadata("tables", database=database) or {}).get(table, {}).get("allow")
        return None if allow is not None else False
    if action == "view-query":
        database, name = resource
        queries = datasette.metadata("queries", database=database) or {}
        return None if isinstance(queries.get(name), dict) and "allow" in queries[name] else False
    return None


@hookimpl
def forbidden(datasette, request, message):
    if not request.actor:  # not logged in: the log-in page, not an error
        return Response.redirect("/-/login")


@hookimpl
def asgi_wrapper(datasette):
    """Log every CSV/JSON export of a personal view: who, when, what."""
    def wrap(app):
        async def logged(scope, receive, send):
            path = scope.get("path", "") if scope.get("type") == "http" else ""
            query = scope.get("query_string", b"").decode("utf-8", "replace")
            export = _exported_view(path, query)
            if export is None:
                return await app(scope, receive, send)
            status = {}

            async def watch(message):
                if message["type"] == "http.response.start":
                    status["code"] = message["status"]
                await send(message)

            await app(scope, receive, watch)
            if status.get("code") == 200:
                actor = _actor_of(datasette, scope)
                db = datasette.get_database()
                await db.execute_write(
                    "INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, 'export', ?, ?)",
                    (now(), (actor or {}).get("id"), export,
                     json.dumps({"path": path, "query": query}, ensure_ascii=False)))
        return logged
    return wrap


def _exported_view(path: str, query: str = "") -> str | None:
    """The personal view a /db/table.csv or .json path (or ?_format=) exports; table names are
    tilde-encoded in paths."""
    last = path.rsplit("/", 1)[-1]
    if re.search(r"(^|&)_format=(csv|json)", query) and "." not in last:
        name = tilde_decode(last)
        return name if name in PERSONAL_VIEWS else None
    for ext in (".csv", ".json"):
        if last.endswith(ext):
            name = tilde_decode(last[:-len(ext)])
            return name if name in PERSONAL_VIEWS else None
    return None


def _actor_of(datasette, scope) -> dict | None:
    cookies = {}
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            for part in value.decode("latin-1").split(";"):
                if "=" in part:
                    k, v = part.strip().split("=", 1)
                    cookies[k] = v
    try:
        return datasette.unsign(cookies["ds_actor"], "actor")["a"]
    except Exception:  # no cookie, or not ours: an anonymous request
        return None


@hookimpl
def menu_links(datasette, actor):
    if _role(actor) in ("admin", "officer"):
        return [{"href": datasette.urls.table(datasette.get_database().name, "人员"), "label": "人员（脱敏）"},
                {"href": datasette.urls.table(datasette.get_database().name, "待审核记录对"), "label": "待审核记录对"}]
