"""Tables that arrive as markup under an .xls name: an HTML page (what many office systems export as
"Excel") and Excel 2003's XML Spreadsheet. Excel opens both as a sheet; so do we, with the rows
numbered as Excel shows them and merged cells (rowspan/colspan, MergeAcross/MergeDown) reported
like a workbook's, so that the rest of the import treats them the same way.
"""
import re
from datetime import datetime
from html.parser import HTMLParser
from xml.etree import ElementTree

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "caption", "title"}


def html_charset(head: bytes) -> str | None:
    m = re.search(rb"""charset\s*=\s*["']?([a-zA-Z0-9_\-]+)""", head[:4096], re.IGNORECASE)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb18030", "x-gbk") else name


class _Grid:
    """Rows of cells placed as Excel places them, spans included."""

    def __init__(self):
        self.rows: list[list] = []
        self.merged: list = []
        self._taken: set = set()  # (row, col) covered by a span from above or the left

    def add_row(self) -> int:
        self.rows.append([])
        return len(self.rows) - 1

    def put(self, r: int, value, across: int = 0, down: int = 0, col: int | None = None) -> int:
        row = self.rows[r]
        c = len(row) if col is None else col
        while (r, c) in self._taken:
            c += 1
        while len(row) < c:
            row.append("")
        row.append(value)
        if across or down:
            self.merged.append(((r, c), (r + down, c + across)))
            for rr in range(r, r + down + 1):
                for cc in range(c, c + across + 1):
                    if (rr, cc) != (r, c):
                        self._taken.add((rr, cc))
        while (r, len(row)) in self._taken:  # a span from above fills the next column
            row.append("")
        return c + across + 1

    def fill_taken(self):
        for r, c in self._taken:
            if r < len(self.rows):
                row = self.rows[r]
                while len(row) <= c:
                    row.append("")


class _HtmlTables(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.grid = _Grid()
        self.depth = 0          # inside how many <table>
        self.row = None
        self.cell = None        # [text parts, colspan, rowspan]
        self.block = None       # text of a heading or paragraph outside tables: a row of its own

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._end_block()
            self.depth += 1
        elif self.depth and tag == "tr":
            self._end_cell()
            self.row = self.grid.add_row()
        elif self.depth and tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row = self.grid.add_row()
            a = dict(attrs)
            self.cell = [[], _span(a.get("colspan")), _span(a.get("rowspan"))]
        elif tag == "br" and self.cell is not None:
            self.cell[0].append("\n")
        elif not self.depth and tag in _BLOCKS:
            self._end_block()
            self.block = []

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_cell()
            self.row = None
        elif tag == "table":
            self._end_cell()
            self.row = None
            self.depth = max(0, self.depth - 1)
        elif not self.depth and tag in _BLOCKS:
            self._end_block()

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0].append(data)
        elif self.block is not None:
            self.block.append(data)

    def _end_cell(self):
        if self.cell is not None and self.row is not None:
            parts, across, down = self.cell
            text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", "".join(parts)).strip()
            text = re.sub(r" *\n *", "\n", text)
            self.grid.put(self.row, text, across, down)
        self.cell = None

    def _end_block(self):
        if self.block is not None:
            text = re.sub(r"\s+", " ", "".join(self.block)).strip()
            if text:
                self.grid.put(self.grid.add_row(), text)
        self.block = None

    def close(self):
        super().close()
        self._end_cell()
        self._end_block()


def _span(value) -> int:
    try:
        return max(0, int(str(value).strip()) - 1)
    except (TypeError, ValueError):
        return 0


def html_rows(text: str) -> tuple[list[list], list]:
    """-> (rows of cell texts, merged ranges ((r0, c0), (r1, c1)) 0-based inclusive)."""
    parser = _HtmlTables()
    parser.feed(text)
    parser.close()
    parser.grid.fill_taken()
    return parser.grid.rows, parser.grid.merged


def _ss(element, name, default=None):
    return element.get(_SS + name, default)


def spreadsheetml_sheets(data: bytes) -> list[tuple[str, list[list], list]]:
    """Excel 2003 XML: [(sheet name, rows, merged ranges)]. Raises ValueError if it is not one."""
    root = ElementTree.fromstring(data)
    if root.tag != _SS + "Workbook":
        raise ValueError("not an XML Spreadsheet")
    sheets = []
    for ws in root.iter(_SS + "Worksheet"):
        grid = _Grid()
        table = ws.find(_SS + "Table")
        for row in (table.iter(_SS + "Row") if table is not None else ()):
            index = int(_ss(row, "Index", 0) or 0)
            while index and len(grid.rows) < index - 1:
                grid.add_row()
            r = grid.add_row()
            col = None
            for cell in row.findall(_SS + "Cell"):
                if _ss(cell, "Index"):
                    col = int(_ss(cell, "Index")) - 1
                data_el = cell.find(_SS + "Data")
                value = _value(data_el) if data_el is not None else ""
                col = grid.put(r, value, int(_ss(cell, "MergeAcross", 0) or 0), int(_ss(cell, "MergeDown", 0) or 0),
                               col=col)
        grid.fill_taken()
        sheets.append((_ss(ws, "Name") or f"Sheet{len(sheets) + 1}", grid.rows, grid.merged))
    return sheets


def _value(data):
    text = "".join(data.itertext())
    kind = _ss(data, "Type", "String")
    if kind == "Number":
        try:
            return float(text)
        except ValueError:
            return text
    if kind == "DateTime":
        try:
            return datetime.fromisoformat(text.rstrip("Z")[:19])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() == "1"
    return text
