"""The registry's Datasette plugin: Chinese search, deny-by-default permissions, a log-in redirect.

Permissions come from datasette_metadata.json (`allow` blocks per role). This plugin adds the
safety net: a table, view or canned query that the metadata does not open to a role is closed to it,
so FTS shadow tables, sqlite_stat1 or a table added later never become side doors. Only `admin`
may run SQL or download the database file.
"""
import functools
import json
import logging
import re
import time
import weakref
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.facets import ColumnFacet
from datasette.utils import to_css_class
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from pzh_talent.matching.match import liaison_reasons
from pzh_talent import auth, forms, gate
from pzh_talent.registry.db import register_functions
from pzh_talent.facets import ConcurrentColumnFacet
from pzh_talent.registry.dedupe.golden import field_source
from pzh_talent.registry.search import fts_query



def _role(actor) -> str | None:
    return (actor or {}).get("role")


@hookimpl(trylast=True)
def prepare_connection(conn):
    # Datasette's table search runs `match escape_fts(:search)`: segment the query with jieba
    # instead, the way registry/search.py segmented the index (trylast: after Datasette's own)
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)
    conn.create_function("liaison_reasons", 1, liaison_reasons, deterministic=True)
    register_functions(conn)  # the views' own (mask_contacts)
    # a write waits its turn behind an import instead of failing at once (audit rows included)
    conn.execute("PRAGMA busy_timeout = 30000")
    # the server's own checkpoints (after audit rows) cut a WAL that readers kept growing back to 64 MB
    conn.execute("PRAGMA journal_size_limit = 67108864")
    # SQLite's default page cache is 2 MB: at a million records every facet and search re-read
    # persons' pages from the OS. Memory-mapped reads share the OS's cache between Datasette's
    # connections (each of which would otherwise warm its own).
    conn.execute("PRAGMA mmap_size = 4294967296")


@hookimpl(hookwrapper=True)
def register_facet_classes():
    # Datasette's column facets, swapped for ones that run side by side (facets.py)
    outcome = yield
    outcome.force_result([[ConcurrentColumnFacet if cls is ColumnFacet else cls for cls in classes]
                          for classes in outcome.get_result()])


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
    if not request.actor:  # not logged in: the log-in page, then back to where the visitor was going
        return Response.redirect("/-/login" + _next_suffix(request))

    async def page():
        return await _refusal_page(datasette, request, "此页面")
    return page


async def _refusal_page(datasette, request, what: str) -> Response:
    """A logged-in person's refusal, in Chinese, on a page of the site (with its menu)."""
    role = auth_role_label(_role(request.actor))
    html = await datasette.render_template("pzh_refused.html", {"what": what, "role": role}, request=request)
    return Response.html(html, status=403)


def auth_role_label(role) -> str:
    from pzh_talent.serve import ROLE_LABELS

    return ROLE_LABELS.get(role, role or "")


def _next_suffix(request) -> str:
    target = request.path + (f"?{request.query_string}" if request.query_string else "")
    return "" if target in ("/", "/-/login") else "?" + urlencode({"next": target})


def _safe_next(target: str | None) -> str:
    # only a path on this site: never //elsewhere.example or an absolute URL
    return target if target and target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"


# --- sessions and log-in (auth.py) ---------------------------------------------------------------

_SESSIONS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_GUARDS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def sessions_of(datasette) -> auth.Sessions:
    if datasette not in _SESSIONS:
        users_file = (datasette.plugin_config("pzh-talent") or {}).get("users_file") or "/nonexistent"
        _SESSIONS[datasette] = auth.Sessions(auth.UsersFile(users_file))
        _GUARDS[datasette] = auth.LoginGuard()
    return _SESSIONS[datasette]


def _session_actor(datasette, scope) -> dict | None:
    return sessions_of(datasette).actor(gate.cookies_of(scope).get(auth.COOKIE))


@hookimpl
def actor_from_request(datasette, request):
    return _session_actor(datasette, request.scope)


async def login_page(datasette, request):
    sessions = sessions_of(datasette)
    guard = _GUARDS[datasette]
    error, status, username = None, 200, ""
    next_ = _safe_next(request.args.get("next"))
    if request.method == "POST":
        form = await request.post_vars()
        username, password = (form.get("username") or "")[:100], form.get("password") or ""
        next_ = _safe_next(form.get("next"))
        address = (request.scope.get("client") or ("?",))[0]
        if guard.locked(username, address):
            error, status = f"登录失败次数过多，该账号或地址已暂时锁定，请 {auth.LOCKOUT_SECONDS // 60} 分钟后再试", 429
        else:
            ok = await guard.check(sessions.users_file.users(), username, password)
            if ok is None:
                error, status = "登录请求过多，请稍后再试", 429
            elif ok:
                guard.succeeded(username)
                response = Response.redirect(next_)
                response.set_cookie(auth.COOKIE, sessions.open(username), max_age=int(sessions.max_seconds),
                                    httponly=True, samesite="lax", secure=request.scheme == "https")
                return response
            else:
                guard.failed(username, address)
                error, status = "用户名或密码错误", 200
    html = await datasette.render_template("password_login.html", {"error": error, "next": next_,
                                                                   "username": username}, request=request)
    return Response.html(html, status=status)


async def logout_page(datasette, request):
    if request.method == "POST":
        sessions_of(datasette).close(request.cookies.get(auth.COOKIE))
        html = await datasette.render_template("password_login.html", {"message": "您已退出登录", "next": "/"},
                                               request=request)
        response = Response.html(html)
        response.set_cookie(auth.COOKIE, "", max_age=0, httponly=True, samesite="lax")
        return response
    return Response.redirect("/" if request.actor else "/-/login")


async def form_page(datasette, request):
    """An officer's form (forms.py): GET shows it (values from the link prefilled), POST runs its action."""
    from datasette.utils.asgi import NotFound

    form = forms.FORMS.get(request.url_vars["name"])
    if form is None:
        raise NotFound("没有这个表单")
    if not request.actor:
        return Response.redirect("/-/login" + _next_suffix(request))
    if _role(request.actor) not in form.roles:
        return await _refusal_page(datasette, request, f"“{form.title}”")
    values, message, error, status = {k: request.args.get(k) for k in request.args.keys()}, None, None, 200
    if request.method == "POST":
        values = dict((await request.post_vars()).items())
        try:
            message = await datasette.get_database().execute_write_fn(
                lambda conn: forms.submit(conn, form, values, request.actor), block=True)
            values = {}
        except forms.FormError as e:
            error, status = f"未保存：{e}", 400
    html = await datasette.render_template("pzh_form.html", {"form": form, "values": values, "message": message,
                                                             "error": error}, request=request)
    return Response.html(html, status=status)


def _refused(send, status: int, text: str):
    return Response.html(f"<!DOCTYPE html><meta charset='utf-8'><title>{text}</title><p>{text}</p>",
                         status=status).asgi_send(send)


@hookimpl
def asgi_wrapper(datasette):
    """Every request through gate.py: our session only, nothing that widens a view, introspection
    for admins, bulk reads audited before they are served, CSV made safe for spreadsheets."""
    def wrap(app):
        async def guarded(scope, receive, send):
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            scope = gate.without_foreign_credentials(scope)
            actor = _session_actor(datasette, scope)
            admin = _role(actor) == "admin"
            path = (scope.get("raw_path") or scope["path"].encode("utf-8")).decode("latin-1").partition("?")[0]
            query = scope.get("query_string", b"").decode("latin-1")
            if not admin:
                if any(path == p or path.startswith(p + ".") or path.startswith(p + "/")
                       for p in gate.ADMIN_ONLY_PATHS):
                    if actor is None:
                        return await Response.redirect("/-/login").asgi_send(send)
                    return await _refused(send, 403, "无权查看此页面")
                narrowed = gate.narrowed_query(query)
                if narrowed != query:
                    query = narrowed
                    scope = dict(scope, query_string=narrowed.encode("latin-1"))
            db = datasette.get_database()
            read = gate.read_kind(path, query, db.name)
            is_csv = path.endswith(".csv") or "_format=csv" in query
            state = {"blocked": False, "csv": None, "json": None}

            async def out(message):
                if state["blocked"]:
                    return
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers", []))
                    ok = message["status"] == 200
                    if read and ok:
                        try:
                            await gate.audit_read(db, actor, *read, path, query)
                        except Exception:  # no audit row, no data (the cause goes to the server's log)
                            state["blocked"] = True
                            logging.getLogger("pzh_talent").exception("audit log not written")
                            return await _refused(send, 503, "审计日志暂时无法写入，为保护个人信息本次未提供数据，请稍后重试")
                    ctype = dict((k.lower(), v) for k, v in headers).get(b"content-type", b"")
                    if ok and is_csv and ctype.startswith((b"text/plain", b"text/csv")):
                        state["csv"] = gate.CsvNeutraliser()
                        headers = gate.csv_headers(headers, read[1] if read else "export")
                    elif ok and not admin and ctype.startswith(b"application/json"):
                        state["json"] = bytearray()
                        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    message = dict(message, headers=headers)
                elif message["type"] == "http.response.body":
                    body, more = message.get("body", b""), message.get("more_body", False)
                    if state["csv"] is not None:
                        message = dict(message, body=state["csv"].feed(body, final=not more))
                    elif state["json"] is not None:
                        state["json"] += body
                        if more:
                            return
                        message = dict(message, body=gate.without_sql(bytes(state["json"])))
                await send(message)

            await app(scope, receive, out)
        return guarded
    return wrap


@hookimpl
def menu_links(datasette, actor):
    if _role(actor) == "liaison":
        db = datasette.get_database().name
        return [{"href": datasette.urls.query(db, "my_demands"), "label": "本企业的人才需求"},
                {"href": "/-/form/log_demand", "label": "登记或更新需求"},
                {"href": datasette.urls.query(db, "my_matches"), "label": "本企业需求的推荐人选"},
                {"href": datasette.urls.table(db, "可推荐人才"), "label": "可推荐人才"}]
    if _role(actor) in ("admin", "officer"):
        return [{"href": "/-/dashboard", "label": "人才看板"},
                {"href": datasette.urls.table(datasette.get_database().name, "人员"), "label": "人员（脱敏）"},
                {"href": "/-/review", "label": "查重审核（逐对）"},
                {"href": datasette.urls.table(datasette.get_database().name, "待审核记录对"), "label": "待审核记录对"},
                *({"href": f"/-/form/{f.name}", "label": f.title} for f in forms.FORMS.values()
                  if "officer" in f.roles)]


# The person page: everything officers need to work on one person, on one page
GOLDEN_LABELS = [("name", "姓名"), ("gender", "性别"), ("birth_date", "出生日期"), ("id_number", "身份证号"),
                 ("phone", "手机"), ("email", "邮箱"), ("education", "学历"), ("degree", "学位"),
                 ("school", "毕业院校"), ("major", "专业"), ("employer", "工作单位"), ("position", "职务"),
                 ("title", "职称"), ("title_level", "职称级别"), ("city", "现居城市"), ("province", "省份"),
                 ("country", "国家或地区"), ("expertise", "专长"), ("industry", "行业"), ("programme", "人才计划"),
                 ("origin_county", "籍贯区县"), ("origin_strength", "攀籍证据")]
_STRENGTH_ZH = {"strong": "强", "medium": "中", "weak": "弱"}
_FIELD_ZH = {"id_number": "身份证地区码", "hometown": "籍贯", "school": "学校", "address": "地址",
             "birthplace": "出生地", "employer": "工作单位", "remarks": "备注", "city": "城市"}
_PURPOSE_ZH = {"contact": "联系", "share_with_enterprises": "向企业推荐"}


def _mask(field: str, value, masked: bool):
    from pzh_talent.ingest.contact import mask_contacts, mask_email, mask_phone
    from pzh_talent.ingest.ids import mask_id

    if not masked or value is None:
        return value
    if field == "id_number":
        return mask_id(value)
    if field == "phone":
        return mask_phone(value)
    if field == "email":
        return mask_email(value)
    if field == "birth_date":
        return value[:4]
    if field in ("expertise", "address", "remarks"):
        return mask_contacts(value)
    return value


def _dicts(results) -> list[dict]:
    return [dict(zip(results.columns, row)) for row in results.rows]


async def _officers_only(datasette, request, page: str) -> Response | None:
    """The log-in page for a visitor, a refusal for a liaison, None for officers and admins."""
    if _role(request.actor) in ("admin", "officer"):
        return None
    if not request.actor:
        return Response.redirect("/-/login" + _next_suffix(request))
    return await _refusal_page(datasette, request, page)


async def person_page(datasette, request):
    from datasette.utils.asgi import NotFound

    refused = await _officers_only(datasette, request, "人员详情")
    if refused:
        return refused
    role = _role(request.actor)
    db = datasette.get_database()
    person_id = int(request.url_vars["person_id"])
    rows = _dicts(await db.execute("SELECT * FROM persons WHERE id = ?", (person_id,)))
    if not rows:
        raise NotFound(f"没有编号为 {person_id} 的人员")
    person, masked = rows[0], role != "admin"
    only_record = None
    if person["n_records"] == 1:
        only_record = (await db.execute("SELECT id FROM source_records WHERE person_id = ?", (person_id,))).first()[0]
    golden = []
    for field, label in GOLDEN_LABELS:
        raw = person.get(field)
        value = _mask(field, raw, masked)
        if field == "origin_strength":
            value = _STRENGTH_ZH.get(value, value)
        source = field_source(person.get("golden_sources"), field, only_record) if raw not in (None, "") else None
        golden.append((label, value, f"{source[0]}，记录 {source[1]}" if source else ""))
    phones = [_mask("phone", p, masked) for p in json.loads(person.get("phones") or "[]")]
    emails = [_mask("email", e, masked) for e in json.loads(person.get("emails") or "[]")]
    records = _dicts(await db.execute("SELECT * FROM 来源记录 WHERE 人员编号 = ? ORDER BY 导入时间, 记录编号",
                                (person_id,)))
    # evidence as its reason (籍贯含“米易”): the cell it was read from only for admins (issue 15)
    evidence, seen = [], set()
    raw_evidence = await db.execute("SELECT origin_evidence FROM source_records WHERE person_id = ? ORDER BY id",
                                    (person_id,))
    for (text,) in raw_evidence.rows:
        for e in json.loads(text or "[]"):
            key = (e.get("field"), e.get("value"), e.get("reason"))
            if key not in seen:
                seen.add(key)
                evidence.append({"reason": e.get("reason"), "value": None if masked else e.get("value"),
                                 "strength_zh": _STRENGTH_ZH.get(e.get("strength"), e.get("strength")),
                                 "field_zh": _FIELD_ZH.get(e.get("field"), e.get("field"))})
    ids = json.dumps([r["记录编号"] for r in records])
    decisions = _dicts(await db.execute(
        "SELECT * FROM link_decisions WHERE record_a IN (SELECT value FROM json_each(?)) "
        "OR record_b IN (SELECT value FROM json_each(?)) ORDER BY id", (ids, ids)))
    reviews = _dicts(await db.execute(
        "SELECT * FROM review_pairs WHERE status = 'open' AND (record_a IN (SELECT value FROM json_each(?)) "
        "OR record_b IN (SELECT value FROM json_each(?))) ORDER BY abs(weight)", (ids, ids)))
    merges = _dicts(await db.execute("SELECT * FROM person_merges WHERE into_person = ? OR from_person = ? ORDER BY id",
                               (person_id, person_id)))
    consents = _dicts(await db.execute(
        # the consent in force, as suppression and the liaison's views read it (roster boxes included)
        "SELECT purpose, status, at FROM consent_in_force WHERE person_id = ? ORDER BY purpose", (person_id,)))
    for c in consents:
        c["purpose_zh"] = _PURPOSE_ZH.get(c["purpose"], c["purpose"])
    matches = _dicts(await db.execute(
        "SELECT m.rank, round(m.score, 1) AS score, m.reasons, d.position, e.name AS enterprise, d.ref, "
        "d.id AS demand_id "
        "FROM matches m JOIN demands d ON d.id = m.demand_id JOIN enterprises e ON e.id = d.enterprise_id "
        "WHERE m.person_id = ? ORDER BY m.score DESC LIMIT 10", (person_id,)))
    campaigns = _dicts(await db.execute(
        "SELECT c.name, c.channel, m.member_key, m.status, m.suppressed, m.updated_at, m.updated_by, m.id AS member_id "
        "FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id WHERE m.person_id = ? ORDER BY m.id",
        (person_id,)))
    for c in campaigns:
        c["history"] = _dicts(await db.execute(
            "SELECT status, at, actor FROM member_status_history WHERE member_id = ? ORDER BY id", (c["member_id"],)))
    return Response.html(await datasette.render_template(
        "pzh_person.html",
        {"person": person, "golden": golden, "phones": phones, "emails": emails, "records": records,
         "evidence": evidence, "decisions": decisions, "reviews": reviews, "merges": merges,
         "consents": consents, "campaigns": campaigns, "matches": matches, "masked": masked,
         "database": db.name},
        request=request))


def _shown_id(record: dict, masked: bool):
    """The ID as the page shows it: a full number, or one the roster itself published masked
    (510422********3265), through the one mask for officers: six digits and four."""
    from pzh_talent.ingest.ids import mask_id

    value = record.get("id_number") or record.get("id_visible")
    return mask_id(value) if masked else value


async def review_page(datasette, request):
    """The labelling tool: the next pair the model is unsure of (review.queue), the two records
    side by side, each comparison's weight as a waterfall, and the three buttons (keys 1 2 3)."""
    from pzh_talent.registry.dedupe import review
    from pzh_talent.registry.dedupe.run import decide

    refused = await _officers_only(datasette, request, "查重审核")
    if refused:
        return refused
    db = datasette.get_database()
    masked = _role(request.actor) != "admin"
    skip = [int(s) for s in (request.args.get("skip") or "").split(",") if s.isdigit()][-500:]
    pair_id = int(request.url_vars["pair_id"]) if request.url_vars.get("pair_id") else None
    error, status = None, 200
    if request.method == "POST" and pair_id is not None:
        post = dict((await request.post_vars()).items())
        choice = post.get("结论")
        if choice == "跳过":
            return Response.redirect("/-/review?skip=" + ",".join(map(str, skip + [pair_id])))
        try:
            if choice not in forms.DECISIONS:
                raise ValueError("请选择“同一人”“不是同一人”或“跳过”")
            records = (int(post.get("记录甲") or 0), int(post.get("记录乙") or 0))
            await db.execute_write_fn(lambda conn: decide(conn, pair_id, forms.DECISIONS[choice],
                                                          actor=request.actor.get("id"),
                                                          note=(post.get("备注") or "").strip()[:500] or None,
                                                          records=records), block=True)
            return Response.redirect(f"/-/review?done={pair_id}" + (f"&skip={','.join(map(str, skip))}" if skip else ""))
        except (LookupError, ValueError) as e:
            error, status = f"未保存：{e}", 400
    message = None
    done = request.args.get("done")
    if done and done.isdigit():
        row = (await db.execute("SELECT d.record_a, d.record_b, d.decision FROM link_decisions d JOIN review_pairs q "
                                "ON q.record_a = d.record_a AND q.record_b = d.record_b WHERE q.id = ? "
                                "ORDER BY d.id DESC LIMIT 1", (int(done),))).first()
        if row:
            message = (f"已记录：记录 {row[0]} 与 {row[1]} {'是同一人' if row[2] == 'same' else '不是同一人'}，"
                       "下次查重时生效（并用来训练模型）")
    if pair_id is None:
        pairs = await db.execute_fn(lambda conn: review.queue(conn, 1, skip))
        pair = pairs[0] if pairs else None
    else:
        found = _dicts(await db.execute("SELECT id, record_a, record_b, weight, evidence, status FROM review_pairs "
                                        "WHERE id = ?", (pair_id,)))
        if not found:  # numbers are never reused: it left the queue, or never was
            from datasette.utils.asgi import NotFound
            raise NotFound(f"没有编号为 {pair_id} 的记录对")
        pair = found[0]
        pair["evidence"] = json.loads(pair["evidence"] or "[]")
    left = await db.execute_fn(lambda conn: conn.execute("SELECT count(*) FROM review_pairs WHERE status = 'open'")
                               .fetchone()[0])
    context = {"pair": pair, "message": message, "error": error, "skip": ",".join(map(str, skip)),
               "open_pairs": left, "masked": masked, "database": db.name}
    if pair:
        records = {}
        for rid in (pair["record_a"], pair["record_b"]):
            rows = _dicts(await db.execute("SELECT r.*, s.file_name FROM source_records r JOIN sources s "
                                           "ON s.id = r.source_id WHERE r.id = ?", (rid,)))
            records[rid] = rows[0] if rows else {}
        a, b = records[pair["record_a"]], records[pair["record_b"]]
        level = {field: (lv, w) for field, lv, w in pair["evidence"]}
        rows = []
        for label, column in review.FIELDS:
            va, vb = ((_shown_id(r, masked) if column == "id_number" else _mask(column, r.get(column), masked))
                      for r in (a, b))
            if va in (None, "") and vb in (None, "") and label not in level:
                continue
            lv, w = level.get(label, (None, None))
            kind = "missing" if w is None else ("agree" if w > 0 else "disagree")
            rows.append({"label": label, "a": va, "b": vb, "level": lv, "weight": w, "kind": kind})
        context.update(rows=rows, a=a, b=b, probability=review.probability(pair["weight"]),
                       waterfall=Markup(review.waterfall(pair["evidence"], pair["weight"])))
    return Response.html(await datasette.render_template("pzh_review.html", context, request=request), status=status)


@hookimpl
def register_routes():
    return [(r"^/-/person/(?P<person_id>\d+)$", person_page), (r"^/-/dashboard$", dashboard_page),
            (r"^/-/review$", review_page), (r"^/-/review/(?P<pair_id>\d+)$", review_page),
            (r"^/-/login$", login_page), (r"^/-/logout$", logout_page), (r"^/-/form/(?P<name>[a-z_]+)$", form_page)]


@hookimpl
def render_cell(value, column, table, database, datasette):
    # a person's number links to the person page
    if (table, column) in (("人员", "编号"), ("来源记录", "人员编号"), ("待审核记录对", "人员甲"),
                           ("待审核记录对", "人员乙")) and isinstance(value, int):
        return Markup(f'<a href="/-/person/{value}">{value}</a>')
    if isinstance(value, str) and _INSTANT.fullmatch(value):  # a stored instant, as officers read time
        return local_time(value)
    if (table, column) == ("待审核记录对", "编号") and isinstance(value, int):
        return Markup(f'<a href="/-/form/review_decision?编号={value}" title="给出结论">{value}</a>')
    return None


# The dashboard: the registry at a glance, charts and the talent map drawn as SVG on the server
_DASHBOARD_CACHE: dict = {}  # registry file -> (time, context): a summary may be a minute old
DASHBOARD_SECONDS = 60


async def dashboard_page(datasette, request):
    refused = await _officers_only(datasette, request, "人才看板")
    if refused:
        return refused
    db = datasette.get_database()
    key = db.path or db.name  # one cache per registry file
    cached = _DASHBOARD_CACHE.get(key)
    if cached is None or time.monotonic() - cached[0] > DASHBOARD_SECONDS:
        cached = _DASHBOARD_CACHE[key] = (time.monotonic(), await _dashboard_context(datasette, db))
    return Response.html(await datasette.render_template("pzh_dashboard.html", cached[1], request=request))


NO_COUNTY = "（无攀籍区县）"


async def _dashboard_context(datasette, db) -> dict:
    from babel import Locale

    from . import charts

    async def counts(column, limit=12):
        rows = (await db.execute(f"SELECT {column}, count(*) FROM persons WHERE n_records > 0 "
                                 f"GROUP BY 1 ORDER BY 2 DESC LIMIT {limit}")).rows
        return [(r[0], r[1]) for r in rows]

    def link(column):
        return lambda label: datasette.urls.table(db.name, "人员") + f"?{column}={label}"

    one = lambda sql: db.execute(sql)  # noqa: E731
    persons = (await one("SELECT count(*) FROM persons WHERE n_records > 0")).rows[0][0]
    kpi = {"persons": persons,
           "origin": (await one("SELECT count(*) FROM persons WHERE n_records > 0 AND origin_strength "
                                "IS NOT NULL")).rows[0][0],
           "overseas_share": (await one("SELECT count(*) FROM persons WHERE n_records > 0 AND overseas = 1")
                              ).rows[0][0] / (persons or 1),
           "records": (await one("SELECT count(*) FROM source_records")).rows[0][0],
           "review": (await one("SELECT count(*) FROM review_pairs WHERE status = 'open'")).rows[0][0]}
    county = [(c or NO_COUNTY, n) for c, n in await counts("origin_county")]
    to_county = link("籍贯区县")
    chart = {
        "county": charts.bar_chart(county, "按籍贯区县", link=lambda label: (
            datasette.urls.table(db.name, "人员") + "?籍贯区县__isnull=1" if label == NO_COUNTY else to_county(label))),
        "education": charts.bar_chart(await counts("education"), "按学历", link=link("学历")),
        "city": charts.bar_chart(await counts("city", 15), "按现居城市（前 15）", link=link("现居城市")),
        "industry": charts.bar_chart(await counts("industry"), "按行业", link=link("行业")),
        "title_level": charts.bar_chart(await counts("title_level"), "按职称级别", link=link("职称级别")),
        "programme": charts.bar_chart(await counts("programme"), "按人才计划", link=link("人才计划")),
    }
    territories = Locale("zh").territories
    maps = {"china": charts.china_map(await counts("city", 300)),
            "world": charts.world_map(await counts("country", 100), territories)}
    from pzh_talent.outreach.campaigns import target_progress
    progress = await db.execute_fn(target_progress)
    targets = [{"label": t["target"], "target": t["goal"], "done": t["done"],
                "detail": "，".join(f"{p} {n}" for p, n in t["by_programme"]),
                "bar": charts.progress_bar(t["done"], t["goal"])} for t in progress]
    from pzh_talent.outreach.campaigns import funnel_stages, running_campaigns

    def _funnels(conn):  # the campaigns running today, counted as `campaign funnel` counts them
        return [(name, funnel_stages(conn, cid)) for cid, name in running_campaigns(conn, limit=6)]
    funnels = [charts.bar_chart(stages, f"活动漏斗：{name}") for name, stages in await db.execute_fn(_funnels)]
    return {"kpi": kpi, "charts": chart, "maps": maps, "targets": targets, "funnels": funnels}


# Datasette writes its table summaries in English ("12 rows where search matches "钒钛" sorted by
# 编号"); the table template passes them through this filter
_ZH = [(r"\bwhere\b", "，条件："), (r'search matches "([^"]*)"', r"搜索“\1”"), (r"\bsorted by\b", "，排序："),
       (r"\bdescending\b", "降序"), (r"\bascending\b", "升序"), (r"\band\b", "且"), (r"\bis not blank\b", "不为空"),
       (r"\bis blank\b", "为空"), (r"\bcontains\b", "包含"), (r"\bis not\b", "不是"), (r"\bis\b", "是"),
       (r'(\S+) = ("[^"]*"|\S+)', r"\1 = \2")]


_INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)")
# a lock drawn, not an emoji (which needs an emoji font the officers' machines may lack)
LOCK_ICON = Markup(' <svg role="img" aria-label="需登录" width="12" height="14" viewBox="0 0 12 14" '
                   'style="vertical-align: -1px"><title>需登录</title><rect x="1" y="6" width="10" height="7" rx="1" '
                   'fill="#777"/><path d="M3.5 6V4a2.5 2.5 0 0 1 5 0v2" stroke="#777" stroke-width="1.5" fill="none"/></svg>')


def local_time(value) -> str:
    """A stored instant ('2026-12-02T05:41:00+00:00') as officers read it: 2026-12-02 13:41 (Asia/Shanghai)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    try:
        instant = datetime.fromisoformat(str(value))
    except ValueError:
        return value or ""
    if instant.tzinfo is None:
        return instant.strftime("%Y-%m-%d %H:%M")
    return instant.astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")


def zh(text):
    for pattern, replacement in _ZH:
        text = re.sub(pattern, replacement, text or "")
    return text.lstrip("，")


# the table page's filter operators, in Chinese (Datasette's own labels are English)
FILTER_ZH = {"exact": "等于", "not": "不等于", "contains": "包含", "endswith": "结尾是", "startswith": "开头是",
             "gt": "大于", "gte": "大于等于", "lt": "小于", "lte": "小于等于", "like": "匹配（like）",
             "notlike": "不匹配（not like）", "glob": "通配（glob）", "in": "属于（逗号分隔）", "notin": "不属于",
             "arraycontains": "数组包含", "arraynotcontains": "数组不包含", "date": "日期为", "isnull": "为空（null）",
             "notnull": "不为空（null）", "isblank": "空白", "notblank": "不空白"}


@functools.lru_cache(maxsize=4096)
def _css_class(column: str) -> str:
    return to_css_class(column)


def row_cells(row) -> Markup:
    """A table row's cells as HTML, the markup Datasette's _table.html writes. Written here because
    Jinja's async rendering spent ~40 ms on the 1,200 cells of a 50-row page of 人员."""
    return Markup("".join(f'<td class="col-{_css_class(cell["column"])} type-{cell["value_type"]}">'
                          f'{escape(cell["value"])}</td>' for cell in row))


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["zh"] = zh
    env.filters["local_time"] = local_time
    env.globals["lock_icon"] = LOCK_ICON
    env.globals["row_cells"] = row_cells
    env.globals["filter_zh"] = FILTER_ZH
    env.globals["canned_meta"] = lambda database, name: (
        (datasette.metadata(database=database) or {}).get("queries", {}).get(name) or {})
