"""Mail-merge files for officers (Excel/WPS and Word), and reading back the statuses they fill in.

XLSX: every cell a text cell (Excel would turn 13800001234 into 1.38E+10), so a value such as
=HYPERLINK(…) is text, never a formula. CSV: UTF-8 with BOM (or Excel shows mojibake), every field
quoted, and a value that starts with = + - @ or a control character gets a leading ' so that no
spreadsheet runs it (domain.md §7). ID numbers are never exported. Each export is logged with its
file's sha256.
"""
import csv
import hashlib
import io
import re
import zipfile
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
import phonenumbers

from pzh_talent.registry.files import write_private
from pzh_talent.registry.schema import now

from .campaigns import CHANNELS, STATUSES
from pzh_talent.registry.db import audit, transaction

COLUMNS = ["成员编号", "称呼", "姓名", "单位", "职务", "城市", "通讯地址", "邮箱", "手机", "活动名称", "渠道", "状态"]
_RISKY = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value) -> str:
    """A cell value no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    if text.lstrip(" \u00a0\u3000").startswith(_RISKY):
        return "'" + text
    return text


@lru_cache(maxsize=4096)
def _phone_other(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 86:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL).replace(" ", "")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _phone(e164: str | None) -> str:
    """As officers dial it: 13800001234 for a mainland mobile, +1 416-555-0123 abroad."""
    if not e164:
        return ""
    if e164.startswith("+861") and len(e164) == 14:  # the common case, without parsing
        return e164[3:]
    return _phone_other(e164)


# The mail-merge sheet is a plain grid of text, so it is written directly as the few XML parts an
# .xlsx needs (ECMA-376): inline strings, one text style, widths and a frozen header. xlsxwriter
# writes the same file but spends ~90 µs a cell in generic machinery: 237k rows took 33 s of the
# 30 s budget. (The demand template, with drop-downs, still uses xlsxwriter.)
_XLSX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'styles" Target="styles.xml"/></Relationships>',
    # cell style 1: number format 49, "@" (text), so Excel keeps edited cells text too
    "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
}
# XML 1.0 cannot carry most control characters (pasted from web forms; Word would print them as
# boxes), so they are dropped; Excel reads a literal _xHHHH_ as an escaped character, so its "_" is
# itself escaped as _x005F_.
_XML_UNSAFE = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}


def _xml_text(value: str) -> str:
    def one(m):
        c = m.group()
        return "_x005F" + c if len(c) > 1 else _XML_ESCAPES.get(c, "")
    return _XML_UNSAFE.sub(one, value)


def _column_letters(n: int) -> str:
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def write_text_xlsx(out, sheet_name: str, rows: list, widths: list[int]) -> None:
    """An .xlsx of one sheet in which every cell is a text cell; the first row is a frozen header.
    Empty values are left out rather than written as empty strings."""
    ncols = max((len(r) for r in rows), default=0)
    letters = [_column_letters(c + 1) for c in range(ncols)]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, xml in _XLSX_PARTS.items():
            z.writestr(name, xml)
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   f'<sheets><sheet name="{_xml_text(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            cols = "".join(f'<col min="{c + 1}" max="{c + 1}" width="{w}" style="1" customWidth="1"/>'
                           for c, w in enumerate(widths))
            f.write(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     f'<dimension ref="A1:{letters[-1] if letters else "A"}{max(len(rows), 1)}"/>'
                     '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                     'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>'
                     f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>').encode())
            chunk = []
            for r, values in enumerate(rows, start=1):
                values = ["" if v is None else v if isinstance(v, str) else str(v) for v in values]
                clean = not _XML_UNSAFE.search("".join(values))  # the common case: nothing to escape
                cells = "".join(
                    f'<c r="{letters[c]}{r}" s="1" t="inlineStr"><is><t xml:space="preserve">'
                    f'{v if clean else _xml_text(v)}</t></is></c>'
                    for c, v in enumerate(values) if v)
                chunk.append(f'<row r="{r}">{cells}</row>')
                if len(chunk) == 2000:
                    f.write("".join(chunk).encode())
                    chunk = []
            f.write(("".join(chunk) + "</sheetData></worksheet>").encode())


def member_rows(conn, campaign_id: int) -> list[list[str]]:
    """The rows of a campaign's mail merge: contactable members only, no ID numbers."""
    campaign = conn.execute("SELECT name, channel FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()
    if campaign is None:
        raise LookupError(f"没有编号为 {campaign_id} 的外联活动")
    rows = conn.execute(
        "SELECT m.member_key, m.salutation, p.name, p.employer, p.position, p.city, p.address, p.email, p.phone, "
        "m.status FROM campaign_members m JOIN persons p ON p.id = m.person_id "
        "WHERE m.campaign_id = ? AND m.suppressed IS NULL ORDER BY m.id", (campaign_id,)).fetchall()
    return [[key, sal, name, employer, position, city, address, email, _phone(phone), campaign[0],
             CHANNELS[campaign[1]], status]
            for key, sal, name, employer, position, city, address, email, phone, status in rows]


FORMATS = ("xlsx", "csv")


def export_format(out, fmt: str | None = None) -> str:
    """The format of a mail-merge file: `fmt`, or the one the file name's extension says. A name
    that says another (x.pdf, x.csv for xlsx) is refused: the officer would open the wrong thing."""
    suffix = Path(out).suffix.lower().lstrip(".")
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"格式须为 {' 或 '.join(FORMATS)}，而不是“{fmt}”")
    if suffix in FORMATS:
        if fmt is not None and fmt != suffix:
            raise ValueError(f"文件名“{Path(out).name}”的扩展名是 .{suffix}，与格式 {fmt} 不符；"
                             f"请把文件名改为 .{fmt}，或用 --format {suffix}")
        return suffix
    what = f"扩展名 .{suffix}" if suffix else "没有扩展名"
    raise ValueError(f"文件名“{Path(out).name}”{what}：邮件合并文件只能导出为 "
                     f"{'、'.join('.' + f for f in FORMATS)}，请改用其中之一")


def export_campaign(conn, campaign_id: int, fmt: str | None, out, actor=None) -> tuple[int, str]:
    """Write the mail-merge file, owner-only (it holds names, addresses and phones); `fmt` None:
    from the file name's extension. Returns (rows, sha256)."""
    fmt = export_format(out, fmt)
    rows = member_rows(conn, campaign_id)
    out = Path(out)
    if fmt == "xlsx":
        buffer = io.BytesIO()
        write_text_xlsx(buffer, "邮件合并", [COLUMNS] + rows, [16, 22, 10, 28, 14, 10, 30, 26, 16, 20, 8, 10])
        data = buffer.getvalue()
    elif fmt == "csv":
        text = io.StringIO()
        writer = csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows([neutralise(v) for v in row] for row in rows)
        data = ("\ufeff" + text.getvalue()).encode("utf-8")
    else:
        raise ValueError("格式须为 xlsx 或 csv")
    write_private(out, data)
    sha = hashlib.sha256(data).hexdigest()
    with transaction(conn):
        stamp = now()
        conn.execute("INSERT INTO exports (campaign_id, at, actor, format, rows, file_name, sha256) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (campaign_id, stamp, actor, fmt, len(rows), out.name, sha))
        audit(conn, "export", f"campaigns/{campaign_id}", {"format": fmt, "rows": len(rows), "sha256": sha},
              actor, stamp)
    return len(rows), sha


@dataclass
class StatusImport:
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)  # (row number, message)
    sheet: str | None = None  # the workbook's sheet that held the export (None for CSV)


_NEEDED = ("成员编号", "状态")
_HEADER_ROWS = 10  # an officer may put a title or a note above the export's header


def _read_rows(path: Path) -> tuple[str | None, list[tuple[int, dict]]]:
    """(sheet, [(row number, {column: text})]) of the export in a filled-in file: the sheet and
    row whose header has 成员编号 and 状态. Raises ValueError saying what is wrong with the file."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ValueError(f"{path.name}：无法读取文件（{e.strerror or e}）") from None
    if not raw.strip():
        raise ValueError(f"{path.name}：文件是空的，请导入填好“状态”列的导出文件")
    if raw.startswith(b"PK\x03\x04"):  # an .xlsx, whatever its name says
        return _workbook_rows(path)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValueError(f"{path.name}：是旧版 Excel（.xls）或 WPS 文件，请另存为 .xlsx 或 CSV 后再导入")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise ValueError(f"{path.name}：扩展名是 {path.suffix}，但内容不是 Excel 工作簿（文件可能已损坏或被改名）")
    return None, _header_and_rows(path, _csv_values(path, raw), None)


def _csv_values(path: Path, raw: bytes) -> list[list[str]]:
    if b"\x00" in raw:
        raise ValueError(f"{path.name}：不是文本（CSV）文件，内容像二进制数据；请导入导出的 .xlsx 或 .csv 文件")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValueError(f"{path.name}：无法识别文件的编码（不是 UTF-8 或 GBK 文本），请导入导出的 .xlsx 或 .csv 文件")
    try:
        return [[v.strip() for v in row] for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as e:
        raise ValueError(f"{path.name}：CSV 格式有误（{e}）") from None


def _workbook_rows(path: Path) -> tuple[str | None, list[tuple[int, dict]]]:
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # zipfile, XML and openpyxl errors: a damaged or foreign zip
        raise ValueError(f"{path.name}：无法作为 Excel 工作簿打开（{type(e).__name__}），文件可能已损坏") from None
    try:
        for ws in wb.worksheets:  # the export's sheet need not be the first or the active one
            values = [["" if v is None else str(v).strip() for v in row] for row in ws.iter_rows(values_only=True)]
            if _header_index(values) is not None:
                return ws.title, _header_and_rows(path, values, ws.title)
    finally:
        wb.close()
    names = "、".join(f"“{ws.title}”" for ws in wb.worksheets)
    raise ValueError(f"{path.name}：没有哪张工作表（{names}）的表头含“成员编号”和“状态”列；"
                     f"请导入 pzh-talent campaign export 导出的文件")


def _header_index(values) -> int | None:
    for i, row in enumerate(values[:_HEADER_ROWS]):
        if set(_NEEDED) <= set(row):
            return i
    return None


def _header_and_rows(path: Path, values, sheet) -> list[tuple[int, dict]]:
    where = f"工作表“{sheet}”" if sheet else ""
    i = _header_index(values)
    if i is None:
        raise ValueError(f"{path.name}：{where}缺少“成员编号”或“状态”列（前 {_HEADER_ROWS} 行里没有这样的表头）")
    header = values[i]
    rows = [(n, dict(zip(header, row))) for n, row in enumerate(values[i + 1:], start=i + 2) if any(row)]
    if not rows:
        raise ValueError(f"{path.name}：{where}只有表头，没有任何成员行")
    return rows


def _row_update(row: dict) -> tuple[str, str, str | None]:
    """(member key, status, salutation or None) as the officer wrote them; the export's leading '
    (formula neutralising) is not part of a value."""
    salutation = row.get("称呼", "").lstrip("'")
    return row.get("成员编号", "").lstrip("'"), row.get("状态", "").lstrip("'"), salutation or None


def _conflicts(rows) -> dict[int, str]:
    """Rows that disagree with another row of the same member: {row number: message}, naming both
    rows; none of them is applied (which one the officer meant is not ours to guess)."""
    by_key: dict[str, list] = {}
    for n, row in rows:
        key, status, salutation = _row_update(row)
        if key:
            by_key.setdefault(key, []).append((n, status, salutation))
    out = {}
    for key, seen in by_key.items():
        if len({(status, salutation) for _, status, salutation in seen}) < 2:
            continue  # a row repeated as it was: harmless
        for n, status, _ in seen:
            others = "、".join(f"第 {m} 行（状态“{s}”）" for m, s, _ in seen if m != n)
            out[n] = f"成员编号“{key}”重复，与{others}不一致，这几行都未导入，请只保留一行"
    return out


def import_statuses(conn, path, actor=None) -> StatusImport:
    """Statuses (and edited salutations) from a filled-in export, matched by 成员编号, never by name.
    All good rows are applied in one transaction; bad rows are reported with their row numbers.
    A file that is no export (empty, binary, no sheet with 成员编号 and 状态) raises ValueError."""
    path = Path(path)
    sheet, rows = _read_rows(path)
    result = StatusImport(sheet=sheet)
    conflicts = _conflicts(rows)
    # read and write in one transaction: a status changed meanwhile (a form, another import) is
    # compared against, not overwritten unseen
    with transaction(conn):
        known = {}
        updates = {}
        for n, row in rows:
            if n in conflicts:
                result.problems.append((n, conflicts[n]))
                continue
            key, status, salutation = _row_update(row)
            if not key:
                result.problems.append((n, "缺少成员编号"))
                continue
            if key not in known:
                known[key] = conn.execute("SELECT status, salutation, suppressed FROM campaign_members "
                                          "WHERE member_key = ?", (key,)).fetchone()
            if known[key] is None:
                result.problems.append((n, f"成员编号“{key}”不存在"))
                continue
            if known[key][2] and status != known[key][0]:  # as the officers' form refuses it too
                result.problems.append((n, f"成员编号“{key}”不予联系（{known[key][2]}），不能记录外联结果"))
                continue
            if status not in STATUSES:
                result.problems.append((n, f"状态“{status}”无效，应为 {'、'.join(STATUSES)} 之一"))
                continue
            salutation = salutation or known[key][1]
            if (status, salutation) == tuple(known[key][:2]) or key in updates:
                result.unchanged += 1  # (a repeated identical row counts once)
                continue
            updates[key] = (status, salutation, now(), actor, key)
        conn.executemany("UPDATE campaign_members SET status = ?, salutation = ?, updated_at = ?, updated_by = ? "
                         "WHERE member_key = ?", list(updates.values()))
    result.updated = len(updates)
    return result
