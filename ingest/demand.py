"""Enterprise talent demand: validated intake from JSON (array or JSON lines) and from spreadsheets
(our Excel template, or an enterprise's own table: demand_sheet.py).

The JSON format is a contract (see the README): `ref` is the enterprise's own reference, unique per
enterprise, so re-importing the same ref updates that demand instead of adding a second one. Values
are read the way people write them (本科及以上, 若干, 2026年6月30日, 副高级职称); what cannot be read is
reported with its place (JSON line/position or sheet and row) and field, and a file with any
problem changes nothing.
"""
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from pzh_talent.ingest.education import title_level
from pzh_talent.ingest.values import ANSWER_LETTER_RE

from pzh_talent.labels import LABELS
from pzh_talent.registry.schema import now
from pzh_talent.registry.db import audit, transaction

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, Z, S, V
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
EDUCATION_LEVELS = LABELS.demand_education  # 本科 -> 大学本科 (pzh_talent/labels.json)
TITLE_LEVELS = LABELS.title_levels
STATUSES = tuple(LABELS.demand_status)  # open, filled, closed
FIELDS = ("ref", "enterprise", "uscc", "position", "industry", "keywords", "description", "min_education",
          "education_required", "min_title_level", "location", "headcount", "remote_ok", "deadline", "status",
          "years_experience", "salary_min", "salary_max", "salary")
REQUIRED = ("ref", "enterprise", "position")
# a spreadsheet's problems name fields in Chinese when the sheet has no column for them
FIELD_NAMES_ZH = {"ref": "需求编号", "enterprise": "企业名称", "position": "岗位名称", "uscc": "统一社会信用代码"}


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
    skipped: list = field(default_factory=list)   # spreadsheet rows that are not demands (remarks …)
    notes: list = field(default_factory=list)


# A demand's education, title, count, date or status is a few words. A longer value is reported as
# unread rather than searched: no pattern then takes long over it, whatever it is (a liaison's form
# field of 24,000 characters held every write for 4 s).
MAX_VALUE_LENGTH = 200


def _too_long(value) -> bool:
    return isinstance(value, str) and len(value) > MAX_VALUE_LENGTH


def _text(value) -> str:
    """A value as text to read: width, case, a survey's answer letter (C.本科及以上) and (跳过) gone."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).strip().lower()
    text = ANSWER_LETTER_RE.sub("", text)
    return "" if text in ("(跳过)", "跳过", "(空)") else text


_NONE_WORDS = {"不限", "无", "无要求", "不要求", "不作要求", "均可", "any", "none", "n/a", "na", "-", "—", "/"}
_EDUCATION_RE = re.compile(r"博士研究生|硕士研究生|博士|硕士|研究生|本科|学士|大专|专科|高职|ph\.?d|doctor|master|"
                           r"bachelor|associate")
_EDUCATION_WORD = {"博士研究生": "博士", "博士": "博士", "phd": "博士", "ph.d": "博士", "doctor": "博士",
                   "硕士研究生": "硕士", "硕士": "硕士", "研究生": "硕士", "master": "硕士", "本科": "本科", "学士": "本科",
                   "bachelor": "本科", "大专": "大专", "专科": "大专", "高职": "大专", "associate": "大专"}
_EDUCATION_ORDER = ("大专", "本科", "硕士", "博士")
# "（硕士优先）", "博士优先": a preference, not the minimum. A match starts only at an opening bracket
# or where a clause starts: tried at every character, a clause without 优先 was scanned again from
# each of its characters (quadratic).
_CLAUSE = r"[^，,；;、（）()]"
_PREFERRED_RE = re.compile(rf"(?:[（(]|(?<!{_CLAUSE})){_CLAUSE}*优先[)）]?")


def read_education(value) -> tuple[str | None, bool]:
    """The minimum education a demand names: 本科及以上 -> 本科, 本科（硕士优先）-> 本科, 不限 -> None.
    -> (大专/本科/硕士/博士 or None, understood)."""
    if _too_long(value):
        return None, False
    text = _text(value)
    if not text or text in _NONE_WORDS:
        return None, True
    found = [_EDUCATION_WORD[m.group(0).replace(" ", "")] for m in _EDUCATION_RE.finditer(_PREFERRED_RE.sub("", text))]
    if not found:
        # 高中及以上 asks less than any level we record; 硕士优先 alone sets no minimum
        return None, bool(re.search(r"高中|中专|中职|技校|优先|不限", text))
    return min(found, key=_EDUCATION_ORDER.index), True


def read_title_level(value) -> tuple[str | None, bool]:
    """中级及以上 -> 中级, 副高级职称 / 高级工程师 / 高级职称 -> 副高, 无要求 -> None."""
    if _too_long(value):
        return None, False
    text = _text(value)
    if not text or text in _NONE_WORDS or re.match(r"不限|无要求|不要求|not required|no requirement", text):
        return None, True
    text = _PREFERRED_RE.sub("", text)
    if not text.strip(" ，,；;"):
        return None, True  # 中级职称优先: a preference, no minimum
    # "护师及以上": the title itself, then its level (ingest knows 护师, 主治医师, 一级教师 …)
    text = re.sub(r"(职称)?(及|或)?以上(职称)?|or above|and above|\+$", "", text).strip() or text
    level = title_level(text)
    if level is None:
        if "高级" in text:
            level = "副高"  # 高级 covers 副高 and 正高; as a minimum it is 副高
        else:
            level = next((lv for words, lv in _TITLE_WORDS_EN if re.search(words, text)), None)
    return level, level is not None


_TITLE_WORDS_EN = [(r"full senior|professor.level|principal", "正高"), (r"senior|associate professor", "副高"),
                   (r"intermediate|middle|mid.level", "中级"), (r"junior|entry|assistant|primary", "初级")]


_CHINESE_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def read_headcount(value) -> tuple[int | None, bool]:
    """3, "3人", "１０", "2-3" (-> 3), "三名"; 若干 / 不限 / 面议 -> None."""
    if isinstance(value, bool) or _too_long(value):
        return None, False
    if isinstance(value, (int, float)):
        return (int(value), True) if value >= 1 and float(value).is_integer() else (None, False)
    text = _text(value)
    if not text or text in _NONE_WORDS or re.fullmatch(r"(若干|多名|多人|不限|面议|待定)[人名个]?|several|various|tbd|open", text):
        return None, True
    m = re.fullmatch(r"(\d+)\s*(?:[-~～至到]\s*(\d+)\s*)?(?:人|名|个|位)?(?:左右)?", text)
    if m:
        n = int(m.group(2) or m.group(1))
        return (n, True) if n >= 1 else (None, False)
    m = re.fullmatch(r"([一二两三四五六七八九十])\s*(?:人|名|个|位)", text)
    if m:
        return _CHINESE_NUMBERS[m.group(1)], True
    return None, False


def read_deadline(value) -> tuple[str | None, bool]:
    """2026-06-30, 2026/6/30, 2026年6月30日, 2026.06.30, 20260630, an Excel date; 长期 -> None."""
    if isinstance(value, date):
        return value.isoformat()[:10], True
    if _too_long(value):
        return None, False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel date serial that arrived as a number
            return (date(1899, 12, 30) + timedelta(days=int(value))).isoformat(), True
        value = str(int(value)) if float(value).is_integer() else str(value)
    text = _text(value)
    if not text or text in _NONE_WORDS or re.match(r"(长期|常年|招满为止|额满为止|不限|待定|即招|立即|尽快|随时|马上|asap|long.term|ongoing|"
                                                            r"open until|until filled|rolling|tbd)", text):
        return None, True
    text = re.sub(r"^(即日起|即日|从现在起|现在)?\s*(至|到|截至|截止到?|前)\s*", "", text)
    # the trailing 前/止 with its spaces, tried from a run's first space only (from every space of a
    # long run it was quadratic)
    text = re.sub(r"(?<!\s)\s*(前|之前|以前|止|为止)$", "", text)
    m = re.fullmatch(r"(\d{4})\s*年?\s*(?:第\s*)?([一二三四1-4])\s*季度(末|底)?", text)
    if m:  # 2026年第二季度: by the quarter's end
        quarter = "一二三四".find(m.group(2)) + 1 or int(m.group(2))
        return _month_end(int(m.group(1)), quarter * 3), True
    m = re.fullmatch(r"(\d{4})\s*年?\s*(上半年|年中|下半年|年底|年末|年内|全年)", text)
    if m:
        return _month_end(int(m.group(1)), 6 if m.group(2) in ("上半年", "年中") else 12), True
    m = (re.match(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", text)
         or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text))
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), True
        except ValueError:
            return None, False
    m = re.fullmatch(r"([a-z]{3})[a-z]*\.?\s+(\d{4})", text)  # Nov 2026: the month's last day
    if m and m.group(1) in _MONTHS:
        return _month_end(int(m.group(2)), _MONTHS.index(m.group(1)) + 1), True
    if re.search(r"[a-z]{3}", text):  # 30 Jun 2026, June 30, 2026
        try:
            from dateutil import parser as dates
            return dates.parse(text, dayfirst=True).date().isoformat(), True
        except (ValueError, OverflowError):
            return None, False
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?(底|末)?", text)
    if m and 1 <= int(m.group(2)) <= 12:  # 2026年6月, 2026-9: the month's last day
        return _month_end(int(m.group(1)), int(m.group(2))), True
    return None, False


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _month_end(year: int, month: int) -> str:
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).isoformat()


_STATUS_WORDS = {"open": ("open", "招聘中", "开放", "进行中", "有效", "在招", "需求中", "未满"),
                 "filled": ("filled", "已招满", "已满", "招满", "已完成", "已到岗", "已录用"),
                 "closed": ("closed", "关闭", "已关闭", "停止", "已停止", "结束", "已结束", "暂停", "取消", "已取消")}


def read_status(value) -> tuple[str | None, bool]:
    if _too_long(value):
        return None, False
    text = _text(value)
    if not text:
        return "open", True
    for status, words in _STATUS_WORDS.items():
        if text in words:
            return status, True
    return None, False


def read_years(value) -> tuple[int | None, bool]:
    """3, "3年以上", "3-5年" (-> 3, the minimum), 应届 -> 0, 不限 -> None."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (int(value), True) if value >= 0 else (None, False)
    if _too_long(value):
        return None, False
    text = _text(value)
    if not text or text in _NONE_WORDS or text.startswith("不限"):
        return None, True
    if re.search(r"应届|无经验|毕业生", text):
        return 0, True
    # a number starts where its digits start, and one \s* where two met around the range: either
    # made a long run of digits or spaces quadratic
    m = re.search(r"(?<!\d)(\d+)\s*(?:[-~～至到]\s*\d+\s*)?(年|years?|yrs?)", text) or re.fullmatch(r"(\d+)", text)
    return (int(m.group(1)), True) if m else (None, False)


def read_salary(value) -> tuple[int | None, int | None]:
    """A yearly range in yuan from "15-25万/年", "8000-12000元/月", "年薪20万起", "20k*14"; 面议 -> None."""
    if _too_long(value):
        return None, None
    text = _text(value).replace(",", "")
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", re.sub(r"[*×x]\s*\d+\s*薪?$", "", text))]
    if not numbers or re.search(r"面议|negotiable", text):
        return None, None
    scale = 10_000 if "万" in text or "w" in text else 1000 if "k" in text or "千" in text else 1
    months = re.search(r"[*×x]\s*(\d+)\s*薪?$", text)
    if months:
        scale *= int(months.group(1))
    elif "月" in text or "month" in text or (scale == 1 and max(numbers) < 100_000):
        scale *= 12
    low = int(numbers[0] * scale)
    high = int(numbers[1] * scale) if len(numbers) > 1 else (None if re.search(r"以上|起|\+", text) else low)
    return low, high


def _bool(value, where, name, problems):
    if value in (None, ""):
        return 0
    if isinstance(value, bool):
        return int(value)
    text = _text(value)
    if text in ("是", "true", "1", "yes", "y", "接受", "可以", "可", "支持", "√", "✓", "✔", "可远程", "可柔性"):
        return 1
    if text in ("否", "false", "0", "no", "n", "不接受", "不可", "不可以", "不支持", "×", "✗", "x", "无"):
        return 0
    problems.append(DemandProblem(where, name, f"“{value}”不是 是/否"))
    return 0


def keyword_list(text: str) -> list[str]:
    """冶金工程、材料科学与工程等相关专业 -> [冶金工程, 材料科学与工程]; "Electrochemistry, Materials" -> both."""
    words = []
    for part in re.split(r"[,，、;；/／|\n]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?:及|或)(?=相关)", text):
        part = re.sub(r"(等|及)?(相关|相近)?(专业|学科)(优先|背景|方向)?$|等$|^(相关|相近)", "", part.strip()).strip()
        if part and part not in _NONE_WORDS and part not in words:
            words.append(part)
    return words


def clean_demand(raw: dict, where: str) -> tuple[dict, list]:
    """One demand as given -> (the demands-table values, problems)."""
    problems: list[DemandProblem] = []
    labels = raw.get("_labels") or {}  # a sheet's own header for each field, for messages

    def problem(name, message):
        label = labels.get(name) or (FIELD_NAMES_ZH.get(name, name) if labels else name)
        problems.append(DemandProblem(where, label, message))

    d = {k: (v.strip() if isinstance(v, str) else v) for k, v in raw.items() if k != "_labels"}
    for name in REQUIRED:
        if name == "ref" and labels and d.get("position") in (None, ""):
            continue  # a sheet's reference is its position: the missing position is the one problem
        if d.get(name) in (None, ""):
            problem(name, "必填" if name != "enterprise" or not labels else
                    "必填：表中没有企业名称列，标题里也找不到；请用 --enterprise 指明")
    unknown = set(d) - set(FIELDS)
    if unknown:
        problems.append(DemandProblem(where, "、".join(sorted(unknown)), "不认识的字段"))
    uscc = re.sub(r"\s+", "", str(d.get("uscc") or "")).upper() or None
    if uscc and not valid_uscc(uscc):
        problem("uscc", f"“{uscc}”不是有效的统一社会信用代码（GB 32100 校验位不符或含非法字符）")
    keywords = d.get("keywords")
    if isinstance(keywords, (int, float)) and not isinstance(keywords, bool):
        keywords = str(keywords)
    if isinstance(keywords, str):
        keywords = keyword_list(keywords)
    elif keywords is not None and not isinstance(keywords, list):
        problem("keywords", "应为字符串或字符串列表")
        keywords = None
    readers = {"min_education": (read_education, "应为 大专/本科/硕士/博士（可写“本科及以上”“不限”）"),
               "min_title_level": (read_title_level, "应为 初级/中级/副高/正高（可写“中级及以上”“高级工程师”“无要求”）"),
               "headcount": (read_headcount, "应为正整数（可写“3人”“2-3”“若干”）"),
               "deadline": (read_deadline, "应为日期，如 2026-06-30 或 2026年6月30日（可写“长期”）"),
               "status": (read_status, "应为 open/filled/closed（或 招聘中/已招满/已关闭）"),
               "years_experience": (read_years, "应为年数，如 3 或“3年以上”")}
    read = {}
    for name, (reader, expected) in readers.items():
        value, ok = reader(d.get(name))
        if not ok:
            given = d.get(name)
            problem(name, f"内容过长（{len(given)} 字，最多 {MAX_VALUE_LENGTH} 字），{expected}" if _too_long(given)
                    else f"“{given}”{expected}")
        read[name] = value
    if read["min_title_level"] is None and d.get("description") and not d.get("min_title_level"):
        # no 职称 column: "副高级及以上职称" among 其他条件 says it; "中级职称优先" does not
        m = re.search(r"(初级|中级|副高级?|正高级?|高级)(专业技术)?(职称)?(及以上|以上)", str(d["description"]))
        if m:
            read["min_title_level"] = read_title_level(m.group(0))[0]
    if read["min_education"] is None and d.get("description") and not d.get("min_education"):
        # no 学历 column: "本科及以上学历" in the requirements text says it
        m = re.search(r"(博士|硕士|研究生|本科|大专|专科)[^，,。；;]{0,6}(及以上|以上)", str(d["description"]))
        if m:
            read["min_education"] = read_education(m.group(0))[0]
    salary_min, salary_max = d.get("salary_min"), d.get("salary_max")
    if d.get("salary") not in (None, ""):
        salary_min, salary_max = read_salary(d["salary"])
    for name, v in (("salary_min", salary_min), ("salary_max", salary_max)):
        if v not in (None, "") and not (isinstance(v, int) and v >= 0):
            problem(name, f"“{v}”应为非负整数（元/年）")
    values = {
        "ref": str(d.get("ref") or ""), "enterprise": d.get("enterprise"), "uscc": uscc,
        "position": d.get("position"), "industry": d.get("industry") or None,
        "keywords": json.dumps(keywords, ensure_ascii=False) if keywords else None,
        "description": d.get("description") or None, "min_education": read["min_education"],
        "education_required": _bool(d.get("education_required"), where, labels.get("education_required",
                                                                                    "education_required"), problems),
        "min_title_level": read["min_title_level"], "location": d.get("location") or None,
        "headcount": read["headcount"],
        "remote_ok": _bool(d.get("remote_ok"), where, labels.get("remote_ok", "remote_ok"), problems),
        "deadline": read["deadline"], "status": read["status"] or "open",
        "years_experience": read["years_experience"],
        "salary_min": salary_min if isinstance(salary_min, int) else None,
        "salary_max": salary_max if isinstance(salary_max, int) else None,
    }
    for name in ("enterprise", "position", "location", "industry"):
        if values[name] is not None:
            values[name] = str(values[name])
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


def _is_json(path: Path) -> bool:
    if path.suffix.lower() in (".json", ".jsonl", ".ndjson"):
        return True
    with open(path, "rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"[", b"{")


def _sheet_refs(items) -> None:
    """A table without a 需求编号 column: the position is the reference (岗位, 岗位 #2 for a second row
    of the same position), so that importing the same file again updates instead of adding."""
    seen: dict[tuple, int] = {}
    for _, raw in items:
        if raw.get("ref") in (None, "") and raw.get("position") not in (None, ""):
            key = (raw.get("enterprise"), str(raw["position"]))
            seen[key] = seen.get(key, 0) + 1
            raw["ref"] = str(raw["position"]) + (f" #{seen[key]}" if seen[key] > 1 else "")


def import_demands(conn, path, actor=None, source: str | None = None,
                   enterprise: str | None = None) -> DemandImport:
    """Import demands from JSON / JSON lines, or from a spreadsheet (the template or an enterprise's
    own table; `enterprise` names the enterprise when the table does not). All or nothing."""
    path = Path(path)
    result = DemandImport(path.name)
    if _is_json(path):
        items = read_json_demands(path)
        source = source or "json"
    else:
        from .demand_sheet import read_demand_sheets
        sheet = read_demand_sheets(path, enterprise)
        items, result.skipped, result.notes = sheet.items, sheet.skipped, sheet.notes
        _sheet_refs(items)
        source = source or sheet.format
    cleaned, first_seen = [], {}
    for where, raw in items:
        if not isinstance(raw, dict):
            result.problems.append(DemandProblem(where, "-", "每条需求应为一个 JSON 对象"))
            continue
        values, problems = clean_demand(raw, where)
        key = (values["enterprise"], values["ref"])
        if values["ref"] and key in first_seen:
            problems.append(DemandProblem(where, "ref", f"需求编号“{values['ref']}”与{first_seen[key]}重复"))
        first_seen.setdefault(key, where)
        result.problems.extend(problems)
        cleaned.append(values)
    missing = [p for p in result.problems if p.field == "企业名称" and p.message.startswith("必填")]
    if len(missing) > 1 and len(missing) == len(items):  # said once for the file, not once a row
        result.problems = [DemandProblem(f"全部 {len(items)} 行", "企业名称", missing[0].message)] + [
            p for p in result.problems if p not in missing]
    if result.problems:
        return result
    result.created, result.updated, result.unchanged = save_demands(conn, cleaned, actor, source, path.name)
    return result


def save_demands(conn, cleaned: list[dict], actor, source: str, target: str) -> tuple[int, int, int]:
    """Store cleaned demands (clean_demand's values), one transaction, audited: a known (enterprise,
    ref) is updated, only when something changed. Returns (created, updated, unchanged)."""
    created = updated = unchanged = 0
    stamp = now()
    with transaction(conn):
        for v in cleaned:
            enterprise_id = _enterprise(conn, v["enterprise"], v["uscc"], v["industry"], stamp)
            columns = [k for k in v if k not in ("enterprise", "uscc")]
            old = conn.execute(f"SELECT id, {', '.join(columns)} FROM demands WHERE enterprise_id = ? AND ref = ?",
                               (enterprise_id, v["ref"])).fetchone()
            if old is None:
                conn.execute(f"INSERT INTO demands (enterprise_id, {', '.join(columns)}, source, logged_by, logged_at, "
                             f"updated_at) VALUES (?, {', '.join('?' * len(columns))}, ?, ?, ?, ?)",
                             [enterprise_id] + [v[c] for c in columns] + [source, actor, stamp, stamp])
                created += 1
            elif list(old[1:]) != [v[c] for c in columns]:
                conn.execute(f"UPDATE demands SET {', '.join(f'{c} = ?' for c in columns)}, updated_at = ?, "
                             f"updated_by = ? WHERE id = ?", [v[c] for c in columns] + [stamp, actor, old[0]])
                updated += 1
            else:
                unchanged += 1
        audit(conn, "demand_import", target, {"created": created, "updated": updated}, actor=actor)
    return created, updated, unchanged


def log_demand(conn, raw: dict, enterprise: str, actor=None) -> str:
    """A liaison's one demand from the form, for their own enterprise: read as a demand file is read,
    refused with every problem named (ValueError), else saved. Returns what changed."""
    values, problems = clean_demand({**raw, "enterprise": enterprise}, "表单")
    if problems:
        raise ValueError("；".join(f"{p.field}：{p.message}" for p in problems))
    created, updated, _ = save_demands(conn, [values], actor, "form", f"{enterprise}/{values['ref']}")
    what = "已新增" if created else "已更新" if updated else "内容与已登记的相同，未作更改："
    return f"{what}需求“{values['ref']}”（{values['position']}）"


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
    with transaction(conn):
        enterprise_id = _enterprise(conn, name, None, None, now())
        if liaison:
            conn.execute("UPDATE enterprises SET liaison = ? WHERE id = ?", (liaison, enterprise_id))
    return enterprise_id
