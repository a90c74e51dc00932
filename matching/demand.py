"""Enterprise talent demand: validated intake from JSON (array or JSON lines) and the Excel template.

The JSON format is a contract (see the README): `ref` is the enterprise's own reference, unique per
enterprise, so re-importing the same ref updates that demand instead of adding a second one. Every
problem is reported with its place (JSON line/position or Excel row) and field; a file with any
problem changes nothing.
"""
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from registry.schema import now

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, Z, S, V
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
EDUCATION_LEVELS = {"大专": "大学专科", "本科": "大学本科", "硕士": "硕士研究生", "博士": "博士研究生"}
TITLE_LEVELS = ("初级", "中级", "副高", "正高")
STATUSES = ("open", "filled", "closed")
FIELDS = ("ref", "enterprise", "uscc", "position", "industry", "keywords", "description", "min_education",
          "education_required", "min_title_level", "location", "headcount", "remote_ok", "deadline", "status")
REQUIRED = ("ref", "enterprise", "position")


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def valid_uscc(code: str) -> bool:
    """统一社会信用代码: 18 characters of the GB 32100 alphabet with a correct check character."""
    code = (code or "").strip().upper()
    return (len(code) == 18 and all(ch in USCC_ALPHABET for ch in code)
            and uscc_check_char(code[:17]) == code[17])


@dataclass
class DemandProblem:
    where: str     # 第 3 行 / 第 2 条
    field: str
    message: str

    def __str__(self):
        return f"{self.where}，字段“{self.field}”：{self.message}"


@dataclass
class DemandImport:
    file_name: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)


def _bool(value, where, name, problems):
    if value in (None, ""):
        return 0
    if isinstance(value, bool):
        return int(value)
    text = str(value).strip().lower()
    if text in ("是", "true", "1", "yes", "y", "接受", "可以"):
        return 1
    if text in ("否", "false", "0", "no", "n", "不接受"):
        return 0
    problems.append(DemandProblem(where, name, f"“{value}”不是 是/否"))
    return 0


def clean_demand(raw: dict, where: str) -> tuple[dict, list]:
    """One demand as given -> (the demands-table values, problems)."""
    problems: list[DemandProblem] = []
    d = {k: (v.strip() if isinstance(v, str) else v) for k, v in raw.items()}
    for name in REQUIRED:
        if d.get(name) in (None, ""):
            problems.append(DemandProblem(where, name, "必填"))
    unknown = set(d) - set(FIELDS)
    if unknown:
        problems.append(DemandProblem(where, "、".join(sorted(unknown)), "不认识的字段"))
    uscc = (d.get("uscc") or "").upper() or None
    if uscc and not valid_uscc(uscc):
        problems.append(DemandProblem(where, "uscc", f"“{uscc}”不是有效的统一社会信用代码（GB 32100 校验位不符或含非法字符）"))
    keywords = d.get("keywords")
    if isinstance(keywords, str):
        keywords = [k for k in re.split(r"[,，、;；\s]+", keywords) if k]
    elif keywords is not None and not isinstance(keywords, list):
        problems.append(DemandProblem(where, "keywords", "应为字符串或字符串列表"))
        keywords = None
    education = d.get("min_education")
    if education not in (None, ""):
        if education in EDUCATION_LEVELS.values():
            education = next(k for k, v in EDUCATION_LEVELS.items() if v == education)
        if education not in EDUCATION_LEVELS:
            problems.append(DemandProblem(where, "min_education", f"“{education}”应为 大专/本科/硕士/博士"))
    title = d.get("min_title_level")
    if title not in (None, "") and title not in TITLE_LEVELS:
        problems.append(DemandProblem(where, "min_title_level", f"“{title}”应为 初级/中级/副高/正高"))
    headcount = d.get("headcount")
    if headcount not in (None, ""):
        try:
            headcount = int(str(headcount).strip())
            if headcount < 1:
                raise ValueError
        except ValueError:
            problems.append(DemandProblem(where, "headcount", f"“{d.get('headcount')}”应为正整数"))
            headcount = None
    deadline = d.get("deadline")
    if deadline not in (None, ""):
        text = str(deadline)[:10].replace("/", "-").replace(".", "-")
        try:
            deadline = date.fromisoformat(text).isoformat()
        except ValueError:
            problems.append(DemandProblem(where, "deadline", f"“{deadline}”应为日期 YYYY-MM-DD"))
            deadline = None
    status = d.get("status") or "open"
    if status not in STATUSES:
        problems.append(DemandProblem(where, "status", f"“{status}”应为 open/filled/closed"))
    values = {
        "ref": str(d.get("ref") or ""), "enterprise": d.get("enterprise"), "uscc": uscc,
        "position": d.get("position"), "industry": d.get("industry") or None,
        "keywords": json.dumps(keywords, ensure_ascii=False) if keywords else None,
        "description": d.get("description") or None, "min_education": education or None,
        "education_required": _bool(d.get("education_required"), where, "education_required", problems),
        "min_title_level": title or None, "location": d.get("location") or None,
        "headcount": headcount if headcount not in ("",) else None,
        "remote_ok": _bool(d.get("remote_ok"), where, "remote_ok", problems),
        "deadline": deadline or None, "status": status,
    }
    return values, problems


def read_json_demands(path: Path) -> list[tuple[str, dict]]:
    text = path.read_text(encoding="utf-8-sig").strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as e:
            raise ValueError(f"{path.name}：JSON 格式错误（第 {e.lineno} 行第 {e.colno} 列）：{e.msg}")
        return [(f"第 {i} 条", item) for i, item in enumerate(items, start=1)]
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                out.append((f"第 {n} 行", json.loads(line)))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path.name}：第 {n} 行不是有效的 JSON：{e.msg}")
    return out


def import_demands(conn, path, actor=None, source: str | None = None) -> DemandImport:
    """Import demands from JSON / JSON lines or the Excel template. All or nothing."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from .template import read_template
        items = read_template(path)
        source = source or "xlsx"
    else:
        items = read_json_demands(path)
        source = source or "json"
    result = DemandImport(path.name)
    cleaned = []
    for where, raw in items:
        if not isinstance(raw, dict):
            result.problems.append(DemandProblem(where, "-", "每条需求应为一个 JSON 对象"))
            continue
        values, problems = clean_demand(raw, where)
        result.problems.extend(problems)
        cleaned.append(values)
    if result.problems:
        return result
    stamp = now()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for v in cleaned:
            enterprise_id = _enterprise(conn, v["enterprise"], v["uscc"], v["industry"], stamp)
            columns = [k for k in v if k not in ("enterprise", "uscc")]
            old = conn.execute(f"SELECT id, {', '.join(columns)} FROM demands WHERE enterprise_id = ? AND ref = ?",
                               (enterprise_id, v["ref"])).fetchone()
            if old is None:
                conn.execute(f"INSERT INTO demands (enterprise_id, {', '.join(columns)}, source, logged_by, logged_at, "
                             f"updated_at) VALUES (?, {', '.join('?' * len(columns))}, ?, ?, ?, ?)",
                             [enterprise_id] + [v[c] for c in columns] + [source, actor, stamp, stamp])
                result.created += 1
            elif list(old[1:]) != [v[c] for c in columns]:
                conn.execute(f"UPDATE demands SET {', '.join(f'{c} = ?' for c in columns)}, updated_at = ?, "
                             f"updated_by = ? WHERE id = ?", [v[c] for c in columns] + [stamp, actor, old[0]])
                result.updated += 1
            else:
                result.unchanged += 1
        conn.execute("INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, 'demand_import', ?, ?)",
                     (stamp, actor, path.name, json.dumps({"created": result.created, "updated": result.updated})))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return result


def _enterprise(conn, name: str, uscc: str | None, industry: str | None, stamp: str) -> int:
    row = conn.execute("SELECT id, uscc FROM enterprises WHERE (uscc IS NOT NULL AND uscc = ?) OR name = ? "
                       "ORDER BY uscc = ? DESC LIMIT 1", (uscc, name, uscc)).fetchone()
    if row:
        if uscc and not row[1]:
            conn.execute("UPDATE enterprises SET uscc = ? WHERE id = ?", (uscc, row[0]))
        return row[0]
    return conn.execute("INSERT INTO enterprises (name, uscc, industry, created_at) VALUES (?, ?, ?, ?)",
                        (name, uscc, industry, stamp)).lastrowid


def ensure_enterprise(conn, name: str, liaison: str | None = None) -> int:
    """The enterprise a liaison account speaks for, created if no demand has named it yet."""
    with conn:
        enterprise_id = _enterprise(conn, name, None, None, now())
        if liaison:
            conn.execute("UPDATE enterprises SET liaison = ? WHERE id = ?", (liaison, enterprise_id))
    return enterprise_id
