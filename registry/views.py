"""The views officers and liaisons read, in Chinese, with personal data masked: defined once, here.

The migrations (schema.py) hold tables, indexes and data moves, frozen; they never touch a view.
`sync()` runs at the end of every migrate and recreates the views whenever what a file holds differs
from what is written below, so a view is changed by editing it here, and what a view looks like now
is read here, not pieced together from twenty migrations. Labels come from pzh_talent/labels.json.
"""
from pzh_talent.labels import LABELS

def masked(kind: str, column: str) -> str:
    """SQL that masks a phone (138****5678), ID (510402********1234) or email (z***@qq.com): the
    Python masks of pzh_talent/masks.py, registered as SQL functions, so the two cannot differ."""
    return f"mask_{kind}({column})"


def _literal(v: str) -> str:
    """A vocabulary value as SQL: digits as a number, text quoted."""
    return v if v.isdigit() else "'" + v.replace("'", "''") + "'"


def case(column: str, labels: dict) -> str:
    """CASE column WHEN 'code' THEN '标签' … END. Keys written as digits are compared as numbers, so
    the overseas label is the very expression the partial index persons_live_overseas_zh holds."""
    return f"CASE {column} " + " ".join(f"WHEN {_literal(k)} THEN {_literal(v)}" for k, v in labels.items()) + " END"


def _in(values) -> str:
    return "(" + ", ".join(map(_literal, values)) + ")"


_STRENGTH = LABELS.origin_strength
_OVERSEAS = case("p.overseas", LABELS.overseas)

# In the order they are created: a view comes after the views it reads.
VIEWS = [
    ("rejected_rows", "CREATE VIEW rejected_rows AS SELECT * FROM skipped_rows WHERE kind = 'rejected'"),

    ("导入文件", """CREATE VIEW 导入文件 AS SELECT
    id AS 编号, file_name AS 文件名, format AS 格式, imported_at AS 导入时间, imported_by AS 导入人,
    rows_read AS 读取行数, rows_stored AS 入库行数, rows_rejected AS 拒收行数
FROM sources"""),

    # What counts as a consent event, once: a person's own consent rows and the consent boxes of
    # the roster forms their records came from. Each use ranks the events it needs: the latest per
    # person (and purpose) is the one in force. A filter on person or purpose reaches the events
    # themselves (SQLite pushes it into the UNION ALL), so asking for a few persons reads only theirs.
    ("consent_events", """CREATE VIEW consent_events AS
    SELECT person_id, purpose, status, at, id AS seq FROM consents
    UNION ALL
    -- CROSS JOIN keeps this order: the few sources with a consent box first, then their rows
    SELECT r.person_id, j.value, 'granted', s.imported_at, 0 FROM sources s
    CROSS JOIN json_each(s.consent) j CROSS JOIN source_records r
    WHERE s.consent IS NOT NULL AND r.source_id = s.id AND r.person_id IS NOT NULL"""),

    # ranked by instant (stamps are UTC, older ones local with an offset)
    ("consent_in_force", """CREATE VIEW consent_in_force AS
SELECT c.person_id, c.purpose, c.status, c.at FROM (
    SELECT person_id, purpose, status, at,
           row_number() OVER (PARTITION BY person_id, purpose ORDER BY julianday(at) DESC, seq DESC) AS n
    FROM consent_events) c
JOIN persons p ON p.id = c.person_id WHERE c.n = 1 AND p.erased_at IS NULL"""),

    # What officers browse: persons with personal data masked, under Chinese column names; a
    # country's name through country_zh (babel's Chinese names, registered by registry/db.py)
    ("人员", f"""CREATE VIEW 人员 AS SELECT
    p.id AS 编号, p.name AS 姓名, p.gender AS 性别, substr(p.birth_date, 1, 4) AS 出生年份,
    {masked("id", "p.id_number")} AS 身份证号, {masked("phone", "p.phone")} AS 手机,
    {masked("email", "p.email")} AS 邮箱,
    p.education AS 学历, p.degree AS 学位, p.school AS 毕业院校, p.major AS 专业, p.employer AS 工作单位,
    p.position AS 职务, p.title AS 职称, p.title_level AS 职称级别, p.city AS 现居城市, p.province AS 省份,
    country_zh(p.country) AS 国家或地区, {_OVERSEAS} AS 海内外,
    p.industry AS 行业, p.programme AS 人才计划, p.origin_county AS 籍贯区县,
    {case("p.origin_strength", _STRENGTH)} AS 攀籍证据, p.n_records AS 来源记录数
FROM persons p WHERE p.n_records > 0"""),

    # Every source record with where it came from (file, sheet, row as seen in Excel); masked, and
    # without raw_json (the raw cells). Why a record counts as Panzhihua-origin is shown as the
    # evidence's reasons (籍贯含“米易”), never the cell (an address or remark may hold a phone). A
    # masked ID (510422********3265) goes through the same mask as a full one, so a birth date in
    # its visible part (51042219900101****) is hidden here too.
    ("来源记录", f"""CREATE VIEW 来源记录 AS SELECT
    r.id AS 记录编号, r.person_id AS 人员编号, s.file_name AS 文件, r.sheet AS 工作表, r.row_number AS 行号,
    r.name AS 姓名, r.gender AS 性别, substr(r.birth_date, 1, 4) AS 出生年份,
    coalesce({masked("id", "r.id_number")}, mask_id_visible(r.id_visible)) AS 身份证号,
    {masked("phone", "r.phone")} AS 手机,
    {masked("email", "r.email")} AS 邮箱, r.education AS 学历, r.school AS 毕业院校, r.major AS 专业,
    r.employer AS 工作单位, r.title AS 职称, r.city AS 现居城市,
    {case("r.origin_strength", _STRENGTH)} AS 攀籍证据,
    (SELECT group_concat(json_extract(e.value, '$.reason') || '（' ||
            {case("json_extract(e.value, '$.strength')", _STRENGTH)} || '）', '；')
     FROM json_each(CASE WHEN json_valid(r.origin_evidence) THEN r.origin_evidence ELSE '[]' END) e) AS 攀籍依据,
    s.imported_at AS 导入时间
FROM source_records r JOIN sources s ON s.id = r.source_id"""),

    # Pairs the model is unsure about; the evidence as 姓名相同（+6.8）；…, not JSON
    ("待审核记录对", f"""CREATE VIEW 待审核记录对 AS SELECT
    q.id AS 编号, round(q.weight, 1) AS 匹配权重, a.name AS 姓名甲, sa.file_name AS 文件甲, a.row_number AS 行号甲,
    a.person_id AS 人员甲, b.name AS 姓名乙, sb.file_name AS 文件乙, b.row_number AS 行号乙,
    b.person_id AS 人员乙,
    (SELECT group_concat(json_extract(e.value, '$[0]') || json_extract(e.value, '$[1]') || '（' ||
            printf('%+.1f', json_extract(e.value, '$[2]')) || '）', '；')
     FROM json_each(CASE WHEN json_valid(q.evidence) THEN q.evidence ELSE '[]' END) e) AS 各字段证据,
    {case("q.status", LABELS.review_status)} AS 状态, q.created_at AS 生成时间
FROM review_pairs q JOIN source_records a ON a.id = q.record_a JOIN source_records b ON b.id = q.record_b
JOIN sources sa ON sa.id = a.source_id JOIN sources sb ON sb.id = b.source_id"""),

    # What an enterprise liaison may see: persons whose latest share consent is a grant, without
    # contact details or ID; 专长 minus any phone, email or ID typed into it (mask_contacts)
    ("可推荐人才", f"""CREATE VIEW 可推荐人才 AS SELECT
    p.id AS 编号, p.name AS 姓名, p.gender AS 性别, p.education AS 学历, p.degree AS 学位, p.school AS 毕业院校,
    p.major AS 专业, p.title AS 职称, p.title_level AS 职称级别, mask_contacts(p.expertise) AS 专长, p.industry AS 行业,
    p.city AS 现居城市, {_OVERSEAS} AS 海内外
FROM persons p
WHERE p.n_records > 0 AND p.deceased = 0 AND p.erased_at IS NULL AND p.id IN (
    SELECT person_id FROM (
        SELECT person_id, status,
               row_number() OVER (PARTITION BY person_id ORDER BY julianday(at) DESC, seq DESC) AS n
        FROM consent_events WHERE purpose = 'share_with_enterprises')
    WHERE n = 1 AND status = 'granted')"""),

    ("企业需求", f"""CREATE VIEW 企业需求 AS SELECT
    d.id AS 编号, e.name AS 企业, d.ref AS 需求编号, d.position AS 岗位, d.industry AS 行业,
    (SELECT group_concat(k.value, '、') FROM json_each(CASE WHEN json_valid(d.keywords) THEN d.keywords ELSE '[]' END) k)
        AS 关键词,
    d.min_education AS 最低学历, CASE d.education_required WHEN 1 THEN '是' ELSE '否' END AS 学历硬性要求,
    d.min_title_level AS 最低职称, d.years_experience AS 工作经验年限, d.location AS 工作地点, d.headcount AS 人数,
    d.salary_min AS 年薪下限, d.salary_max AS 年薪上限,
    CASE d.remote_ok WHEN 1 THEN '可' ELSE '否' END AS 可远程, d.deadline AS 截止日期,
    {case("d.status", LABELS.demand_status)} AS 状态,
    d.description AS 岗位描述, d.logged_by AS 登记人, d.updated_at AS 更新时间
FROM demands d JOIN enterprises e ON e.id = d.enterprise_id"""),

    # each demand's top 20 (matches also keeps each person's best demands, ranked lower, for the
    # person page)
    ("需求匹配", """CREATE VIEW 需求匹配 AS SELECT
    m.demand_id AS 需求编号, e.name AS 企业, d.position AS 岗位, m.rank AS 名次, round(m.score, 1) AS 得分,
    m.person_id AS 人员编号, p.name AS 姓名, p.education AS 学历, p.title AS 职称, p.city AS 现居城市,
    m.reasons AS 匹配理由,
    (SELECT f.decision FROM match_feedback f WHERE f.demand_id = m.demand_id AND f.person_id = m.person_id
     ORDER BY f.id DESC LIMIT 1) AS 人才办意见
FROM matches m JOIN demands d ON d.id = m.demand_id JOIN enterprises e ON e.id = d.enterprise_id
JOIN persons p ON p.id = m.person_id
WHERE m.rank <= 20"""),

    # a campaign is 进行中 until closed or past its end date (Asia/Shanghai)
    ("外联活动", f"""CREATE VIEW 外联活动 AS SELECT
    c.id AS 编号, c.name AS 活动名称, c.purpose AS 目的, c.programme AS 人才计划, c.owner AS 负责人,
    {case("c.channel", LABELS.channel)} AS 渠道,
    c.starts_on AS 开始, c.ends_on AS 结束, c.goal AS 目标人数,
    (SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.suppressed IS NULL) AS 联系人数,
    (SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.suppressed IS NOT NULL) AS 不予联系,
    (SELECT count(*) FROM campaign_members m WHERE m.campaign_id = c.id AND m.status IN {_in(LABELS.returned)})
        AS 已回攀或签约,
    CASE WHEN c.status = 'active' AND (c.ends_on IS NULL OR c.ends_on >= date('now', '+8 hours'))
         THEN {_literal(LABELS.campaign_status["active"])} ELSE {_literal(LABELS.campaign_status["closed"])} END AS 状态
FROM campaigns c"""),

    # 状态 counts the members not to be contacted apart, as the campaign funnel does
    ("活动成员", f"""CREATE VIEW 活动成员 AS SELECT
    m.id AS 编号, m.campaign_id AS 活动编号, c.name AS 活动名称, m.member_key AS 成员编号, m.person_id AS 人员编号,
    p.name AS 姓名, m.salutation AS 称呼, p.employer AS 工作单位, p.city AS 现居城市,
    {masked("phone", "p.phone")} AS 手机, {masked("email", "p.email")} AS 邮箱,
    CASE WHEN m.suppressed IS NULL THEN m.status ELSE {_literal(LABELS.suppressed)} END AS 状态, m.suppressed AS 不予联系原因,
    m.updated_at AS 更新时间, m.updated_by AS 更新人
FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id JOIN persons p ON p.id = m.person_id"""),
]
# views we defined once and no longer do: sync() drops them (others' views in the file are left alone)
RETIRED: tuple[str, ...] = ()


def _ours(conn) -> dict:
    ours = {name for name, _ in VIEWS} | set(RETIRED)
    return {name: sql for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'view'")
            if name in ours}


def differ(conn) -> bool:
    """Whether the file's views are other than VIEWS (read only: every connect asks)."""
    return _ours(conn) != dict(VIEWS)


def drop(conn) -> None:
    """Drop our views (and retired ones), in the caller's transaction; others' views stay."""
    for name in _ours(conn):
        conn.execute(f'DROP VIEW "{name}"')


def sync(conn) -> bool:
    """Make the file's views exactly VIEWS, in the caller's transaction. Returns whether anything
    changed; when nothing did, nothing is written (the schema, and so every reader's cache, stays)."""
    if not differ(conn):
        return False
    drop(conn)
    for _, sql in VIEWS:
        conn.execute(sql)
    return True
