# -*- coding: utf-8 -*-
"""Generate an independent corpus of Panzhihua enterprise talent-demand files
(企业人才需求表) plus truth.json, then re-open every file and verify the truth.

Run:  python3 make.py      (writes into the directory containing this script)
"""
import csv
import datetime as dt
import io
import json
import os
import sys

sys.path.insert(0, "/tmp/helperlibs2")  # xlwt / xlrd live here, not in the main env

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import xlsxwriter
import xlwt
import xlrd
from odf.opendocument import OpenDocumentSpreadsheet, load as odf_load
from odf.table import Table, TableRow, TableCell, CoveredTableCell, TableColumn
from odf.text import P
from odf import teletype

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date


class F(str):
    """A formula (written as formula where the format supports it)."""


# ---------------------------------------------------------------------------
# A format-neutral grid: rows of cell values, merges, and the truth rows.
# ---------------------------------------------------------------------------
class Grid:
    def __init__(self, name, col0=0):
        self.name = name
        self.col0 = col0          # leading empty columns (0 = start in column A)
        self.rows = []
        self.merges = []          # (r1, c1, r2, c2) 1-based, relative to col0
        self.truth = []
        self.header_rows = set()
        self.widths = {}

    def add(self, cells=(), demand=None, header=False):
        self.rows.append(list(cells))
        r = len(self.rows)
        if header:
            self.header_rows.add(r)
        if demand is not None:
            d = dict(demand)
            d["row"] = r
            self.truth.append(d)
        return r

    def blank(self):
        return self.add([])

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))

    def ncols(self):
        return max([len(r) for r in self.rows] + [c2 for (_, _, _, c2) in self.merges] + [1])

    def covered(self):
        """{(r,c): anchor (r1,c1)} for every non-anchor cell in a merge."""
        cov = {}
        for (r1, c1, r2, c2) in self.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        cov[(r, c)] = (r1, c1)
        return cov

    def cell(self, r, c):
        row = self.rows[r - 1]
        return row[c - 1] if c - 1 < len(row) else None


def dem(position, headcount, edu, title, deadline, location=None):
    return {"position": position, "headcount": headcount, "min_education": edu,
            "min_title_level": title, "deadline": deadline, "location": location}


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def write_openpyxl(path, grids, tweak=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for g in grids:
        ws = wb.create_sheet(g.name)
        cov = g.covered()
        for r, row in enumerate(g.rows, 1):
            for c, v in enumerate(row, 1):
                if v is None or (r, c) in cov:
                    continue
                cell = ws.cell(row=r, column=c + g.col0, value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = "yyyy-mm-dd"
                if isinstance(v, str) and "\n" in v:
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
                if r in g.header_rows:
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        for (r1, c1, r2, c2) in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1 + g.col0, end_row=r2, end_column=c2 + g.col0)
            ws.cell(row=r1, column=c1 + g.col0).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for c, w in g.widths.items():
            ws.column_dimensions[get_column_letter(c + g.col0)].width = w
        if tweak:
            tweak(ws, g)
    wb.save(path)


def write_xlsxwriter(path, grids, tweak=None):
    wb = xlsxwriter.Workbook(path)
    fdate = wb.add_format({"num_format": "yyyy\"年\"m\"月\"d\"日\"", "border": 1})
    fhead = wb.add_format({"bold": True, "text_wrap": True, "align": "center", "valign": "vcenter", "border": 1, "bg_color": "#DDEBF7"})
    fwrap = wb.add_format({"text_wrap": True, "valign": "vcenter", "border": 1})
    fcell = wb.add_format({"border": 1, "valign": "vcenter"})
    ftitle = wb.add_format({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
    for g in grids:
        ws = wb.add_worksheet(g.name)
        cov = g.covered()
        anchors = {(r1, c1): (r2, c2) for (r1, c1, r2, c2) in g.merges}
        for r, row in enumerate(g.rows, 1):
            for c, v in enumerate(row, 1):
                if (r, c) in cov:
                    continue
                if r in g.header_rows:
                    fmt = fhead
                elif r == 1 or (r, c) in anchors and (r, c)[0] < min(g.header_rows or {0}):
                    fmt = ftitle
                elif isinstance(v, str) and "\n" in v:
                    fmt = fwrap
                elif isinstance(v, (dt.date, dt.datetime)):
                    fmt = fdate
                else:
                    fmt = fcell
                R, C = r - 1, c - 1 + g.col0
                if (r, c) in anchors:
                    r2, c2 = anchors[(r, c)]
                    ws.merge_range(R, C, r2 - 1, c2 - 1 + g.col0, "" if v is None else v, fmt)
                    if isinstance(v, (dt.date, dt.datetime)):
                        ws.write_datetime(R, C, dt.datetime.combine(v, dt.time()) if type(v) is dt.date else v, fmt)
                    continue
                if v is None:
                    continue
                if isinstance(v, F):
                    ws.write_formula(R, C, v, fmt)
                elif isinstance(v, (dt.date, dt.datetime)):
                    ws.write_datetime(R, C, dt.datetime.combine(v, dt.time()) if type(v) is dt.date else v, fmt)
                elif isinstance(v, (int, float)):
                    ws.write_number(R, C, v, fmt)
                else:
                    ws.write_string(R, C, v, fmt)
        for c, w in g.widths.items():
            ws.set_column(c - 1 + g.col0, c - 1 + g.col0, w)
        if tweak:
            tweak(ws, g)
    wb.close()


def write_xlwt(path, grids):
    wb = xlwt.Workbook(encoding="utf-8")
    sdate = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin", num_format_str="yyyy-mm-dd")
    scell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    shead = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: wrap on, horiz centre, vert centre")
    stitle = xlwt.easyxf("font: bold on, height 320; align: horiz centre, vert centre")
    for g in grids:
        ws = wb.add_sheet(g.name)
        cov = g.covered()
        anchors = {(r1, c1): (r2, c2) for (r1, c1, r2, c2) in g.merges}
        first_head = min(g.header_rows) if g.header_rows else 999
        for r, row in enumerate(g.rows, 1):
            for c, v in enumerate(row, 1):
                if (r, c) in cov:
                    continue
                st = shead if r in g.header_rows else (stitle if r < first_head and (r, c) in anchors else scell)
                if isinstance(v, (dt.date, dt.datetime)):
                    st = sdate
                R, C = r - 1, c - 1 + g.col0
                if (r, c) in anchors:
                    r2, c2 = anchors[(r, c)]
                    ws.write_merge(R, r2 - 1, C, c2 - 1 + g.col0, "" if v is None else v, st)
                elif v is not None:
                    ws.write(R, C, v, st)
        for c, w in g.widths.items():
            ws.col(c - 1 + g.col0).width = 256 * w
    wb.save(path)


def write_ods(path, grids):
    doc = OpenDocumentSpreadsheet()
    for g in grids:
        t = Table(name=g.name)
        n = g.ncols() + g.col0
        t.addElement(TableColumn(numbercolumnsrepeated=n))
        cov = g.covered()
        anchors = {(r1, c1): (r2, c2) for (r1, c1, r2, c2) in g.merges}
        for r, row in enumerate(g.rows, 1):
            tr = TableRow()
            for _ in range(g.col0):
                tr.addElement(TableCell())
            width = max(len(row), max([c2 for (r1, c1, r2, c2) in g.merges if r1 <= r <= r2] + [0]))
            for c in range(1, width + 1):
                if (r, c) in cov:
                    tr.addElement(CoveredTableCell())
                    continue
                v = row[c - 1] if c - 1 < len(row) else None
                kw = {}
                if (r, c) in anchors:
                    r2, c2 = anchors[(r, c)]
                    kw["numbercolumnsspanned"] = c2 - c + 1
                    kw["numberrowsspanned"] = r2 - r + 1
                if v is None:
                    tc = TableCell(**kw)
                elif isinstance(v, bool):
                    raise TypeError
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v, **kw)
                    tc.addElement(P(text=str(v)))
                elif isinstance(v, (dt.date, dt.datetime)):
                    tc = TableCell(valuetype="date", datevalue=v.isoformat(), **kw)
                    tc.addElement(P(text=v.strftime("%Y-%m-%d")))
                else:
                    tc = TableCell(valuetype="string", **kw)
                    for line in str(v).split("\n"):
                        tc.addElement(P(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def csv_text(grid, delimiter=",", pad=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    n = grid.ncols()
    for row in grid.rows:
        vals = ["" if v is None else (v.isoformat() if isinstance(v, dt.date) else str(v)) for v in row]
        if pad:
            vals += [""] * (n - len(vals))
        w.writerow(vals)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Readers used for verification
# ---------------------------------------------------------------------------
def read_any(path, kind, enc=None, delim=","):
    """-> {sheet_name_or_None: {excel_row: [cell text, ...]}}"""
    out = {}
    if kind == "xlsx":
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            out[ws.title] = {r[0].row: ["" if c.value is None else str(c.value) for c in r]
                             for r in ws.iter_rows()}
    elif kind == "xls":
        bk = xlrd.open_workbook(path)
        for sh in bk.sheets():
            out[sh.name] = {i + 1: [str(v) for v in sh.row_values(i)] for i in range(sh.nrows)}
    elif kind == "ods":
        doc = odf_load(path)
        for t in doc.spreadsheet.getElementsByType(Table):
            rows, rn = {}, 0
            for tr in t.getElementsByType(TableRow):
                rep = int(tr.getAttribute("numberrowsrepeated") or 1)
                cells = []
                for tc in tr.childNodes:
                    if tc.qname[1] not in ("table-cell", "covered-table-cell"):
                        continue
                    crep = int(tc.getAttribute("numbercolumnsrepeated") or 1)
                    txt = "\n".join(teletype.extractText(p) for p in tc.getElementsByType(P))
                    cells += [txt] * min(crep, 200)
                for _ in range(min(rep, 1000)):
                    rn += 1
                    rows[rn] = cells
            out[t.getAttribute("name")] = rows
    elif kind == "csv":
        with open(path, encoding=enc, newline="") as fh:
            recs = list(csv.reader(fh, delimiter=delim))
        out[None] = {i + 1: r for i, r in enumerate(recs)}
    return out


# ===========================================================================
# The corpus
# ===========================================================================
FILES = []   # (filename, kind, enc, delim, expect, why, [(grid, enterprise)])


# ---------------------------------------------------------------------------
# 1. Steel group: one sheet per subsidiary + a summary sheet (openpyxl)
# ---------------------------------------------------------------------------
def steel():
    GROUP = "攀枝花钢城集团有限公司"
    HEAD = ["序号", "部门", "岗位类别", "岗位名称*", "需求\n人数", "学历（最低）", "学位要求",
            "专业要求", "专业技术职务", "到岗时间", "工作地点", "备注"]
    NOTE = "注：1.学历要求为最低学历要求，须为国家承认的学历；2.专业技术职务含同等级别执业资格；3.本表由各子公司人力资源部填报，集团人才办汇总。"

    def sub(sheet, ent, date_str, blocks, subtotal, extra_blank=False):
        g = Grid(sheet)
        g.widths = {1: 6, 2: 12, 3: 12, 4: 24, 5: 8, 6: 14, 7: 10, 8: 22, 9: 20, 10: 18, 11: 22, 12: 16}
        g.add([GROUP + "2026年度高层次及急需紧缺人才需求表"])
        g.merge(1, 1, 1, 12)
        g.add(["填报单位（盖章）：" + ent, None, None, None, None, None, None, None, "填报时间：" + date_str])
        g.merge(2, 1, 2, 6)
        if extra_blank:
            g.blank()
        g.add(HEAD, header=True)
        g.add(list(range(1, 13)), header=True)
        seq = 0
        for dept, items in blocks:
            start = len(g.rows) + 1
            for i, (cat, pos, n, edu, deg, major, title, when, loc, note, truth) in enumerate(items):
                seq += 1
                g.add([seq, dept if i == 0 else None, cat, pos, n, edu, deg, major, title, when, loc, note],
                      demand=truth)
            if len(items) > 1:
                g.merge(start, 2, start + len(items) - 1, 2)
        r = g.add(["小计", None, None, None, subtotal])
        g.merge(r, 1, r, 4)
        r = g.add([NOTE])
        g.merge(r, 1, r, 12)
        return g

    g1 = sub("钒钛新材料公司", "攀枝花钢城集团钒钛新材料有限公司", "2026年3月12日", [
        ("研发中心", [
            ("专业技术岗", "钒电解液研发工程师", 2, "研究生", "硕士", "化学工程与工艺、材料化学", "中级及以上", "2026年第二季度", "攀枝花市东区", None,
             dem("钒电解液研发工程师", 2, "硕士", "中级", "2026-06-30", "攀枝花市东区")),
            ("技术管理岗", "钛合金材料首席专家", 1, "博士", "博士", "材料科学与工程", "正高级工程师", "长期有效", "攀枝花市东区", "一人一策，待遇面议",
             dem("钛合金材料首席专家", 1, "博士", "正高", None, "攀枝花市东区")),
        ]),
        ("生产技术部", [
            ("专业技术岗", "熔盐氯化工艺工程师", "3名", "本科学历、学士学位", "学士", "化学工程、冶金工程", "工程师", "2026-9", "攀枝花市东区", None,
             dem("熔盐氯化工艺工程师", 3, "本科", "中级", "2026-09-30", "攀枝花市东区")),
            ("技能岗", "设备点检员", 5, "大专及以上", "不限", "机械、电气类", "不限", D(2026, 7, 1), "盐边县新九镇", "倒班",
             dem("设备点检员", 5, "大专", None, "2026-07-01", "盐边县新九镇")),
        ]),
        ("安全环保部", [
            ("管理岗", "安全环保主管", 1, "本科", "学士", "安全工程、环境工程", "中级职称或注册安全工程师", "即日起至2026年8月底", "攀枝花市东区", None,
             dem("安全环保主管", 1, "本科", "中级", "2026-08-31", "攀枝花市东区")),
        ]),
    ], 12)

    g2 = sub("炼钢厂", "攀枝花钢城集团炼钢有限公司", "2026年3月15日", [
        ("转炉车间", [
            ("专业技术岗", "转炉炼钢工艺工程师", 2, "本科", "学士", "冶金工程", "助理工程师及以上", "2026年6月", "攀枝花市东区弄弄坪", None,
             dem("转炉炼钢工艺工程师", 2, "本科", "初级", "2026-06-30", "攀枝花市东区弄弄坪")),
            ("技能岗", "炉前工（高级工）", "若干名", "中专及以上", "—", "冶金技术", "—", "长期有效", "攀枝花市东区弄弄坪", "持高级工证书",
             dem("炉前工（高级工）", None, None, None, None, "攀枝花市东区弄弄坪")),
        ]),
        ("连铸车间", [
            ("专业技术岗", "连铸设备工程师", "1～2", "本科", "学士", "机械工程", "中级", "2026年第三季度", "攀枝花市东区弄弄坪", None,
             dem("连铸设备工程师", 2, "本科", "中级", "2026-09-30", "攀枝花市东区弄弄坪")),
        ]),
        ("质检中心", [
            ("技能岗", "化验分析员", 3, "大专", "不限", "分析检验技术", "不限", "2026-9", "攀枝花市东区弄弄坪", None,
             dem("化验分析员", 3, "大专", None, "2026-09-30", "攀枝花市东区弄弄坪")),
        ]),
    ], "7+若干")

    g3 = sub("矿业公司", "攀枝花钢城集团矿业有限公司", "2026年3月18日", [
        ("采矿工程部", [
            ("专业技术岗", "采矿工程师", 2, "本科", "学士", "采矿工程", "中级", "2026年第二季度", "攀枝花市东区朱家包包", None,
             dem("采矿工程师", 2, "本科", "中级", "2026-06-30", "攀枝花市东区朱家包包")),
        ]),
        ("选矿厂", [
            ("专业技术岗", "选矿工艺工程师", 2, "硕士研究生及以上", "硕士", "矿物加工工程", "不限", "2026-9", "米易县白马镇", None,
             dem("选矿工艺工程师", 2, "硕士", None, "2026-09-30", "米易县白马镇")),
            ("专业技术岗", "尾矿库安全管理员", 1, "大专及以上", "—", "安全工程、水利水电", "初级及以上", "2026年7月", "米易县白马镇", None,
             dem("尾矿库安全管理员", 1, "大专", "初级", "2026-07-31", "米易县白马镇")),
        ]),
        ("地质测量部", [
            ("专业技术岗", "地质测量工程师", 1, "本科学历、学士学位", "学士", "测绘工程、地质工程", "中级职称或注册测绘师", "长期有效", "攀枝花市东区朱家包包", None,
             dem("地质测量工程师", 1, "本科", "中级", None, "攀枝花市东区朱家包包")),
        ]),
    ], 6, extra_blank=True)

    s = Grid("汇总")
    s.widths = {1: 6, 2: 22, 3: 12, 4: 12, 5: 10, 6: 10, 7: 20}
    s.add([GROUP + "2026年度人才需求汇总表"])
    s.merge(1, 1, 1, 7)
    s.add(["序号", "单位", "需求岗位数", "需求人数", "其中：博士", "其中：硕士", "备注"], header=True)
    s.add([1, "钒钛新材料公司", 5, 12, 1, 2, None])
    s.add([2, "炼钢厂", 4, "7+若干", 0, 0, "炉前工人数不定"])
    s.add([3, "矿业公司", 4, 6, 0, 2, None])
    r = s.add(["合计", None, 13, "25+若干", 1, 4, None])
    s.merge(r, 1, r, 2)
    s.add(["各单位明细见后附分表。"])

    path = os.path.join(OUT, "钢城集团2026年人才需求汇总.xlsx")
    write_openpyxl(path, [s, g1, g2, g3])
    FILES.append((os.path.basename(path), "xlsx", None, None, "import", None,
                  [(s, GROUP), (g1, "攀枝花钢城集团钒钛新材料有限公司"), (g2, "攀枝花钢城集团炼钢有限公司"),
                   (g3, "攀枝花钢城集团矿业有限公司")]))


# ---------------------------------------------------------------------------
# 2. Vanadium flow-battery maker (xlsxwriter), line-break headers, asterisks
# ---------------------------------------------------------------------------
def vanadium():
    ENT = "攀枝花钒能储能科技有限公司"
    g = Grid("人才需求")
    g.widths = {1: 5, 2: 22, 3: 7, 4: 10, 5: 16, 6: 10, 7: 8, 8: 14, 9: 16, 10: 16, 11: 46}
    g.add([ENT + "2026年人才需求计划"])
    g.merge(1, 1, 1, 11)
    g.add(["单位名称：" + ENT, None, None, None, None, "联系人：王女士", None, "电话：0812-6651234"])
    g.merge(2, 1, 2, 5)
    g.blank()
    g.add(["序号", "岗位名称*", "需求\n人数*", "学历\n要求*", "专业", "职称\n要求", "工作\n年限", "薪酬\n待遇",
           "到岗\n时间", "工作地点", "岗位职责及任职要求"], header=True)
    rows = [
        ("电堆结构设计工程师", 2, "本科及以上", "机械设计制造及其自动化", "不限", "3年以上", "年薪25-40万", "2026年第二季度", "攀枝花钒钛高新区",
         "1.负责全钒液流电池电堆结构设计与仿真；\n2.熟练使用SolidWorks、ANSYS。",
         dem("电堆结构设计工程师", 2, "本科", None, "2026-06-30", "攀枝花钒钛高新区")),
        ("电化学研发科学家", 1, "博士后", "电化学、物理化学", "副高及以上", "不限", "面议", "长期有效", "攀枝花钒钛高新区",
         "主持钒电解液及膜材料课题，有国家级项目经历者优先。",
         dem("电化学研发科学家", 1, "博士", "副高", None, "攀枝花钒钛高新区")),
        ("储能系统集成工程师", "1～2", "硕士", "电气工程及其自动化", "中级", "2年以上", "月薪10k-15k", "2026-9", "成都研发中心",
         "负责储能电站PCS、BMS与电池系统集成调试，需适应出差。",
         dem("储能系统集成工程师", 2, "硕士", "中级", "2026-09-30", "成都研发中心")),
        ("质量工程师（IQC）", "5名", "大专及以上", "材料、化工类", "不限", "1年以上", "月薪6k-8k", "即日起至2026年8月底", "攀枝花钒钛高新区",
         "来料检验、供应商质量管理。",
         dem("质量工程师（IQC）", 5, "大专", None, "2026-08-31", "攀枝花钒钛高新区")),
        ("销售经理（西南区域）", "若干名", "本科", "市场营销、电气类", "—", "3年以上", "面议", "2026年底", "成都/重庆",
         "负责西南区域工商业储能项目开拓。",
         dem("销售经理（西南区域）", None, "本科", None, "2026-12-31", "成都/重庆")),
    ]
    for i, (pos, n, edu, major, title, yrs, pay, when, loc, duty, truth) in enumerate(rows, 1):
        g.add([i, pos, n, edu, major, title, yrs, pay, when, loc, duty], demand=truth)
    r = g.add(["合计", None, "10+若干"])
    g.merge(r, 1, r, 2)
    r = g.add(["备注：有意者请将简历发送至 hr@vnstorage.example.cn，邮件标题注明“应聘岗位+姓名”。"])
    g.merge(r, 1, r, 11)

    def tweak(ws, g):
        ws.freeze_panes(4, 2)
        ws.set_row(3, 36)

    path = os.path.join(OUT, "攀枝花钒能储能科技有限公司_2026人才需求.xlsx")
    write_xlsxwriter(path, [g], tweak)
    FILES.append((os.path.basename(path), "xlsx", None, None, "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 3. County hospital (.xls) two-level header, merged 科室, no deadline column
# ---------------------------------------------------------------------------
def hospital():
    ENT = "米易县人民医院"
    g = Grid("引进计划")
    g.widths = {1: 10, 2: 10, 3: 22, 4: 8, 5: 18, 6: 8, 7: 14, 8: 22, 9: 18, 10: 12, 11: 22, 12: 16}
    g.add([ENT + "2026年公开考核招聘专业技术人员需求表"])
    g.merge(1, 1, 1, 12)
    g.add(["科室", "岗位编码", "岗位名称", "拟引进人数", "岗位条件", None, None, None, None, "年龄要求", "待遇", "备注"], header=True)
    g.add([None, None, None, None, "学历层次", "学位要求", "专业", "专业技术职务", "执业资格"], header=True)
    for c in (1, 2, 3, 4, 10, 11, 12):
        g.merge(2, c, 3, c)
    g.merge(2, 5, 2, 9)
    blocks = [
        ("内科", [
            ("2026001", "心血管内科医师", 2, "本科", "学士", "临床医学", "主治医师及以上", "执业医师", "40周岁以下", "安家费10万元，其余面议", None,
             dem("心血管内科医师", 2, "本科", "中级", None)),
            ("2026002", "呼吸与危重症医学科医师", 1, "研究生", "硕士", "内科学", "不限", "执业医师", "35周岁以下", "面议", "规培合格",
             dem("呼吸与危重症医学科医师", 1, "硕士", None, None)),
            ("2026003", "消化内科副主任医师", 1, "本科", "学士", "临床医学", "副高及以上专业技术职务", "执业医师", "50周岁以下", "年薪25-40万", None,
             dem("消化内科副主任医师", 1, "本科", "副高", None)),
        ]),
        ("外科", [
            ("2026004", "普外科医师", "1～2", "本科学历、学士学位", "学士", "临床医学", "中级", "执业医师", "40周岁以下", "面议", None,
             dem("普外科医师", 2, "本科", "中级", None)),
            ("2026005", "麻醉医师", 2, "大专及以上", "不限", "麻醉学、临床医学", "不限", "执业助理医师及以上", "35周岁以下", "面议", None,
             dem("麻醉医师", 2, "大专", None, None)),
        ]),
        ("医技科室", [
            ("2026006", "影像诊断医师", 1, "本科", "学士", "医学影像学", "初级及以上", "执业医师", "35周岁以下", "面议", "CT/MRI方向",
             dem("影像诊断医师", 1, "本科", "初级", None)),
            ("2026007", "临床药师", 1, "本科", "学士", "临床药学、药学", "中级及以上", "—", "40周岁以下", "面议", None,
             dem("临床药师", 1, "本科", "中级", None)),
        ]),
        ("护理部", [
            ("2026008", "护理岗", "5名", "大专及以上", "不限", "护理、护理学", "不限", "护士执业资格", "30周岁以下", "月薪5k-7k", "需值夜班",
             dem("护理岗", 5, "大专", None, None)),
        ]),
    ]
    for dept, items in blocks:
        start = len(g.rows) + 1
        for i, (code, pos, n, edu, deg, major, title, lic, age, pay, note, truth) in enumerate(items):
            g.add([dept if i == 0 else None, code, pos, n, edu, deg, major, title, lic, age, pay, note], demand=truth)
        if len(items) > 1:
            g.merge(start, 1, start + len(items) - 1, 1)
    r = g.add(["合计", None, None, "15"])
    g.merge(r, 1, r, 3)
    r = g.add(["说明：1.学历均为国家承认的全日制学历；2.年龄计算截至报名之日；3.联系电话：0812-8172000（人事科）。"])
    g.merge(r, 1, r, 12)
    path = os.path.join(OUT, "米易县人民医院2026年人才引进需求.xls")
    write_xlwt(path, [g])
    FILES.append((os.path.basename(path), "xls", None, None, "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 4. Vocational college (.ods) 岗位类别 + 岗位名称, a second notes sheet
# ---------------------------------------------------------------------------
def college():
    ENT = "攀枝花钒钛职业技术学院"
    g = Grid("2026年引进计划")
    g.add([ENT + "2026年高层次人才及专任教师引进计划表"])
    g.merge(1, 1, 1, 12)
    g.blank()
    g.add(["序号", "二级学院（部门）", "岗位类别", "岗位名称", "需求数量", "学历层次", "学位要求", "专业技术职务",
           "专业方向", "工作年限", "到岗时间", "联系人"], header=True)
    rows = [
        ("智能制造学院", "专任教师", "机械设计制造及自动化专业教师", 2, "研究生", "硕士", "不限", "机械工程", "不限", "2026-9", "张老师",
         dem("机械设计制造及自动化专业教师", 2, "硕士", None, "2026-09-30")),
        ("智能制造学院", "专任教师", "工业机器人技术专业带头人", 1, "本科", "学士", "副教授及以上", "控制科学与工程", "5年以上", "2026年8月", "张老师",
         dem("工业机器人技术专业带头人", 1, "本科", "副高", "2026-08-31")),
        ("钒钛冶金学院", "专任教师", "冶金技术专业教师", 2, "博士", "博士", "不限", "冶金工程、材料科学与工程", "不限", D(2026, 9, 1), "李老师",
         dem("冶金技术专业教师", 2, "博士", None, "2026-09-01")),
        ("医护学院", "专任教师", "护理专业教师", 3, "硕士研究生及以上", "硕士", "讲师及以上", "护理学", "2年以上", "2026-9", "陈老师",
         dem("护理专业教师", 3, "硕士", "中级", "2026-09-30")),
        ("学生工作处", "辅导员", "专职辅导员", "4名", "研究生", "硕士", "不限", "思想政治教育、心理学等", "不限", "2026年第三季度", "赵老师",
         dem("专职辅导员", 4, "硕士", None, "2026-09-30")),
        ("实训中心", "实验实训", "焊接实训指导教师", 1, "大专及以上", "不限", "不限", "焊接技术与自动化", "3年以上", "长期有效", "赵老师",
         dem("焊接实训指导教师", 1, "大专", None, None)),
    ]
    for i, (dept, cat, pos, n, edu, deg, title, major, yrs, when, who, truth) in enumerate(rows, 1):
        g.add([i, dept, cat, pos, n, edu, deg, title, major, yrs, when, who], demand=truth)
    g.add(["合计", None, None, None, 13])
    g.add(["注：持焊工高级技师证书者学历可放宽至中专。"])
    n = Grid("填表说明")
    n.add(["填表说明"])
    n.add(["1.“岗位类别”填写专任教师、辅导员、实验实训、管理等；"])
    n.add(["2.“岗位名称”填写具体引进岗位；"])
    n.add(["3.“到岗时间”请填写具体年月。"])
    path = os.path.join(OUT, "攀枝花钒钛职业技术学院人才需求计划.ods")
    write_ods(path, [g, n])
    FILES.append((os.path.basename(path), "ods", None, None, "import", None, [(g, ENT), (n, ENT)]))


# ---------------------------------------------------------------------------
# 5. 康养 resort: CSV UTF-8 with BOM, a requirements field with a line break
# ---------------------------------------------------------------------------
def resort():
    ENT = "攀枝花阳光花城康养旅游度假区管理有限公司"
    g = Grid(None)
    g.add([ENT + " 2026年人才需求"])
    g.blank()
    g.add(["岗位名称", "人数(人)", "学历", "工作经验", "薪资待遇", "到岗时间", "工作地点", "岗位要求"], header=True)
    rows = [
        ("康养中心主任", 1, "本科及以上", "5年以上", "年薪20-30万", "2026年第二季度", "仁和区", "具备医养结合机构管理经验，\n能组织“候鸟”康养团队接待。",
         dem("康养中心主任", 1, "本科", None, "2026-06-30", "仁和区")),
        ("康复治疗师", 3, "大专及以上", "不限", "月薪6k-9k", "长期有效", "仁和区", "持康复治疗士（师）证",
         dem("康复治疗师", 3, "大专", None, None, "仁和区")),
        ("营养师", 1, "本科", "2年以上", "面议", "2026-9", "仁和区", "",
         dem("营养师", 1, "本科", None, "2026-09-30", "仁和区")),
        ("酒店前厅经理", 1, "大专", "3年", "月薪8k-12k", "即日起至2026年8月底", "仁和区", "有星级酒店经验，普通话标准",
         dem("酒店前厅经理", 1, "大专", None, "2026-08-31", "仁和区")),
        ("旅游线路策划", 2, "本科", "不限", "面议", "2026年7月", "东区/仁和区", "熟悉攀西阳光康养旅游资源",
         dem("旅游线路策划", 2, "本科", None, "2026-07-31", "东区/仁和区")),
        ("餐饮服务员", "若干名", "高中及以上", "不限", "月薪3.5k-4.5k", "长期有效", "仁和区", "包食宿",
         dem("餐饮服务员", None, None, None, None, "仁和区")),
        ("健康管理师", "1～2", "本科", "1年以上", "月薪6k-8k", "2026年第三季度", "仁和区", "持健康管理师证书优先",
         dem("健康管理师", 2, "本科", None, "2026-09-30", "仁和区")),
    ]
    for (pos, n, edu, yrs, pay, when, loc, req, truth) in rows:
        g.add([pos, n, edu, yrs, pay, when, loc, req], demand=truth)
    g.add(["合计", "10+若干"])
    g.add(["联系人：李经理 0812-2900888"])
    path = os.path.join(OUT, "阳光康养度假区招聘需求.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(csv_text(g))
    FILES.append((os.path.basename(path), "csv", "utf-8-sig", ",", "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 6. Mango cooperative: CSV GB18030, count column first
# ---------------------------------------------------------------------------
def mango():
    ENT = "盐边县红格镇芒果种植专业合作社"
    g = Grid(None)
    g.add([ENT + "2026年用工及人才需求"])
    g.add(["需求人数", "岗位", "学历", "待遇", "到岗时间", "备注"], header=True)
    rows = [
        ("5名", "果树栽培技术员", "中专及以上", "月薪4500-6000元", "2026年第二季度", "农学、园艺相关，会修枝嫁接",
         dem("果树栽培技术员", 5, None, None, "2026-06-30")),
        (1, "电商运营主管", "大专及以上", "月薪6k-8k+提成", "2026-9", "负责抖音、淘宝店铺",
         dem("电商运营主管", 1, "大专", None, "2026-09-30")),
        ("若干名", "采摘季临时工", "不限", "日结150元", "2026年7月", "芒果采摘季",
         dem("采摘季临时工", None, None, None, "2026-07-31")),
        (1, "农产品冷链物流专员", "大专", "面议", "长期有效", "冷库温度≤5℃管理经验",
         dem("农产品冷链物流专员", 1, "大专", None, None)),
        (2, "植保无人机飞手", "高中及以上", "月薪5k-7k", "即日起至2026年8月底", "持CAAC执照",
         dem("植保无人机飞手", 2, None, None, "2026-08-31")),
        (1, "农业技术推广员", "本科", "面议", "2026年第三季度", "有农艺师职称者优先",
         dem("农业技术推广员", 1, "本科", None, "2026-09-30")),
    ]
    for (n, pos, edu, pay, when, note, truth) in rows:
        g.add([n, pos, edu, pay, when, note], demand=truth)
    g.add(["联系电话：13908141234（罗社长）"])
    path = os.path.join(OUT, "红格芒果合作社用工及人才需求.csv")
    with open(path, "w", encoding="gb18030", newline="") as fh:
        fh.write(csv_text(g, pad=False))
    FILES.append((os.path.basename(path), "csv", "gb18030", ",", "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 7. Titanium dioxide plant: semicolon CSV, salaries with thousands commas
# ---------------------------------------------------------------------------
def tio2():
    ENT = "攀枝花东钛化工有限公司"
    g = Grid(None)
    g.add(["序号", "部门", "岗位名称", "需求数量", "学历层次", "职称", "工作年限", "月薪（元）", "到岗时间", "工作地点"], header=True)
    rows = [
        ("硫酸法车间", "酸解工段技术员", 2, "大专及以上", "初级及以上", "1年以上", "5,500-7,000", "2026年第二季度", "攀枝花钒钛高新区",
         dem("酸解工段技术员", 2, "大专", "初级", "2026-06-30", "攀枝花钒钛高新区")),
        ("氯化法车间", "氯化工艺工程师", 2, "本科", "中级", "3年以上", "9,000-13,000", "2026-9", "攀枝花钒钛高新区",
         dem("氯化工艺工程师", 2, "本科", "中级", "2026-09-30", "攀枝花钒钛高新区")),
        ("研发中心", "钛白粉表面处理研究员", 1, "硕士", "不限", "不限", "面议", "长期有效", "攀枝花钒钛高新区",
         dem("钛白粉表面处理研究员", 1, "硕士", None, None, "攀枝花钒钛高新区")),
        ("环保部", "废酸回收工程师", 1, "本科学历、学士学位", "中级职称或注册工程师", "5年以上", "10,000-15,000", "即日起至2026年8月底", "攀枝花钒钛高新区",
         dem("废酸回收工程师", 1, "本科", "中级", "2026-08-31", "攀枝花钒钛高新区")),
        ("设备部", "仪表维修工", "3名", "中专及以上", "不限", "2年以上", "6,000-8,000", "2026年7月", "攀枝花钒钛高新区",
         dem("仪表维修工", 3, None, None, "2026-07-31", "攀枝花钒钛高新区")),
        ("销售部", "外贸业务员", "1～2", "本科", "不限", "不限", "面议", "2026年第三季度", "上海办事处",
         dem("外贸业务员", 2, "本科", None, "2026-09-30", "上海办事处")),
    ]
    for i, (dept, pos, n, edu, title, yrs, pay, when, loc, truth) in enumerate(rows, 1):
        g.add([i, dept, pos, n, edu, title, yrs, pay, when, loc], demand=truth)
    g.add([None, "合计", None, 11])
    g.add(["填报单位：" + ENT + "；联系人：周工；电话：0812-5558899"])
    path = os.path.join(OUT, "2026年人才需求表（东钛化工）.csv")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(csv_text(g, delimiter=";"))
    FILES.append((os.path.basename(path), "csv", "utf-8", ";", "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 8. Design institute (openpyxl): info block on top, unusual column order,
#    a position whose text is split over two lines of its cell
# ---------------------------------------------------------------------------
def design():
    ENT = "攀枝花钒钛冶金设计研究院有限公司"
    g = Grid("需求表")
    g.widths = {1: 20, 2: 22, 3: 20, 4: 14, 5: 10, 6: 10, 7: 10, 8: 14, 9: 20, 10: 30}
    g.add(["单位名称", ENT, None, "单位性质", "国有控股"])
    g.add(["所属行业", "工程勘察设计", None, "统一社会信用代码", "91510400MA6XXXXX0Q"])
    g.add(["联系人", "刘主任", None, "联系电话", "0812-3361122"])
    g.add(["单位地址", "攀枝花市炳草岗大道", None, "邮箱", "rlzy@pzdi.example.cn"])
    g.blank()
    g.add(["岗位名称", "专业技术职务", "执业资格", "学历层次（最低）", "学位要求", "工作年限", "需求数量(人)", "待遇",
           "到岗时间", "岗位说明"], header=True)
    rows = [
        ("冶金工艺设计\n主任工程师", "高级工程师", "注册冶金工程师优先", "本科", "学士", "10年以上", 1, "年薪25-40万", "2026年第二季度",
         "主持钒钛冶炼项目工艺设计",
         dem("冶金工艺设计\n主任工程师", 1, "本科", "副高", "2026-06-30")),
        ("岩土工程师", "中级职称或注册工程师", "注册土木工程师（岩土）", "研究生", "硕士", "5年以上", 2, "面议", "2026-9",
         "矿山边坡、尾矿库勘察设计",
         dem("岩土工程师", 2, "硕士", "中级", "2026-09-30")),
        ("给排水设计工程师", "工程师", "—", "本科学历、学士学位", "学士", "3年以上", "1～2", "月薪8k-12k", "即日起至2026年8月底",
         "工业给排水及水处理设计。\n能熟练使用AutoCAD、天正给排水。",
         dem("给排水设计工程师", 2, "本科", "中级", "2026-08-31")),
        ("BIM工程师", "不限", "—", "大专及以上", "不限", "2年以上", 2, "月薪6k-9k", "长期有效", "Revit建模",
         dem("BIM工程师", 2, "大专", None, None)),
        ("总图运输设计师", "助理工程师及以上", "—", "本科", "学士", "不限", 1, "面议", "2026年7月", "",
         dem("总图运输设计师", 1, "本科", "初级", "2026-07-31")),
        ("项目经理（EPC总承包）", "正高级工程师", "一级注册建造师", "本科", "学士", "15年以上", 1, "年薪40-60万", "2026年第四季度",
         "负责EPC项目全过程管理",
         dem("项目经理（EPC总承包）", 1, "本科", "正高", "2026-12-31")),
    ]
    for (pos, title, lic, edu, deg, yrs, n, pay, when, note, truth) in rows:
        g.add([pos, title, lic, edu, deg, yrs, n, pay, when, note], demand=truth)
    first = g.truth[0]["row"]
    g.add(["合计", None, None, None, None, None, F("=SUM(G%d:G%d)" % (first, first + len(rows) - 1))])
    r = g.add(["注：“需求数量”为区间的按上限统计；本院提供人才公寓。"])
    g.merge(r, 1, r, 10)

    def tweak(ws, g):
        ws.row_dimensions[first].height = 32
        for r in range(1, 5):
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=4).font = Font(bold=True)

    path = os.path.join(OUT, "设计院2026年人才需求.xlsx")
    write_openpyxl(path, [g], tweak)
    FILES.append((os.path.basename(path), "xlsx", None, None, "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 9. Logistics park (xlsxwriter): table starts at B5, count/date before position
# ---------------------------------------------------------------------------
def logistics():
    ENT = "攀枝花国际陆港物流园区运营管理有限公司"
    g = Grid("Sheet1", col0=1)
    g.widths = {1: 10, 2: 20, 3: 24, 4: 18, 5: 16, 6: 14, 7: 20}
    g.blank()
    g.blank()
    g.add([ENT + "人才需求信息"])
    g.merge(3, 1, 3, 7)
    g.blank()
    g.add(["需求人数", "到岗时间", "岗位名称", "学历", "职称", "待遇", "工作地点"], header=True)
    rows = [
        (4, D(2026, 7, 15), "叉车司机", "不限", "不限", "月薪5k-7k", "仁和区陆港物流园",
         dem("叉车司机", 4, None, None, "2026-07-15", "仁和区陆港物流园")),
        (1, "2026年第二季度", "物流信息系统工程师", "本科", "中级", "月薪8k-12k", "仁和区陆港物流园",
         dem("物流信息系统工程师", 1, "本科", "中级", "2026-06-30", "仁和区陆港物流园")),
        (2, "2026-9", "多式联运调度员", "大专及以上", "不限", "面议", "仁和区陆港物流园",
         dem("多式联运调度员", 2, "大专", None, "2026-09-30", "仁和区陆港物流园")),
        ("若干名", "长期有效", "仓储管理员", "中专及以上", "不限", "月薪4.5k-6k", "仁和区陆港物流园",
         dem("仓储管理员", None, None, None, None, "仁和区陆港物流园")),
        (1, "即日起至2026年8月底", "冷链物流经理", "本科学历、学士学位", "中级经济师及以上", "年薪15-20万", "仁和区陆港物流园",
         dem("冷链物流经理", 1, "本科", "中级", "2026-08-31", "仁和区陆港物流园")),
        (1, "2026年10月", "铁路专用线运营主管", "本科", "高级工程师", "面议", "攀枝花南站货场",
         dem("铁路专用线运营主管", 1, "本科", "副高", "2026-10-31", "攀枝花南站货场")),
    ]
    for (n, when, pos, edu, title, pay, loc, truth) in rows:
        g.add([n, when, pos, edu, title, pay, loc], demand=truth)
    g.blank()
    g.add(["合计：9人（不含若干名）"])

    def tweak(ws, g):
        hr = min(g.header_rows)
        ws.autofilter(hr - 1, 1, hr - 1 + 6, 7)
        ws.freeze_panes(hr, 0)

    path = os.path.join(OUT, "陆港物流园区_人才需求.xlsx")
    write_xlsxwriter(path, [g], tweak)
    FILES.append((os.path.basename(path), "xlsx", None, None, "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 10. Water utility (.xls): government form with 附件 line and column-number row
# ---------------------------------------------------------------------------
def water():
    ENT = "攀枝花市水务（集团）有限公司"
    g = Grid("需求统计表")
    g.widths = {1: 6, 2: 14, 3: 22, 4: 8, 5: 18, 6: 20, 7: 20, 8: 14, 9: 18, 10: 14}
    g.add(["附件2"])
    g.add(["2026年攀枝花市急需紧缺人才需求统计表"])
    g.merge(2, 1, 2, 10)
    g.add(["填报单位（盖章）：" + ENT + "          填报人：          联系电话："])
    g.merge(3, 1, 3, 10)
    g.add(["序号", "部门", "岗位名称", "需求人数", "学历（学位）要求", "专业要求", "职称要求", "岗位待遇", "拟到岗时间", "备注"], header=True)
    g.add(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], header=True)
    blocks = [
        ("生产技术部", [
            ("给水工艺工程师", 1, "本科学历、学士学位", "给排水科学与工程", "中级职称或注册工程师", "面议", "2026年第二季度", None,
             dem("给水工艺工程师", 1, "本科", "中级", "2026-06-30")),
            ("污水处理工艺工程师", 2, "研究生（硕士）", "环境工程、市政工程", "不限", "月薪8k-12k", "2026-9", None,
             dem("污水处理工艺工程师", 2, "硕士", None, "2026-09-30")),
        ]),
        ("水质检测中心", [
            ("水质检验员", 2, "大专及以上", "化学、环境监测", "初级及以上", "月薪5k-7k", "2026年7月", None,
             dem("水质检验员", 2, "大专", "初级", "2026-07-31")),
            ("微生物检测工程师", 1, "硕士研究生", "微生物学", "不限", "面议", "即日起至2026年8月底", "CMA实验室",
             dem("微生物检测工程师", 1, "硕士", None, "2026-08-31")),
        ]),
        ("信息中心", [
            ("智慧水务软件工程师", "1～2", "本科", "计算机类", "不限", "月薪8k-12k", "长期有效", None,
             dem("智慧水务软件工程师", 2, "本科", None, None)),
        ]),
        ("管网管理所", [
            ("管网维修工", "若干名", "中专及以上", "不限", "不限", "月薪4k-6k", "长期有效", "需值班抢修",
             dem("管网维修工", None, None, None, None)),
        ]),
    ]
    seq = 0
    for dept, items in blocks:
        start = len(g.rows) + 1
        for i, (pos, n, edu, major, title, pay, when, note, truth) in enumerate(items):
            seq += 1
            g.add([seq, dept if i == 0 else None, pos, n, edu, major, title, pay, when, note], demand=truth)
        if len(items) > 1:
            g.merge(start, 2, start + len(items) - 1, 2)
    r = g.add(["合计", None, None, "8+若干"])
    g.merge(r, 1, r, 3)
    g.add(["注：1.“需求人数”为区间的按上限填写；2.本表请于2026年4月10日前报市人才工作领导小组办公室。"])
    g.merge(len(g.rows), 1, len(g.rows), 10)
    path = os.path.join(OUT, "市水务集团人才需求表.xls")
    write_xlwt(path, [g])
    FILES.append((os.path.basename(path), "xls", None, None, "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 11. Software company: plain UTF-8 CSV (no BOM) exported from an HR system;
#     the company name is a column, no title row
# ---------------------------------------------------------------------------
def software():
    ENT = "攀枝花云钛数字科技有限公司"
    g = Grid(None)
    g.add(["职位", "部门", "人数", "学历要求", "经验", "薪资范围", "截止日期", "工作城市", "公司"], header=True)
    rows = [
        ("Java后端开发工程师", "研发部", 3, "本科", "3-5年", "月薪8k-12k", "2026-06-30", "攀枝花",
         dem("Java后端开发工程师", 3, "本科", None, "2026-06-30", "攀枝花")),
        ("前端开发工程师", "研发部", 2, "大专及以上", "1-3年", "月薪7k-10k", "2026-9", "攀枝花",
         dem("前端开发工程师", 2, "大专", None, "2026-09-30", "攀枝花")),
        ("算法工程师（工业视觉）", "研发部", 1, "硕士", "不限", "年薪25-40万", "2026年第三季度", "成都",
         dem("算法工程师（工业视觉）", 1, "硕士", None, "2026-09-30", "成都")),
        ("测试工程师", "质量部", "1～2", "本科", "1年以上", "月薪6k-9k", "长期有效", "攀枝花",
         dem("测试工程师", 2, "本科", None, None, "攀枝花")),
        ("实施顾问", "交付部", "若干名", "大专", "不限", "面议", "即日起至2026年8月底", "攀枝花/西昌",
         dem("实施顾问", None, "大专", None, "2026-08-31", "攀枝花/西昌")),
        ("技术总监", "总经办", 1, "本科学历、学士学位", "10年以上", "面议", "2026/7/31", "攀枝花",
         dem("技术总监", 1, "本科", None, "2026-07-31", "攀枝花")),
    ]
    for (pos, dept, n, edu, yrs, pay, when, city, truth) in rows:
        g.add([pos, dept, n, edu, yrs, pay, when, city, ENT], demand=truth)
    path = os.path.join(OUT, "yunti_hiring_export_2026.csv")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(csv_text(g).replace("\r\n", "\n"))
    FILES.append((os.path.basename(path), "csv", "utf-8", ",", "import", None, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 12. Kindergarten group (.ods): one sheet per campus + summary sheet
# ---------------------------------------------------------------------------
def kindergarten():
    ENT = "攀枝花市第一幼儿园教育集团"
    HEAD = ["岗位类别", "岗位名称", "人数", "学历", "资格证书", "职称", "到岗时间", "备注"]

    def campus(name, items, subtotal):
        g = Grid(name)
        g.add([ENT + "（" + name + "）2026年教职工需求表"])
        g.merge(1, 1, 1, 8)
        g.add(HEAD, header=True)
        for it in items:
            g.add(list(it[:-1]), demand=it[-1])
        g.add(["小计", None, subtotal])
        return g

    a = campus("炳草岗园区", [
        ("教师岗", "学前教育教师", 3, "大专及以上", "幼儿园教师资格证", "不限", "2026-9", None,
         dem("学前教育教师", 3, "大专", None, "2026-09-30")),
        ("教师岗", "音乐教师", 1, "本科", "幼儿园教师资格证", "不限", "2026年8月", "钢琴、声乐",
         dem("音乐教师", 1, "本科", None, "2026-08-31")),
        ("保健岗", "保健医", 1, "大专", "执业医师或护士执业证书", "初级", "2026年第三季度", None,
         dem("保健医", 1, "大专", "初级", "2026-09-30")),
    ], 5)
    b = campus("金江园区", [
        ("教师岗", "学前教育教师", 2, "大专及以上", "幼儿园教师资格证", "不限", "2026-9", None,
         dem("学前教育教师", 2, "大专", None, "2026-09-30")),
        ("管理岗", "保教主任", 1, "本科", "幼儿园教师资格证", "一级教师及以上", "即日起至2026年8月底", "5年以上保教经验",
         dem("保教主任", 1, "本科", "中级", "2026-08-31")),
        ("后勤岗", "保育员", "若干名", "中专及以上", "保育员证", "不限", "长期有效", None,
         dem("保育员", None, None, None, None)),
    ], "3+若干")
    c = campus("仁和园区", [
        ("教师岗", "英语教师", 1, "本科学历、学士学位", "幼儿园教师资格证", "不限", "2026-9", None,
         dem("英语教师", 1, "本科", None, "2026-09-30")),
        ("教师岗", "学前教育教师", "1～2", "大专", "幼儿园教师资格证", "不限", "2026年第二季度", None,
         dem("学前教育教师", 2, "大专", None, "2026-06-30")),
        ("教师岗", "体育教师", 1, "本科", "教师资格证", "不限", "2026-9", "男性优先",
         dem("体育教师", 1, "本科", None, "2026-09-30")),
    ], 4)
    s = Grid("汇总")
    s.add([ENT + "2026年教职工需求汇总"])
    s.merge(1, 1, 1, 4)
    s.add(["园区", "需求人数", "其中：教师", "备注"], header=True)
    s.add(["炳草岗园区", 5, 4, None])
    s.add(["金江园区", "3+若干", 2, "保育员人数待定"])
    s.add(["仁和园区", 4, 4, None])
    s.add(["合计", "12+若干", 10, None])
    path = os.path.join(OUT, "一幼教育集团各园区需求.ods")
    write_ods(path, [s, a, b, c])
    FILES.append((os.path.basename(path), "ods", None, None, "import", None,
                  [(s, ENT), (a, ENT), (b, ENT), (c, ENT)]))


# ---------------------------------------------------------------------------
# 13. REJECT: a demand row with everything but the position filled in
# ---------------------------------------------------------------------------
BLANK_POS_ROW = {}


def reject_blank_position():
    ENT = "攀枝花恒信建材有限公司"
    g = Grid("需求")
    g.add([ENT + "人才需求表"])
    g.merge(1, 1, 1, 7)
    g.add(["序号", "岗位名称", "需求人数", "学历", "职称", "到岗时间", "待遇"], header=True)
    g.add([1, "混凝土试验员", 2, "大专", "初级", "2026-9", "面议"])
    r = g.add([2, None, 3, "本科", "中级", "2026年第二季度", "月薪6k-8k"])
    BLANK_POS_ROW["row"] = r
    g.add([3, "机修工", 1, "中专及以上", "不限", "长期有效", "面议"])
    g.add(["合计", None, 6])
    path = os.path.join(OUT, "恒信建材人才需求.xlsx")
    write_openpyxl(path, [g])
    why = ("Sheet '需求' row %d is a demand row (序号 2, 需求人数 3, 学历 本科, 职称 中级, 到岗时间 2026年第二季度, 待遇 filled) "
           "but its 岗位名称 cell is empty; a demand without a position cannot be recorded, so the whole file should be refused "
           "and sent back to the enterprise rather than partially imported." % r)
    FILES.append((os.path.basename(path), "xlsx", None, None, "reject", why, [(g, ENT)]))


# ---------------------------------------------------------------------------
# 14. REJECT: truncated / corrupted .xlsx (broken zip)
# ---------------------------------------------------------------------------
def reject_corrupt():
    ENT = "攀枝花金沙江旅游开发有限公司"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "需求"
    ws.append([ENT + "人才需求表"])
    ws.append(["岗位名称", "需求人数", "学历", "到岗时间"])
    ws.append(["导游", 3, "大专", "2026-9"])
    ws.append(["景区运营经理", 1, "本科", "2026年第二季度"])
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    path = os.path.join(OUT, "金沙江旅游开发公司需求表.xlsx")
    with open(path, "wb") as fh:
        fh.write(data[: int(len(data) * 0.55)])   # cut off mid-stream: central directory missing
    why = "File is a truncated .xlsx: the zip archive ends mid-stream (no central directory), so no worksheet can be read; nothing can be imported."
    FILES.append((os.path.basename(path), "xlsx", None, None, "reject", why, []))


# ===========================================================================
def main():
    for fn in (steel, vanadium, hospital, college, resort, mango, tio2, design, logistics, water,
               software, kindergarten, reject_blank_position, reject_corrupt):
        fn()

    truth = []
    for (fname, kind, enc, delim, expect, why, grids) in FILES:
        demands = []
        if expect == "import":
            for g, ent in grids:
                for d in g.truth:
                    demands.append({"sheet": g.name, "row": d["row"], "enterprise": ent,
                                    "position": d["position"], "headcount": d["headcount"],
                                    "min_education": d["min_education"], "min_title_level": d["min_title_level"],
                                    "deadline": d["deadline"], "location": d["location"]})
        obj = {"file": fname, "expect": expect}
        if why:
            obj["why"] = why
        obj["demands"] = demands
        truth.append(obj)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)

    # ---------------- verification: reopen every file ----------------
    total, errors = 0, []
    EDU = {None, "大专", "本科", "硕士", "博士"}
    TITLE = {None, "初级", "中级", "副高", "正高"}
    for (fname, kind, enc, delim, expect, why, grids), t in zip(FILES, truth):
        path = os.path.join(OUT, fname)
        if fname == "金沙江旅游开发公司需求表.xlsx":
            try:
                openpyxl.load_workbook(path)
                errors.append("corrupt file opened unexpectedly")
            except Exception:
                pass
            continue
        data = read_any(path, kind, enc, delim)
        if expect == "reject" and BLANK_POS_ROW:
            row = data["需求"][BLANK_POS_ROW["row"]]
            if row[1] != "" or row[2] == "":
                errors.append("blank-position row not as intended: %r" % row)
        keys = {(d["sheet"], d["row"]) for d in t["demands"]}
        if len(keys) != len(t["demands"]):
            errors.append("%s: duplicate rows" % fname)
        for d in t["demands"]:
            total += 1
            rows = data.get(d["sheet"])
            if rows is None:
                errors.append("%s: sheet %r missing" % (fname, d["sheet"]))
                continue
            cells = [c.strip() for c in rows.get(d["row"], [])]
            if d["position"] not in cells:
                errors.append("%s!%s row %d: %r not in %r" % (fname, d["sheet"], d["row"], d["position"], cells))
            if d["min_education"] not in EDU or d["min_title_level"] not in TITLE:
                errors.append("%s: bad enum %r" % (fname, d))
            if d["deadline"]:
                dt.date.fromisoformat(d["deadline"])
        # no non-truth row in a demand sheet may contain a truth position of that sheet
        for g, ent in grids:
            pos = {d["position"] for d in g.truth}
            for rn, cells in data.get(g.name, {}).items():
                if (g.name, rn) not in keys and pos & {c.strip() for c in cells}:
                    errors.append("%s!%s row %d has a position but is not in truth" % (fname, g.name, rn))
    n_imp = sum(1 for t in truth if t["expect"] == "import")
    print("files: %d (%d import, %d reject); demand rows: %d" % (len(truth), n_imp, len(truth) - n_imp, total))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("verification OK")


if __name__ == "__main__":
    main()
