"""Demand spreadsheets as enterprises send them: our template, or their own table.

Enterprises rarely use the template. Their tables have a title row ("攀枝花XX有限公司2026年人才需求
计划表"), a two-row header ("任职要求" over 学历 | 专业 | 职称), 单位名称 merged down several rows,
headers in their own words (招聘岗位, 计划人数, 学历要求 …) and a remarks block at the bottom. This
module finds the header, maps columns to the demand fields of the JSON contract (demand.py) and hands
each row on as a dict; demand.clean_demand then reads values such as "本科及以上" or "若干".
Columns we do not map are kept, as "列名：值" lines in the demand's description.
"""
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from pzh_talent.ingest.errors import ImportFailed
from pzh_talent.ingest.fields import HeaderVocabulary, field_for_header
from pzh_talent.ingest.load import apply_fills, merged_fills
from pzh_talent.ingest.read import open_file
from pzh_talent.ingest.table import REMARK_RE, header_texts, cell_text, clean_header, find_header, is_empty

HEADER_SEARCH_ROWS = 30
# demand-table headers are read by the roster's header engine, from their own vocabulary file
DEMAND = HeaderVocabulary.load("demand_fields.json")
# how the import summary names the fields it found, in this order
FIELD_NAMES_ZH = {f: label for f, label in DEMAND.labels.items() if f != "serial"}
FIELD_ORDER = list(FIELD_NAMES_ZH)

# the organisation a title row names: "2026年攀枝花钢城集团有限公司人才需求计划表" -> up to its last
# organisation word, before the words that begin the table's own name
_ORG_END_RE = re.compile(r".*(?:有限责任公司|股份有限公司|有限公司|集团公司|集团|公司|研究院|研究所|设计院|医院|卫生院|"
                         r"大学|学院|学校|中学校|中学|小学|幼儿园|中心|合作社|协会|事务所|银行|酒店|工厂|厂|矿|所|院|校)")
_TITLE_CUT_RE = re.compile(r"\d{4}\s*年|年度|人才|需求|招聘|岗位|计划|汇总|信息表|调查表|登记表|一览表|[（(]|\s")
# "填报单位（盖章）：攀枝花市钒钛产业技术研究院"
_LABELLED_RE = re.compile(r"^(?:填报单位|申报单位|单位名称|企业名称|用人单位|招聘单位|需求单位|公司名称)[^：:]{0,8}[：:]\s*"
                          r"([^\s：:]{2,40})")


def field_for_demand_header(text: str) -> tuple[str | None, bool]:
    """-> (field, exact): exact when the header is a name or code we know, not one that merely
    contains a word or holds English words we know (a known name wins when two columns compete)."""
    f, how = DEMAND.match(text)
    return f, how in ("phrase", "code")


@dataclass
class SheetDemands:
    format: str = ""
    items: list = field(default_factory=list)     # [(where, {field: value})]
    skipped: list = field(default_factory=list)   # ["where：why"], rows that are not demands
    notes: list = field(default_factory=list)


def _where(sheet, row) -> str:
    return f"工作表“{sheet}”第 {row} 行" if sheet else f"第 {row} 行"


def _find_header(rows) -> int | None:
    best, best_score = None, 1
    for i in range(min(len(rows), HEADER_SEARCH_ROWS)):
        found = {field_for_demand_header(t)[0] for t in header_texts(rows, i) if t}
        found.discard(None)
        if "position" in found and len(found) > best_score:
            best, best_score = i, len(found)
    return best


def _title_enterprise(rows, header_index) -> str | None:
    """The enterprise named above the header: on a 填报单位：… line, or in the title."""
    texts = [cell_text(c).strip() for _, cells in rows[:header_index] for c in cells if not is_empty(c)]
    for i, text in enumerate(texts):
        m = _LABELLED_RE.match(text)
        if m:
            return m.group(1)
        # a form block: "单位名称 | 攀枝花钒钛冶金设计研究院有限公司" in two cells
        if re.fullmatch(r"(填报单位|申报单位|单位名称|企业名称|用人单位|招聘单位|需求单位|公司名称)[（(]?[^）)]{0,4}[）)]?[：:]?",
                        text) and i + 1 < len(texts):
            return texts[i + 1]
    for text in texts:
        text = re.sub(r"^(关于)?\s*\d{4}\s*年度?", "", text)
        head = _TITLE_CUT_RE.split(text, maxsplit=1)[0] if _TITLE_CUT_RE.search(text[2:] or "") else text
        m = _ORG_END_RE.match(head)
        if m and len(m.group(0)) >= 4:
            return m.group(0)
    return None


def _numbered_groups(texts: list[str]) -> dict[int, dict[str, int]]:
    """{k: {field: column}} for headers 岗位1 | 人数1 | 学历1 | 岗位2 …, when two or more groups name a
    position; {} for an ordinary table."""
    groups: dict[int, dict[str, int]] = {}
    for i, text in enumerate(texts):
        m = re.fullmatch(r"(.+?)\s*[(（]?(\d{1,2})[)）]?", clean_header(text or ""))
        if not m:
            continue
        f = field_for_demand_header(m.group(1))[0]
        if f and f != "serial":
            groups.setdefault(int(m.group(2)), {}).setdefault(f, i)
    groups = {k: g for k, g in sorted(groups.items()) if "position" in g}
    return groups if len(groups) >= 2 else {}


_TEST_RE = re.compile(r"^\s*(测试|test(?![a-z])|demo(?![a-z])|样例|示例)", re.IGNORECASE)
_POSITION_WITH_COUNT = re.compile(r"^(.+?)\s*[(（]?\s*(\d+\s*(?:名|人|个|位)?|若干名?)\s*[)）]?$")


def _positions_in_one_cell(text) -> list[tuple[str, str | None]]:
    """"电气工程师3名、机械工程师2名" or one per line -> [(电气工程师, 3名), …]; [] for one position."""
    if not isinstance(text, str):
        return []
    items = [t.strip() for t in re.split(r"[、；;\n]|，(?=\S+?\d)", text) if t.strip()]
    if len(items) < 2:
        return []
    found = [_POSITION_WITH_COUNT.match(t) for t in items]
    if not all(found):
        return []
    return [(m.group(1).strip(), m.group(2)) for m in found]


def _value(v):
    if isinstance(v, datetime):
        return v.date().isoformat() if not (v.hour or v.minute or v.second) else v.isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        return v.strip()
    return v


def read_demand_sheets(path, enterprise: str | None = None) -> SheetDemands:
    """Every demand row of every sheet with a demand header. Raises ValueError for a file that has
    none, or that cannot be read (named, with the reason)."""
    try:
        opened = open_file(path)
        tables = list(opened.tables)
    except ImportFailed as e:
        raise ValueError(str(e))
    out = SheetDemands(opened.format)
    name = getattr(path, "name", str(path))
    for table in tables:
        try:
            rows = [(n, list(cells)) for n, cells in table.rows]
        except ImportFailed as e:
            raise ValueError(str(e))
        if table.keyed:
            raise ValueError(f"{name}：JSON 需求请用 .json / .jsonl 文件名")
        header_index = _find_header(rows)
        if header_index is None and find_header(rows[:HEADER_SEARCH_ROWS], {}) is not None:
            raise ValueError(f"{name}：这像是人员名单（有姓名列），不是企业需求表；人员名单请用 pzh-talent ingest 导入")
        if header_index is None:
            instructions = re.search(r"说明|须知|注意|instruction|readme", table.sheet or "", re.I)
            if not instructions and any(any(not is_empty(c) for c in cells) for _, cells in rows):
                out.notes.append(f"工作表“{table.sheet}”没有需求表头（岗位/岗位名称/职位），未读取" if table.sheet
                                 else "没有需求表头")
            continue
        texts = header_texts(rows, header_index)
        if sum(field_for_header(t) in ("name", "id_number", "name_en") for t in texts if t) and not any(
                field_for_demand_header(t)[0] == "enterprise" for t in texts if t):
            raise ValueError(f"{name}：这像是人员名单（表头有姓名或身份证号列），不是企业需求表；"
                             "人员名单请用 pzh-talent ingest 导入")
        # a header we know by name wins over one that only contains a word (岗位名称 over 岗位类别)
        groups = _numbered_groups(texts)  # 岗位1 人数1 学历1 | 岗位2 人数2 学历2 …: one demand a group
        grouped = {i for g in groups.values() for i in g.values()}
        mapped = {i: field_for_demand_header(t) for i, t in enumerate(texts) if t and i not in grouped}
        fields: dict[int, str] = {}
        for exact in (True, False):
            for i, (f, is_exact) in mapped.items():
                if f and is_exact == exact and f not in fields.values():
                    fields[i] = f
        extra = {i: texts[i] for i, (f, _) in mapped.items() if i not in fields and f != "serial"}
        labels = {f: re.sub(r"[*＊]|[（(]必填[)）]", "", texts[i]).strip() for i, f in fields.items()}
        where_sheet = f"工作表“{table.sheet}”" if table.sheet else ""
        mapping = "，".join(f"{FIELD_NAMES_ZH.get(f, f)}←{labels[f]}" for f in FIELD_ORDER if f in labels)
        title_name = _title_enterprise(rows, header_index)
        if "enterprise" not in labels and (enterprise or title_name):
            mapping += f"，企业←{'--enterprise “' + enterprise if enterprise else '表头上方的“' + title_name}”"
        out.notes.append(f"{where_sheet}表头在第 {rows[header_index][0]} 行：{mapping}"
                         + (f"；其余列记入岗位描述：{'、'.join(extra.values())}" if extra else ""))
        header_keys = [clean_header(t) for t in texts]
        last_enterprise = None
        # 单位名称 merged down its rows: the rows below the header read as a reader sees them, as a
        # roster's do (ingest.load)
        fills = merged_fills(table, rows[header_index][0])
        for number, cells in rows[header_index + 1:]:
            if fills:
                cells = apply_fills(fills, number, cells)
            where = _where(table.sheet, number)
            filled = [(i, c) for i, c in enumerate(cells) if not is_empty(c)]
            if not filled:
                continue
            first = cell_text(filled[0][1]).strip()
            if REMARK_RE.match(first):
                out.skipped.append(f"{where}：备注/说明行（{first[:30]}）")
                continue
            if sum(1 for i, c in filled if i < len(header_keys) and clean_header(c) == header_keys[i]) >= 2:
                out.skipped.append(f"{where}：重复的表头行")
                continue
            if all(fields.get(i) == "serial" for i, _ in filled):
                continue  # a numbered row never filled in
            if len(filled) >= 3 and all(cell_text(c).strip() == str(k) for k, (_, c) in enumerate(filled, start=1)):
                out.skipped.append(f"{where}：列序号行（1、2、3……）")
                continue
            if len(filled) == 1 and fields.get(filled[0][0]) != "position" and len(first) > 15:
                out.skipped.append(f"{where}：说明文字（{first[:30]}）")
                continue
            raw = {}
            for i, f in fields.items():
                if f != "serial" and i < len(cells) and not is_empty(cells[i]):
                    raw[f] = _value(cells[i])
            notes = [f"{extra[i]}：{cell_text(_value(cells[i]))}" for i in sorted(extra)
                     if i < len(cells) and not is_empty(cells[i])]
            if "salary" in raw:
                notes.insert(0, f"{labels['salary']}：{raw['salary']}")
            if notes:
                raw["description"] = "\n".join(([str(raw["description"])] if raw.get("description") else []) + notes)
            # the enterprise: its column (blank = same as above), else --enterprise, else the title
            if raw.get("enterprise"):
                last_enterprise = raw["enterprise"]
            else:
                raw["enterprise"] = last_enterprise or enterprise or title_name
            # a survey's test answer: the enterprise says 测试, or the position is nothing but 测试/111
            if (isinstance(raw.get("enterprise"), str) and _TEST_RE.match(raw["enterprise"])) or \
                    re.fullmatch(r"\s*(测试|test|1+|无)\s*", str(raw.get("position") or "x"), re.IGNORECASE):
                out.skipped.append(f"{where}：测试数据（{raw.get('enterprise') or raw.get('position')}）")
                continue
            raw["_labels"] = labels
            if groups:
                for k, columns in groups.items():
                    group = {f: _value(cells[i]) for f, i in columns.items() if i < len(cells) and not is_empty(cells[i])}
                    if group.get("position"):
                        out.items.append((f"{where}（第 {k} 组岗位）", {**raw, **group}))
            elif parts := _positions_in_one_cell(raw.get("position")):
                # 电气工程师3名、机械工程师2名: one demand each, the count is its headcount
                for k, (position, count) in enumerate(parts, start=1):
                    out.items.append((f"{where}（第 {k} 个岗位）", {**raw, "position": position,
                                                                    "headcount": count or raw.get("headcount")}))
            else:
                out.items.append((where, raw))
    if not out.items and not out.skipped:
        raise ValueError(f"{name}：没有找到需求表（需要一行表头，含“岗位”“岗位名称”或“职位”等列）"
                         + ("；" + "；".join(out.notes) if out.notes else ""))
    return out
