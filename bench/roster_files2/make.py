#!/usr/bin/env python3
"""Blind test corpus #2 for the Panzhihua talent-registry importer.

Writes ~12 roster files + truth.json into /tmp/unseen_rosters2/, then re-opens
every importable file with an independent reader and checks that each truth
person's name is present in the row the truth points at.
All persons are fictional.  Deterministic (fixed seed).
"""
import sys, os, re, csv, io, json, random, zipfile, zlib, struct, unicodedata
import datetime as dt
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from xml.sax.saxutils import escape as xesc

sys.path.insert(0, '/tmp/helperlibs4')
import xlwt, xlrd                      # noqa: E402
import openpyxl                        # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402
import xlsxwriter                      # noqa: E402
import opencc, phonenumbers            # noqa: E402
from pypinyin import lazy_pinyin       # noqa: E402
from odf.opendocument import OpenDocumentSpreadsheet  # noqa: E402
from odf.table import Table, TableRow, TableCell, CoveredTableCell, TableColumn  # noqa: E402
from odf.text import P as OP           # noqa: E402

OUT = '/tmp/unseen_rosters2'
os.makedirs(OUT, exist_ok=True)
R = random.Random(86120812)
S2T = opencc.OpenCC('s2t')
T2S = opencc.OpenCC('t2s')

# ---------------------------------------------------------------- ID numbers
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def chk(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def id_ok(s):
    return bool(re.fullmatch(r'\d{17}[\dX]', s)) and chk(s[:17]) == s[17]


USED_IDS = set()


def mkid(area, bd, male):
    while True:
        seq = R.randint(1, 995)
        if (seq % 2 == 1) != male:
            continue
        s17 = f"{area}{bd:%Y%m%d}{seq:03d}"
        i = s17 + chk(s17)
        if i not in USED_IDS:
            USED_IDS.add(i)
            return i


def to15(i18):
    return i18[:6] + i18[8:17]


def broken_id(i):
    if R.random() < 0.5 and i[14] != i[15]:           # transposition in the sequence
        b = i[:14] + i[15] + i[14] + i[16:]
        if not id_ok(b):
            return b
    return i[:17] + R.choice([c for c in "0123456789X" if c != i[17]])


def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


AREA = {'510402': '东区', '510403': '西区', '510411': '仁和区', '510421': '米易县', '510422': '盐边县'}
CODE = {v: k for k, v in AREA.items()}
OUTSIDE = {'510104': '四川成都', '510107': '成都市武侯区', '513401': '四川西昌', '510502': '四川泸州',
           '500104': '重庆市大渡口区', '530723': '云南华坪', '511102': '四川乐山', '510781': '四川江油'}
OUTSIDE_WEB = {'510104': '四川省-成都市-锦江区', '510107': '四川省-成都市-武侯区', '513401': '四川省-凉山彝族自治州-西昌市',
               '510502': '四川省-泸州市-江阳区', '500104': '重庆市-重庆市-大渡口区', '530723': '云南省-丽江市-华坪县',
               '511102': '四川省-乐山市-市中区', '510781': '四川省-绵阳市-江油市'}
COUNTY_TXT = {
    '东区': ['攀枝花市东区', '四川省攀枝花市东区', '四川攀枝花东区'],
    '西区': ['攀枝花市西区', '四川攀枝花西区', '四川省攀枝花市西区'],
    '仁和区': ['攀枝花市仁和区', '仁和区', '攀枝花仁和', '四川省攀枝花市仁和区'],
    '米易县': ['米易县', '攀枝花市米易县', '四川米易', '米易'],
    '盐边县': ['盐边县', '攀枝花市盐边县', '四川盐边', '盐边'],
}
COUNTY_EN = {'米易县': ['Miyi County, Panzhihua, Sichuan', 'Miyi, Panzhihua'],
             '盐边县': ['Yanbian County, Panzhihua', 'Yanbian, Panzhihua, Sichuan'],
             '仁和区': ['Renhe District, Panzhihua']}

# ---------------------------------------------------------------- names
SURN = list('张王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏苏丁沈任姚廖邹熊范') + ['单', '覃', '欧阳', '司马']
SURW = [9] * 10 + [4] * 40 + [1] * 5
SURW = SURW[:len(SURN)] + [1] * max(0, len(SURN) - len(SURW))
GM = list('伟强磊军洋勇杰涛明超刚华建国文鹏辉浩宇凯东鑫博志海峰龙飞阳轩睿成荣学庆宁斌亮波彬俊航帆泽恒')
GF = list('芳娜敏静丽艳娟秀霞平桂红玲晓梅琳颖欣佳思雨婷雪丹云兰凤萍琴瑶瑞晨涵薇倩蓉钰燕春悦怡嘉诗韵露月楠')
YI_SUR = ['吉克', '阿苏', '沙马', '海来', '曲比', '吉伍', '阿克']
YI_M = ['拉则', '木呷', '日体', '伍各', '尔古']
YI_F = ['阿呷', '阿依', '莫色', '阿支', '史妞']
TYPO = {'伟': '玮', '静': '婧', '丽': '莉', '琳': '林', '颖': '莹', '涛': '韬', '辉': '晖', '峰': '锋', '婷': '亭',
        '明': '铭', '斌': '彬', '瑶': '遥'}
SUR_PY = {'曾': 'Zeng', '单': 'Shan', '覃': 'Qin', '欧阳': 'Ouyang', '司马': 'Sima'}
NAMES = set()


def split_name(n):
    for c in ('欧阳', '司马'):
        if n.startswith(c):
            return c, n[2:]
    return n[0], n[1:]


def gen_name(g, yi=False):
    while True:
        if yi:
            n = R.choice(YI_SUR) + '·' + R.choice(YI_F if g == '女' else YI_M)
        else:
            sur = R.choices(SURN, SURW)[0]
            pool = GM if g == '男' else GF
            k = R.choice([1, 2, 2, 2])
            giv = ''.join(R.sample(pool, k))
            n = sur + giv
            if T2S.convert(S2T.convert(n)) != n:
                continue
        if n not in NAMES:
            return n


def pinyin_parts(n):
    s, g = split_name(n)
    sp = SUR_PY.get(s) or ''.join(lazy_pinyin(s)).capitalize()
    gp = ''.join(lazy_pinyin(g)).capitalize()
    return sp, gp


# ---------------------------------------------------------------- other attributes
MOB_PRE = ['134', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '182', '183', '187', '188',
           '130', '131', '132', '155', '156', '185', '186', '133', '153', '180', '181', '189', '177', '199', '198', '166',
           '173', '176', '178', '191', '195']
USED_MOB = set()


def gen_mobile():
    while True:
        m = R.choice(MOB_PRE) + f"{R.randint(0, 99999999):08d}"
        if m not in USED_MOB:
            USED_MOB.add(m)
            return m


def gen_landline(city=None):
    if city in (None, '攀枝花'):
        return f"0812-{R.choice('3568')}{R.randint(0, 999999):06d}"
    return R.choice([f"010-{R.choice('68')}{R.randint(0, 9999999):07d}", f"028-8{R.randint(0, 9999999):07d}",
                     f"021-6{R.randint(0, 9999999):07d}"])


FOREIGN_INST = {'US': ['Stanford University', 'Purdue University', 'MIT', 'Argonne National Laboratory'],
                'UK': ['Imperial College London', 'University of Manchester'],
                'DE': ['Max-Planck-Institut für Eisenforschung', 'Technische Universität München'],
                'SG': ['National University of Singapore', 'Nanyang Technological University'],
                'AU': ['University of Melbourne', 'CSIRO'],
                'JP': ['Tohoku University', 'Kyoto University'],
                'CA': ['University of Toronto', 'McGill University']}


def gen_foreign():
    while True:
        c = R.choice(list(FOREIGN_INST))
        if c == 'US':
            raw = f"+1 ({R.choice(['617', '650', '765', '630'])}) {R.randint(200, 989)}-{R.randint(1000, 9999)}"
        elif c == 'CA':
            raw = f"+1 {R.choice(['416', '514'])}-{R.randint(200, 989)}-{R.randint(1000, 9999)}"
        elif c == 'UK':
            raw = f"+44 7{R.choice(['911', '700', '825', '412'])} {R.randint(100000, 999999)}"
        elif c == 'DE':
            raw = f"+49 151 {R.randint(10000000, 99999999)}"
        elif c == 'SG':
            raw = f"+65 9{R.randint(100, 999)} {R.randint(1000, 9999)}"
        elif c == 'AU':
            raw = f"+61 4{R.randint(10, 99)} {R.randint(100, 999)} {R.randint(100, 999)}"
        else:
            raw = f"+81 90-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
        n = phonenumbers.parse(raw, None)
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (1, 2):
            return c, raw, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def gen_hk():
    while True:
        m = R.choice('965') + f"{R.randint(0, 9999999):07d}"
        n = phonenumbers.parse('+852' + m, None)
        if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) == 1:
            return m


EMPLOYERS = ["中国科学院金属研究所", "四川大学华西医院", "清华大学材料学院", "北京科技大学", "成都理工大学", "西南交通大学",
             "重庆大学", "攀钢集团研究院有限公司", "中国五矿集团", "宁德时代新能源科技股份有限公司", "比亚迪股份有限公司",
             "华为技术有限公司", "腾讯科技（深圳）有限公司", "中国电建成都勘测设计研究院", "四川省人民医院", "中铁二院工程集团",
             "东方电气集团", "国家电投集团", "隆基绿能科技股份有限公司", "成都市第七中学", "北京师范大学", "中国农业科学院",
             "中国银行四川省分行", "四川省农业科学院", "重庆医科大学附属第一医院", "中国钢研科技集团", "龙佰集团", "天齐锂业"]
POSITIONS = ["研究员", "副研究员", "高级工程师", "工程师", "主任医师", "副主任医师", "教授", "副教授", "讲师", "总经理",
             "副总经理", "技术总监", "项目经理", "部门主管", "高级教师", "主治医师", "软件工程师", "产品经理"]
EMP_POS = [
    ({"清华大学材料学院", "北京科技大学", "成都理工大学", "西南交通大学", "重庆大学", "北京师范大学"}, ['教授', '副教授', '讲师', '博士后']),
    ({"四川大学华西医院", "四川省人民医院", "重庆医科大学附属第一医院"}, ['主任医师', '副主任医师', '主治医师', '住院医师']),
    ({"中国科学院金属研究所", "攀钢集团研究院有限公司", "中国电建成都勘测设计研究院", "中国农业科学院", "四川省农业科学院",
      "中国钢研科技集团"}, ['研究员', '副研究员', '高级工程师', '助理研究员']),
    ({"成都市第七中学"}, ['正高级教师', '高级教师', '一级教师', '二级教师']),
    ({"中国银行四川省分行"}, ['副行长', '部门总经理', '客户经理', '柜员']),
]
COMPANY_POS = ['总经理', '副总经理', '技术总监', '高级工程师', '项目经理', '产品经理', '工程师', '软件工程师']


def position_for(emp, age):
    lst = COMPANY_POS
    for names, l in EMP_POS:
        if emp in names:
            lst = l
    k = len(lst)
    if age >= 50:
        return R.choice(lst[:max(2, k // 2)])
    if age >= 38:
        return R.choice(lst[:k - 1])
    return R.choice(lst[k // 2:])


CITIES = ["北京", "上海", "深圳", "广州", "成都", "重庆", "杭州", "西安", "武汉", "南京", "昆明", "天津", "苏州"]
SCHOOLS = ["四川大学", "电子科技大学", "西南交通大学", "重庆大学", "攀枝花学院", "北京科技大学", "中南大学", "西南财经大学",
           "四川农业大学", "西南医科大学", "成都理工大学", "东北大学"]
MAJORS = ["冶金工程", "材料科学与工程", "临床医学", "计算机科学与技术", "电气工程及其自动化", "土木工程", "会计学", "汉语言文学",
          "化学工程与工艺", "机械设计制造及其自动化", "农学", "护理学", "软件工程", "采矿工程"]
DOMAINS = ['163.com', 'qq.com', '126.com', 'foxmail.com', 'sina.com', 'gmail.com', 'outlook.com', 'hotmail.com']
USED_EMAIL = set()


def gen_email(name, bd, inst_domain=None):
    sp, gp = pinyin_parts(name.replace('·', ''))
    while True:
        form = R.randint(0, 5)
        if form == 0:
            h = f"{sp}{gp}{bd:%y}".lower()
        elif form == 1:
            h = f"{gp}.{sp}".lower()
        elif form == 2:
            h = f"{sp[0]}{gp[0]}_{bd:%Y}".lower()
        elif form == 3:
            h = str(R.randint(10000000, 2999999999))
            d = 'qq.com'
            e = f"{h}@{d}"
            if e not in USED_EMAIL:
                USED_EMAIL.add(e)
                return e
            continue
        elif form == 4:
            h = f"{sp}{gp[0]}{R.randint(1, 999)}".lower()
        else:
            h = f"{gp}{sp}{R.randint(10, 99)}".lower()
        d = inst_domain or R.choice([x for x in DOMAINS if x != 'qq.com'])
        e = f"{h}@{d}"
        if e not in USED_EMAIL:
            USED_EMAIL.add(e)
            return e


# ---------------------------------------------------------------- persons
class Person:
    def __init__(self, **kw):
        self.__dict__.update(kw)


PEOPLE = []
APPEARED = []


def newp(by=(1966, 1996), county=None, kind=None, gender=None, name=None, edu=None, overseas=False, yi=False,
         hk=False):
    g = gender or R.choice('男女')
    if name is None:
        name = gen_name(g, yi)
    NAMES.add(name)
    y = R.randint(*by)
    bd = dt.date(y, R.randint(1, 12), R.randint(1, 28))
    if kind is None:
        if county:
            kind = 'pzh' if R.random() < 0.85 else 'moved'
        else:
            kind = R.choices(['pzh', 'old', 'moved', 'outside'], [72, 3, 13, 12])[0]
    if kind == 'pzh':
        county = county or R.choice(list(CODE))
        area = CODE[county]
    elif kind == 'old':
        area = R.choice(['510420', '510400'])
        county = county if county else R.choice([None, '东区', '西区'])
    elif kind == 'moved':
        county = county or R.choice(list(CODE))
        area = R.choice([a for a in OUTSIDE if a != '500104'])
    else:
        area = R.choice(list(OUTSIDE))
        county = None
    if edu is None:
        edu = R.choices(['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专', '高中'], [18, 34, 36, 8, 2, 2])[0]
    if y >= 2002 and edu in ('博士研究生', '硕士研究生'):
        edu = '大学本科'
    if y >= 1997 and edu == '博士研究生':
        edu = '硕士研究生'
    p = Person(key=len(PEOPLE), name=name, gender=g, bd=bd, area=area, county=county, kind=kind, yi=yi,
               id18=mkid(area, bd, g == '男'), mobile=gen_mobile(),
               mobile2=gen_mobile() if R.random() < 0.2 else None,
               landline=gen_landline() if R.random() < 0.35 else None,
               edu=edu, school=R.choice(SCHOOLS), major=R.choice(MAJORS), employer=R.choice(EMPLOYERS),
               position=None, city=R.choice(CITIES), overseas=overseas, foreign=None,
               foreign_raw=None, country=None, hk=gen_hk() if hk else None)
    p.email = gen_email(name, bd)
    p.position = position_for(p.employer, 2024 - y)
    if overseas:
        p.country, p.foreign_raw, p.foreign = gen_foreign()
        p.employer = R.choice(FOREIGN_INST[p.country])
        p.position = R.choice(['Professor', 'Associate Professor', 'Research Scientist', 'Postdoctoral Fellow', 'Senior Engineer'])
    PEOPLE.append(p)
    return p


def borrow(pred, k, exclude=()):
    ex = {p.key for p in exclude}
    c = [p for p in APPEARED if pred(p) and p.key not in ex]
    R.shuffle(c)
    return c[:k]


# ---------------------------------------------------------------- value renderers
def fmt_mobile(m, style='plain'):
    return {
        'plain': m, 'sp': f'{m[:3]} {m[3:7]} {m[7:]}', 'dash': f'{m[:3]}-{m[3:7]}-{m[7:]}', '+86': '+86 ' + m,
        '+86sp': f'+86 {m[:3]} {m[3:7]} {m[7:]}', '+86dash': f'+86-{m[:3]}-{m[3:7]}-{m[7:]}', '+86c': '+86' + m,
        '0086': '0086 ' + m, 'paren': '(+86)' + m, 'fw': fw(m), 'cnparen': '（+86）' + m,
    }[style]


EDU_RAW = {
    '博士研究生': ['博士研究生', '博士', '研究生（博士）', '博士研究生/博士'],
    '硕士研究生': ['硕士研究生', '硕士', '在职硕士', '研究生（硕士）', '硕士研究生/硕士'],
    '大学本科': ['大学本科', '本科', '本科（学士）', '本科/学士'],
    '大学专科': ['大学专科', '专科', '大专'],
    '中专': ['中专'], '高中': ['高中'],
}


def date_str(d, fmt):
    return {
        'dot_ym': f"{d.year}.{d.month:02d}", 'dot_ym1': f"{d.year}.{d.month}", 'dot_yy': f"{d:%y}.{d.month:02d}",
        'cn_ym': f"{d.year}年{d.month}月", 'slash': f"{d.year}/{d.month}/{d.day}", 'dash': f"{d:%Y-%m-%d}",
        'dash1': f"{d.year}-{d.month}-{d.day}", 'dash_ym': f"{d:%Y-%m}", 'cn_ymd': f"{d.year}年{d.month}月{d.day}日",
        'compact': f"{d:%Y%m%d}", 'dmy': f"{d:%d/%m/%Y}", 'en_my': f"{d:%B %Y}", 'en_my3': f"{d:%b %Y}",
        'dot_ymd': f"{d.year}.{d.month}.{d.day}",
    }[fmt]


DAY_FMTS = {'slash', 'dash', 'dash1', 'cn_ymd', 'compact', 'dmy', 'dot_ymd', 'date'}


class Row:
    """One person row: renders the cells a file shows and records what a careful importer should get."""

    def __init__(self, p, sheet, row):
        self.p, self.sheet, self.row = p, sheet, row
        self.name_t = p.name
        self.gender_t = self.ann_g = self.id_t = self.date_t = None
        self.phone_t = self.email_t = self.edu_t = self.county_t = None

    def name(self, style='plain'):
        p, n = self.p, self.p.name
        if style == 'plain':
            return n
        if style == 'sp':
            if len(n) == 2:
                return n[0] + R.choice(['\u3000', ' ', '  ']) + n[1]
            return n
        if style.startswith('ann'):
            a = style[3:]
            if '女' in a:
                self.ann_g = '女'
            return n + a
        if style == 'typo':
            s, g = split_name(n)
            for i, c in enumerate(g):
                if c in TYPO:
                    t = s + g[:i] + TYPO[c] + g[i + 1:]
                    self.name_t = t
                    return t
            return n
        if style == 'trad':
            return S2T.convert(n)
        if style.startswith('yi'):
            return n.replace('·', style[2:])
        if style.startswith('rom'):
            sp, gp = pinyin_parts(n)
            w = [f"{sp.upper()} {gp}", f"{gp} {sp}", f"{sp} {gp}", f"{gp} {sp.upper()}", f"{sp}, {gp}"][int(style[3:])]
            self.name_t = w
            return w
        raise ValueError(style)

    def gender(self, style='zh'):
        self.gender_t = self.p.gender
        g = self.p.gender
        return {'zh': g, 'en': 'Male' if g == '男' else 'Female', 'mf': 'M' if g == '男' else 'F',
                'bi': f"{g} {'M' if g == '男' else 'F'}"}[style]

    def idn(self, form='v18'):
        i = self.p.id18
        if form == 'none':
            return ''
        if form in ('broken', 'short17', 'damaged'):
            if form == 'broken':
                return broken_id(i)
            if form == 'short17':
                k = R.randint(8, 14)
                return i[:k] + i[k + 1:]
            return f"{float(i[:15] + '000'):.5E}".replace('E+', 'E+')  # "5.10402E+17"
        self.id_t = i
        if form == 'v18':
            return i
        if form == 'lx':
            return i[:17] + i[17].lower()
        if form == 'v15':
            return to15(i)
        if form == 'sp':
            return f"{i[:6]} {i[6:14]} {i[14:]}"
        if form == 'fw':
            return fw(i)
        if form == 'trail':
            return i + ' '
        raise ValueError(form)

    def date(self, fmt):
        d = self.p.bd
        if fmt in DAY_FMTS:
            self.date_t = f"{d:%Y-%m-%d}"
        else:
            self.date_t = f"{d:%Y-%m}"
        if fmt == 'dot_yy' and d.year >= 2000:
            fmt = 'dot_ym'          # '03.08' for 2003 would be unreadable; offices write 2003.08
        if fmt == 'date':
            return dt.datetime(d.year, d.month, d.day)
        return date_str(d, fmt)

    def phone(self, items, sep=' / '):
        parts = []
        for it in items:
            k, style = (it if isinstance(it, tuple) else (it, 'plain'))
            if k == 'm':
                s, e = fmt_mobile(self.p.mobile, style), '+86' + self.p.mobile
            elif k == 'm2':
                s, e = fmt_mobile(self.p.mobile2, style), '+86' + self.p.mobile2
            elif k == 'land':
                s, e = self.p.landline or gen_landline(), None
            elif k == 'f':
                s, e = self.p.foreign_raw, self.p.foreign
            elif k == 'hk':
                h = self.p.hk
                s = {'plain': f"+852 {h[:4]} {h[4:]}", 'paren': f"(852) {h[:4]} {h[4:]}", 'c': f"+852{h}"}[style]
                e = '+852' + h
            else:
                raise ValueError(k)
            if e and self.phone_t is None:
                self.phone_t = e
            parts.append(s)
        return sep.join(parts)

    def email(self, style='plain'):
        e = self.p.email
        self.email_t = e
        if style == 'plain':
            return e
        if style == 'upper':
            h, d = e.split('@')
            return h[:1].upper() + h[1:] + '@' + d.upper()
        if style == 'allup':
            return e.upper()
        if style == 'space':
            return ' ' + e + ' '
        if style == 'fwat':
            return e.replace('@', '＠')
        raise ValueError(style)

    def edu(self, raw=None, allowed=None):
        self.edu_t = self.p.edu
        if raw:
            return raw
        opts = EDU_RAW[self.p.edu]
        if allowed:
            opts = [o for o in opts if o in allowed] or opts[:1]
        return R.choice(opts)

    def origin(self, generic_rate=0.1, en=False, trad=False, web=False):
        p = self.p
        if p.county:
            if en and p.county in COUNTY_EN and R.random() < 0.8:
                self.county_t = p.county
                return R.choice(COUNTY_EN[p.county])
            if en:
                return 'Panzhihua, Sichuan, China'
            if R.random() < generic_rate:
                return R.choice(['攀枝花市', '四川攀枝花', '四川省攀枝花市'])
            self.county_t = p.county
            if web:
                return f"四川省-攀枝花市-{p.county}"
            t = R.choice(COUNTY_TXT[p.county])
            return S2T.convert(t) if trad else t
        if p.kind == 'old':
            t = R.choice(['攀枝花市', '渡口市', '四川省攀枝花市'])
            if en:
                t = 'Panzhihua, Sichuan'
            if web:
                t = '四川省-攀枝花市-'
        else:
            t = OUTSIDE_WEB[p.area] if web else OUTSIDE[p.area]
            if en:
                t = {'510104': 'Chengdu, Sichuan', '510107': 'Chengdu, Sichuan', '513401': 'Xichang, Sichuan',
                     '510502': 'Luzhou, Sichuan', '500104': 'Dadukou, Chongqing', '530723': 'Huaping, Yunnan',
                     '511102': 'Leshan, Sichuan', '510781': 'Jiangyou, Sichuan'}[p.area]
        return S2T.convert(t) if trad else t

    def county_col(self, c):
        if c in CODE:
            self.county_t = c
        return c

    def truth(self):
        i = self.id_t
        g = self.gender_t or ((('男' if int(i[16]) % 2 else '女') if i else None)) or self.ann_g
        bd = f"{i[6:10]}-{i[10:12]}-{i[12:14]}" if i else self.date_t
        c = self.county_t
        if i and i[:6] in AREA:
            assert c in (None, AREA[i[:6]]), (self.p.name, c, i)
            c = AREA[i[:6]]
        return {'sheet': self.sheet, 'row': self.row, 'name': self.name_t, 'gender': g, 'birth_date': bd,
                'id_number': i, 'phone': self.phone_t, 'email': self.email_t, 'education': self.edu_t,
                'origin_county': c}


class FileT:
    def __init__(self, name, expect='import', why=None):
        self.file, self.expect, self.why = name, expect, why
        self.persons, self.not_persons, self.refs = [], [], []

    def add(self, r):
        t = r.truth()
        self.persons.append(t)
        self.refs.append((r.p.key, r.sheet, r.row))
        if r.p not in APPEARED:
            APPEARED.append(r.p)

    def np(self, sheet, row, what):
        self.not_persons.append({'sheet': sheet, 'row': row, 'what': what})

    def out(self):
        d = {'file': self.file, 'expect': self.expect}
        if self.why:
            d['why'] = self.why
        d['persons'] = sorted(self.persons, key=lambda x: (x['sheet'] or '', x['row']))
        d['not_persons'] = sorted(self.not_persons, key=lambda x: (x['sheet'] or '', x['row']))
        return d


FILES = []


def pick(seq_weights):
    items, w = zip(*seq_weights)
    return R.choices(items, w)[0]


# =============================================================== F1: HTML table saved as .xls (GBK)
def f1():
    F = FileT('01_市人社局_攀籍人才信息导出.xls')
    groups = [('东区', 7), ('西区', 7), ('仁和区', 7), ('米易县', 6), ('盐边县', 6), ('市外', 2)]
    esc = lambda s: (s or '').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    rows_html = []
    r = 1
    rows_html.append('<tr height="36"><td colspan="12" class="title">攀枝花市在外攀籍人才信息登记表</td></tr>')
    F.np(None, r, 'title'); r += 1
    rows_html.append('<tr><td colspan="12" class="info">导出单位：攀枝花市人力资源和社会保障局　导出时间：2024-03-18 09:12:44　'
                     '共 35 人</td></tr>')
    F.np(None, r, 'export info line'); r += 1
    rows_html.append('<tr><th rowspan="2">序号</th><th rowspan="2">所在区县</th><th colspan="4">基本信息</th>'
                     '<th colspan="2">联系信息</th><th rowspan="2">最高学历</th><th rowspan="2">现工作单位及职务</th>'
                     '<th rowspan="2">现居住城市</th><th rowspan="2">人才类别</th></tr>')
    rows_html.append('<tr><th>姓名</th><th>性别</th><th>出生年月</th><th>身份证号码</th><th>联系方式</th><th>电子邮箱</th></tr>')
    F.np(None, r, 'header (level 1, with rowspan/colspan)'); F.np(None, r + 1, 'header (level 2)'); r += 2
    seqno = 0
    forced = {'东区': newp(county='东区', kind='pzh', gender='男', name='张伟', by=(1984, 1986), edu='硕士研究生'),
              '西区': newp(county='西区', kind='pzh', gender='女', name='王芳', by=(1978, 1980), edu='大学本科')}
    old1 = newp(county='东区', kind='old', by=(1970, 1975))
    dup_person = None
    cat = ['急需紧缺人才', '青年人才', '领军人才', '青鹏人才', '攀枝花工匠', '康养优才', '']
    total = 0
    for gi, (g, n) in enumerate(groups):
        people = []
        if g in forced:
            people.append(forced[g])
        if g == '东区':
            people.append(old1)
        while len(people) < n:
            if g == '市外':
                people.append(newp(kind='outside'))
            else:
                people.append(newp(county=g, yi=(g == '盐边县' and len(people) == 2)))
        if g == '西区':
            dup_person = people[2]
            people.insert(5, dup_person)      # listed twice, the second time three rows further down
        share_emp = None
        span_left = 0
        seen_here = set()
        for k, p in enumerate(people):
            second = p.key in seen_here
            seen_here.add(p.key)
            if True:
                seqno += 1
                row = Row(p, None, r)
                cells = []
                cells.append(f'<td>{seqno}</td>')
                cells.append(f'<td>{row.county_col(g) if g != "市外" else "市外"}</td>')
                nm_style = R.choice(['plain'] * 5 + ['sp'])
                if p.name == '王芳':
                    nm_style = 'ann(已调离)'
                nm = row.name(nm_style)
                cells.append(f'<td>{esc(nm)}&nbsp;</td>' if R.random() < 0.15 else f'<td>{esc(nm)}</td>')
                cells.append(f'<td>{row.gender()}</td>')
                cells.append(f'<td>{row.date("dot_ym")}</td>')
                if second:
                    form = 'v18'
                elif p.bd.year < 1980 and R.random() < 0.3:
                    form = 'v15'
                else:
                    form = pick([('v18', 80), ('lx', 5 if p.id18.endswith('X') else 0), ('none', 6), ('broken', 4)])
                cells.append(f'<td class="txt">{row.idn(form)}</td>')
                ph = pick([('m', 40), ('sp', 15), ('dash', 10), ('land_m', 15), ('land', 5), ('m_m2', 10)])
                if ph == 'm':
                    v = row.phone([('m', 'plain')])
                elif ph in ('sp', 'dash'):
                    v = row.phone([('m', ph)])
                elif ph == 'land_m':
                    v = row.phone(['land', 'm'], sep='/')
                elif ph == 'land':
                    v = row.phone(['land'])
                else:
                    v = row.phone(['m', 'm2'] if p.mobile2 else ['m'], sep='，')
                cells.append(f'<td class="txt">{v}</td>')
                em = row.email(R.choice(['plain', 'plain', 'upper'])) if R.random() < 0.8 else ''
                cells.append(f'<td>{esc(em) or "&nbsp;"}</td>')
                cells.append(f'<td>{row.edu(allowed=["博士研究生", "研究生（博士）", "硕士研究生", "研究生（硕士）", "大学本科", "本科", "大专", "大学专科", "中专", "高中"])}</td>')
                # employer: rowspan when consecutive persons share it (仁和区 group, persons 2-4)
                if g == '仁和区' and k == 1:
                    share_emp = '攀钢集团有限公司<br>（驻成都办事处）'
                    cells.append(f'<td rowspan="3">{share_emp}</td>')
                    span_left = 2
                elif span_left:
                    span_left -= 1
                else:
                    cells.append(f'<td>{esc(p.employer)} {esc(p.position)}</td>')
                cells.append(f'<td>{p.city}</td>')
                cells.append(f'<td>{R.choice(cat)}</td>')
                rows_html.append('<tr>' + ''.join(cells) + '</tr>')
                F.add(row)
                total += 1
                r += 1
        if g != '市外':
            rows_html.append(f'<tr><td colspan="2" class="sub">{g}小计</td><td colspan="10" class="sub">{len(people)} 人</td></tr>')
            F.np(None, r, f'subtotal ({g})'); r += 1
    rows_html.append(f'<tr><td colspan="2"><b>合计</b></td><td colspan="10"><b>{total}</b> 人次（35 人）</td></tr>')
    F.np(None, r, 'grand total'); r += 1
    rows_html.append('<tr><td colspan="12">注：1.本表数据来源于攀枝花市人才信息管理系统；2.身份证号码为敏感信息，请勿外传；'
                     '3.咨询电话 0812-3331234。</td></tr>')
    F.np(None, r, 'note'); r += 1
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
            '<meta name="ProgId" content="Excel.Sheet">\n<style>\n.txt{mso-number-format:"\\@";}\n'
            '.title{font-size:18pt;font-weight:bold;text-align:center}\nth{background:#DDEBF7}\n</style>\n'
            '<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>人才信息</x:Name>'
            '<x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets>'
            '</x:ExcelWorkbook></xml><![endif]-->\n</head>\n<body>\n<table border="1" cellspacing="0">\n'
            + '\n'.join(rows_html) + '\n</table>\n</body>\n</html>\n')
    with open(os.path.join(OUT, F.file), 'wb') as f:
        f.write(html.encode('gbk'))
    FILES.append(F)


# =============================================================== F2: XML Spreadsheet 2003 saved as .xls
def f2():
    F = FileT('02_攀枝花学院校友会_在外校友名录.xls')
    SH = '校友名录'
    colleges = [('钒钛学院', 7), ('土木与建筑工程学院', 6), ('电气信息工程学院', 6), ('医学院', 6), ('经济与管理学院', 6),
                ('交通与汽车工程学院', 5)]
    borrowed = borrow(lambda p: p.bd.year >= 1978 and not p.yi, 3, [])
    bi = iter(borrowed)
    xml_rows = []

    def cell(v, t='String', style=None, idx=None, ma=None, md=None):
        a = ''
        if idx:
            a += f' ss:Index="{idx}"'
        if style:
            a += f' ss:StyleID="{style}"'
        if ma:
            a += f' ss:MergeAcross="{ma}"'
        if md:
            a += f' ss:MergeDown="{md}"'
        return f'<Cell{a}><Data ss:Type="{t}">{xesc(str(v))}</Data></Cell>'

    def row_xml(cells, idx=None, extra=''):
        """cells: list of (col, xmlfactory-args) ; emits ss:Index when a gap occurs"""
        out, prev = [], 0
        for col, args in cells:
            kw = dict(args[2]) if len(args) > 2 else {}
            if col != prev + 1:
                kw['idx'] = col
            out.append(cell(args[0], args[1], **kw))
            prev = col + kw.get('ma', 0)
        ia = f' ss:Index="{idx}"' if idx else ''
        return f'<Row{ia}{extra}>' + ''.join(out) + '</Row>'

    xml_rows.append(row_xml([(1, ('攀枝花学院校友会 · 在外校友名录（2023届以前）', 'String', {'style': 'sTitle', 'ma': 11}))], extra=' ss:Height="30"'))
    F.np(SH, 1, 'title')
    xml_rows.append(row_xml([(1, ('数据来源：校友会微信小程序；导出时间：2023-12-05', 'String', {'ma': 11}))]))
    F.np(SH, 2, 'source line')
    heads = ['序号 No.', '学院 School', '姓名 Name', '性别 Gender', '出生日期 Date of Birth', '身份证号 ID No.', '手机 Mobile',
             'Email', '最高学历/学位 Degree', '毕业年份 Class of', '籍贯（省市县） Hometown', '现工作单位及职务 Employer & Position']
    xml_rows.append(row_xml([(i + 1, (h, 'String', {'style': 'sHead'})) for i, h in enumerate(heads)], idx=4))
    F.np(SH, 4, 'header')
    r = 5
    seq = 0
    stats = []
    for ci, (col, n) in enumerate(colleges):
        if ci == 3:
            xml_rows.append('<Row/>')
            F.np(SH, r, 'blank row'); r += 1
        stats.append((col, n))
        for k in range(n):
            p = next(bi, None) if k == 1 else None
            if p is None:
                p = newp(by=(1976, 1999), kind=pick([('pzh', 55), ('moved', 10), ('outside', 35)]),
                         edu=pick([('大学本科', 50), ('硕士研究生', 30), ('博士研究生', 10), ('大学专科', 10)]))
            seq += 1
            row = Row(p, SH, r)
            cells = [(1, (seq, 'Number'))]
            if k == 0:
                cells.append((2, (col, 'String', {'md': n - 1, 'style': 'sMid'})))
            cells.append((3, (row.name(R.choice(['plain'] * 6 + ['sp'])), 'String')))
            cells.append((4, (row.gender(R.choice(['zh', 'zh', 'zh', 'en'])), 'String')))
            df = pick([('date', 60), ('dot_ym1', 20), ('cn_ym', 20)])
            dv = row.date(df)
            if df == 'date':
                cells.append((5, (dv.strftime('%Y-%m-%dT00:00:00.000'), 'DateTime', {'style': 'sDate'})))
            else:
                cells.append((5, (dv, 'String')))
            form = pick([('v18', 78), ('none', 12), ('broken', 4), ('lx', 6 if p.id18.endswith('X') else 0)])
            iv = row.idn(form)
            if iv:
                cells.append((6, (iv, 'String')))
            ph = pick([('num', 45), ('str', 25), ('+86', 15), ('none', 15)])
            if ph == 'num':
                cells.append((7, (int(row.phone(['m'])), 'Number')))
            elif ph == 'str':
                cells.append((7, (row.phone([('m', R.choice(['sp', 'dash']))]), 'String')))
            elif ph == '+86':
                cells.append((7, (row.phone([('m', '+86')]), 'String')))
            if R.random() < 0.8:
                cells.append((8, (row.email(R.choice(['plain', 'plain', 'allup', 'space'])), 'String')))
            ed = row.edu(allowed={'博士研究生': ['博士研究生/博士'], '硕士研究生': ['硕士研究生/硕士', '在职硕士'],
                                  '大学本科': ['本科（学士）', '本科/学士'], '大学专科': ['专科']}[p.edu])
            cells.append((9, (ed, 'String')))
            cells.append((10, (min(p.bd.year + 22 + (3 if p.edu in ('硕士研究生', '博士研究生') else 0), 2023), 'Number')))
            cells.append((11, (row.origin(generic_rate=0.12), 'String')))
            cells.append((12, (f"{p.employer}/{p.position}", 'String')))
            xml_rows.append(row_xml(cells))
            F.add(row)
            r += 1
    last = r - 1
    xml_rows.append(row_xml([(1, ('注：以上信息由校友本人通过小程序填报，学校未逐一核实。', 'String', {'ma': 11}))], idx=last + 2))
    F.np(SH, last + 2, 'note')
    stat_rows = ['<Row>' + cell('学院', 'String', 'sHead') + cell('人数', 'String', 'sHead') + '</Row>']
    for c, n in stats:
        stat_rows.append('<Row>' + cell(c) + cell(n, 'Number') + '</Row>')
    stat_rows.append('<Row>' + cell('合计') + '<Cell ss:Formula="=SUM(R[-6]C:R[-1]C)"><Data ss:Type="Number">36</Data></Cell></Row>')
    for i in range(len(stat_rows)):
        F.np('按学院统计', i + 1, 'statistics sheet (counts per college, no persons)')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:html="http://www.w3.org/TR/REC-html40">\n'
           '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>校友会秘书处</Author>'
           '<Created>2023-12-05T08:00:00Z</Created></DocumentProperties>\n'
           '<Styles><Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="宋体" ss:Size="11"/></Style>'
           '<Style ss:ID="sTitle"><Alignment ss:Horizontal="Center"/><Font ss:FontName="黑体" ss:Size="16" ss:Bold="1"/></Style>'
           '<Style ss:ID="sHead"><Font ss:Bold="1"/><Interior ss:Color="#FCE4D6" ss:Pattern="Solid"/></Style>'
           '<Style ss:ID="sMid"><Alignment ss:Vertical="Center"/></Style>'
           '<Style ss:ID="sDate"><NumberFormat ss:Format="yyyy/m/d"/></Style></Styles>\n'
           f'<Worksheet ss:Name="{SH}"><Table>\n<Column ss:Width="40"/><Column ss:Width="110"/>\n'
           + '\n'.join(xml_rows) +
           '\n</Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><FreezePanes/><SplitHorizontal>4</SplitHorizontal>'
           '<TopRowBottomPane>4</TopRowBottomPane></WorksheetOptions></Worksheet>\n'
           '<Worksheet ss:Name="按学院统计"><Table>\n' + '\n'.join(stat_rows) + '\n</Table></Worksheet>\n</Workbook>\n')
    with open(os.path.join(OUT, F.file), 'w', encoding='utf-8') as f:
        f.write(xml)
    FILES.append(F)


# =============================================================== F3: ODS with county merged down
def f3():
    F = FileT('03_米易盐边_在外人才摸底表.ods')
    SH = '人才摸底表'
    doc = OpenDocumentSpreadsheet()
    t = Table(name=SH)
    for _ in range(12):
        t.addElement(TableColumn())
    NC = 12

    def tc(v=None, vtype=None, **kw):
        if v is None or v == '':
            return TableCell(**kw)
        if vtype == 'date':
            c = TableCell(valuetype='date', datevalue=v.strftime('%Y-%m-%d'), **kw)
            c.addElement(OP(text=v.strftime('%Y-%m-%d')))
            return c
        if vtype == 'float':
            c = TableCell(valuetype='float', value=str(v), **kw)
        else:
            c = TableCell(valuetype='string', **kw)
        c.addElement(OP(text=str(v)))
        return c

    def add_row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    add_row([tc('米易县、盐边县在外人才摸底统计表（2024年一季度）', numbercolumnsspanned=NC)] + [CoveredTableCell() for _ in range(NC - 1)])
    F.np(SH, 1, 'title')
    heads = ['区县', '序号', '姓名', '性别', '出生年月', '公民身份号码', '联系电话', '学历', '学位', '毕业院校', '工作单位', '职务/职称']
    add_row([tc(h) for h in heads])
    F.np(SH, 2, 'header')
    r = 3
    groups = [('米易县', 18, 9), ('盐边县', 16, None)]
    seq = 0
    excl = []
    for gi, (g, n, blank_at) in enumerate(groups):
        if gi == 1:
            add_row([tc(h) for h in heads])
            F.np(SH, r, 'repeated header (print page break)'); r += 1
        people = borrow(lambda p, g=g: p.county == g and not p.yi and p.kind in ('pzh', 'moved'), 2, excl)
        excl += people
        people = people[:1] + [newp(county=g, yi=True, kind='pzh')] + people[1:]
        while len(people) < n:
            people.append(newp(county=g, kind=pick([('pzh', 75), ('moved', 20), ('old', 5)]),
                               by=(1962, 1998)))
        span = n + (1 if blank_at is not None else 0)
        k = 0
        for pi, p in enumerate(people):
            if blank_at is not None and pi == blank_at:
                cells = ([tc(g, numbercolumnsspanned=1, numberrowsspanned=span)] if k == 0 else [CoveredTableCell()])
                add_row(cells + [tc() for _ in range(NC - 1)])
                F.np(SH, r, 'blank row inside merged county block'); r += 1
                k += 1
            seq += 1
            row = Row(p, SH, r)
            row.county_col(g)      # the merged county cell covers this row
            cells = [tc(g, numberrowsspanned=span)] if k == 0 else [CoveredTableCell()]
            k += 1
            cells.append(tc(seq, 'float'))
            cells.append(tc(row.name('yi' + R.choice(['.', '']) if p.yi else R.choice(['plain'] * 5 + ['sp']))))
            cells.append(tc(row.gender()))
            df = pick([('cn_ym', 35), ('dot_yy', 25), ('dot_ym1', 20), ('date', 20)])
            dv = row.date(df)
            cells.append(tc(dv, 'date') if df == 'date' else tc(dv))
            form = pick([('v18', 70), ('v15', 14 if p.bd.year < 1985 else 0), ('none', 8), ('broken', 4), ('sp', 4)])
            cells.append(tc(row.idn(form)))
            ph = pick([('m', 40), ('sp', 20), ('land_m', 25), ('land', 5), ('none', 10)])
            if ph == 'm':
                v = row.phone(['m'])
            elif ph == 'sp':
                v = row.phone([('m', 'sp')])
            elif ph == 'land_m':
                v = row.phone(['land', 'm'], sep=' ')
            elif ph == 'land':
                v = row.phone(['land'])
            else:
                v = ''
            cells.append(tc(v))
            row.edu_t = p.edu
            xl, xw = R.choice({'博士研究生': [('研究生', '博士'), ('博士研究生', '博士')],
                               '硕士研究生': [('研究生', '硕士'), ('在职研究生', '硕士'), ('硕士研究生', '')],
                               '大学本科': [('本科', '学士'), ('大学本科', '学士'), ('本科', '')],
                               '大学专科': [('大专', ''), ('专科', '')], '中专': [('中专', '')], '高中': [('高中', '')]}[p.edu])
            cells += [tc(xl), tc(xw), tc(p.school), tc(p.employer), tc(p.position)]
            add_row(cells)
            F.add(row)
            r += 1
    add_row([tc('合计'), tc(), tc(f'{seq}人')] + [tc() for _ in range(NC - 3)])
    F.np(SH, r, 'total'); r += 1
    add_row([tc('填表人：县委组织部人才办　联系电话：0812-8123456　填表日期：2024年3月28日', numbercolumnsspanned=NC)] + [CoveredTableCell() for _ in range(NC - 1)])
    F.np(SH, r, 'signature line (contains a landline, not a person)'); r += 1
    doc.spreadsheet.addElement(t)
    t2 = Table(name='填表说明')
    for i, line in enumerate(['1. 区县栏按户籍所在县合并填写。', '2. 出生年月可只填到月。', '3. 学历、学位分别填写。',
                              '4. 本表仅供人才工作使用。']):
        tr = TableRow()
        c = TableCell(valuetype='string'); c.addElement(OP(text=line)); tr.addElement(c)
        t2.addElement(tr)
        F.np('填表说明', i + 1, 'instructions sheet')
    doc.spreadsheet.addElement(t2)
    doc.save(os.path.join(OUT, F.file))
    FILES.append(F)


# =============================================================== F4: xlsx (xlsxwriter) title, freeze, hidden cols/sheet, comments, formulas
def f4():
    F = FileT('04_市科技局_科技专家库_攀籍在外专家.xlsx')
    SH = '专家名单'
    wb = xlsxwriter.Workbook(os.path.join(OUT, F.file))
    ws = wb.add_worksheet(SH)
    ws2 = wb.add_worksheet('填表说明')
    ws3 = wb.add_worksheet('字典')
    ttl = wb.add_format({'bold': True, 'font_size': 16, 'align': 'center', 'valign': 'vcenter', 'text_wrap': True})
    hd = wb.add_format({'bold': True, 'bg_color': '#E2EFDA', 'border': 1, 'text_wrap': True})
    txt = wb.add_format({'num_format': '@'})
    dfmt = wb.add_format({'num_format': 'yyyy-mm-dd'})
    ws.merge_range('A1:P2', '攀枝花市科技专家库·攀籍在外专家名单\n（第三批，截至2024年6月30日）', ttl)
    ws.set_row(0, 30); ws.set_row(1, 30)
    F.np(SH, 1, 'title (merged A1:P2, 2 lines)'); F.np(SH, 2, 'title (merged A1:P2, 2 lines)')
    heads = ['序号', '姓', '名', '全名', '性别', '出生日期', '身份证号码', '手机 Mobile', '电子邮箱', '最高学历', '职称',
             '研究方向', '现工作单位', '籍贯', '备注', '内部编号']
    for i, h in enumerate(heads):
        ws.write_string(2, i, h, hd)
    F.np(SH, 3, 'header')
    ws.freeze_panes(3, 4)
    ws.set_column('A:A', 6); ws.set_column('B:C', 6); ws.set_column('D:D', 10); ws.set_column('F:F', 12)
    ws.set_column('G:G', 22, txt, {'hidden': True})
    ws.set_column('H:N', 16)
    ws.set_column('P:P', 14, None, {'hidden': True})
    people = borrow(lambda p: p.bd.year <= 1988 and p.edu in ('博士研究生', '硕士研究生') and not p.yi, 5)
    people.insert(7, newp(name='欧阳' + R.choice(['明轩', '晓峰', '静怡']), gender=None, by=(1968, 1984), edu='博士研究生'))
    people.insert(21, newp(name='司马' + R.choice(['文博', '雨婷']), by=(1970, 1985), edu='博士研究生'))
    while len(people) < 40:
        people.insert(R.randrange(len(people) + 1),
                      newp(by=(1960, 1988), edu=pick([('博士研究生', 60), ('硕士研究生', 30), ('大学本科', 10)]),
                           overseas=R.random() < 0.08))
    # a repeated name inside the pool: 王芳 (different person from file 01)
    people[30] = newp(name='王芳', gender='女', by=(1965, 1970), edu='硕士研究生', kind='pzh', county='仁和区')
    fields = ['冶金', '钒钛新材料', '储能材料', '氢能装备', '临床医学', '康养产业', '现代农业', '智能制造', '矿山安全', '电力系统']
    titles = {'博士研究生': ['研究员', '教授', '正高级工程师', '副教授'], '硕士研究生': ['高级工程师', '副研究员', '主任医师'],
              '大学本科': ['高级工程师', '高级教师']}
    for i, p in enumerate(people):
        r0 = 3 + i
        r = r0 + 1
        row = Row(p, SH, r)
        ws.write_formula(r0, 0, '=ROW()-3', None, r - 3)
        s, g = split_name(p.name)
        ws.write_string(r0, 1, s); ws.write_string(r0, 2, g)
        ws.write_formula(r0, 3, f'=CONCATENATE(B{r},C{r})', None, p.name)
        ws.write_string(r0, 4, row.gender())
        df = pick([('date', 55), ('slash', 15), ('cn_ym', 15), ('dot_yy', 15)])
        dv = row.date(df)
        if df == 'date':
            ws.write_datetime(r0, 5, dv, dfmt)
        else:
            ws.write_string(r0, 5, dv)
        form = pick([('v18', 80), ('none', 10), ('broken', 3), ('fw', 3), ('trail', 4)])
        iv = row.idn(form)
        if iv:
            ws.write_string(r0, 6, iv, txt)
        if p.overseas:
            v = row.phone(['f', 'm'], sep='；') if R.random() < 0.5 else row.phone(['f'])
        else:
            st = pick([('plain', 40), ('+86', 20), ('dash', 15), ('m_land', 15), ('none', 10)])
            v = '' if st == 'none' else (row.phone(['m', 'land'], sep='；') if st == 'm_land' else row.phone([('m', st)]))
        if v:
            ws.write_string(r0, 7, v)
        if R.random() < 0.85:
            ws.write_string(r0, 8, row.email(R.choice(['plain', 'plain', 'upper'])))
        ws.write_string(r0, 9, row.edu(allowed=['博士研究生', '博士', '硕士研究生', '在职硕士', '本科（学士）', '大学本科']))
        ws.write_string(r0, 10, R.choice(titles[p.edu]))
        ws.write_string(r0, 11, R.choice(fields))
        ws.write_string(r0, 12, p.employer)
        ws.write_string(r0, 13, row.origin(generic_rate=0.1))
        rem = R.choice([''] * 6 + ['院士候选人', '已回攀开展项目合作', '可远程评审', '2023年新增'])
        if rem:
            ws.write_string(r0, 14, rem)
        ws.write_string(r0, 15, f"KJZJ-2024-{100 + i:04d}")
        if i in (4, 17, 33):
            ws.write_comment(r0, 3, R.choice(['曾用名：' + p.name[0] + '小' + R.choice('明红军燕'), '本人要求：仅邮件联系', '信息待核实']),
                             {'author': '科技局人才科'})
        if i in (9, 26):
            ws.write_comment(r0, 7, '工作日 9:00-17:00 联系', {'author': '科技局人才科'})
        F.add(row)
    last = 3 + len(people)   # last excel row of persons
    ws.merge_range(last + 1, 0, last + 1, 15,
                   '填报单位（盖章）：攀枝花市科学技术局　　填报人：刘某　　审核人：陈某　　联系电话：0812-3336789')
    F.np(SH, last + 2, 'signature line (contains a landline)')
    ws.data_validation(3, 9, last - 1, 9, {'validate': 'list', 'source': '=字典!$A$2:$A$8'})
    for i, line in enumerate(['填表说明', '1. 序号、全名由公式自动生成，请勿修改。', '2. 身份证号码列已隐藏，打印时不显示。',
                              '3. 学历请从下拉列表选择。', '4. 籍贯填写到县（区）。']):
        ws2.write_string(i, 0, line)
        F.np('填表说明', i + 1, 'instructions sheet')
    for c, (h, vals) in enumerate([('学历', ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中专', '高中', '其他']),
                                    ('区县', ['东区', '西区', '仁和区', '米易县', '盐边县']),
                                    ('职称', ['正高级', '副高级', '中级', '初级'])]):
        ws3.write_string(0, c, h)
        for k, v in enumerate(vals):
            ws3.write_string(k + 1, c, v)
    for k in range(8):
        F.np('字典', k + 1, 'hidden lookup sheet (drop-down lists, not persons)')
    ws3.hide()
    wb.close()
    FILES.append(F)


# =============================================================== F5: CSV from a web system (UTF-8 BOM, all quoted, CRLF)
def f5():
    F = FileT('05_攀枝花人才码平台_注册用户导出_20240312.csv')
    heads = ['用户ID', '姓名 Name', '性别 Gender', '证件类型', '证件号码 ID No.', '手机 Mobile', '电子邮箱 Email', '最高学历/学位',
             '籍贯（省市县）', '现居住城市', '现工作单位及职务', '注册时间', '备注', '']
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator='\r\n')
    line = 1
    w.writerow(heads)
    F.np(None, 1, 'header')
    line = 2
    people = borrow(lambda p: not p.yi, 8)
    youth = [newp(by=(1999, 2003), county='东区', kind='pzh', edu='大学本科') for _ in range(4)]
    pp = [newp(overseas=True, by=(1975, 1992), edu='博士研究生') for _ in range(3)]
    zw = newp(name='张伟', gender='男', kind='outside', by=(1991, 1993), edu='大学本科')
    people += youth + pp + [zw]
    while len(people) < 40:
        people.append(newp(by=(1970, 2000)))
    R.shuffle(people)
    dups = {people[5].key: people[5], people[22].key: people[22]}
    order = list(people)
    order.insert(31, people[5])
    order.insert(37, people[22])
    t0 = dt.datetime(2023, 9, 1, 8, 0, 0)
    uid = 20230900
    seen = set()
    pending_special = {12: 'abandoned', 27: 'test'}
    foreigner_done = False
    for idx, p in enumerate(order):
        if idx in pending_special:
            uid += R.randint(1, 9)
            t0 += dt.timedelta(hours=R.randint(2, 60), seconds=R.randint(0, 3600))
            if pending_special[idx] == 'abandoned':
                rec = [f"U{uid}", '', '', '居民身份证', '', '', '', '', '', '', '', t0.strftime('%Y-%m-%d %H:%M:%S'), '', '']
                F.np(None, line, 'abandoned registration (only user id and time)')
            else:
                rec = [f"U{uid}", '测试账号', '男', '居民身份证', '', '13800000000', 'test@rencai.pzh.gov.cn', '大学本科',
                       '四川省-攀枝花市-东区', '攀枝花', '平台运维', t0.strftime('%Y-%m-%d %H:%M:%S'), '系统测试数据，请勿统计', '']
                F.np(None, line, 'system test account')
            s = io.StringIO(); csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator='\r\n').writerow(rec)
            buf.write(s.getvalue()); line += s.getvalue().count('\n')
        uid += R.randint(1, 9)
        t0 += dt.timedelta(hours=R.randint(2, 60), seconds=R.randint(0, 3600))
        row = Row(p, None, line)
        again = p.key in seen
        seen.add(p.key)
        if p.overseas and p in pp and not foreigner_done:
            foreigner_done = True
            nm = row.name('rom' + str(R.choice([1, 3])))
            idt, idv = '护照', f"G{R.choice('KEP')}{R.randint(1000000, 9999999)}"
        elif p.overseas and p in pp:
            nm = row.name('plain')
            idt, idv = '护照', f"E{R.randint(10000000, 99999999)}"
        else:
            nm = row.name(R.choice(['plain'] * 8 + ['sp']))
            idt = '居民身份证'
            form = pick([('v18', 85), ('none', 8), ('broken', 3), ('lx', 4 if p.id18.endswith('X') else 0)])
            iv = row.idn(form)
            wrap = pick([('eq', 35), ('apos', 15), ('tab', 15), ('plain', 35)])
            if iv and wrap == 'eq':
                iv = f'="{iv}"'
            elif iv and wrap == 'apos':
                iv = "'" + iv
            elif iv and wrap == 'tab':
                iv = '\t' + iv
            idv = iv
        gsty = pick([('zh', 75), ('none', 15), ('unk', 10)])
        gv = row.gender() if gsty == 'zh' else ('' if gsty == 'none' else '未知')
        if p.overseas:
            ph = row.phone(['f'])
        else:
            st = pick([('+86', 30), ('+86dash', 15), ('+86c', 15), ('plain', 20), ('eq', 10), ('+86sp', 10)])
            if st == 'eq':
                ph = '="' + row.phone(['m']) + '"'
            else:
                ph = row.phone([('m', st)])
        em = row.email(R.choice(['plain', 'plain', 'plain', 'upper'])) if R.random() < 0.9 else ''
        if again:
            # second registration: different mail-box style, sometimes none
            em = '' if R.random() < 0.5 else row.email('allup')
            if not em:
                row.email_t = None
        ed = row.edu(allowed={'博士研究生': ['博士研究生/博士'], '硕士研究生': ['硕士研究生/硕士', '在职硕士'],
                              '大学本科': ['大学本科/学士'], '大学专科': ['大学专科'], '中专': ['中专'], '高中': ['高中']}[p.edu])
        og = row.origin(generic_rate=0.08, web=True)
        rem = ''
        if idx == 18:
            rem = '已回攀创业\n联系人：本人'
        elif again:
            rem = '重复注册'
        elif R.random() < 0.15:
            rem = R.choice(['希望参加人才座谈会', '关注钒钛产业政策', '可提供远程技术服务', '有意向回攀'])
        rec = [f"U{uid}", nm, gv, idt, idv, ph, em, ed, og,
               (p.country and {'US': '美国', 'UK': '英国', 'DE': '德国', 'SG': '新加坡', 'AU': '澳大利亚', 'JP': '日本', 'CA': '加拿大'}[p.country]) or p.city,
               f"{p.employer} {p.position}", t0.strftime('%Y-%m-%d %H:%M:%S'), rem, '']
        s = io.StringIO(); csv.writer(s, quoting=csv.QUOTE_ALL, lineterminator='\r\n').writerow(rec)
        buf.write(s.getvalue())
        F.add(row)
        line += s.getvalue().count('\n')
    with open(os.path.join(OUT, F.file), 'w', encoding='utf-8-sig', newline='') as f:
        f.write(buf.getvalue())
    FILES.append(F)


# =============================================================== F6: two rows per person (chamber of commerce)
def f6():
    F = FileT('06_北京攀枝花商会_会员通讯录2024.xlsx')
    SH = '会员通讯录'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SH
    ws['A1'] = '北京攀枝花商会 会员通讯录（2024版）'
    ws.merge_cells('A1:H1')
    ws['A1'].font = Font(size=16, bold=True)
    F.np(SH, 1, 'title')
    for c, h in enumerate(['序号', '姓名', '性别', '出生年月', '籍贯', '最高学历', '手机', '单位及职务'], 1):
        ws.cell(2, c, h).font = Font(bold=True)
    ws.cell(3, 2, '电子邮箱').font = Font(bold=True)
    ws.cell(3, 5, '备注').font = Font(bold=True)
    ws.merge_cells('A2:A3'); ws.merge_cells('B3:D3'); ws.merge_cells('E3:H3')
    F.np(SH, 2, 'header (first line of a person)'); F.np(SH, 3, 'header (second line: 电子邮箱 / 备注)')
    ws.freeze_panes = 'C4'
    people = borrow(lambda p: p.bd.year <= 1986 and not p.overseas and not p.yi, 4)
    while len(people) < 30:
        people.append(newp(by=(1962, 1990), kind=pick([('pzh', 70), ('moved', 15), ('old', 5), ('outside', 10)])))
    R.shuffle(people)
    sections = [('一、会长、副会长', people[:5]), ('二、理事', people[5:14]), ('三、会员', people[14:] + [people[2]])]
    r = 4
    seq = 0
    for title, grp in sections:
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        F.np(SH, r, 'section heading'); r += 1
        for p in grp:
            seq += 1
            row = Row(p, SH, r)
            ws.cell(r, 1, seq)
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
            ann = pick([('plain', 75), ('ann（女）', 10 if p.gender == '女' else 0), ('ann（博士）', 10 if p.edu == '博士研究生' else 0),
                        ('ann（常务理事）', 5), ('sp', 10)])
            ws.cell(r, 2, row.name(ann))
            if ann != 'ann（女）' or R.random() < 0.5:
                ws.cell(r, 3, row.gender())
            df = pick([('dot_ym', 40), ('cn_ym', 30), ('date', 30)])
            dv = row.date(df)
            c = ws.cell(r, 4, dv)
            if df == 'date':
                c.number_format = 'yyyy-mm-dd'
            ws.cell(r, 5, row.origin(generic_rate=0.15))
            ws.cell(r, 6, row.edu(allowed=['博士研究生', '博士', '硕士研究生', '硕士', '本科', '大学本科', '大专', '专科', '中专', '高中']))
            st = pick([('sp', 30), ('plain', 25), ('m_land', 20), ('land', 8), ('m_m2', 17)])
            if st == 'm_land':
                v = row.phone(['m', 'land'], sep=' / ')
            elif st == 'land':
                p.landline = p.landline or gen_landline('北京')
                v = row.phone(['land'])
            elif st == 'm_m2':
                v = row.phone(['m', 'm2'] if p.mobile2 else ['m'], sep='、')
            else:
                v = row.phone([('m', st)])
            ws.cell(r, 7, v)
            ws.cell(r, 8, f"{p.employer} {R.choice(['董事长', '总经理', '副总裁', '合伙人', p.position])}")
            if R.random() < 0.8:
                ws.cell(r + 1, 2, row.email(R.choice(['plain', 'plain', 'upper'])))
            rem = R.choice(['', '', '', '2019年入会', '商会监事', '负责青年企业家分会', '在京从事钒钛贸易', '有意在攀投资康养项目'])
            if p is people[2] and title.startswith('三'):
                rem = '（同时为副会长，重复列入会员名单）'
            if rem:
                ws.cell(r + 1, 5, rem)
            ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=4)
            ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=8)
            F.add(row)
            F.np(SH, r + 1, 'second line of the person above (邮箱/备注), not a new person')
            r += 2
    ws.cell(r + 1, 1, '商会秘书处 电话：010-62345678　如信息有变动请及时告知秘书处')
    F.np(SH, r + 1, 'footer note (contains a landline)')
    wb.create_sheet('Sheet2')
    wb.save(os.path.join(OUT, F.file))
    FILES.append(F)


# =============================================================== F7: card-style key/value sheet (overseas scholars)
def f7():
    F = FileT('07_海外攀籍学者联谊会_学者信息卡.xlsx')
    SH = '学者信息卡'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SH
    ws['A1'] = '海外攀籍学者联谊会 · 学者信息卡汇总'
    ws['A1'].font = Font(size=14, bold=True)
    ws['A2'] = '（每位学者一张卡片，按提交先后排列；Cards in order of submission）'
    F.np(SH, 1, 'title'); F.np(SH, 2, 'subtitle')
    people = borrow(lambda p: p.overseas, 2) + borrow(lambda p: p.edu == '博士研究生' and not p.overseas and not p.yi, 2)
    for p in people:
        if not p.overseas:
            p.overseas = True
            p.country, p.foreign_raw, p.foreign = gen_foreign()
    while len(people) < 20:
        people.append(newp(overseas=True, by=(1972, 1994), edu=pick([('博士研究生', 75), ('硕士研究生', 25)]),
                           kind=pick([('pzh', 70), ('moved', 20), ('outside', 10)])))
    R.shuffle(people)
    KEYS = {
        'bi': {'name': '姓名 / Name', 'gender': '性别 / Gender', 'born': '出生年月 / Born', 'home': '籍贯 / Hometown',
               'deg': '最高学位 / Degree', 'inst': '单位 / Institution', 'email': '邮箱 / Email', 'phone': '电话 / Phone',
               'id': '身份证号 / ID No.'},
        'zh': {'name': '姓名：', 'gender': '性别：', 'born': '出生年月：', 'home': '籍贯：', 'deg': '最高学历/学位：',
               'inst': '工作单位：', 'email': '电子邮箱：', 'phone': '联系电话：', 'id': '身份证号码：'},
        'en': {'name': 'Name', 'gender': 'Gender', 'born': 'Date of birth', 'home': 'Place of origin', 'deg': 'Degree',
               'inst': 'Organisation', 'email': 'E-mail', 'phone': 'Mobile', 'id': 'ID No.'},
    }
    r = 4
    for n, p in enumerate(people, 1):
        ws.cell(r, 1, f'—— 卡片 {n:02d} ——')
        F.np(SH, r, 'card separator'); r += 1
        lang = R.choice(['bi', 'bi', 'zh', 'en'])
        K = KEYS[lang]
        row = Row(p, SH, r)
        if lang == 'en':
            nm = row.name('rom' + str(R.choice([0, 1, 3])))
        elif lang == 'zh':
            nm = row.name('plain')
        else:
            base = p.name
            sp, gp = pinyin_parts(base)
            nm = R.choice([f"{base}（{sp.upper()} {gp}）", f"{sp.upper()} {gp} {base}"])
        items = [('name', nm)]
        if R.random() < 0.85:
            items.append(('gender', row.gender({'bi': R.choice(['zh', 'en']), 'zh': 'zh', 'en': R.choice(['en', 'mf'])}[lang])))
        df = pick([('dash_ym', 30), ('en_my', 20 if lang != 'zh' else 0), ('cn_ym', 20 if lang != 'en' else 0), ('date', 30)])
        items.append(('born', row.date(df)))
        items.append(('home', row.origin(generic_rate=0.15, en=(lang == 'en'))))
        ed = {'博士研究生': ['PhD', 'Ph.D.', '博士'], '硕士研究生': ['MSc', 'Master', '硕士']}[p.edu]
        row.edu_t = p.edu
        items.append(('deg', R.choice(ed if lang != 'zh' else ed[-1:])))
        items.append(('inst', p.employer))
        items.append(('email', row.email(R.choice(['plain', 'plain', 'upper']))))
        pv = row.phone(['f', 'm'], sep='; ') if R.random() < 0.3 else row.phone(['f'])
        if R.random() < 0.2:
            pv += f"; WeChat: {p.email.split('@')[0]}"
        items.append(('phone', pv))
        if R.random() < 0.4:
            items.append(('id', row.idn(pick([('v18', 85), ('broken', 15)]))))
        for k, v in items:
            ws.cell(r, 1, K[k])
            c = ws.cell(r, 2, v)
            if isinstance(v, dt.datetime):
                c.number_format = 'yyyy-mm-dd'
            if k != 'name':
                F.np(SH, r, 'card field line (belongs to the card above)')
            r += 1
        F.add(row)
        r += 1       # blank row between cards
    ws.column_dimensions['A'].width = 22
    ws.column_dimensions['B'].width = 42
    wb.save(os.path.join(OUT, F.file))
    FILES.append(F)


# =============================================================== F8: real BIFF .xls (xlwt), two yearly sheets
def f8():
    F = FileT('08_盐边县人才办_年度优秀人才报送.xls')
    wb = xlwt.Workbook(encoding='utf-8')
    st_title = xlwt.easyxf('font: bold on, height 320; align: horiz center')
    st_head = xlwt.easyxf('font: bold on; pattern: pattern solid, fore_colour light_turquoise; borders: left thin, right thin, top thin, bottom thin')
    st_date = xlwt.easyxf(num_format_str='yyyy.mm.dd')
    st_txt = xlwt.easyxf(num_format_str='@')
    heads = ['序号', '姓名', '性别', '民族', '出生年月', '身份证号码', '手机号码', '学历', '毕业院校及专业', '工作单位及职务',
             '户籍所在地', '备注']
    towns = ['桐子林镇', '红格镇', '渔门镇', '新九镇', '永兴镇', '惠民镇', '国胜乡']
    base = borrow(lambda p: p.county == '盐边县', 3)
    y23 = base + [newp(county='盐边县', yi=(i in (2, 9)), kind=pick([('pzh', 85), ('moved', 15)]),
                       by=(1965, 1997)) for i in range(20 - len(base))]
    R.shuffle(y23)
    again = [y23[i] for i in (1, 4, 8, 13, 17)]
    y24 = [newp(county='盐边县', yi=(i == 6), kind=pick([('pzh', 85), ('moved', 15)]), by=(1965, 1999)) for i in range(15)]
    for k, p in enumerate(again):
        y24.insert(2 + 3 * k, p)
    for year, people in (('2023', y23), ('2024', y24)):
        SH = f'{year}年'
        ws = wb.add_sheet(SH)
        ws.write_merge(0, 0, 0, 11, f'盐边县在外优秀人才报送表（{year}年度）', st_title)
        ws.write_merge(1, 1, 0, 11, f'报送单位：中共盐边县委组织部（人才办）　　报送日期：{year}年12月20日')
        F.np(SH, 1, 'title'); F.np(SH, 2, 'sender line')
        for c, h in enumerate(heads):
            ws.write(2, c, h, st_head)
        F.np(SH, 3, 'header')
        dmg_left = 3
        for i, p in enumerate(people):
            r0 = 3 + i
            row = Row(p, SH, r0 + 1)
            ws.write(r0, 0, i + 1)
            ws.write(r0, 1, row.name('yi' + R.choice(['•', '·']) if p.yi else 'plain'))
            ws.write(r0, 2, row.gender())
            ws.write(r0, 3, '彝族' if p.yi else R.choice(['汉族'] * 9 + ['傈僳族']))
            damaged = bool(dmg_left and not p.id18.endswith('X') and i % 5 == 3)
            if damaged or R.random() < 0.75:
                ws.write(r0, 4, row.date('date'), st_date)
            else:
                ws.write(r0, 4, row.date('dot_ym'))
            if damaged:
                dmg_left -= 1
                row.idn('damaged')
                ws.write(r0, 5, float(p.id18[:15] + '000'))       # Excel-damaged: numeric, last 3 digits lost
            else:
                form = pick([('v18', 90), ('none', 5), ('broken', 5)])
                ws.write(r0, 5, row.idn(form), st_txt)
            if year == '2024' and p in again and p.mobile2:
                v = row.phone(['m2'])
            else:
                v = row.phone(['m'])
            if R.random() < 0.5:
                ws.write(r0, 6, float(v) if False else int(v))
            else:
                ws.write(r0, 6, v, st_txt)
            ws.write(r0, 7, row.edu(allowed=['博士研究生', '硕士研究生', '在职硕士', '大学本科', '本科', '大专', '大学专科', '中专', '高中']))
            ws.write(r0, 8, f"{p.school} {p.major}")
            ws.write(r0, 9, f"{p.employer} {p.position}")
            hj = R.choice(['盐边县' + R.choice(towns), '攀枝花市盐边县' + R.choice(towns), '四川省盐边县'])
            row.county_t = '盐边县'
            ws.write(r0, 10, hj)
            if year == '2024' and p in again:
                ws.write(r0, 11, '2023年已报送，信息更新')
            F.add(row)
        r0 = 3 + len(people)
        ws.write(r0, 0, '合计')
        ws.write(r0, 1, f'{len(people)}人')
        F.np(SH, r0 + 1, 'total')
        ws.write_merge(r0 + 2, r0 + 2, 0, 11, '审核人：　　　　　填表人：　　　　　联系电话：0812-8521234')
        F.np(SH, r0 + 3, 'signature line')
    wb.save(os.path.join(OUT, F.file))
    FILES.append(F)


# =============================================================== F9: GB18030 CSV typed by hand (students)
def f9():
    F = FileT('09_东区团委_寒假返乡大学生登记.csv')
    lines = []
    NCOL = 12
    heads = ['序号', '姓名', '性别', '出生日期', '身份证', '手机号', '邮箱/QQ', '学历', '就读（毕业）院校', '专业', '生源地', '备注']

    def emit(fields):
        s = io.StringIO()
        csv.writer(s, lineterminator='\n').writerow(fields)
        lines.append(s.getvalue())
        return len(lines)   # line number (no embedded newlines in this file)

    n = emit(['东区团委2024年寒假返乡大学生登记表'] + [''] * (NCOL - 1)); F.np(None, n, 'title')
    n = emit(heads); F.np(None, n, 'header')
    people = borrow(lambda p: p.bd.year >= 1998 and p.county == '东区', 2)
    while len(people) < 34:
        people.append(newp(by=(1998, 2005), county='东区', kind=pick([('pzh', 85), ('moved', 15)]),
                           edu=pick([('大学本科', 65), ('硕士研究生', 15), ('大学专科', 20)])))
    R.shuffle(people)
    first, second = people[:18], people[18:]
    second = second[:5] + [first[3]] + second[5:11] + [first[10]] + second[11:]
    seq = 0
    edu_raw = {'大学本科': ['本科在读', '本科', '本科（学士）', '大学本科'], '硕士研究生': ['硕士在读', '硕士研究生'],
               '大学专科': ['专科', '大专在读', '专科在读']}
    for part, grp in ((1, first), (2, second)):
        if part == 2:
            n = emit([''] * NCOL); F.np(None, n, 'blank line (only commas)')
            n = emit(heads); F.np(None, n, 'repeated header (second community list pasted below)')
            seq = 0
        for k, p in enumerate(grp):
            if part == 1 and k == 9:
                lines.append('\n'); F.np(None, len(lines), 'empty line')
            seq += 1
            row = Row(p, None, len(lines) + 1)
            again = part == 2 and p in first
            nm = row.name('ann（女）' if (again and p.gender == '女') else R.choice(['plain'] * 7 + ['sp']))
            gv = row.gender() if R.random() < 0.8 else ''
            if again or R.random() < 0.15:
                dv = ''
            else:
                dv = row.date(pick([('slash', 30), ('dot_yy', 20), ('cn_ym', 20), ('dash1', 15), ('compact', 15)]))
            form = pick([('v18', 68), ('lx', 8 if p.id18.endswith('X') else 0), ('trail', 6), ('damaged', 6), ('short17', 4),
                         ('none', 4), ('fw', 4)])
            iv = row.idn(form)
            if form == 'damaged':
                iv = f"{float(p.id18[:15] + '000'):.5E}".replace('E+', 'E+')
            st = pick([('plain', 40), ('sp', 15), ('dash', 15), ('fw', 10), ('paren', 5), ('none', 5), ('0086', 10)])
            ph = '' if st == 'none' else row.phone([('m', st)])
            e = pick([('email', 60), ('qqnum', 15), ('none', 25)])
            if e == 'email':
                ev = row.email(R.choice(['plain', 'plain', 'upper', 'fwat']))
            elif e == 'qqnum':
                ev = f"QQ:{R.randint(100000000, 2999999999)}"
            else:
                ev = ''
            ed = row.edu(R.choice(edu_raw[p.edu]))
            og = row.origin(generic_rate=0.0) if R.random() < 0.7 else R.choice(['攀枝花三中', '攀枝花七中', '攀枝花市第十二中学'])
            rem = R.choice([''] * 6 + ['寒假在家，可参加志愿活动', '已签约成都单位', '考研中', '有意回攀就业'])
            if again:
                rem = '社区二次登记'
            F.add(row)
            emit([str(seq), nm, gv, dv, iv, ph, ev, ed, R.choice(SCHOOLS), p.major, og, rem])
    n = emit([''] * NCOL); F.np(None, n, 'blank line (only commas)')
    n = emit(['合计', f'{len(first) + len(second)}人次'] + [''] * (NCOL - 2)); F.np(None, n, 'total')
    n = emit(['说明：本表由各社区汇总，身份证号未经核对；联系人 小王 13700000000'] + [''] * (NCOL - 1)); F.np(None, n, 'note (contains a phone)')
    with open(os.path.join(OUT, F.file), 'w', encoding='gb18030', newline='') as f:
        f.write(''.join(lines))
    FILES.append(F)


# =============================================================== F10: Hong Kong association, traditional characters
def f10():
    F = FileT('10_香港攀枝花同鄉會_會員名冊.xlsx')
    SH = '會員名冊'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SH
    ws['A1'] = '香港攀枝花同鄉會會員名冊'
    ws['A1'].font = Font(size=16, bold=True)
    ws.merge_cells('A1:L1')
    ws['A2'] = '更新日期：2024年5月　（內部資料，請勿外傳）'
    F.np(SH, 1, 'title'); F.np(SH, 2, 'update line')
    heads = ['編號', '姓名', '英文姓名', '性別', '出生日期', '證件號碼', '聯絡電話', '電郵', '學歷', '籍貫', '現職機構', '職位']
    for c, h in enumerate(heads, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    F.np(SH, 3, 'header (traditional Chinese)')
    people = borrow(lambda p: not p.yi and p.bd.year <= 1990 and not p.overseas and p.edu in ('博士研究生', '硕士研究生', '大学本科'), 4)
    while len(people) < 25:
        people.append(newp(by=(1958, 1992), kind=pick([('pzh', 60), ('moved', 20), ('old', 5), ('outside', 15)]),
                           edu=pick([('博士研究生', 25), ('硕士研究生', 35), ('大学本科', 30), ('大学专科', 10)])))
    for p in people:
        if not p.hk:
            p.hk = gen_hk()
    R.shuffle(people)
    edu_t = {'博士研究生': ['博士', '博士研究生'], '硕士研究生': ['碩士', '碩士研究生'], '大学本科': ['學士', '大學本科'],
             '大学专科': ['大專']}
    posts = ['經理', '董事', '高級分析師', '助理教授', '醫生', '律師', '工程師', '合夥人']
    insts = ['香港科技大學', '香港理工大學', '香港中文大學', '中銀香港', '港鐵公司', '匯豐銀行', '瑪麗醫院', '中電控股']
    for i, p in enumerate(people):
        r = 4 + i
        row = Row(p, SH, r)
        ws.cell(r, 1, f"HKPZH{i + 1:03d}")
        ws.cell(r, 2, row.name('trad'))
        sp, gp = pinyin_parts(p.name)
        ws.cell(r, 3, f"{sp.upper()} {gp}")
        ws.cell(r, 4, S2T.convert(row.gender()))
        idf = pick([('v18', 50), ('hkid', 30), ('none', 20)])
        if idf == 'v18':
            iv = row.idn('v18')
        elif idf == 'hkid':
            iv = f"{R.choice('ACKPRZ')}{R.randint(100000, 999999)}({R.choice('0123456789A')})"
        else:
            iv = ''
        df = pick([('dmy', 40), ('cn_ymd', 40), ('date', 20)])
        if df == 'dmy' and p.bd.day <= 12 and not row.id_t:
            df = 'cn_ymd'
        dv = row.date(df)
        c = ws.cell(r, 5, dv)
        if df == 'date':
            c.number_format = 'dd/mm/yyyy'
        ws.cell(r, 6, iv)
        st = pick([('hk', 55), ('hkp', 25), ('hk_m', 20)])
        v = row.phone([('hk', 'plain')]) if st == 'hk' else (row.phone([('hk', 'paren')]) if st == 'hkp' else row.phone([('hk', 'plain'), ('m', '+86')], sep=' / '))
        ws.cell(r, 7, v)
        if R.random() < 0.85:
            ws.cell(r, 8, row.email(R.choice(['plain', 'upper'])))
        row.edu_t = p.edu
        ws.cell(r, 9, R.choice(edu_t[p.edu]))
        ws.cell(r, 10, row.origin(generic_rate=0.12, trad=True))
        ws.cell(r, 11, R.choice(insts))
        ws.cell(r, 12, R.choice(posts))
        F.add(row)
    ws2 = wb.create_sheet('理事會')
    ws2['A1'] = '第五屆理事會名單'
    F.np('理事會', 1, 'title')
    for c, h in enumerate(['職務', '姓名', '聯絡電話', '電郵'], 1):
        ws2.cell(2, c, h)
    F.np('理事會', 2, 'header')
    council = [people[i] for i in (0, 3, 6, 11, 15, 20)]
    for k, (post, p) in enumerate(zip(['會長', '常務副會長', '副會長', '副會長', '秘書長', '司庫'], council)):
        r = 3 + k
        row = Row(p, '理事會', r)
        ws2.cell(r, 1, post)
        ws2.cell(r, 2, row.name('trad'))
        ws2.cell(r, 3, row.phone([('hk', 'c')]))
        if k % 2 == 0:
            ws2.cell(r, 4, row.email('plain'))
        F.add(row)
    wb.create_sheet('Sheet3')
    wb.save(os.path.join(OUT, F.file))
    FILES.append(F)


# =============================================================== rejects
def f11():
    F = FileT('11_仁和区人才办_人才名单.xlsx', 'reject',
              'not a workbook: a Word document (.docx, zip holding word/document.xml and no xl/workbook.xml) renamed to .xlsx')
    names = ['（示例）李某某', '（示例）王某某']
    tbl = ''.join(f'<w:tr><w:tc><w:p><w:r><w:t>{a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{b}</w:t></w:r></w:p></w:tc></w:tr>'
                  for a, b in [('姓名', '工作单位')] + [(n, '成都某公司') for n in names])
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '<w:p><w:r><w:t>仁和区在外人才名单（请将本表转为Excel后再报送）</w:t></w:r></w:p>'
           f'<w:tbl>{tbl}</w:tbl><w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(os.path.join(OUT, F.file), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct)
        z.writestr('_rels/.rels', rels)
        z.writestr('word/document.xml', doc)
    FILES.append(F)


def png_bytes(w=640, h=360):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            v = 245
            if y % 30 == 0 or x % 80 == 0:
                v = 60
            elif (y // 30) % 2 and 10 < x % 80 < 60 and 10 < y % 30 < 20:
                v = 120     # "handwriting" blobs
            raw.append(v)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def f12():
    F = FileT('12_西区_在外人才名册_扫描件.xlsx', 'reject',
              'image-only workbook: the only sheet holds a picture of a scanned paper roster and no cell values (needs OCR / re-keying)')
    wb = xlsxwriter.Workbook(os.path.join(OUT, F.file))
    ws = wb.add_worksheet('扫描件')
    ws.insert_image(1, 1, 'scan.png', {'image_data': io.BytesIO(png_bytes())})
    wb.close()
    FILES.append(F)


# =============================================================== build
f1(); f2(); f3(); f4(); f5(); f6(); f7(); f8(); f9(); f10(); f11(); f12()

groups = {}
for F in FILES:
    for key, sheet, row in F.refs:
        groups.setdefault(key, []).append({'file': F.file, 'sheet': sheet, 'row': row})
same = [g for g in groups.values() if len(g) > 1]

CONVENTIONS = [
    "sheet: the worksheet/table name for xlsx, xls (BIFF), XML Spreadsheet and ods files; null for CSV files and for the HTML-table .xls "
    "(file 01, a single table). File 02 is XML Spreadsheet 2003 and file 01 is HTML although both are named .xls; file 08 is a real BIFF .xls.",
    "Row numbers are what Excel/LibreOffice shows (1-based, counting title/blank rows). HTML-table .xls: one <tr> = one row, "
    "the first <tr> is row 1 (all content is inside the table). XML Spreadsheet 2003: rows numbered with ss:Index honoured. "
    "CSV: the physical line on which the record STARTS (file 05 has one quoted field with an embedded newline, so later records "
    "skip a line number).",
    "name: as written, in simplified Chinese (traditional converted), without annotations such as （女）（博士）(已调离)（常务理事）, "
    "without inner ASCII/full-width spaces. Romanised-only names are kept exactly as written. When both a Chinese and a romanised "
    "form are written in one cell the Chinese form is the name. Yi names are given with U+00B7 '·' whatever dot (or none) the file uses. "
    "A homophone typo in a row (e.g. 张玮 for 张伟) is kept as written in that row.",
    "id_number: only a checksum-valid GB 11643 number (after stripping =\"..\", leading apostrophe, tab, spaces, full-width digits, "
    "lower-case x). 15-digit numbers are given as their 18-digit upgrade. Broken checksums, 17-digit numbers, Excel-damaged values "
    "(5.10402E+17 text or a numeric cell holding 510422199004178000), passports, HK ID cards and 回乡证 numbers -> null.",
    "Nothing is taken from an invalid or damaged ID: birth_date/gender/origin_county then come only from other columns.",
    "gender: the gender column (男/女/Male/Female/M/F, traditional 男/女) if present; else from a valid ID; else from a （女） annotation; else null. "
    "'未知' or empty with no valid ID -> null.",
    "birth_date: from a valid ID when present; otherwise from the birth column with the precision written: day-precision forms "
    "(1988/7/6, 1988-7-6, 19880706, 1988年7月6日, dd/mm/yyyy in the HK file (only days>12 when no ID), date cells) -> YYYY-MM-DD; "
    "month forms (1988.07, 1988.7, 88.07 = 1988-07, 1988年7月, 1988-07, 'July 1988') -> YYYY-MM.",
    "phone: the first MOBILE number written in the cell, normalised to E.164 (+86 + 11 digits; foreign/HK numbers in their own E.164). "
    "Landlines (0812-, 010-, 028-) are skipped; a cell holding only landlines -> null. Numeric phone cells count. 'QQ:123456' is not a phone or email.",
    "email: lower-cased, trimmed, full-width ＠ -> @. A bare QQ number is not an email.",
    "education: 博士/博士研究生/研究生（博士）/PhD/Ph.D. -> 博士研究生; 硕士/在职硕士/在职研究生+硕士/硕士在读/MSc/Master -> 硕士研究生; "
    "本科/本科（学士）/学士/本科在读/大學本科 -> 大学本科; 专科/大专/大专在读/大專 -> 大学专科. In file 03 学历 and 学位 are separate: "
    "研究生 is resolved by the 学位 column (博士/硕士).",
    "origin_county: the county of a valid ID whose area code is 510402/510403/510411/510421/510422; otherwise a 籍贯/生源地/户籍所在地/Hometown "
    "text or a county column that names the county (攀枝花市东区, 四川省-攀枝花市-米易县, 米易, 盐边县桐子林镇, 鹽邊, 'Miyi County, Panzhihua'). "
    "City-level only (攀枝花市, 渡口市, 510420/510400 IDs), schools (攀枝花三中), 大渡口区 (Chongqing) and other places -> null. "
    "In the ODS file the merged 区县 cell applies to every row it covers; in the HTML file the 所在区县 column names it ('市外' names none).",
    "Two-row layout (file 06): each person occupies two rows; the person row is the first (name) row and the e-mail on the second row belongs "
    "to that person; the second row is listed in not_persons. A careful importer can read it.",
    "Card layout (file 07): one person per key/value block; the person row is the row of the 姓名/Name key. A careful importer can read it.",
    "Hidden columns (file 04, 身份证号码) are data and count; the hidden sheet '字典' is a lookup list. Formula cells count with their cached values "
    "(序号 =ROW()-3, 全名 =CONCATENATE(姓,名)). Cell comments are not data.",
    "Duplicate rows of one person inside a file are each a person row; they are tied together in same_person_groups. Two different people "
    "with the same name (张伟 in 01 vs 05, 王芳 in 01 vs 04) are NOT grouped.",
    "Rows that are titles, headers, repeated headers, subtotals/totals, notes, signature lines, section headings, blank lines, test accounts "
    "and abandoned registrations are not persons (listed in not_persons).",
]

truth = {'conventions': CONVENTIONS, 'files': [F.out() for F in FILES], 'same_person_groups': same}
with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)


# =============================================================== verification (independent readers)
DOTS = '·•‧・･．.∙⋅'


def norm(s):
    s = T2S.convert(unicodedata.normalize('NFKC', str(s)))
    s = ''.join(ch for ch in s if ch not in DOTS and not ch.isspace())
    return s.lower()


class HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cur, self.inrow = [], None, False

    def handle_starttag(self, tag, a):
        if tag == 'tr':
            self.cur = []
        elif tag in ('td', 'th') and self.cur is not None:
            self.cur.append('')

    def handle_endtag(self, tag):
        if tag == 'tr':
            self.rows.append(self.cur)
            self.cur = None

    def handle_data(self, d):
        if self.cur:
            self.cur[-1] += d


def read_rows(path):
    """returns {sheet: {row: text}}"""
    ext = path.lower()
    head = open(path, 'rb').read(600)
    out = {}
    if head.startswith(b'PK'):
        z = zipfile.ZipFile(path)
        if 'content.xml' in z.namelist():
            ns = {'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'}
            root = ET.fromstring(z.read('content.xml'))
            for t in root.iter('{%s}table' % ns['table']):
                name = t.get('{%s}name' % ns['table'])
                rows, r = {}, 0
                for tr in t.iter('{%s}table-row' % ns['table']):
                    rep = int(tr.get('{%s}number-rows-repeated' % ns['table'], '1'))
                    txt = ' | '.join(''.join(c.itertext()) for c in tr)
                    for _ in range(rep):
                        r += 1
                        rows[r] = txt
                out[name] = rows
            return out
        wb = openpyxl.load_workbook(path, data_only=True)
        for ws in wb.worksheets:
            out[ws.title] = {row[0].row: ' | '.join('' if c.value is None else str(c.value) for c in row)
                             for row in ws.iter_rows() if row}
        return out
    if head.startswith(b'\xd0\xcf\x11\xe0'):
        wb = xlrd.open_workbook(path)
        for sh in wb.sheets():
            out[sh.name] = {r + 1: ' | '.join(str(v) for v in sh.row_values(r)) for r in range(sh.nrows)}
        return out
    if b'urn:schemas-microsoft-com:office:spreadsheet' in open(path, 'rb').read(2000):
        ns = '{urn:schemas-microsoft-com:office:spreadsheet}'
        root = ET.parse(path).getroot()
        for wsx in root.iter(ns + 'Worksheet'):
            rows, r = {}, 0
            for rx in wsx.iter(ns + 'Row'):
                r = int(rx.get(ns + 'Index', r + 1))
                rows[r] = ' | '.join(''.join(c.itertext()) for c in rx.iter(ns + 'Cell'))
            out[wsx.get(ns + 'Name')] = rows
        return out
    if b'<html' in head.lower():
        m = re.search(rb'charset=([\w-]+)', head)
        p = HT()
        p.feed(open(path, 'rb').read().decode(m.group(1).decode()))
        out[None] = {i + 1: ' | '.join(c) for i, c in enumerate(p.rows)}
        return out
    # CSV
    raw = open(path, 'rb').read()
    enc = 'utf-8-sig' if raw.startswith(b'\xef\xbb\xbf') else 'gb18030'
    f = io.StringIO(raw.decode(enc), newline='')
    rdr = csv.reader(f)
    rows, prev = {}, 0
    for rec in rdr:
        rows[prev + 1] = ' | '.join(rec)
        prev = rdr.line_num
    out[None] = rows
    return out


errors = 0
total = 0
for F in truth['files']:
    path = os.path.join(OUT, F['file'])
    if F['expect'] == 'reject':
        z = zipfile.ZipFile(path)
        names = z.namelist()
        if 'docx' in F['why']:
            assert 'word/document.xml' in names and 'xl/workbook.xml' not in names
        else:
            assert any(n.startswith('xl/media/') for n in names)
            wb = openpyxl.load_workbook(path)
            assert all(c.value is None for ws in wb.worksheets for row in ws.iter_rows() for c in row)
        print(f"{F['file']}: reject OK ({F['why'][:40]}...)")
        continue
    rows = read_rows(path)
    bad = 0
    for p in F['persons']:
        total += 1
        txt = rows.get(p['sheet'], {}).get(p['row'], '')
        if norm(p['name']) not in norm(txt):
            bad += 1
            print('  MISMATCH', F['file'], p['sheet'], p['row'], p['name'], '->', txt[:80])
        if p['id_number']:
            assert id_ok(p['id_number']), p
            assert p['birth_date'] == f"{p['id_number'][6:10]}-{p['id_number'][10:12]}-{p['id_number'][12:14]}"
        for npx in F['not_persons']:
            assert (npx['sheet'], npx['row']) != (p['sheet'], p['row']), (F['file'], p)
    errors += bad
    print(f"{F['file']}: {len(F['persons'])} persons, {len(F['not_persons'])} not_persons, name check {'OK' if not bad else 'FAIL'}")
idx = {(f['file'], p['sheet'], p['row']): p for f in truth['files'] for p in f['persons']}
weak = []
for g in same:
    rows_ = [idx[(x['file'], x['sheet'], x['row'])] for x in g]
    par = list(range(len(rows_)))

    def fnd(i):
        while par[i] != i:
            i = par[i]
        return i
    for i in range(len(rows_)):
        for j in range(i + 1, len(rows_)):
            a, b = rows_[i], rows_[j]
            if any(a[k] and a[k] == b[k] for k in ('id_number', 'phone', 'email')) or (
                    a['name'] == b['name'] and a['birth_date'] and a['birth_date'] == b['birth_date'] and len(a['birth_date']) == 10):
                par[fnd(i)] = fnd(j)
    if len({fnd(i) for i in range(len(rows_))}) > 1:
        weak.append(g)
        print('  weakly linked group (no shared ID/mobile/email/name+full birth date):',
              [(r['name'], r['birth_date'], r['origin_county']) for r in rows_], [(x['file'][:2], x['row']) for x in g])
print(f"TOTAL person rows: {total}; same_person_groups: {len(same)} (rows in groups: {sum(len(g) for g in same)}); errors: {errors}")
sys.exit(1 if errors else 0)
