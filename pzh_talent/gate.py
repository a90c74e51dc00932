"""What every request passes through before Datasette sees it, and every response on its way out.

Datasette is built to publish; the registry holds ID numbers and phones. So, at the ASGI level:
- only our session cookie authenticates: Datasette's signed `ds_actor` cookie and HTTP Basic
  credentials are removed from the request (they would be log-in paths with no lock-out, no expiry);
- query-string parameters that widen what a view reads (`_fts_table`, `_fts_pk`, raw search syntax,
  `_search_<column>`, `_show_sql`) are dropped for everyone but admins;
- Datasette's introspection pages (metadata with its canned SQL, plugins, settings …) are admins' only;
- a bulk read of data (CSV, JSON, a page of more than one screenful, SQL, the person page) is written
  to the audit log, with its actor, *before* the response goes out: when the log cannot be written,
  the data is not served;
- CSV leaves with a BOM (so that Excel reads UTF-8), as an attachment, and with every cell that a
  spreadsheet would run as a formula neutralised, as the mail-merge export does.
"""
import codecs
import csv
import io
import json
import re
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qsl, unquote, urlencode

from datasette.utils import tilde_decode

from pzh_talent.outreach.export import neutralise
from pzh_talent.registry.db import audit

DATABASE_PAGE_SIZE = 50  # datasette's default_page_size in serve.SETTINGS: more than this is a bulk read
WIDENING_PARAMS = ("_fts_table", "_fts_pk", "_searchmode", "_show_sql", "_where")
ADMIN_ONLY_PATHS = ("/-/metadata", "/-/plugins", "/-/versions", "/-/settings", "/-/config", "/-/databases",
                    "/-/threads", "/-/actions", "/-/permissions", "/-/allow-debug", "/-/messages", "/-/patterns",
                    "/-/password-tool")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def cookies_of(scope) -> dict:
    """The request's cookies, parsed as Datasette parses them (quoted values included)."""
    raw = "; ".join(v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"cookie")
    jar = SimpleCookie()
    try:
        jar.load(raw)
    except CookieError:
        return {}
    return {k: m.value for k, m in jar.items()}


def without_foreign_credentials(scope) -> dict:
    """The scope without Datasette's ds_actor cookie and without an Authorization header."""
    headers = []
    for key, value in scope.get("headers", []):
        if key == b"authorization":
            continue
        if key == b"cookie":
            kept = [part for part in value.decode("latin-1").split(";")
                    if part.strip().split("=", 1)[0].strip() != "ds_actor"]
            value = ";".join(kept).strip().encode("latin-1")
            if not value:
                continue
        headers.append((key, value))
    return dict(scope, headers=headers)


def narrowed_query(query: str) -> str:
    """The query string without parameters that would widen what a view reads."""
    pairs = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k not in WIDENING_PARAMS and not k.startswith("_search_")]
    return query if len(kept) == len(pairs) else urlencode(kept)


def read_kind(path: str, query: str, database: str) -> tuple[str, str] | None:
    """('export' | 'read', what) when a request reads data in bulk, else None. `path` is the raw
    (percent-encoded) path Datasette routes on."""
    params = dict(parse_qsl(query, keep_blank_values=True))
    if re.fullmatch(r"/-/person/\d+", path):
        return "read", "persons/" + path.rsplit("/", 1)[1]
    if re.fullmatch(r"/-/review(/\d+)?", path):  # two records side by side
        return "read", "review_pairs" + (path[len("/-/review"):] or "")
    if not (path == f"/{database}" or path.startswith(f"/{database}/") or path.startswith(f"/{database}.")):
        return None
    last = path.rsplit("/", 1)[-1]
    fmt = params.get("_format")
    for ext in (".csv", ".json"):
        if last.endswith(ext):
            fmt, last = ext[1:], last[:-len(ext)]
    name = tilde_decode(unquote(last)) if last != database else database
    if params.get("sql"):
        return "export" if fmt else "read", f"{database}: SQL"
    if fmt in ("csv", "json"):
        return "export", name
    size = params.get("_size", "")
    if path != f"/{database}" and (size == "max" or (size.isdigit() and int(size) > DATABASE_PAGE_SIZE)):
        return "read", name
    return None


def _safe_cell(value: str) -> str:
    return value if _NUMBER.fullmatch(value) else neutralise(value)


class CsvNeutraliser:
    """Rewrites a CSV body as it streams: complete records are neutralised, a record cut by a chunk
    boundary waits for the next chunk. Quotes decide where records end (a cell may hold a newline)."""

    def __init__(self):
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._pending = ""
        self._quotes = 0  # quote characters in _pending: odd means inside a quoted cell
        self._started = False

    def feed(self, chunk: bytes, final: bool = False) -> bytes:
        text = self._decoder.decode(chunk, final)
        cut = -1
        for i, ch in enumerate(text):
            if ch == '"':
                self._quotes += 1
            elif ch == "\n" and self._quotes % 2 == 0:
                cut = i
        if cut < 0 and not final:
            self._pending += text
            return b""
        if final:
            complete, self._pending = self._pending + text, ""
        else:
            complete, self._pending = self._pending + text[:cut + 1], text[cut + 1:]
            self._quotes = self._pending.count('"')
        out = io.StringIO()
        if not self._started:
            out.write("\ufeff")
            self._started = True
        writer = csv.writer(out, lineterminator="\r\n")
        for row in csv.reader(io.StringIO(complete)):
            writer.writerow([_safe_cell(cell) for cell in row])
        return out.getvalue().encode("utf-8")


def csv_headers(headers: list, name: str) -> list:
    """A CSV response's headers: text/csv, downloaded as a file named after the view."""
    kept = [(k, v) for k, v in headers if k.lower() not in (b"content-type", b"content-length",
                                                          b"content-disposition")]
    filename = re.sub(r'[\\/:*?"<>|\s]+', "_", name or "export") + ".csv"
    return kept + [(b"content-type", b"text/csv; charset=utf-8"),
                   (b"content-disposition", f"attachment; filename*=UTF-8''{_quote(filename)}".encode("ascii"))]


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def without_sql(body: bytes) -> bytes:
    """A JSON page without the SQL behind it (canned queries' SQL is admins' business)."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if isinstance(data, dict) and isinstance(data.get("query"), dict) and "sql" in data["query"]:
        data["query"] = {k: v for k, v in data["query"].items() if k != "sql"}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    return body


async def audit_read(db, actor: dict | None, action: str, target: str, path: str, query: str) -> None:
    details = {"path": unquote(path), "query": unquote(query)}

    def write(conn):
        with conn:  # Datasette's write connection: committed here, as execute_write would
            audit(conn, action, target, details, (actor or {}).get("id"))
    await db.execute_write_fn(write)
