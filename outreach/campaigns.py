"""Campaigns: members chosen by a filter and snapshotted, suppression with reasons, statuses, funnels.

Suppression is shown, not silently applied: every chosen person becomes a member, and a member
who must not be contacted carries the first reason that applies — erased, deceased, no contact
consent (or withdrawn), no usable address for the channel, contacted within the frequency cap,
already in another running campaign. Exports leave suppressed members out.

A campaign runs (进行中) until it is closed (close_campaign) or its end date has passed, as a date
in Asia/Shanghai: an ended campaign holds no one back from a new one.
"""
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from pzh_talent.labels import LABELS
from pzh_talent.registry.schema import now
from pzh_talent.registry.db import audit, transaction

# the vocabulary is pzh_talent/labels.json; these names are what outreach reads it by
CHANNELS = LABELS.channel
STATUSES = LABELS.member_statuses
RETURNED = LABELS.returned
STAGES = LABELS.funnel  # the dashboard's funnel: each stage counts the members at or past it
SUPPRESSED = LABELS.suppressed
# a campaign that runs: not closed, and its end date (if any) not yet past in Panzhihua
RUNNING = "({c}.status = 'active' AND ({c}.ends_on IS NULL OR {c}.ends_on >= :today))"
POLICY_TARGETS = LABELS.policy_targets  # the policy's targets to 2025 (domain.md §1)
_TITLE_WORDS = ("教授", "研究员", "主任医师", "正高级工程师", "院士")


@dataclass
class CampaignSummary:
    campaign_id: int
    members: int
    contactable: int
    suppressed: dict  # reason -> count


def salutation(name: str | None, gender: str | None, title: str | None, degree: str | None,
               education: str | None = None) -> str:
    """尊敬的张伟先生 / 尊敬的李娜女士 / 尊敬的王建国教授 / 尊敬的刘芳博士; English for a name
    written only in Latin letters. Never 同志 (domain.md §7)."""
    if not name:
        return "尊敬的先生/女士"
    if not re.search(r"[\u4e00-\u9fff]", name):
        family = name.split()[-1] if " " in name else name
        return f"Dear {'Mr' if gender == '男' else 'Ms' if gender == '女' else ''} {family.title()}".replace("  ", " ")
    for word in _TITLE_WORDS:
        if title and word in title:
            return f"尊敬的{name}{'教授' if word == '教授' else word}"
    if degree == "博士" or education == "博士研究生":
        return f"尊敬的{name}博士"
    return f"尊敬的{name}{'女士' if gender == '女' else '先生' if gender == '男' else '先生/女士'}"


def today() -> str:
    """Today's date where the campaigns run (Asia/Shanghai), as campaigns store dates: 2026-12-02."""
    return datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()


def running(status: str, ends_on: str | None, on: str | None = None) -> bool:
    """Whether a campaign runs on the date `on` (today): not closed, its end date not past."""
    return status == "active" and (not ends_on or ends_on >= (on or today()))


def state_label(status: str, ends_on: str | None, on: str | None = None) -> str:
    return "进行中" if running(status, ends_on, on) else "已结束"


def running_campaigns(conn, limit: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the campaigns that run today, newest first: the dashboard's funnels."""
    return [tuple(r) for r in conn.execute(
        f"SELECT c.id, c.name FROM campaigns c WHERE {RUNNING.format(c='c')} ORDER BY c.id DESC"
        + (f" LIMIT {int(limit)}" if limit else ""), {"today": today()})]


def _read_date(value: str | None, what: str) -> str | None:
    """A campaign date as stored (YYYY-MM-DD), or ValueError naming the option and the value."""
    if value is None or not str(value).strip():
        return None
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"{what}“{value}”不是有效的日期，请写成 YYYY-MM-DD，如 2026-01-20") from None


def _reads_only(action, *args):
    # a segment's condition may read the masked view, nothing else
    allowed = (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION)
    return sqlite3.SQLITE_OK if action in allowed else sqlite3.SQLITE_DENY


def select_persons(conn, where: str | None = None) -> list[int]:
    """Person ids matching a condition on the 人员 view's Chinese columns (籍贯区县 = '米易县' AND
    学历 = '博士研究生'), or everyone when `where` is None."""
    sql = "SELECT 编号 FROM 人员" + (f" WHERE ({where})" if where else "") + " ORDER BY 编号"
    conn.set_authorizer(_reads_only)
    try:
        return [r[0] for r in conn.execute(sql)]
    except sqlite3.DatabaseError as e:
        raise ValueError(f"筛选条件有误：{e}（条件写在“人员”视图的中文列名上，如 籍贯区县 = '米易县'）")
    finally:
        conn.set_authorizer(None)


def save_segment(conn, name: str, where: str | None = None, demand_id: int | None = None,
                 description: str | None = None, actor=None) -> int:
    """Save a named segment: a condition on the 人员 view, or the candidates matched to a demand.
    The condition is tried first, so a broken one is refused now rather than at campaign time.
    Returns how many persons it selects today."""
    if demand_id is not None:
        from pzh_talent.matching.match import demand_list

        # the demand's list (前 20 名), not the persons for whom it is one of their best demands
        where = f"编号 IN (SELECT m.person_id FROM matches m WHERE m.demand_id = {int(demand_id)} AND {demand_list()})"
        description = description or f"需求 {demand_id} 的匹配人选"
    if not where:
        raise ValueError("请用 --where 条件 或 --demand 需求编号 定义人群")
    n = len(select_persons(conn, where))
    with transaction(conn):
        conn.execute("INSERT INTO segments (name, condition, description, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT (name) DO UPDATE SET condition = excluded.condition, "
                     "description = excluded.description, created_by = excluded.created_by, "
                     "created_at = excluded.created_at", (name, where, description, actor, now()))
    return n


def segment_condition(conn, name: str) -> str:
    row = conn.execute("SELECT condition FROM segments WHERE name = ?", (name,)).fetchone()
    if row is None:
        known = "、".join(r[0] for r in conn.execute("SELECT name FROM segments ORDER BY name")) or "（还没有）"
        raise ValueError(f"没有名为“{name}”的人群；已保存的人群：{known}")
    return row[0]


def _suppress(conn, campaign_id: int, channel: str, cap_days: int) -> None:
    """Fill temp.suppressed with the first reason not to contact each chosen person (temp.chosen)."""
    conn.execute("DROP TABLE IF EXISTS temp.suppressed")
    conn.execute("CREATE TEMP TABLE suppressed (id INTEGER PRIMARY KEY, reason TEXT NOT NULL)")
    # the contact consent in force for the chosen: their latest contact consent event, latest as an
    # instant (stamps may carry different UTC offsets), not as a string
    conn.execute("DROP TABLE IF EXISTS temp.chosen_consent")
    conn.execute("""CREATE TEMP TABLE chosen_consent AS SELECT person_id, status FROM (
        SELECT person_id, status,
               row_number() OVER (PARTITION BY person_id ORDER BY julianday(at) DESC, seq DESC) AS n
        FROM consent_events WHERE purpose = 'contact' AND person_id IN temp.chosen)
        WHERE n = 1""")
    usable = {"email": "p.email IS NOT NULL", "sms": "p.phone LIKE '+861%'", "phone": "p.phone IS NOT NULL",
              "mail": "p.address IS NOT NULL"}[channel]
    checks = [
        ("已删除个人信息", "SELECT p.id FROM persons p WHERE p.id IN temp.chosen AND p.erased_at IS NOT NULL"),
        ("已故", "SELECT p.id FROM persons p WHERE p.id IN temp.chosen AND p.deceased = 1"),
        ("已撤回联系同意", "SELECT person_id FROM temp.chosen_consent WHERE status = 'withdrawn'"),
        ("无联系同意", "SELECT id FROM temp.chosen WHERE id NOT IN (SELECT person_id FROM temp.chosen_consent "
                  "WHERE status = 'granted')"),
        (f"无可用的{CHANNELS[channel]}联系方式", f"SELECT p.id FROM persons p WHERE p.id IN temp.chosen AND NOT ({usable})"),
        (f"近 {cap_days} 天内已联系", "SELECT m.person_id FROM campaign_members m WHERE m.person_id IN temp.chosen "
                                 "AND m.campaign_id != :c AND m.status != '待联系' "
                                 "AND julianday(:now) - julianday(m.updated_at) < :days"),
        # another campaign that runs (not closed, not ended) and whose dates overlap this one's (a
        # missing date is open-ended)
        ("已在另一进行中的活动中", "SELECT m.person_id FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id "
                           "JOIN campaigns me ON me.id = :c "
                           f"WHERE m.person_id IN temp.chosen AND c.id != :c AND {RUNNING.format(c='c')} "
                           "AND coalesce(c.starts_on, '0000') <= coalesce(me.ends_on, '9999') "
                           "AND coalesce(me.starts_on, '0000') <= coalesce(c.ends_on, '9999') "
                           "AND m.suppressed IS NULL AND m.status NOT IN ('婉拒', '退信', '无效联系方式')"),
    ]
    params = {"c": campaign_id, "now": now(), "days": cap_days, "reason": None, "today": today()}
    for reason, sql in checks:
        # checks run in order and OR IGNORE keeps the first reason found for a person
        params["reason"] = reason
        conn.execute(f"WITH hit(id) AS ({sql}) INSERT OR IGNORE INTO temp.suppressed (id, reason) "
                     "SELECT DISTINCT id, :reason FROM hit",
                     {k: v for k, v in params.items() if f":{k}" in sql or k == "reason"})


def create_campaign(conn, name: str, channel: str, where: str | None = None, purpose=None, programme=None,
                    owner=None, starts_on=None, ends_on=None, goal=None, frequency_cap_days: int = 30,
                    actor=None, segment: str | None = None, target: str = "引进人才") -> CampaignSummary:
    """Create a campaign and snapshot its members: everyone, those matching `where`, or those of a
    saved `segment`."""
    if channel not in CHANNELS:
        raise ValueError(f"渠道须为 {'、'.join(CHANNELS)} 之一")
    if target not in POLICY_TARGETS:
        raise ValueError(f"目标须为 {'、'.join(POLICY_TARGETS)} 之一")
    name = (name or "").strip()
    if not name:
        raise ValueError("请给出活动名称")
    starts_on, ends_on = _read_date(starts_on, "开始日期"), _read_date(ends_on, "结束日期")
    if starts_on and ends_on and ends_on < starts_on:
        raise ValueError(f"结束日期 {ends_on} 早于开始日期 {starts_on}")
    same = conn.execute("SELECT id FROM campaigns WHERE name = ? ORDER BY id LIMIT 1", (name,)).fetchone()
    if same:  # officers tell campaigns apart by name (exports, the dashboard, 活动成员)
        raise ValueError(f"已有名为“{name}”的外联活动（编号 {same[0]}），请换一个名称")
    if segment:
        where = segment_condition(conn, segment)
    chosen = select_persons(conn, where)
    stamp = now()
    with transaction(conn):
        campaign_id = conn.execute(
            "INSERT INTO campaigns (name, purpose, programme, owner, channel, starts_on, ends_on, goal, segment, "
            "frequency_cap_days, created_at, created_by, target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, purpose, programme, owner or actor, channel, starts_on, ends_on, goal,
             f"人群“{segment}”：{where}" if segment else where or "（全部）",
             frequency_cap_days, stamp, actor, target)).lastrowid
        conn.execute("DROP TABLE IF EXISTS temp.chosen")
        conn.execute("CREATE TEMP TABLE chosen (id INTEGER PRIMARY KEY)")
        conn.executemany("INSERT INTO temp.chosen VALUES (?)", ((p,) for p in chosen))
        _suppress(conn, campaign_id, channel, frequency_cap_days)
        # one statement: the salutation is the only part worked out in Python
        conn.create_function("salutation", 5, salutation, deterministic=True)
        members = conn.execute(
            "INSERT INTO campaign_members (campaign_id, person_id, member_key, salutation, suppressed, updated_at, "
            "updated_by) SELECT :c, p.id, printf('C%d-%d-%s', :c, p.id, lower(hex(randomblob(2)))), "
            "salutation(p.name, p.gender, p.title, p.degree, p.education), s.reason, :at, :actor "
            "FROM temp.chosen c JOIN persons p ON p.id = c.id LEFT JOIN temp.suppressed s ON s.id = c.id "
            "ORDER BY c.id", {"c": campaign_id, "at": stamp, "actor": actor}).rowcount
        audit(conn, "campaign", f"campaigns/{campaign_id}", {"members": members}, actor, stamp)
        counts = dict(conn.execute("SELECT reason, count(*) FROM temp.suppressed GROUP BY reason "
                                   "ORDER BY count(*) DESC"))
    return CampaignSummary(campaign_id, members, members - sum(counts.values()), counts)


def set_status(conn, member_key: str, status: str, actor=None) -> str:
    """Record a member's outreach outcome. Refused for a member outreach must not touch (suppressed:
    no consent, withdrawn, erased, deceased …). Returns the status it replaced."""
    if status not in STATUSES:
        raise ValueError(f"状态须为 {'、'.join(STATUSES)} 之一，而不是“{status}”")
    with transaction(conn):
        row = conn.execute("SELECT id, status, suppressed FROM campaign_members WHERE member_key = ?",
                           (member_key,)).fetchone()
        if row is None:
            raise LookupError(f"没有成员编号为 {member_key} 的活动成员")
        if row[2]:
            raise LookupError(f"成员 {member_key} 不予联系（{row[2]}），不能记录外联结果")
        stamp = now()
        conn.execute("UPDATE campaign_members SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                     (status, stamp, actor, row[0]))
        audit(conn, "outcome", f"campaign_members/{row[0]}", {"from": row[1], "to": status}, actor, at=stamp)
    return row[1]


def _campaign(conn, campaign_id: int):
    row = conn.execute("SELECT id, name, status, ends_on FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
    if row is None:
        raise LookupError(f"没有编号为 {campaign_id} 的外联活动")
    return row


def close_campaign(conn, campaign_id: int, actor=None, note=None) -> str:
    """Close a campaign: it no longer runs, so its members may be asked by a new campaign; their
    statuses stay, and late outcomes may still be recorded. Returns what was done."""
    with transaction(conn):
        _, name, status, ends_on = _campaign(conn, campaign_id)
        if status == "closed":
            raise ValueError(f"活动 {campaign_id}“{name}”已经结束（已关闭），未作更改")
        conn.execute("UPDATE campaigns SET status = 'closed' WHERE id = ?", (campaign_id,))
        audit(conn, "campaign_close", f"campaigns/{campaign_id}", {"note": note, "ends_on": ends_on}, actor=actor)
    return f"已结束活动 {campaign_id}“{name}”：其成员不再因此活动而被排除在新活动之外"


def funnel(conn, campaign_id: int) -> dict:
    """The one count of a campaign's members, in order: 不予联系 (suppressed, whatever their
    status), then each status of the contactable members. Its values add up to the members, and are
    what the 活动成员 facet on 状态 shows once that view says 不予联系 for a suppressed member.
    A campaign that does not exist is a LookupError, not a funnel of zeros (a mistyped number would
    look like no response)."""
    _campaign(conn, campaign_id)
    counts = dict(conn.execute("SELECT CASE WHEN suppressed IS NULL THEN status ELSE ? END, count(*) "
                               "FROM campaign_members WHERE campaign_id = ? GROUP BY 1", (SUPPRESSED, campaign_id)))
    return {s: counts.get(s, 0) for s in (SUPPRESSED, *STATUSES)}


def funnel_stages(conn, campaign_id: int) -> list[tuple[str, int]]:
    """The dashboard's funnel, from funnel(): [(stage, members)] — chosen, contactable, then each of
    STAGES (members at or past it)."""
    counts = funnel(conn, campaign_id)
    contactable = sum(counts[s] for s in STATUSES)
    return [("已选中", contactable + counts[SUPPRESSED]), ("可联系", contactable)] + [
        (label, sum(counts[s] for s in statuses)) for label, statuses in STAGES]


def target_progress(conn) -> list[dict]:
    """Per policy target: the target, persons who came back or signed, and those by programme."""
    done = dict(conn.execute(
        "SELECT c.target, count(DISTINCT m.person_id) FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id "
        "WHERE m.status IN ('已回攀', '已签约') GROUP BY c.target"))
    by_programme: dict = {}
    for target, programme, n in conn.execute(
            "SELECT c.target, coalesce(c.programme, '（未指定）'), count(DISTINCT m.person_id) FROM campaign_members m "
            "JOIN campaigns c ON c.id = m.campaign_id WHERE m.status IN ('已回攀', '已签约') GROUP BY 1, 2 ORDER BY 3 DESC"):
        by_programme.setdefault(target, []).append((programme, n))
    return [{"target": t, "goal": goal, "done": done.get(t, 0), "by_programme": by_programme.get(t, [])}
            for t, goal in POLICY_TARGETS.items()]
