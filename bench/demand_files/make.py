#!/usr/bin/env python3
"""Generate a blind corpus of messy 企业人才需求表 files for Panzhihua + truth.json.

All employers are fictional. Run: python3 make.py  (writes into the folder of this script)
"""
import sys, os, csv, io, json, re, random, datetime as dt
sys.path.insert(0, '/tmp/helperlibs')
import xlwt
import xlsxwriter
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date

# ---------------------------------------------------------------- normalisers
EDU = {
    "本科及以上": "本科", "硕士研究生及以上": "硕士", "全日制本科": "本科", "博士": "博士",
    "大专以上": "大专", "不限": None, "本科（硕士优先）": "本科", "本科": "本科",
    "Master or above": "硕士", "Bachelor's degree or above": "本科", "PhD": "博士",
    "Bachelor": "本科", "Associate degree or above": "大专", "Bachelor's degree": "本科",
}
TITLE = {
    "中级及以上": "中级", "副高级职称": "副高", "高级工程师": "副高", "正高": "正高",
    "无要求": None, "不限": None, "初级及以上": "初级", "中级": "中级", "初级": "初级",
    "副高及以上": "副高",
    # medical
    "主治医师及以上": "中级", "副主任医师及以上": "副高", "住院医师及以上": "初级", "护师及以上": "初级",
    # teachers (中小学教师职称)
    "一级教师及以上": "中级", "二级教师及以上": "初级", "高级教师": "副高",
    # English
    "Intermediate or above": "中级", "Senior Engineer": "副高", "N/A": None,
    "Not required": None, "None": None,
}
HC = {"3人": 3, "2人": 2, "5人": 5, "若干": None, "2-3": 3, "１": 1, "２": 2, "１０": 10}


def norm_hc(v):
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return int(v)
    if re.fullmatch(r"[0-9]+", v):
        return int(v)
    return HC[v]


def norm_edu(v):
    return None if v is None else EDU[v]


def norm_title(v):
    return None if v is None else TITLE[v]


def norm_date(v):
    if v is None:
        return None
    if isinstance(v, dt.date):
        return v.isoformat()
    if v in ("长期", "Long-term"):
        return None
    for pat in ("%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日", "%Y.%m.%d", "%d %b %Y"):
        try:
            return dt.datetime.strptime(v, pat).date().isoformat()
        except ValueError:
            pass
    raise ValueError(v)


# ---------------------------------------------------------------- USCC (GB 32100)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def org_code(body8):  # GB 11714
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(ch) * wi for ch, wi in zip(body8, w)) % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


_rnd = random.Random(20260312)


def make_uscc(prefix2, area6):
    body = "".join(_rnd.choice("0123456789") for _ in range(8))
    f17 = prefix2 + area6 + org_code(body)
    return f17 + uscc_check(f17)


def uscc_valid(code):
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


def corrupt_uscc(code):
    bad = USCC_CHARS[(USCC_CHARS.index(code[17]) + 7) % 31]
    out = code[:17] + bad
    assert not uscc_valid(out)
    return out


# ---------------------------------------------------------------- sheet model
class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.merges = []   # (r1, c1, r2, c2) 1-based
        self.demands = []
        self.widths = {}

    def raw(self, *cells):
        self.rows.append(list(cells))
        return len(self.rows)

    def blank(self):
        self.rows.append([])

    def demand(self, cells, m, kw, ent=None, **extra):
        """m maps field -> column index of cells."""
        self.rows.append(list(cells))
        r = len(self.rows)
        g = lambda k: cells[m[k]] if k in m else None
        d = {
            "sheet": self.name, "row": r,
            "enterprise": ent if ent is not None else g("ent"),
            "position": g("pos"),
            "headcount": norm_hc(g("hc")),
            "min_education": norm_edu(g("edu")),
            "min_title_level": norm_title(g("title")),
            "deadline": norm_date(g("dl")),
            "location": g("loc"),
            "keywords": kw,
        }
        if "uscc" in m or "uscc" in extra:
            d["uscc"] = extra.pop("uscc", None) or g("uscc")
        d.update(extra)
        assert d["enterprise"] and d["position"], d
        self.demands.append(d)
        return r

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


TRUTH = []


def record(fname, sheets, expect="import", why=None, csv_like=False, **extra):
    demands = []
    for s in sheets:
        for d in s.demands:
            d = dict(d)
            if csv_like:
                d["sheet"] = None
            demands.append(d)
    ent = {"file": fname, "expect": expect}
    if why:
        ent["why"] = why
    ent.update(extra)
    ent["demands"] = demands
    TRUTH.append(ent)


# ---------------------------------------------------------------- writers
def write_xlsx(path, sheets, date_fmt="yyyy-mm-dd", title_rows=()):
    wb = Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s.name)
        for ri, row in enumerate(s.rows, 1):
            for ci, v in enumerate(row, 1):
                if v is None:
                    continue
                c = ws.cell(ri, ci, v)
                if isinstance(v, dt.date):
                    c.number_format = date_fmt
                if isinstance(v, str) and "\n" in v:
                    c.alignment = Alignment(wrap_text=True, vertical="center")
        for (r1, c1, r2, c2) in s.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(r1, c1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for col, w in s.widths.items():
            ws.column_dimensions[col].width = w
        for r in title_rows:
            if ws.cell(r, 1).value:
                ws.cell(r, 1).font = Font(bold=True, size=14)
    wb.save(path)


def write_xlsx_xw(path, sheets, date_fmt="yyyy/m/d"):
    wb = xlsxwriter.Workbook(path)
    fdate = wb.add_format({"num_format": date_fmt})
    fwrap = wb.add_format({"text_wrap": True, "valign": "vcenter"})
    fmerge = wb.add_format({"bold": True, "font_size": 14, "align": "center", "valign": "vcenter"})
    fhead = wb.add_format({"bold": True, "border": 1, "bg_color": "#DDEBF7"})
    for s in sheets:
        ws = wb.add_worksheet(s.name)
        covered = set()
        for (r1, c1, r2, c2) in s.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    covered.add((r, c))
        for ri, row in enumerate(s.rows, 1):
            for ci, v in enumerate(row, 1):
                if v is None or (ri, ci) in covered:
                    continue
                if isinstance(v, dt.date):
                    ws.write_datetime(ri - 1, ci - 1, dt.datetime(v.year, v.month, v.day), fdate)
                elif isinstance(v, str) and "\n" in v:
                    ws.write_string(ri - 1, ci - 1, v, fwrap)
                elif isinstance(v, str):
                    ws.write_string(ri - 1, ci - 1, v, fhead if getattr(s, "header_row", 0) == ri else None)
                else:
                    ws.write_number(ri - 1, ci - 1, v)
        for (r1, c1, r2, c2) in s.merges:
            v = s.rows[r1 - 1][c1 - 1] if c1 - 1 < len(s.rows[r1 - 1]) else None
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v or "", fmerge)
        for col, w in s.widths.items():
            ws.set_column(f"{col}:{col}", w)
    wb.close()


def write_csv(path, sheet, encoding, delimiter=",", ncols=None):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    n = ncols or max(len(r) for r in sheet.rows)
    for row in sheet.rows:
        row = [("" if v is None else v) for v in row]
        row = row + [""] * (n - len(row)) if row or delimiter == "," else row
        w.writerow(row)
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


def write_xls(path, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    sdate = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    stitle = xlwt.easyxf("font: bold on, height 280; align: horiz center")
    for s in sheets:
        ws = wb.add_sheet(s.name)
        covered = {}
        for (r1, c1, r2, c2) in s.merges:
            covered[(r1, c1)] = (r1, c1, r2, c2)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    covered.setdefault((r, c), None)
        for ri, row in enumerate(s.rows, 1):
            for ci, v in enumerate(row, 1):
                if (ri, ci) in covered:
                    mr = covered[(ri, ci)]
                    if mr:
                        ws.write_merge(mr[0] - 1, mr[2] - 1, mr[1] - 1, mr[3] - 1, v or "", stitle)
                    continue
                if v is None:
                    continue
                if isinstance(v, dt.date):
                    ws.write(ri - 1, ci - 1, dt.datetime(v.year, v.month, v.day), sdate)
                else:
                    ws.write(ri - 1, ci - 1, v)
        for col, wdt in s.widths.items():
            ws.col(ord(col) - 65).width = wdt * 256
    wb.save(path)


def write_ods(path, sheets):
    doc = OpenDocumentSpreadsheet()
    for s in sheets:
        t = Table(name=s.name)
        n = max(len(r) for r in s.rows)
        t.addElement(TableColumn(numbercolumnsrepeated=n))
        for row in s.rows:
            tr = TableRow()
            if not row:
                tr.addElement(TableCell())
            for v in row:
                if v is None:
                    tc = TableCell()
                elif isinstance(v, dt.date):
                    tc = TableCell(valuetype="date", datevalue=v.isoformat())
                    tc.addElement(P(text=v.isoformat()))
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string")
                    for line in v.split("\n"):
                        tc.addElement(P(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(path)


def instructions_sheet(name="填表说明"):
    s = Sheet(name)
    s.raw("填表说明")
    s.raw("1. 岗位名称请填写具体岗位，不要只填写部门名称；")
    s.raw("2. 需求人数请填写阿拉伯数字，人数不确定的可填写“若干”；")
    s.raw("3. 学历要求请填写最低学历（大专/本科/硕士研究生/博士研究生）；")
    s.raw("4. 职称要求填写初级/中级/副高级/正高级，无要求的填写“无要求”；")
    s.raw("5. 截止日期格式为YYYY-MM-DD，长期有效的请填写“长期”；")
    s.raw("6. 本表请于2026年3月31日前报送市人才工作领导小组办公室（市委组织部人才科）。")
    s.widths = {"A": 80}
    return s


# ============================================================== FILE 01 钒钛 xlsx
def f01():
    fn = "01_华钒新材料_2026年度人才需求计划表.xlsx"
    E = "攀枝花华钒新材料股份有限公司"
    s = Sheet("需求计划")
    s.raw(f"{E}2026年度人才需求计划表"); s.merge(1, 1, 1, 9)
    s.raw("填报日期：2026年3月", None, None, None, None, None, "填报部门：人力资源部")
    s.raw("序号", "岗位名称", "需求人数", "学历要求", "专业要求", "职称要求", "工作地点", "截止日期", "岗位职责")
    m = dict(pos=1, hc=2, edu=3, title=5, loc=6, dl=7)
    s.demand([1, "钒电解液工艺工程师", "3", "本科及以上", "化学工程与工艺、应用化学等相关专业", "中级及以上", "攀枝花市东区", "2026-06-30", "负责钒电解液制备工艺优化及生产线技术支持"], m, ["钒电解液", "化学工程与工艺", "应用化学"], ent=E)
    s.demand([2, "冶金工程师（提钒方向）", "2-3", "硕士研究生及以上", "冶金工程、材料科学与工程等相关专业", "无要求", "攀枝花市西区", "2026/6/30", "从事转炉提钒、钒渣焙烧浸出等工艺研究"], m, ["冶金工程", "材料科学与工程", "提钒"], ent=E)
    s.demand([3, "钛合金材料研发工程师", "2人", "博士", "材料科学与工程/金属材料", "副高级职称", "攀枝花市东区", "2026年6月30日", "开展钛合金熔炼、加工及性能研究"], m, ["钛合金", "材料科学与工程", "金属材料"], ent=E)
    s.blank()
    s.demand([4, "设备电气工程师", 4, "全日制本科", "电气工程及其自动化", "初级及以上", "仁和区", "2026.06.30", "负责厂区供配电系统及电气设备维护"], m, ["电气工程及其自动化"], ent=E)
    s.demand([5, "安全环保主管", 1, "本科（硕士优先）", "安全工程、环境工程", "中级", "东区", "长期", "负责公司安全生产与环保管理体系运行"], m, ["安全工程", "环境工程"], ent=E)
    s.demand([6, "化验分析员", "若干", "大专以上", "分析化学、工业分析", "不限", "东区", "长期", "原料及产品化学成分分析"], m, ["分析化学", "工业分析"], ent=E)
    s.blank()
    s.raw("备注：1. 以上岗位均为全日制合同制用工，薪酬面议；")
    s.raw("2. 博士及副高以上人才可申请人才公寓及安家补贴。")
    s.raw("联系人：王老师  0812-3356789  邮箱：hr@huafan-pzh.com.cn")
    s.widths = {"B": 26, "E": 36, "I": 40}
    sheets = [s, instructions_sheet()]
    write_xlsx(os.path.join(OUT, fn), sheets, title_rows=(1,))
    record(fn, sheets)


# ============================================================== FILE 02 储能 xlsx two-row header
def f02():
    fn = "02_钒钛高新区储能企业人才需求汇总.xlsx"
    s = Sheet("Sheet1")
    s.raw("攀枝花钒钛高新技术产业开发区储能产业企业人才需求汇总表"); s.merge(1, 1, 1, 11)
    s.raw("序号", "单位名称", "统一社会信用代码", "需求岗位", "需求人数", "任职要求", None, None, "工作地点", "截止时间", "薪酬")
    s.raw(None, None, None, None, None, "学历", "专业", "职称", None, None, None)
    for c in (1, 2, 3, 4, 5, 9, 10, 11):
        s.merge(2, c, 3, c)
    s.merge(2, 6, 2, 8)
    m = dict(pos=3, hc=4, edu=5, title=7, loc=8, dl=9)
    A, UA = "攀枝花市钒能储能科技有限公司", make_uscc("91", "510400")
    B, UB = "四川攀西锂电新能源有限公司", make_uscc("91", "510411")
    C, UC = "攀枝花钛储新能源材料有限公司", make_uscc("91", "510422")
    r = s.demand([1, A, UA, "全钒液流电池电堆研发工程师", 3, "硕士研究生及以上", "电化学、材料科学与工程", "不限", "钒钛高新区", D(2026, 6, 30), "15-25万/年"], m, ["全钒液流电池", "电化学", "材料科学与工程"], ent=A, uscc=UA)
    s.demand([2, None, None, "电池管理系统（BMS）工程师", 2, "本科及以上", "电气工程、自动化", "中级及以上", "钒钛高新区", D(2026, 8, 31), "面议"], m, ["BMS", "电气工程", "自动化"], ent=A, uscc=UA)
    s.demand([3, None, None, "储能电站运维技术员", "5人", "大专以上", "电力系统、机电一体化", "无要求", "米易县", D(2026, 12, 31), "6-8千/月"], m, ["储能电站运维", "电力系统", "机电一体化"], ent=A, uscc=UA)
    s.merge(r, 2, r + 2, 2); s.merge(r, 3, r + 2, 3)
    r = s.demand([4, B, UB, "锂电正极材料研发工程师", 2, "博士", "材料化学、物理化学", "副高级职称", "钒钛高新区", D(2026, 9, 30), "30万以上"], m, ["正极材料", "材料化学", "物理化学"], ent=B, uscc=UB)
    s.demand([5, None, None, "电芯工艺工程师", "2-3", "本科及以上", "化学工程、材料成型及控制工程", "中级", "钒钛高新区", D(2026, 6, 30), "面议"], m, ["电芯工艺", "化学工程", "材料成型及控制工程"], ent=B, uscc=UB)
    s.demand([6, None, None, "质量检测工程师", "若干", "本科", "分析化学、化学", "不限", "钒钛高新区", "长期", "面议"], m, ["分析化学", "化学", "质量检测"], ent=B, uscc=UB)
    s.merge(r, 2, r + 2, 2); s.merge(r, 3, r + 2, 3)
    r = s.demand([7, C, UC, "钛酸锂负极材料工程师", 1, "硕士研究生及以上", "无机非金属材料工程、电化学", "中级及以上", "盐边县", D(2026, 7, 15), "18-25万/年"], m, ["钛酸锂", "负极材料", "无机非金属材料工程", "电化学"], ent=C, uscc=UC)
    s.demand([8, None, None, "安全生产管理员", 1, "大专以上", "安全工程", "初级", "盐边县", D(2026, 7, 15), "5-7千/月"], m, ["安全工程", "安全生产"], ent=C, uscc=UC)
    s.merge(r, 2, r + 1, 2); s.merge(r, 3, r + 1, 3)
    s.widths = {"B": 30, "C": 22, "D": 28, "G": 30, "J": 12}
    write_xlsx(os.path.join(OUT, fn), [s], date_fmt="yyyy/m/d", title_rows=(1,))
    record(fn, [s])


# ============================================================== FILE 03 hospital csv utf-8 BOM
def f03():
    fn = "03_金沙江中心医院_人才需求.csv"
    E = "攀枝花市金沙江中心医院"
    s = Sheet(None)
    s.raw("用人单位", "招聘岗位", "招聘人数", "最低学历", "所需专业", "职称", "工作地", "有效期", "联系人", "联系电话")
    m = dict(ent=0, pos=1, hc=2, edu=3, title=5, loc=6, dl=7)
    s.demand([E, "心血管内科医师", "2", "硕士研究生及以上", "临床医学/内科学", "主治医师及以上", "东区院本部", "2026/6/30", "李老师", "0812-2223344"], m, ["临床医学", "内科学", "心血管内科"])
    s.demand([E, "神经外科医师", "1", "博士", "外科学（神经外科方向）", "副主任医师及以上", "东区院本部", "2026/6/30", "李老师", "0812-2223344"], m, ["外科学", "神经外科"])
    s.demand([E, "麻醉科医师", "3", "本科及以上", "麻醉学", "住院医师及以上", "东区院本部", "2026/7/31", "李老师", "0812-2223344"], m, ["麻醉学"])
    s.blank()
    s.demand([E, "临床护士", "10", "大专以上", "护理学", "护师及以上", "东区院本部", "2026/5/31", "赵护士长", "0812-2223350"], m, ["护理学"])
    s.demand([E, "医学影像诊断医师", "2人", "本科及以上", "医学影像学", "中级及以上", "东区院本部", "2026/6/30", "李老师", "0812-2223344"], m, ["医学影像学"])
    s.demand([E, "康复治疗师", "若干", "本科", "康复治疗学", "不限", "仁和区康养院区", "长期", "李老师", "0812-2223344"], m, ["康复治疗学"])
    s.demand([E, "临床药师", "1", "硕士研究生及以上", "药学/临床药学", "无要求", "东区院本部", "2026/6/30", "李老师", "0812-2223344"], m, ["药学", "临床药学"])
    write_csv(os.path.join(OUT, fn), s, "utf-8-sig")
    record(fn, [s], csv_like=True, encoding="utf-8-sig")


# ============================================================== FILE 04 college csv GBK
def f04():
    fn = "04_钒钛工程学院高层次人才需求.csv"
    E = "攀枝花钒钛工程学院"
    s = Sheet(None)
    s.raw(f"{E}2026年高层次人才需求表")
    s.raw("序号", "需求岗位", "计划人数", "学历", "专业", "职称要求", "截止时间", "年薪", "岗位描述")
    m = dict(pos=1, hc=2, edu=3, title=5, dl=6)
    s.demand(["1", "冶金与材料学院专任教师", "3", "博士", "冶金工程、材料科学与工程等相关专业", "不限", "2026-10-31", "30-50万（含安家费）", "承担本科教学及科研工作"], m, ["冶金工程", "材料科学与工程"], ent=E)
    s.demand(["2", "电化学储能方向学科带头人", "1", "博士", "电化学, 化学工程与技术", "正高", "长期", "面议", "组建科研团队，主持国家级科研项目"], m, ["电化学", "化学工程与技术", "储能"], ent=E)
    s.demand(["3", "机械工程学院专任教师", "若干", "博士", "机械工程、机械电子工程", "不限", "2026-10-31", "25-40万", "承担机械类专业课程教学"], m, ["机械工程", "机械电子工程"], ent=E)
    s.demand(["4", "康养学院专任教师", "2", "硕士研究生及以上", "护理学、康复治疗学、老年医学", "副高及以上", "2026-10-31", "面议", "承担康养相关专业教学与社会服务"], m, ["护理学", "康复治疗学", "老年医学"], ent=E)
    s.demand(["5", "实验技术人员", "2", "硕士研究生及以上", "分析化学、材料物理", "中级", "2026-08-31", "12-15万", "负责大型分析仪器管理与测试"], m, ["分析化学", "材料物理"], ent=E)
    s.demand(["6", "专职辅导员", "4", "硕士研究生及以上", "思想政治教育、心理学等", "不限", "2026.07.15", "10-12万", "学生思想政治教育和日常管理"], m, ["思想政治教育", "心理学"], ent=E)
    s.blank()
    s.raw("备注：具体待遇详见《攀枝花钒钛工程学院高层次人才引进办法》，联系人：张老师，电话：0812-3370000")
    write_csv(os.path.join(OUT, fn), s, "gbk")
    record(fn, [s], csv_like=True, encoding="gbk")


# ============================================================== FILE 05 康养 tab txt
def f05():
    fn = "05_阳光康养_招聘需求.txt"
    E = "攀枝花阳光康养旅游发展有限公司"
    s = Sheet(None)
    s.raw("单位名称", "职位", "人数", "学历", "专业要求", "工作经验", "薪资待遇", "工作地点", "截止时间", "岗位描述")
    m = dict(ent=0, pos=1, hc=2, edu=3, loc=7, dl=8)
    s.demand([E, "康养项目策划经理", "1", "本科及以上", "旅游管理、市场营销", "3年以上", "8000-12000元/月", "米易县", "2026-05-31", "负责康养旅居产品策划与推广"], m, ["康养", "旅游管理", "市场营销"])
    s.demand([E, "健康管理师", "3", "大专以上", "健康管理、护理学", "不限", "5000-7000元/月", "仁和区", "长期", "为旅居老人建立健康档案并开展健康评估"], m, ["健康管理", "护理学"])
    s.demand([E, "中医理疗师", "2", "大专以上", "中医学、针灸推拿学", "2年以上", "面议", "米易县", "2026年7月31日", "提供中医理疗、推拿服务"], m, ["中医学", "针灸推拿学"])
    s.demand([E, "康养酒店运营主管", "1", "本科", "酒店管理、旅游管理", "5年以上", "10-15万/年", "盐边县", "2026/6/30", "负责康养酒店日常运营"], m, ["酒店管理", "旅游管理"])
    s.demand([E, "老年照护员", "若干", "不限", "不限", "不限", "4000-5000元/月", "仁和区", "长期", "为入住老人提供生活照料"], m, ["老年照护", "养老护理"])
    s.demand([E, "营养师", "1", "本科及以上", "食品营养与健康、临床营养", "1年以上", "6000-8000元/月", "米易县", "2026.06.30", "制定旅居客人膳食营养方案"], m, ["营养", "食品营养与健康", "临床营养"])
    write_csv(os.path.join(OUT, fn), s, "utf-8", delimiter="\t")
    record(fn, [s], csv_like=True, encoding="utf-8", delimiter="tab")


# ============================================================== FILE 06 芒果 xls (BIFF8 via xlwt)
def f06():
    fn = "06_佳芒农业人才需求表.xls"
    E = "攀枝花佳芒农业科技有限公司"
    s = Sheet("人才需求")
    s.raw(f"{E}人才需求表"); s.merge(1, 1, 1, 9)
    s.raw("序号", "岗位", "人数", "学历", "专业", "职称", "工作地点", "截止日期", "工作经验")
    m = dict(pos=1, hc=2, edu=3, title=5, loc=6, dl=7)
    s.demand([1, "芒果栽培技术员", 3, "大专以上", "园艺、果树学", "不限", "仁和区", D(2026, 6, 30), "1年以上"], m, ["园艺", "果树学", "芒果栽培"], ent=E)
    s.demand([2, "植保工程师", 1, "本科及以上", "植物保护", "中级及以上", "仁和区", D(2026, 6, 30), "3年以上"], m, ["植物保护"], ent=E)
    s.demand([3, "冷链物流主管", 1, "大专以上", "物流管理", "不限", "仁和区", "长期", "3年以上"], m, ["物流管理", "冷链物流"], ent=E)
    s.demand([4, "电商运营专员", 2, "不限", "电子商务、市场营销", "不限", "东区", D(2026, 5, 31), "不限"], m, ["电子商务", "市场营销"], ent=E)
    s.demand([5, "农产品质量检测员", 1, "大专以上", "食品质量与安全", "初级", "仁和区", D(2026, 7, 31), "不限"], m, ["食品质量与安全"], ent=E)
    s.demand([6, "芒果深加工研发工程师", 1, "硕士研究生及以上", "食品科学与工程", "中级", "仁和区", D(2026, 9, 30), "不限"], m, ["食品科学与工程", "芒果深加工"], ent=E)
    s.blank()
    s.raw("备注：1. 栽培技术员需适应野外及基地工作；2. 公司提供食宿。联系人：杨经理 13908121234")
    s.widths = {"B": 22, "E": 24, "H": 12}
    write_xls(os.path.join(OUT, fn), [s])
    record(fn, [s])


# ============================================================== FILE 07 化工 ods
def f07():
    fn = "07_钛源化工人才需求.ods"
    E, U = "攀枝花市钛源化工有限公司", make_uscc("91", "510422")
    s = Sheet("人才需求")
    s.raw("单位名称", "统一社会信用代码", "岗位", "计划人数", "学历要求", "专业", "职称要求", "工作地点", "截止日期", "工作内容", "经验要求", "薪酬")
    m = dict(ent=0, uscc=1, pos=2, hc=3, edu=4, title=6, loc=7, dl=8)
    s.demand([E, U, "氯化法钛白工艺工程师", 2, "本科及以上", "化学工程与工艺", "中级及以上", "盐边县", D(2026, 6, 30), "氯化法钛白粉生产工艺管理与优化", "3年以上", "15-20万/年"], m, ["化学工程与工艺", "氯化法钛白"])
    s.demand([E, U, "硫酸法钛白车间主任", 1, "本科", "化学工程、应用化学", "高级工程师", "盐边县", D(2026, 6, 30), "全面负责硫酸法钛白车间生产、安全管理", "8年以上", "面议"], m, ["化学工程", "应用化学", "硫酸法钛白"])
    s.demand([E, U, "DCS操作工", 6, "大专以上", "化工技术、应用化工技术", "不限", "盐边县", "长期", "化工装置DCS监控操作", "不限", "6-8千/月"], m, ["DCS", "应用化工技术", "化工技术"])
    s.blank()
    s.demand([E, U, "环保工程师", 1, "本科及以上", "环境工程", "中级", "盐边县", D(2026, 8, 31), "废酸、废气治理设施运行管理", "2年以上", "10-14万/年"], m, ["环境工程"])
    s.demand([E, U, "分析检验员", "2-3", "大专以上", "工业分析与检验", "无要求", "盐边县", "2026-12-31", "原料、中控及成品检验", "不限", "5-6千/月"], m, ["工业分析与检验"])
    write_ods(os.path.join(OUT, fn), [s])
    record(fn, [s])


# ============================================================== FILE 08 English xlsx
def f08():
    fn = "08_Ruitai_Talent_Demand_2026.xlsx"
    E = "攀枝花锐泰先进材料有限公司"
    s = Sheet("Demand")
    s.raw("攀枝花锐泰先进材料有限公司 Panzhihua Ruitai Advanced Materials Co., Ltd. — 2026 Talent Demand"); s.merge(1, 1, 1, 10)
    s.blank()
    s.raw("No.", "Position", "Headcount", "Education", "Major", "Professional Title", "Location", "Deadline", "Salary (CNY/year)", "Responsibilities")
    m = dict(pos=1, hc=2, edu=3, title=5, loc=6, dl=7)
    s.demand([1, "Senior Electrochemist", 2, "Master or above", "Electrochemistry, Materials", "Intermediate or above", "Panzhihua (Vanadium-Titanium Hi-tech Zone)", "2026-06-30", "250k-350k", "Lead electrolyte formulation R&D"], m, ["Electrochemistry", "Materials"], ent=E)
    s.demand([2, "Process Engineer (Titanium Dioxide)", 3, "Bachelor's degree or above", "Chemical Engineering", "N/A", "Panzhihua, Xiqu District", "30 Jun 2026", "150k-220k", "Operate and optimise chloride-route TiO2 line"], m, ["Chemical Engineering", "Titanium Dioxide"], ent=E)
    s.demand([3, "R&D Scientist – Vanadium Flow Battery", 1, "PhD", "Electrochemistry, Physical Chemistry", "Senior Engineer", "Panzhihua (Vanadium-Titanium Hi-tech Zone)", "2026/07/31", "Negotiable", "Stack and membrane research"], m, ["Electrochemistry", "Physical Chemistry", "Vanadium Flow Battery"], ent=E)
    s.demand([4, "EHS Specialist", 1, "Bachelor", "Safety Engineering, Environmental Engineering", "Not required", "Panzhihua, Xiqu District", D(2026, 7, 31), "120k-160k", "Site EHS compliance"], m, ["Safety Engineering", "Environmental Engineering"], ent=E)
    s.demand([5, "Quality Control Technician", "2", "Associate degree or above", "Analytical Chemistry", "None", "Panzhihua, Xiqu District", "Long-term", "70k-90k", "Incoming and final QC"], m, ["Analytical Chemistry"], ent=E)
    s.demand([6, "Export Sales Engineer", 1, "Bachelor's degree", "Materials Science, International Trade", "N/A", "Panzhihua / Shanghai", D(2026, 9, 30), "Base + commission", "Overseas key accounts"], m, ["Materials Science", "International Trade"], ent=E)
    s.blank()
    s.raw("Contact: Ms. Linda Zhou (HR), +86 812 3391234, hr@ruitai-pzh.example.com")
    s.widths = {"B": 36, "E": 40, "G": 40}
    write_xlsx(os.path.join(OUT, fn), [s], date_fmt="d-mmm-yyyy", title_rows=(1,))
    record(fn, [s])


# ============================================================== FILE 09 mining xlsx, one bad USCC
def f09():
    fn = "09_宏达矿业_人才需求信息表.xlsx"
    A, UA = "攀枝花宏达矿业有限责任公司", make_uscc("91", "510422")
    B, UB = "攀枝花宏达矿业有限责任公司白沙坡分公司", make_uscc("91", "510403")
    C, UC = "攀枝花市宏泰尾矿综合利用有限公司", make_uscc("91", "510411")
    UC_BAD = corrupt_uscc(UC)
    s = Sheet("需求信息")
    s.raw("2026年人才需求信息表（宏达矿业及下属单位）"); s.merge(1, 1, 1, 11)
    s.raw("单位名称", "统一社会信用代码", "岗位", "人数", "学历要求", "专业", "职称", "工作地点", "截止日期", "联系人", "联系电话")
    m = dict(ent=0, uscc=1, pos=2, hc=3, edu=4, title=6, loc=7, dl=8)
    s.demand([A, UA, "采矿工程师", 2, "本科及以上", "采矿工程", "中级及以上", "盐边县", "2026-06-30", "刘工", "13908120001"], m, ["采矿工程"])
    s.demand([A, UA, "地质工程师", 1, "本科及以上", "地质工程、资源勘查工程", "中级", "盐边县", "2026-06-30", "刘工", "13908120001"], m, ["地质工程", "资源勘查工程"])
    s.demand([A, UA, "选矿工艺工程师", 2, "本科", "矿物加工工程", "不限", "盐边县", "2026-06-30", "刘工", "13908120001"], m, ["矿物加工工程", "选矿"])
    s.demand([A, UA, "机电工程师", 2, "本科及以上", "机械工程、电气工程及其自动化", "初级及以上", "盐边县", "2026-08-31", "刘工", "13908120001"], m, ["机械工程", "电气工程及其自动化"])
    s.demand([B, UB, "爆破工程技术人员", 1, "大专以上", "爆破工程、采矿工程", "初级", "西区", "2026-06-30", "何工", "13908120002"], m, ["爆破工程", "采矿工程"])
    s.demand([C, UC, "尾矿综合利用研发工程师", 1, "硕士研究生及以上", "矿物加工工程、冶金工程", "中级", "仁和区", "2026-09-30", "孙经理", "13908120003"], m, ["矿物加工工程", "冶金工程", "尾矿综合利用"])
    bad_row = s.demand([C, UC_BAD, "尾矿库安全管理员", 1, "大专以上", "安全工程、采矿工程", "不限", "仁和区", "长期", "孙经理", "13908120003"], m, ["安全工程", "采矿工程", "尾矿库"],
                       issues=[f"统一社会信用代码 {UC_BAD} 校验位错误（GB 32100，正确应为 {UC}）；同单位上一行代码正确"])
    s.widths = {"A": 40, "B": 22, "C": 26, "F": 30}
    write_xlsx(os.path.join(OUT, fn), [s], title_rows=(1,))
    record(fn, [s], notes=f"第{bad_row}行（工作表“需求信息”）统一社会信用代码校验位错误，careful importer 应针对该行/字段报告（警告或拒绝该行），其余 6 行正常导入。")
    assert uscc_valid(UA) and uscc_valid(UB) and uscc_valid(UC)


# ============================================================== FILE 10 institute xlsx (xlsxwriter), header row 4
def f10():
    fn = "10_钒钛产业技术研究院_重点产业人才需求调查表.xlsx"
    E = "攀枝花市钒钛产业技术研究院"
    s = Sheet("调查表")
    s.raw("攀枝花市重点产业人才需求调查表"); s.merge(1, 1, 1, 10)
    s.raw(f"填报单位（盖章）：{E}")
    s.raw("填报日期：2026年3月12日", None, None, None, None, "联系人：陈老师", None, "联系电话：0812-3338899")
    s.raw("序号", "需求岗位", "需求人数", "最低学历", "所需专业", "职称要求", "工作地", "有效期", "岗位职责", "年薪")
    s.header_row = 4
    m = dict(pos=1, hc=2, edu=3, title=5, loc=6, dl=7)
    s.demand(["1", "钒钛资源综合利用研究员", "１", "博士", "冶金物理化学、有色金属冶金", "正高", "东区", "2026年12月31日", "1. 主持钒钛资源综合利用重大科技项目；\n2. 组建并带领研究团队。", "40万以上"], m, ["冶金物理化学", "有色金属冶金", "钒钛资源综合利用"], ent=E)
    s.demand(["2", "钛基新材料课题组长", "２", "博士", "材料科学与工程", "副高级职称", "东区", "2026年12月31日", "1. 负责钛基新材料方向课题；\n2. 指导科研助理开展实验。", "30-40万"], m, ["材料科学与工程", "钛基新材料"], ent=E)
    s.demand(["3", "科研助理", "１０", "硕士研究生及以上", "化学、材料、冶金等相关专业", "不限", "东区", "2026年9月30日", "协助开展实验、数据整理", "10-15万"], m, ["化学", "材料", "冶金"], ent=E)
    s.demand(["4", "中试基地工艺工程师", "3人", "本科及以上", "冶金工程、化学工程", "中级及以上", "钒钛高新区中试基地", "2026年9月30日", "中试线工艺调试与放大", "12-18万"], m, ["冶金工程", "化学工程"], ent=E)
    s.demand(["5", "知识产权专员", "1", "本科（硕士优先）", "法学、知识产权", "无要求", "东区", "长期", "专利挖掘、申报与维护", "8-12万"], m, ["法学", "知识产权"], ent=E)
    s.demand(["6", "科技项目管理岗", "1", "本科及以上", "管理学、经济学", "中级", "东区", "长期", "科技项目申报与过程管理", "8-12万"], m, ["管理学", "经济学", "项目管理"], ent=E)
    s.blank()
    s.raw("备注：1. 需求岗位为事业编制或编制外聘用，具体以招聘公告为准；")
    s.raw("2. 科研助理岗位可接收2026届应届毕业生。")
    s.widths = {"B": 26, "E": 30, "I": 44}
    write_xlsx_xw(os.path.join(OUT, fn), [s, instructions_sheet()])
    record(fn, [s])


# ============================================================== FILE 11 reject: a letter, no table
def f11():
    fn = "11_关于报送2026年度人才需求的函.xlsx"
    s = Sheet("Sheet1")
    lines = [
        "关于报送2026年度人才需求情况的函",
        "",
        "攀枝花市人才工作领导小组办公室：",
        "    根据《关于开展2026年度重点产业人才需求摸底调查的通知》要求，我公司高度重视，组织各部门对人才需求进行了认真梳理。",
        "    经研究，我公司2026年度拟引进冶金、材料、机械等专业人才约15名，其中高层次人才3名，具体岗位需求待公司董事会审议后另行报送。",
        "    特此函告。",
        "",
        "攀枝花攀宏机械制造有限公司（盖章）",
        "2026年3月10日",
    ]
    for ln in lines:
        if ln:
            s.raw(ln)
        else:
            s.blank()
    s.widths = {"A": 110}
    write_xlsx(os.path.join(OUT, fn), [s])
    record(fn, [s], expect="reject", why="no demand table: the sheet is a cover letter in column A, no position/岗位 column or header row at all")


# ============================================================== FILE 12 reject: truncated xlsx
def f12():
    fn = "12_盐边县新材料企业需求表.xlsx"
    E = "攀枝花盐边安宁新材料有限公司"
    s = Sheet("Sheet1")
    s.raw("岗位名称", "需求人数", "学历要求", "专业要求", "工作地点")
    for i in range(40):
        s.raw(f"工艺技术员{i+1}", 2, "大专以上", "冶金技术", "盐边县")
    tmp = os.path.join(OUT, ".tmp_full.xlsx")
    write_xlsx(tmp, [s])
    data = open(tmp, "rb").read()
    os.remove(tmp)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data[: int(len(data) * 0.55)])
    record(fn, [], expect="reject", why=f"corrupted xlsx: file truncated to 55% of its bytes (zip central directory missing), cannot be opened ({E} content unreadable)")


# ============================================================== FILE 13 school csv GB18030
def f13():
    fn = "13_第三高级中学教师需求.csv"
    E = "攀枝花市第三高级中学校"
    s = Sheet(None)
    s.raw(f"{E}2026年教师需求计划")
    s.raw("填报日期：2026.03.15")
    s.raw("岗位", "人数", "学历要求", "专业要求", "职称要求", "工作地点", "截止日期", "备注")
    m = dict(pos=0, hc=1, edu=2, title=4, loc=5, dl=6)
    s.demand(["高中数学教师", "2", "本科及以上", "数学与应用数学", "一级教师及以上", "东区", "2026-04-30", "持高中数学教师资格证"], m, ["数学与应用数学", "高中数学"], ent=E)
    s.demand(["高中物理教师", "1", "硕士研究生及以上", "物理学、学科教学（物理）", "不限", "东区", "2026-04-30", ""], m, ["物理学", "学科教学（物理）"], ent=E)
    s.demand(["高中英语教师", "2", "全日制本科", "英语", "二级教师及以上", "东区", "2026-04-30", ""], m, ["英语"], ent=E)
    s.demand(["心理健康教师", "1", "本科及以上", "心理学、应用心理学", "无要求", "东区", "2026-04-30", ""], m, ["心理学", "应用心理学"], ent=E)
    s.demand(["信息技术教师", "1", "本科", "计算机科学与技术", "不限", "东区", "2026-04-30", ""], m, ["计算机科学与技术"], ent=E)
    s.demand(["化学学科带头人", "1", "本科及以上", "化学", "高级教师", "东区", "2026年5月31日", "需具有10年以上高中化学教学经验"], m, ["化学"], ent=E)
    s.blank()
    s.raw("联系人：刘䶮老师，联系电话：0812-3345678")   # 䶮 is outside GBK -> needs GB18030
    write_csv(os.path.join(OUT, fn), s, "gb18030")
    try:
        open(os.path.join(OUT, fn), "rb").read().decode("gbk")
        raise AssertionError("file 13 should not be pure GBK")
    except UnicodeDecodeError:
        pass
    record(fn, [s], csv_like=True, encoding="gb18030")


# ============================================================== FILE 14 steel group, multi-sheet + 合计 rows
def f14():
    fn = "14_金江钢铁集团各厂人才需求.xlsx"
    E = "攀枝花金江钢铁集团有限公司"
    H = ["序号", "招聘岗位", "招聘人数", "学历要求", "专业要求", "职称", "工作地点", "截止日期", "工作内容", "经验要求", "薪资待遇"]
    m = dict(pos=1, hc=2, edu=3, title=5, loc=6, dl=7)
    s1 = Sheet("炼钢厂")
    s1.raw(f"{E}（炼钢厂）人才需求"); s1.merge(1, 1, 1, 11)
    s1.raw(*H)
    s1.demand([1, "转炉炼钢工艺工程师", 2, "本科及以上", "冶金工程", "中级及以上", "东区", D(2026, 6, 30), "转炉冶炼工艺控制与优化", "3年以上", "12-18万/年"], m, ["冶金工程", "转炉炼钢"], ent=E)
    s1.demand([2, "连铸工程师", 1, "本科及以上", "冶金工程、材料成型及控制工程", "中级", "东区", D(2026, 6, 30), "连铸工艺及铸坯质量控制", "3年以上", "12-18万/年"], m, ["冶金工程", "材料成型及控制工程", "连铸"], ent=E)
    s1.demand([3, "炼钢操作工", 10, "大专以上", "钢铁冶金技术、冶金技术", "不限", "东区", D(2026, 12, 31), "转炉、精炼岗位操作", "不限", "7-9万/年"], m, ["钢铁冶金技术", "冶金技术"], ent=E)
    s1.raw("合计", None, 13)
    s2 = Sheet("轨梁厂")
    s2.raw(f"{E}（轨梁厂）人才需求"); s2.merge(1, 1, 1, 11)
    s2.raw("填报部门：轨梁厂人力资源室    填报日期：2026年3月")
    s2.raw(*H)
    s2.demand([1, "重轨轧制工艺工程师", 2, "硕士研究生及以上", "材料加工工程、金属材料", "不限", "东区", D(2026, 7, 31), "百米重轨轧制工艺研究", "不限", "15-20万/年"], m, ["材料加工工程", "金属材料", "重轨轧制"], ent=E)
    s2.demand([2, "设备点检员", "3人", "大专以上", "机械设计制造及其自动化、机电一体化", "初级", "东区", D(2026, 6, 30), "轧线设备点检与维护", "1年以上", "7-9万/年"], m, ["机械设计制造及其自动化", "机电一体化", "设备点检"], ent=E)
    s2.demand([3, "自动化控制工程师", 1, "本科及以上", "自动化、电气工程", "高级工程师", "东区", "长期", "轧线PLC及二级系统维护", "5年以上", "面议"], m, ["自动化", "电气工程", "PLC"], ent=E)
    s2.raw("合计", None, 6)
    for s in (s1, s2):
        s.widths = {"B": 24, "E": 34, "I": 30}
    sheets = [s1, s2, instructions_sheet()]
    write_xlsx(os.path.join(OUT, fn), sheets, date_fmt='yyyy"年"m"月"d"日"', title_rows=(1,))
    record(fn, sheets, notes="每个工作表末尾的“合计”行不是需求；填表说明工作表无数据。")


# ---------------------------------------------------------------- self-check (re-read files)
def verify():
    import pandas as pd
    import xlrd
    problems = 0
    for t in TRUTH:
        path = os.path.join(OUT, t["file"])
        if t["expect"] == "reject":
            continue
        ext = t["file"].rsplit(".", 1)[1]
        for d in t["demands"]:
            if ext == "xlsx":
                wb = load_workbook(path, data_only=True)
                row = [c.value for c in wb[d["sheet"]][d["row"]]]
            elif ext == "xls":
                row = xlrd.open_workbook(path).sheet_by_name(d["sheet"]).row_values(d["row"] - 1)
            elif ext == "ods":
                df = pd.read_excel(path, engine="odf", sheet_name=d["sheet"], header=None)
                row = list(df.iloc[d["row"] - 1])
            else:
                text = open(path, "rb").read().decode(t["encoding"])
                delim = "\t" if t.get("delimiter") == "tab" else ","
                row = list(csv.reader(io.StringIO(text), delimiter=delim))[d["row"] - 1]
            if d["position"] not in [str(v) for v in row]:
                problems += 1
                print("MISMATCH", t["file"], d["row"], d["position"], row)
    return problems


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14):
        f()
    # keep the truth compact: drop helper keys not in the schema? (encoding/delimiter/notes are kept as hints)
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(TRUTH, fh, ensure_ascii=False, indent=1)
    bad = verify()
    n = sum(len(t["demands"]) for t in TRUTH)
    print(f"files: {len(TRUTH)}  demand rows: {n}  verify mismatches: {bad}")
    for t in TRUTH:
        print(f"  {t['expect']:6s} {len(t['demands']):2d}  {t['file']}")
