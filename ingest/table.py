"""Find the header in a sheet, map its columns to fields, and tell data rows from the rest.

Offices put title rows above the header ("2024年攀枝花籍在外人才信息登记表"), group headers above
the real ones, blank rows in between and a remarks block at the bottom. None of those are people.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from .errors import ImportFailed
from .fields import (FIELD_LABELS, PERSON_NAME_FIELDS, field_for_header, header_key, header_match,
                     is_about_someone_else)
from .profile import CHECKABLE, ColumnProfile, looks_like_data, profile_columns

HEADER_SEARCH_ROWS = 30
# Fields where one person may fill several columns (手机 and 办公电话): all are kept.
MULTI_FIELDS = {"phone", "email"}

REMARK_RE = re.compile(
    r"^\s*(备\s*注|注\s*[:：\d]|注意|说\s*明|填表|制表|填报|审核|审批|合\s*计|总\s*计|共\s*计|小\s*计|统计|"
    r"单位负责人|负责人[:：]|联系人[:：]|以下空白|以下无|此页无|附[:：]|附件|打印|导出时间|"
    r"note|remark|total|source[:：]|prepared by)",
    re.IGNORECASE,
)


# "东区小计", "米易县合计（人）": a subtotal line opens with where it counts
_SUBTOTAL_RE = re.compile(r"^\s*(\S{0,8}?(区|县|市|州|镇|乡|街道|部|处|科|院|系|组|类|园区|分会))?\s*"
                          r"(小\s*计|合\s*计|总\s*计|共\s*计)")

def _is_remark(text: str) -> bool:
    return bool(REMARK_RE.match(text) or _SUBTOTAL_RE.match(text))


# "一、东区", "（二）米易县", "3. 在外博士", "整理人：李建国": no person's name looks like these
_SECTION_RE = re.compile(r"^\s*([一二三四五六七八九十]+|\d+)\s*[、.．]|^\s*[（(]\s*([一二三四五六七八九十]+|\d+)\s*[)）]|[:：、]")


def column_letter(index: int) -> str:
    s = ""
    index += 1
    while index:
        index, r = divmod(index - 1, 26)
        s = chr(65 + r) + s
    return s


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_header(value) -> str:
    """'手机\n号码' -> '手机号码', ' Full   name ' -> 'Full name': spaces only matter between Latin words."""
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", cell_text(value))).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", s)


@dataclass
class Layout:
    """What we learned about one table: where its header is and what each column means."""
    header_row: int | None                # Excel row number of the header (None for JSON)
    columns: list[str]                    # display names, unique
    fields: dict[int, str]                # column index -> canonical field
    unmapped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # how each mapped column's field was decided: 表头 | 内容 | 表头+内容 | 指定 (--map)
    how: dict[int, str] = field(default_factory=dict)
    # origin evidence the roster's title, sheet name or file name gives everyone on it
    roster_evidence: tuple = ()

    name_index: int | None = None

    def __post_init__(self):
        self.name_index = next((i for i, f in self.fields.items() if f == "name"), None)

    def describe(self) -> dict:
        return {
            "header_row": self.header_row,
            "columns": self.columns,
            "mapping": {self.columns[i]: f for i, f in sorted(self.fields.items())},
            "how": {self.columns[i]: self.how.get(i, "表头") for i in sorted(self.fields)},
            "unmapped": self.unmapped,
            "notes": self.notes,
        }


def _map(text, column_map: dict[str, str]) -> str | None:
    key = header_key(text)
    if key in column_map:
        return column_map[key] or None
    return field_for_header(text)


def header_texts(rows, index) -> list[str]:
    """Header texts of row `index`; an empty cell takes the text above it when the row above is a
    group header ("基本信息 | 联系方式", or 姓名 merged down over two header rows)."""
    cells = rows[index][1]
    above = rows[index - 1][1] if index > 0 else []
    group_row = sum(not is_empty(c) for c in above) >= 2
    texts = []
    for i in range(max(len(cells), len(above) if group_row else 0)):
        text = clean_header(cells[i]) if i < len(cells) else ""
        if not text and group_row and i < len(above) and not is_empty(above[i]):
            text = clean_header(above[i])
        texts.append(text)
    return texts


def find_header(rows: list[tuple[int, list]], column_map: dict[str, str]) -> int | None:
    """Index into `rows` of the header: the row naming most known fields, that names a person."""
    best, best_score = None, 0
    for i in range(min(len(rows), HEADER_SEARCH_ROWS)):
        found = {_map(t, column_map) for t in header_texts(rows, i) if t and len(t) <= 40}
        found.discard(None)
        if not ({"name", "name_en"} & found or {"family_name", "given_name"} <= found):
            continue
        score = len(found)
        if score > best_score:
            best, best_score = i, score
    return best


def _under_groups(rows, header_index, texts: list[str]) -> list[str]:
    """省 | 市 | 区县 twice, under 籍贯 and under 现居住地 in the row above: 籍贯省 … 现居住地区县."""
    keys = [header_key(t) if t else "" for t in texts]
    repeated = {k for k in keys if k and keys.count(k) > 1}
    if not repeated or header_index == 0:
        return texts
    above = rows[header_index - 1][1]
    out = list(texts)
    for i, k in enumerate(keys):
        if k in repeated:
            group = next((clean_header(above[j]) for j in range(min(i, len(above) - 1), -1, -1)
                          if not is_empty(above[j])), "")
            if group and group != clean_header(texts[i]):
                out[i] = group + texts[i]
    return out


def build_layout(rows, header_index, column_map, file_name, sheet) -> Layout:
    number = rows[header_index][0]
    texts = _under_groups(rows, header_index, header_texts(rows, header_index))
    width = max((len(r) for _, r in rows[header_index + 1:]), default=0)
    texts += [""] * (width - len(texts))
    seen: dict[str, int] = {}
    columns = []
    for i, text in enumerate(texts):
        if text:
            k = header_key(text)
            if k in seen:
                raise ImportFailed(file_name, f"表头重复：第 {column_letter(seen[k])} 列和第 {column_letter(i)} 列"
                                              f"都叫“{text}”，无法确定用哪一列；请改名后再导入",
                                   sheet=sheet, row=number, field=text)
            seen[k] = i
            columns.append(text)
        else:
            columns.append(f"列{column_letter(i)}")
    return layout_from_columns(columns, column_map, header_row=number, blank_headers=[
        i for i, t in enumerate(texts) if not t])


# a place written over several columns (省 | 市 | 区县): these fields join their parts
PLACE_PART_FIELDS = {"hometown", "birthplace", "household", "student_origin", "city", "address", "county"}
_PLACE_PART = re.compile(r"(省|市|区|县|区县|县区|镇|乡|街道|province|city|district|county)$")
_NAMES_AN_ID = re.compile(r"身份证|证件|公民身份|identity|id\s*(no|number|card)|resident")


def layout_from_columns(columns, column_map, header_row=None, blank_headers=()) -> Layout:
    fields: dict[int, str] = {}
    unmapped, notes = [], []
    claimed: dict[str, int] = {}
    for i, col in enumerate(columns):
        f = None if i in blank_headers and header_key(col) not in column_map else _map(col, column_map)
        if f is None:
            unmapped.append(col)
            continue
        if f == "id_number" and f in claimed and _NAMES_AN_ID.search(header_key(col)) \
                and not _NAMES_AN_ID.search(header_key(columns[claimed[f]])):
            # a form's response "ID" came first; the 身份证号 column is the ID number
            unmapped.append(columns[claimed[f]])
            del fields[claimed[f]]
            del claimed[f]
        if f in claimed and f in PLACE_PART_FIELDS and _PLACE_PART.search(header_key(col)):
            fields[i] = f  # 籍贯 省 | 市 | 区县: parts of one place, joined in column order
            continue
        if f in claimed and f not in MULTI_FIELDS:
            first = claimed[f]
            if f == "name" and re.search("中文|chinese", header_key(col)):
                # 'Full name' (romanised) and 'Chinese name': the Chinese one is the name
                fields[first] = "name_en"
            elif f == "name":
                f = "name_en"
            else:
                notes.append(f"列“{col}”也像{FIELD_LABELS[f]}，已保留为原始列，未作{FIELD_LABELS[f]}使用")
                unmapped.append(col)
                continue
        claimed[f] = i
        fields[i] = f
    return Layout(header_row, columns, fields, unmapped, notes)


def classify(cells: list, layout: Layout) -> tuple[str, str | None]:
    """-> ('blank' | 'remark' | 'repeated_header' | 'data', reason)."""
    if len(cells) - cells.count("") - cells.count(None) > 3:
        # the usual person's row, decided without looking at every cell: it is data unless it
        # opens like a remark or repeats the header
        first = next(c for c in cells if c != "" and c is not None)
        if type(first) is str and _is_remark(first.strip()):
            return "remark", f"备注/说明行：{first.strip()[:60]}"
        name_i = layout.name_index
        if name_i is None or name_i >= len(cells) or type(cells[name_i]) is not str or \
                cells[name_i].replace(" ", "").replace("\u3000", "").strip() != layout.columns[name_i]:
            return "data", None
    filled = [(i, c) for i, c in enumerate(cells)
              if c != "" and c is not None and not (type(c) is str and c[0].isspace() and c.isspace())]
    if not filled:
        return "blank", None
    if len(filled) == 1 and layout.fields.get(filled[0][0]) == "serial" and \
            re.fullmatch(r"\d+(\.0)?", cell_text(filled[0][1]).strip()):
        return "blank", None  # a template row numbered in advance and never filled in
    first_text = cell_text(filled[0][1]).strip()
    if _is_remark(first_text):
        return "remark", f"备注/说明行：{first_text[:60]}"
    name_i = layout.name_index
    # a header repeated mid-sheet (pasted sheets, page breaks): cheap test on the name cell first
    if name_i is not None and name_i < len(cells) and type(cells[name_i]) is str and \
            cells[name_i].replace(" ", "").replace("\u3000", "").strip() == layout.columns[name_i]:
        same = sum(1 for i, c in filled if i < len(layout.columns) and
                   header_key(cell_text(c)) == header_key(layout.columns[i]))
        if same >= max(2, len(filled) // 2):
            return "repeated_header", "重复的表头行"
    if len(filled) == 1:
        i, value = filled[0]
        text = cell_text(value).strip()
        # a lone cell outside the name column, or a sentence in it, is a section title or a note
        if layout.fields.get(i) not in PERSON_NAME_FIELDS or len(text) > 20 or _SECTION_RE.search(text):
            if len(text) > 1 and not re.fullmatch(r"[\d.\-\s]+", text):
                return "remark", f"说明行（只有一个单元格）：{text[:60]}"
    return "data", None


def cards_as_rows(rows: list[tuple[int, list]]) -> list[tuple[int, list]] | None:
    """A sheet of cards, one person per block of "label | value" lines (姓名：何博洋 / 性别：男 …), as
    a header and one row per person, numbered by the line that names the person. None when the
    sheet is an ordinary table."""
    pairs = []  # (row number, label, field or None, value)
    filled_rows = 0
    for number, cells in rows:
        filled = [c for c in cells if not is_empty(c)]
        if not filled:
            continue
        filled_rows += 1
        if len(filled) == 2 and isinstance(filled[0], str):
            label = clean_header(filled[0]).rstrip(":：").strip()
            pairs.append((number, label, field_for_header(label), filled[1]))
    names = [p for p in pairs if p[2] in ("name", "name_en")]
    mapped = [p for p in pairs if p[2]]
    if len(names) < 2 or len(mapped) < 0.6 * filled_rows:
        return None
    columns: list[str] = []
    cards: list[tuple[int, dict]] = []
    name_columns = {FIELD_LABELS["name"], FIELD_LABELS["name_en"]}
    previous_was_name = False
    for number, label, field_name, value in pairs:
        column = FIELD_LABELS[field_name] if field_name else label
        is_name = field_name in ("name", "name_en")
        # a name line opens a card, unless it follows the card's other name (姓名, then English name)
        if is_name and (not cards or column in cards[-1][1]
                        or (name_columns & cards[-1][1].keys() and not previous_was_name)):
            cards.append((number, {}))
        previous_was_name = is_name
        if not cards:
            continue  # lines before the first card
        card = cards[-1][1]
        if column in card:  # 电话 and Mobile on one card: both kept
            card[column] = f"{card[column]}; {cell_text(value)}"
        else:
            card[column] = value
        if column not in columns:
            columns.append(column)
    first = cards[0][0]
    return [(first - 1, columns)] + [(number, [card.get(c, "") for c in columns]) for number, card in cards]


# --- columns told by their content ------------------------------------------------------------

# 字段3, Column3, F3, 列C, Unnamed: 2, field_7, V3: a header that names a position, not a meaning
_GENERIC_HEADER = re.compile(r"(字段|列|栏|第)\s*([A-Z]{1,2}|\d+)\s*列?|[A-Z]{1,2}\d*|"
                             r"(column|col|field|f|v|var|unnamed:?)\s*[_ ]?\d+", re.IGNORECASE)
# a table of demand, not of people: its contact person's name is no talent
_DEMAND_HEADER = re.compile(r"需求人数|招聘人数|计划人数|拟引进|引进人数|需求数量|岗位数|人数")
# a column naming someone who handles the list, not the person on it
_HANDLER_HEADER = re.compile(r"联系人|负责人|经办|填报人|填表人|审核|推荐人|介绍人|录入|contact|handler|operator",
                             re.IGNORECASE)
# fields whose values the content recognisers check under another name
_CHECKED_AS = {"hometown": "place", "birthplace": "place", "household": "place", "student_origin": "place",
               "city": "place", "degree": "education"}


def is_generic_header(text: str) -> bool:
    return not text or bool(_GENERIC_HEADER.fullmatch(text.strip()))


def _agrees(p: ColumnProfile, f: str) -> float:
    return p.shares.get(_CHECKED_AS.get(f, f), 0.0)


def type_by_content(layout: Layout, data: list[list], column_map: dict) -> Layout:
    """Settle each column's field with what its values hold: unknown and generic headers get the
    field their content shows, a checkable header whose values are plainly another field's (a 手机
    column of ID numbers) is read by content and reported, and agreement is noted as 表头+内容."""
    if not data:
        return layout
    profiles = profile_columns(data, len(layout.columns))
    named = {i for i, c in enumerate(layout.columns) if header_key(c) in column_map}  # the officer's --map
    for i in layout.fields:
        if i in named:
            layout.how[i] = "指定"
        elif profiles[i].filled and _agrees(profiles[i], layout.fields[i]) >= 0.5:
            layout.how[i] = "表头+内容"
        else:
            layout.how[i] = "表头"
    # a header whose values are plainly another checkable field's: the values win
    wrong = {}
    for i, f in layout.fields.items():
        p = profiles[i]
        if i in named or f not in CHECKABLE or p.filled < 3 or _agrees(p, f) >= 0.2:
            continue
        other, share = p.best(exclude={f})
        if other in CHECKABLE:
            wrong[i] = (other, share)
    for i, (other, share) in wrong.items():
        holder = next((j for j, g in layout.fields.items() if g == other and j != i), None)
        if holder is not None and holder not in wrong and other not in MULTI_FIELDS:
            continue  # the field's own column holds it: this one is just odd, keep the header's reading
        layout.notes.append(f"列“{layout.columns[i]}”的内容不像{FIELD_LABELS[layout.fields[i]]}，"
                            f"{share:.0%} 的值是{FIELD_LABELS[other]}，已按{FIELD_LABELS[other]}读入")
        layout.fields[i] = other
        layout.how[i] = "内容（表头不符）"
    for i, f in layout.fields.items():
        if i in named or f not in CHECKABLE or i in wrong or profiles[i].filled < 3:
            continue
        share = _agrees(profiles[i], f)
        if share < 0.5:
            layout.notes.append(f"列“{layout.columns[i]}”按表头读作{FIELD_LABELS[f]}，但只有 {share:.0%} 的值像"
                                f"{FIELD_LABELS[f]}；如不对，可用 --map 指定")
    demand = any(_DEMAND_HEADER.search(c) for c in layout.columns)
    claimed = set(layout.fields.values())
    candidates = []
    for i, col in enumerate(layout.columns):
        if i in layout.fields or i in named or not profiles[i].filled or is_about_someone_else(col):
            continue
        generic = is_generic_header(col) or col.startswith("列")
        exclude = set(claimed - MULTI_FIELDS)
        if not generic and (demand or _HANDLER_HEADER.search(col)):
            exclude |= PERSON_NAME_FIELDS  # 联系人 of a demand table, 填报人 of a list: not the people
        f, share = profiles[i].best(exclude=exclude | {"serial"})
        if f:
            candidates.append((share, i, f))
    # columns of places: the one naming most Panzhihua places is where people come from
    places = sorted((c for c in candidates if c[2] == "place"), key=lambda c: -profiles[c[1]].panzhihua)
    place_fields = _place_fields([profiles[i] for _, i, _ in places], claimed)
    candidates = [c for c in candidates if c[2] != "place"] + [
        (share, i, f) for (share, i, _), f in zip(places, place_fields) if f]
    for share, i, f in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if f in claimed and f not in MULTI_FIELDS:
            continue
        claimed.add(f)
        layout.fields[i] = f
        layout.how[i] = "内容"
        if layout.columns[i] in layout.unmapped:
            layout.unmapped.remove(layout.columns[i])
        if f == "id_number":  # the most sensitive field is never taken silently
            layout.notes.append(f"列“{layout.columns[i]}”的表头没有说明含义，{share:.0%} 的值是有效的身份证号"
                                f"（校验位或地区码相符），已按身份证号读入；如不对，重新导入时加 --map '{layout.columns[i]}=' 忽略该列")
    layout.name_index = next((i for i, f in layout.fields.items() if f == "name"), None)
    return layout


def _place_fields(profiles: list[ColumnProfile], claimed: set) -> list[str | None]:
    """Columns of places with no header to say which, most Panzhihua places first. On a registry of
    Panzhihua-origin people working elsewhere, the column naming Panzhihua places (more of them than
    any other place column, or most of its values) is where they come from; the next, where they
    live now; the rest stay raw."""
    out: list[str | None] = []
    free = [f for f in ("hometown", "city") if f not in claimed]
    for k, p in enumerate(profiles):
        origin = "hometown" in free and p.panzhihua > 0 and (
            p.panzhihua >= 0.5 or (len(profiles) > 1 and k == 0 and p.panzhihua > profiles[1].panzhihua))
        if origin:
            free.remove("hometown")
            out.append("hometown")
        elif "city" in free:
            free.remove("city")
            out.append("city")
        else:
            out.append(None)
    return out


def layout_without_header(rows: list[tuple[int, list]], column_map: dict) -> tuple[Layout, int] | None:
    """A table whose header names no person (字段1…字段N, Column1…, codes nobody listed) or that has
    no header at all (the first row is a person): its columns typed by content. -> (layout, index of
    the first data row in `rows`), or None when no column holds people's names."""
    filled = [(k, cells) for k, (_, cells) in enumerate(rows) if sum(not is_empty(c) for c in cells) >= 2]
    if len(filled) < 2:
        return None
    first, cells = filled[0]
    width = max(len(c) for _, c in filled)
    # a person's row, not a header: it holds an ID, a phone, an email or a name, and at most one cell
    # that is a whole header phrase (a value may contain a header's word: 某某公司, 米易县)
    headers = sum(header_match(clean_header(c))[1] in ("phrase", "code") for c in cells if not is_empty(c))
    if looks_like_data(cells) and headers < 2:
        columns = [f"列{column_letter(i)}" for i in range(width)]
        layout = layout_from_columns(columns, column_map, header_row=0, blank_headers=range(width))
        layout.notes.append("没有表头行：第一行就是数据，各列按内容识别")
        start = first
    else:
        texts = [clean_header(c) for c in cells] + [""] * (width - len(cells))
        columns = [t or f"列{column_letter(i)}" for i, t in enumerate(texts)]
        if len(set(map(header_key, columns))) < len(columns):
            return None  # repeated header texts: not a header we can name columns by
        layout = layout_from_columns(columns, column_map, header_row=rows[first][0],
                                     blank_headers=[i for i, t in enumerate(texts) if not t])
        start = first + 1
    data = [c for _, c in rows[start:] if any(not is_empty(x) for x in c)]
    if len(data) < 2:
        return None
    type_by_content(layout, data, column_map)
    if PERSON_NAME_FIELDS.isdisjoint(layout.fields.values()):
        return None
    return layout, start
