#!/usr/bin/env python3
"""Blind test corpus #3 for the Panzhihua talent registry importer.

Theme: online survey / form exports (问卷星 xlsx+csv, 金数据, 腾讯问卷, Microsoft Forms,
a WeChat mini-program export, a legacy HR-system .xls with codes) plus one export that
must be refused (a 问卷星 statistics report without per-person rows).

All persons are fictional.  Run:  python3 make.py   (writes into this directory)
"""
import sys, os, json, csv, io, random, datetime, re, unicodedata

sys.path.insert(0, '/tmp/helperlibs5')
import xlwt            # noqa: E402  (pip --target /tmp/helperlibs5)
import openpyxl        # noqa: E402
import xlsxwriter      # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240603)

# ---------------------------------------------------------------------------
# basic helpers
# ---------------------------------------------------------------------------
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def chk(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def id_valid(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and chk(s[:17]) == s[17]


PZH = {'510402': '东区', '510403': '西区', '510411': '仁和区', '510421': '米易县', '510422': '盐边县'}
COUNTY_CODE = {v: k for k, v in PZH.items()}
SHORT = {'米易县': '米易', '盐边县': '盐边', '仁和区': '仁和', '东区': '东区', '西区': '西区'}

OTHER = [  # (area code, (省, 市, 区县), free text, HR short text, English)
    ('510104', ('四川省', '成都市', '锦江区'), '四川省成都市锦江区', '四川成都', 'Chengdu, Sichuan'),
    ('510107', ('四川省', '成都市', '武侯区'), '四川成都武侯区', '四川成都', 'Chengdu, Sichuan'),
    ('513401', ('四川省', '凉山彝族自治州', '西昌市'), '四川省西昌市', '四川西昌', 'Xichang, Sichuan'),
    ('513425', ('四川省', '凉山彝族自治州', '会理县'), '四川凉山会理', '四川会理', 'Huili, Liangshan, Sichuan'),
    ('500104', ('重庆市', '重庆市', '大渡口区'), '重庆市大渡口区', '重庆大渡口', 'Dadukou, Chongqing'),
    ('530102', ('云南省', '昆明市', '五华区'), '云南省昆明市五华区', '云南昆明', 'Kunming, Yunnan'),
    ('511102', ('四川省', '乐山市', '市中区'), '四川乐山', '四川乐山', 'Leshan, Sichuan'),
    ('510502', ('四川省', '泸州市', '江阳区'), '四川省泸州市江阳区', '四川泸州', 'Luzhou, Sichuan'),
    ('532301', ('云南省', '楚雄彝族自治州', '楚雄市'), '云南楚雄', '云南楚雄', 'Chuxiong, Yunnan'),
    ('510303', ('四川省', '自贡市', '贡井区'), '四川自贡', '四川自贡', 'Zigong, Sichuan'),
]
OTHER_BY_CODE = {o[0]: o for o in OTHER}

SURN = list("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GM = list("伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林建国志文博晨阳峰毅成松海")
GF = list("芳娜敏静丽艳娟霞秀玲燕婷雪琳颖倩洁佳慧琴欣怡萍红梅月晶瑶璐丹蕾薇")
GN = list("思雨文子嘉晓一梓安若言可诗")
PINYIN_LOCAL = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'zhou', 'wu', 'xu', 'sun',
                'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'luo', 'gao', 'xiao', 'yu', 'tang', 'song']
DOMAINS = ['example.com', 'example.cn', 'example.net', 'mail.example.edu.cn', 'example.org']
MOB_PRE = '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 175 176 177 ' \
          '180 181 182 183 185 186 187 188 189 198 199'.split()
CITIES = [('四川省', '成都市'), ('重庆市', '重庆市'), ('北京市', '北京市'), ('上海市', '上海市'),
          ('广东省', '深圳市'), ('云南省', '昆明市'), ('陕西省', '西安市'), ('浙江省', '杭州市'),
          ('四川省', '攀枝花市'), ('江苏省', '苏州市'), ('湖北省', '武汉市'), ('广东省', '广州市')]
EMPLOYERS = ['蓉城钒业新材料有限公司 工程师', '西南某高校 副教授', '深圳市鹏远储能科技有限公司 研发经理',
             '重庆两江新区管委会 科员', '昆明滇池康养集团 运营总监', '成都市第七人民医院 主治医师',
             '杭州云栖数据有限公司 高级工程师', '西安航天动力研究所 研究员', '北京某律师事务所 律师',
             '上海浦江证券有限公司 分析师', '苏州纳米新材料研究院 助理研究员', '武汉光谷氢能科技公司 技术总监',
             '个体经营', '待业', '广州南沙港务局 职员', '成都高新区某中学 一级教师', '自由职业（设计）',
             '重庆长江钛业有限公司 车间主任', '华西某三甲医院 护士长', '某央企驻昆明分公司 项目经理']
FW = str.maketrans('0123456789X', '０１２３４５６７８９Ｘ')


def fw(s):
    return s.translate(FW)


def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def rtime(start=datetime.datetime(2024, 3, 1, 8), days=90):
    return start + datetime.timedelta(seconds=R.randint(0, days * 86400))


USED_PHONES = set()


def new_mobile():
    while True:
        m = R.choice(MOB_PRE) + ''.join(R.choice('0123456789') for _ in range(8))
        if m not in USED_PHONES:
            USED_PHONES.add(m)
            return m


def make_id(area, bd, male, want_x=None):
    for _ in range(5000):
        seq = R.randint(1, 998)
        if seq % 2 != (1 if male else 0):
            continue
        s17 = f"{area}{bd:%Y%m%d}{seq:03d}"
        c = chk(s17)
        if want_x is True and c != 'X':
            continue
        if want_x is False and c == 'X':
            continue
        return s17 + c
    raise RuntimeError


def rand_name(male):
    s = R.choice(SURN)
    pool = GM if male else GF
    if R.random() < 0.3:
        g = R.choice(pool)
    else:
        g = R.choice(pool + GN) + R.choice(pool)
    return s + g


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
class P:
    pass


PERSONS = []


def new_person(name=None, male=None, kind=None, county=None, foreign=None, born=None, edu=None,
               want_x=None, **kw):
    p = P()
    p.key = f"P{len(PERSONS):03d}"
    p.male = (R.random() < 0.55) if male is None else male
    p.name = name or rand_name(p.male)
    p.birth = born or rdate(1963, 2001)
    p.kind = kind or R.choices('ABCD', [55, 15, 13, 17])[0]
    p.county = county or R.choice(list(PZH.values()))
    if p.kind == 'A':
        area = COUNTY_CODE[p.county]
    else:
        area = R.choice(OTHER)[0]
    p.other = OTHER_BY_CODE.get(area) or R.choice(OTHER)
    if want_x is None:
        want_x = True if R.random() < 0.08 else False
    p.id = make_id(area, p.birth, p.male, want_x)
    p.phone = new_mobile()
    p.phone2 = new_mobile()
    p.land = '3' + ''.join(R.choice('0123456789') for _ in range(6))
    p.email = (R.choice(PINYIN_LOCAL) + R.choice(['', '.', '_']) + R.choice(PINYIN_LOCAL)
               + str(R.randint(1, 9999)) + '@' + R.choice(DOMAINS))
    p.edu = edu or R.choices(['博士研究生', '硕士研究生', '大学本科', '大学专科', '高中', '中专'],
                             [10, 28, 40, 12, 5, 5])[0]
    p.foreign = foreign  # None or (display, e164, country)
    p.city = R.choice(CITIES)
    p.employer = R.choice(EMPLOYERS)
    p.variants = {}
    p.split = None
    for k, v in kw.items():
        setattr(p, k, v)
    # the hometown text type used in most files for kind A persons (county / city / none)
    p.home_pref = R.choices(['county', 'city', 'none'], [50, 30, 20])[0] if p.kind == 'A' else None
    PERSONS.append(p)
    return p


FOREIGN = [('+44 7911 123456', '+447911123456'), ('+49 170 1234567', '+491701234567'),
           ('+65 9123 4567', '+6591234567'), ('+81 80-2345-6789', '+818023456789'),
           ('+61 438 765 432', '+61438765432'), ('+1 650 253 0000', '+16502530000'),
           ('+33 6 12 34 56 78', '+33612345678'), ('+64 21 123 4567', '+64211234567'),
           ('+1 416 555 0143', '+14165550143')]
WX_FOREIGN = [('+852', '61234567', '+85261234567'), ('+852', '91872345', '+85291872345'),
              ('+65', '82345671', '+6582345671'), ('+61', '412345678', '+61412345678')]

# ---------- special persons ----------
S = {}
S['zw1'] = new_person('张伟', True, 'A', '东区', born=datetime.date(1988, 4, 17))
S['zw2'] = new_person('张伟', True, 'D', born=datetime.date(1979, 11, 3))
S['wf1'] = new_person('王芳', False, 'A', '西区', born=datetime.date(1991, 2, 26))
S['wf2'] = new_person('王芳', False, 'B', '盐边县', born=datetime.date(1985, 9, 8))
S['zyt'] = new_person('周雨桐', False, 'A', '米易县', born=datetime.date(1996, 6, 21))
S['lsy'] = new_person('刘思远', True, 'A', '仁和区', born=datetime.date(1990, 12, 5))
S['chr'] = new_person('陈浩然', True, 'B', '米易县', born=datetime.date(1993, 3, 14))
S['cjg'] = new_person('陈建国', True, 'A', '盐边县', born=datetime.date(1969, 8, 30))
S['hsh'] = new_person('黄诗涵', False, 'A', '东区', born=datetime.date(1994, 10, 2))
S['jk'] = new_person('吉克·阿呷', False, 'A', '盐边县', born=datetime.date(1995, 1, 19))
S['as'] = new_person('阿苏·拉则', True, 'A', '米易县', born=datetime.date(1989, 7, 7))
S['sm'] = new_person('沙马·伍呷', False, 'A', '盐边县', born=datetime.date(1992, 5, 16))
S['oy'] = new_person('欧阳晓峰', True, 'A', '仁和区', split=('欧阳', '晓峰'))
S['smj'] = new_person('司马文静', False, 'B', '西区', split=('司马', '文静'))
S['syq'] = new_person('宋雅琴', False, 'A', '盐边县', born=datetime.date(1992, 7, 23), edu='硕士研究生')
S['old15'] = new_person('罗德明', True, 'A', '米易县', born=datetime.date(1966, 3, 12), want_x=False)
S['dmg1'] = new_person('杨光荣', True, 'A', '仁和区', want_x=False)
S['dmg2'] = new_person('苏晓梅', False, 'D', want_x=False)
S['g9'] = new_person('莫可', None, 'C')
S['postdoc'] = new_person('谭志远', True, 'A', '西区', edu='博士研究生')
S['junior'] = new_person('付小兵', True, 'D', edu='高中')
S['xx'] = new_person('龚雪', False, 'A', '米易县', want_x=True)
S['xx2'] = new_person('邵鹏飞', True, 'B', '仁和区', want_x=True)
S['dukou'] = new_person('黎建华', True, 'B', '米易县', born=datetime.date(1972, 10, 9))
S['cpl1'] = new_person('李明轩', True, 'A', '东区')
S['cpl2'] = new_person('赵婉清', False, 'D')
S['en1'] = new_person('何嘉怡', False, 'B', '米易县')
S['en2'] = new_person('龙俊杰', True, 'B', '仁和区')

for k, name in [('lsy', 'LIU Siyuan'), ('chr', 'Haoran Chen')]:
    S[k].variants['msf'] = name
S['zyt'].variants['wjx_c'] = 'Zhou Yutong'
S['cjg'].variants['msf'] = '陳建國'
S['hsh'].variants['jsj'] = '黃詩涵'
S['as'].variants['jsj'] = '阿苏•拉则'
S['sm'].variants['hr'] = '沙马.伍呷'
S['jk'].variants['tx'] = '吉克阿呷'
S['zyt'].city = ('江苏省', '苏州市')

# ---------------------------------------------------------------------------
# rendering helpers: each returns (cell value, truth value)
# ---------------------------------------------------------------------------
TRAD = {'陳建國': '陈建国', '黃詩涵': '黄诗涵'}
DOTS = '·•‧・･．.∙⋅'


def norm_name(written):
    s = written.strip()
    if re.search(r'[A-Za-z]', s):
        return re.sub(r'\s+', ' ', s)
    s = re.sub(r'[（(].*?[)）]', '', s)
    s = s.replace('\u3000', '').replace(' ', '')
    s = TRAD.get(s, s)
    if len(s) > 2 and any(d in s for d in DOTS):
        for d in DOTS:
            s = s.replace(d, '·')
    return s


def name_cell(p, fid, allow_noise=True):
    if fid in p.variants:
        w = p.variants[fid]
    else:
        w = p.name
        if allow_noise and '·' not in w:
            r = R.random()
            if r < 0.04 and len(w) == 2:
                w = w[0] + ' ' + w[1]
            elif r < 0.07 and len(w) == 3:
                w = w[0] + '\u3000' + w[1:]
            elif r < 0.09:
                w = w + ' '
            elif r < 0.11:
                w = w + R.choice(['（攀枝花学院08届）', '(本人)', '（米易中学2010届）'])
    return w, norm_name(w)


def id_cell(p, mode):
    """mode: plain, lower, spaces, fw, broken, none, legacy15, damaged"""
    i = p.id
    if mode == 'plain':
        return i, 'valid'
    if mode == 'lower':
        return i.replace('X', 'x'), 'valid'
    if mode == 'spaces':
        return f"{i[:6]} {i[6:14]} {i[14:]}", 'valid'
    if mode == 'fw':
        return fw(i), 'valid'
    if mode == 'legacy15':
        return i[:6] + i[8:17], 'valid'
    if mode == 'damaged':
        assert i[-1] != 'X'
        return float(i[:15] + '000'), 'damaged'
    if mode == 'broken':
        s = list(i)
        # transpose two differing digits of the sequence number, else change the check char
        if s[14] != s[15]:
            s[14], s[15] = s[15], s[14]
        else:
            s[17] = R.choice([c for c in '0123456789X' if c != s[17]])
        b = ''.join(s)
        assert not id_valid(b)
        return b, 'broken'
    if mode == 'none':
        return None, 'none'
    raise ValueError(mode)


def phone_cell(p, mode):
    if p.foreign:
        return p.foreign[0], p.foreign[1]
    m = p.phone
    e = '+86' + m
    if mode == 'plain':
        return m, e
    if mode == 'spaced':
        return f"{m[:3]} {m[3:7]} {m[7:]}", e
    if mode == 'dashed':
        return f"{m[:3]}-{m[3:7]}-{m[7:]}", e
    if mode == 'plus86':
        return f"+86 {m}", e
    if mode == 'plus86dash':
        return f"+86-{m[:3]}-{m[3:7]}-{m[7:]}", e
    if mode == 'fw':
        return fw(m), e
    if mode == 'two':
        return f"{m}；{p.phone2}", e
    if mode == 'with_land':
        return f"{m}/0812-{p.land}", e
    if mode == 'land_first':
        return f"0812-{p.land}，{m}", e
    if mode == 'land_only':
        return f"0812-{p.land}", None
    if mode == 'none':
        return None, None
    raise ValueError(mode)


def email_cell(p, mode):
    e = p.email
    if mode == 'plain':
        return e, e
    if mode == 'upper':
        loc, dom = e.split('@')
        return loc[:1].upper() + loc[1:] + '@' + dom.upper(), e
    if mode == 'spaces':
        return ' ' + e + ' ', e
    return None, None


def county_free(c, old_ok=False):
    s = SHORT[c]
    opts = [f"四川省攀枝花市{c}", f"四川攀枝花{s}", f"攀枝花市{c}", f"攀枝花{s}"]
    if c in ('米易县', '盐边县'):
        opts += [f"四川{s}", c, f"四川省{c}"]
    if c == '仁和区':
        opts += ['仁和区', '四川攀枝花仁和']
    return R.choice(opts)


def home(p, style, force_county=False):
    """returns (text or None, county named or None). style: wjx, free, hr, en"""
    kind = p.kind
    mode = None
    if kind == 'A':
        mode = 'county' if force_county else p.home_pref
    elif kind == 'B':
        mode = 'county'
    elif kind == 'C':
        mode = 'city'
    else:
        mode = 'other'
    c = p.county
    if mode == 'none':
        return None, None
    if style == 'wjx':
        if mode == 'county':
            return f"四川省-攀枝花市-{c}", c
        if mode == 'city':
            return "四川省-攀枝花市", None
        return '-'.join(p.other[1]), None
    if style == 'hr':
        if mode == 'county':
            if c in ('米易县', '盐边县'):
                return f"四川{SHORT[c]}", c
            return f"四川攀枝花{SHORT[c]}", c
        if mode == 'city':
            return "四川攀枝花", None
        return p.other[3], None
    if style == 'en':
        if mode == 'county':
            en = {'米易县': 'Miyi County, Panzhihua, Sichuan', '仁和区': 'Renhe District, Panzhihua City'}
            return (en[c], c) if c in en else (county_free(c), c)
        if mode == 'city':
            return 'Panzhihua, Sichuan', None
        return p.other[4], None
    # free
    if mode == 'county':
        return county_free(c), c
    if mode == 'city':
        return R.choice(['攀枝花', '四川攀枝花', '四川省攀枝花市', '攀枝花市']), None
    return p.other[2], None


BIRTH_FMTS = [('%Y年%-m月', 'm'), ('%Y-%m', 'm'), ('%Y.%m', 'm'), ('%Y%m', 'm'),
              ('%Y/%-m/%-d', 'd'), ('%Y年%-m月%-d日', 'd'), ('%Y-%m-%d', 'd')]


def birth_text(d, fmt=None):
    f, prec = fmt or R.choice(BIRTH_FMTS)
    return d.strftime(f), (d.strftime('%Y-%m-%d') if prec == 'd' else d.strftime('%Y-%m'))


def truth_of(name, id_status, p, gender_val, birth_val, phone_val, email_val, edu_val, county_text):
    t = {'name': name}
    if id_status == 'valid':
        i = p.id
        t['gender'] = '男' if int(i[16]) % 2 else '女'
        t['birth_date'] = f"{i[6:10]}-{i[10:12]}-{i[12:14]}"
        t['id_number'] = i
        t['origin_county'] = PZH.get(i[:6]) or county_text
    else:
        t['gender'] = gender_val
        t['birth_date'] = birth_val
        t['id_number'] = None
        t['origin_county'] = county_text
        if id_status in ('broken', 'damaged') and p.id[:6] in PZH:
            # the (unreliable) ID still shows a Panzhihua area code; we always also give text evidence
            assert county_text == PZH[p.id[:6]], (p.name, county_text)
    t['phone'] = phone_val
    t['email'] = email_val
    t['education'] = edu_val
    return {k: t[k] for k in ['name', 'gender', 'birth_date', 'id_number', 'phone', 'email',
                              'education', 'origin_county']}


def pick(d):
    ks = list(d)
    return R.choices(ks, [d[k] for k in ks])[0]


# ---------------------------------------------------------------------------
# file membership
# ---------------------------------------------------------------------------
FILES = ['wjx_x', 'wjx_c', 'jsj', 'tx', 'msf', 'wx', 'hr']
QUOTA = {'wjx_x': 55, 'wjx_c': 46, 'jsj': 35, 'tx': 30, 'msf': 26, 'wx': 45, 'hr': 50}
MEMBERS = {f: [] for f in FILES}
FIXED = {'zw1': ['wjx_x'], 'zw2': ['hr'], 'wf1': ['jsj', 'wx'], 'wf2': ['tx'], 'zyt': ['wjx_c', 'hr'],
         'lsy': ['msf', 'wjx_x'], 'chr': ['msf', 'jsj'], 'cjg': ['msf', 'hr'], 'hsh': ['jsj'],
         'jk': ['wjx_x', 'tx'], 'as': ['jsj'], 'sm': ['hr'], 'oy': ['wx'], 'smj': ['wx', 'wjx_c'],
         'syq': ['wjx_x'], 'old15': ['hr'], 'dmg1': ['hr'], 'dmg2': ['hr'], 'g9': ['hr'],
         'postdoc': ['wjx_x'], 'junior': ['wjx_x'], 'xx': ['wjx_c', 'tx'], 'xx2': ['jsj'],
         'dukou': ['tx'], 'cpl1': ['jsj'], 'cpl2': ['jsj'], 'en1': ['msf'], 'en2': ['msf']}
for k, fl in FIXED.items():
    for f in fl:
        MEMBERS[f].append(S[k])
# foreign-resident persons
for i, (disp, e164) in enumerate(FOREIGN):
    p = new_person(foreign=(disp, e164))
    MEMBERS['msf'].append(p)
    if i < 2:  # also registered in the mini-program with the same foreign phone
        MEMBERS['wx'].append(p)
for cc, num, e164 in WX_FOREIGN:
    p = new_person(foreign=(cc + ' ' + num, e164))
    p.wx_phone = (cc, num)
    MEMBERS['wx'].append(p)
for i, p in enumerate(MEMBERS['msf']):
    pass


def room(f):
    return QUOTA[f] - len(MEMBERS[f])


# generic repeats: 26 persons in two files, 4 persons in three files
DOMESTIC = ['wjx_x', 'wjx_c', 'jsj', 'tx', 'wx', 'hr', 'msf']
for n_files, count in [(2, 26), (3, 4)]:
    for _ in range(count):
        cands = [f for f in DOMESTIC if room(f) > 0]
        fs = R.sample(cands, n_files)
        p = new_person()
        p.must_link = True
        for f in fs:
            MEMBERS[f].append(p)
for f in FILES:
    while room(f) > 0:
        MEMBERS[f].append(new_person())
    assert room(f) == 0, (f, room(f))
    R.shuffle(MEMBERS[f])

TRUTH_FILES = []
APPEAR = {}  # person key -> list of refs


def add_ref(p, fname, sheet, row):
    APPEAR.setdefault(p.key, []).append({'file': fname, 'sheet': sheet, 'row': row})


def linked(p):
    return getattr(p, 'must_link', False) or sum(p in m for m in MEMBERS.values()) > 1


def id_mode_generic(p, file_has_gender, file_has_birth, weights):
    w = dict(weights)
    if p.id[-1] != 'X':
        w.pop('lower', None)
    if p.id[-1] == 'X':
        w['lower'] = w.get('lower', 0) + 15
        w.pop('damaged', None)
    if linked(p):
        for k in ['broken', 'none', 'damaged', 'legacy15']:
            w.pop(k, None)
    if not (file_has_gender and file_has_birth):
        w.pop('broken', None)
        w.pop('damaged', None)
    return pick(w)


# ---------------------------------------------------------------------------
# 1. 问卷星 xlsx
# ---------------------------------------------------------------------------
WJX_HEAD = ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的姓名：', '2、您的性别：',
            '3、您的出生年月：', '4、您的身份证号码：', '5、手机号码', '6、您目前的最高学历是？',
            '7、您的籍贯（省/市/县）', '8、您目前所在城市', '9、工作单位及职务', '10、是否愿意回攀发展？']
WJX_EDU = {'博士研究生': 'A.博士研究生', '硕士研究生': 'B.硕士研究生', '大学本科': 'C.本科',
           '大学专科': 'D.大专', '高中': 'E.高中', '中专': 'F.中专/技校'}
IP_LOC = ['四川-成都', '四川-攀枝花', '重庆-重庆', '北京-北京', '广东-深圳', '云南-昆明', '上海-上海', '陕西-西安']
SERVE = ['A.项目合作', 'B.技术咨询', 'C.回攀创业', 'D.人才推荐', 'E.担任评审专家', 'F.返乡就业']


def wjx_meta(i, t):
    return [i, t.strftime('%Y/%-m/%-d %H:%M:%S'), f"{R.randint(45, 900)}秒",
            R.choice(['微信', '手机提交', '链接', '二维码']), R.choice(['N/A', '直接访问', '微信群', '朋友圈']),
            f"{R.choice([171, 182, 117, 222, 39, 112])}.{R.randint(1, 254)}.{R.randint(1, 254)}."
            f"{R.randint(1, 254)}({R.choice(IP_LOC)})"]


def wjx_person_row(p, fid, overrides=None):
    o = overrides or {}
    nm_w, nm_t = name_cell(p, fid)
    gender_cell = 'A.男' if p.male else 'B.女'
    idm = o.get('id') or id_mode_generic(p, True, True, {'plain': 60, 'none': 16, 'spaces': 7, 'fw': 4,
                                                           'broken': 7})
    idc, ids = id_cell(p, idm)
    idc = idc if idc is not None else '(跳过)'
    bt, bv = birth_text(p.birth)
    if ids in ('broken',) and R.random() < 0.5:
        bt, bv = birth_text(p.birth, ('%Y-%m-%d', 'd'))
    pm = o.get('phone') or pick({'plain': 58, 'spaced': 9, 'plus86': 7, 'dashed': 6, 'fw': 3, 'two': 3,
                                 'land_first': 3, 'land_only': 3 if not linked(p) else 0,
                                 'none': 4 if not linked(p) else 0})
    pc, pv = phone_cell(p, pm)
    pc = pc if pc is not None else '(跳过)'
    if 'edu' in o:
        ec, ev = o['edu']
    elif R.random() < 0.06:
        ec, ev = '(跳过)', None
    else:
        ec, ev = WJX_EDU[p.edu], p.edu
    hc, hv = home(p, 'wjx', force_county=(ids == 'broken'))
    hc = hc if hc is not None else '(跳过)'
    city = '-'.join(p.city)
    emp = p.employer if R.random() < 0.85 else '(跳过)'
    row = [nm_w, gender_cell, bt, idc, pc, ec, hc, city, emp,
           R.choice(['A.愿意', 'B.视情况而定', 'C.暂不考虑', 'A.愿意'])]
    truth = truth_of(nm_t, ids, p, '男' if p.male else '女', bv, pv, None, ev, hv)
    return row, truth, nm_w


def build_wjx_x():
    fname = '248613377_2_攀籍在外人才信息登记表_57_57.xlsx'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Sheet1'
    head = WJX_HEAD + ['11、您希望以哪些方式服务家乡发展？', '12、其他意见或建议']
    ws.append(head)
    persons, notp = [], []
    times = sorted(rtime() for _ in range(60))
    rows = []
    # test submission by the survey administrator
    rows.append(('not', ['测试', 'A.男', '2000-01', '(跳过)', '13800000000', 'C.本科', '四川省-攀枝花市-东区',
                         '四川省-攀枝花市', '测试', 'A.愿意', 'A.项目合作', '测试问卷，请忽略'],
                 'test submission by the survey administrator (姓名 "测试", remark 测试问卷，请忽略)'))
    members = list(MEMBERS['wjx_x'])
    for p in members:
        o = {}
        if p is S['syq']:
            continue
        if p is S['postdoc']:
            o['edu'] = ('G.其他〖博士后〗', '博士研究生')
        if p is S['junior']:
            o['edu'] = ('G.其他〖初中〗', None)
        rows.append(('p', p, o))
    # duplicate submission: first attempt with a phone typo and no ID, second complete
    syq = S['syq']
    typo = syq.phone[:7] + str((int(syq.phone[7]) + 3) % 10) + syq.phone[8:]
    first_at = R.randint(8, 18)
    rows.insert(first_at, ('dup1', syq, None))
    rows.insert(first_at + 24, ('dup2', syq, None))
    r = 2
    for idx, item in enumerate(rows, start=1):
        meta = wjx_meta(idx, times[idx - 1])
        if item[0] == 'not':
            ws.append(meta + item[1])
            notp.append({'sheet': 'Sheet1', 'row': r, 'what': item[2]})
        elif item[0] in ('dup1', 'dup2'):
            p = item[1]
            hc, hv = home(p, 'wjx', force_county=True)
            if item[0] == 'dup1':
                vals = [p.name, 'B.女', '1992年7月', '(跳过)', typo, 'C.本科', hc, '四川省-成都市',
                        '(跳过)', 'B.视情况而定', 'B.技术咨询', '(空)']
                t = truth_of(p.name, 'none', p, '女', '1992-07', '+86' + typo, None, '大学本科', hv)
            else:
                vals = [p.name, 'B.女', '1992年7月', p.id, p.phone, 'B.硕士研究生', hc, '四川省-成都市',
                        '成都市第七人民医院 主治医师', 'A.愿意', 'B.技术咨询┆E.担任评审专家',
                        '上次手机号填错了，重新提交一次']
                t = truth_of(p.name, 'valid', p, None, None, '+86' + p.phone, None, '硕士研究生', hv)
            ws.append(meta + vals)
            persons.append(dict(sheet='Sheet1', row=r, **t))
            add_ref(p, fname, 'Sheet1', r)
            CHECK.append((fname, 'Sheet1', r, p.name))
        else:
            p, o = item[1], item[2]
            row, t, w = wjx_person_row(p, 'wjx_x', o)
            serve = '┆'.join(sorted(R.sample(SERVE, R.randint(1, 3))))
            if R.random() < 0.1:
                serve += '┆G.其他〖康养产业投资〗'
            remark = R.choice(['(空)'] * 6 + ['希望家乡多举办人才交流活动', '无', '关注钒钛产业发展'])
            ws.append(meta + row + [serve, remark])
            persons.append(dict(sheet='Sheet1', row=r, **t))
            add_ref(p, fname, 'Sheet1', r)
            CHECK.append((fname, 'Sheet1', r, w))
        r += 1
    assert r - 2 == 57, r
    for col, wdt in zip('ABCDEFGHIJKLMNOPQR', [6, 18, 8, 8, 10, 26, 12, 8, 12, 22, 16, 14, 22, 16, 28, 14, 30, 20]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, fname))
    TRUTH_FILES.append({'file': fname, 'expect': 'import', 'persons': persons, 'not_persons': notp,
                        'notes': '问卷星 export (按选项文本下载). Row 2 is the administrator\'s test '
                                 'submission. 宋雅琴 submitted twice (phone typo and no ID first).'})


# ---------------------------------------------------------------------------
# 2. 问卷星 csv (GB18030, embedded newlines)
# ---------------------------------------------------------------------------
def build_wjx_c():
    fname = '251907742_0_攀枝花市在外人才信息采集（第二批）_46_46.csv'
    head = WJX_HEAD + ['11、备注']
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(head)
    persons = []
    times = sorted(rtime(datetime.datetime(2024, 4, 10, 8), 40) for _ in range(46))
    rec = 2
    for idx, p in enumerate(MEMBERS['wjx_c'], start=1):
        row, t, wname = wjx_person_row(p, 'wjx_c')
        if R.random() < 0.12:
            row[8] = f"{p.employer.split(' ')[0]}\n职务：{R.choice(['部门经理', '工程师', '主任', '教师'])}"
        elif R.random() < 0.1:
            row[8] = p.employer.replace(' ', '，') + ', 兼职攀枝花学院客座教授'
        remark = R.choice(['(空)'] * 5 + ['"希望"了解人才政策', '可联系本人微信：同手机号', '无'])
        w.writerow(wjx_meta(idx, times[idx - 1]) + row + [remark])
        persons.append(dict(sheet=None, row=rec, **t))
        add_ref(p, fname, None, rec)
        CHECK.append((fname, None, rec, wname))
        rec += 1
    with open(os.path.join(OUT, fname), 'wb') as fh:
        fh.write(buf.getvalue().encode('gb18030'))
    TRUTH_FILES.append({'file': fname, 'expect': 'import', 'persons': persons, 'not_persons': [],
                        'notes': '问卷星 CSV download, GB18030 encoded, CRLF, quoted fields with embedded '
                                 'newlines (record number != line number). One respondent typed the name '
                                 'in pinyin (Zhou Yutong).'})


# ---------------------------------------------------------------------------
# 3. 金数据 xlsx
# ---------------------------------------------------------------------------
JSJ_EDU = {'博士研究生': '研究生（博士）', '硕士研究生': '研究生（硕士）', '大学本科': '大学本科',
           '大学专科': '大学专科', '高中': '高中', '中专': '中专'}
NICKS = ['小王同学', '攀枝花的风', 'Lily', '阿伟', '雨后彩虹', '芒果味的夏天', '🌞向阳', 'Kevin', '老李',
         '静待花开', '米易枇杷', '二滩的鱼', 'momo', '平凡之路', '.']


def build_jsj():
    fname = '攀枝花籍人才信息采集表_数据_20240520.xlsx'
    wb = xlsxwriter.Workbook(os.path.join(OUT, fname))
    ws = wb.add_worksheet('攀枝花籍人才信息采集表')
    bold = wb.add_format({'bold': True, 'bg_color': '#DDEBF7'})
    dfmt = wb.add_format({'num_format': 'yyyy-mm-dd'})
    tfmt = wb.add_format({'num_format': 'yyyy-mm-dd hh:mm:ss'})
    head = ['序号', '姓名', '性别', '出生日期', '身份证号码', '手机号码', '电子邮箱', '最高学历', '毕业院校',
            '籍贯', '现工作城市', '工作单位', '职务/职称', '提交人', '填写设备', '操作系统', '浏览器',
            '填写地区', '微信昵称', '微信性别', '创建时间', '更新时间', 'IP']
    ws.write_row(0, 0, head, bold)
    persons, notp = [], []
    items = [('p', p) for p in MEMBERS['jsj']]
    items.insert(R.randint(10, 25), ('junk', None))
    shared_email = 'li.zhao.home@example.com'
    r = 2
    for idx, it in enumerate(items, start=1):
        row0 = r - 1
        t0 = rtime(datetime.datetime(2024, 5, 6, 9), 14)
        meta_tail = [R.choice(['匿名用户', '']), R.choice(['手机', '电脑', '手机']),
                     R.choice(['iOS', 'Android', 'Windows', 'macOS']),
                     R.choice(['微信', 'Safari', 'Chrome', 'Edge']),
                     R.choice(['四川省攀枝花市', '四川省成都市', '重庆市', '北京市', '广东省深圳市']),
                     R.choice(NICKS)]
        if it[0] == 'junk':
            vals = [idx, '1', '男', None, '1', '11111111111', '1@1.com', '大学本科', '1', '1', '1', '1', '1']
            for c, v in enumerate(vals):
                if v is not None:
                    ws.write(row0, c, v)
            ws.write_row(row0, 13, meta_tail + ['男'])
            ws.write_datetime(row0, 20, t0, tfmt)
            ws.write_datetime(row0, 21, t0, tfmt)
            ws.write(row0, 22, '117.173.20.9')
            notp.append({'sheet': '攀枝花籍人才信息采集表', 'row': r,
                         'what': 'junk submission: every text field "1", phone 11111111111'})
            r += 1
            continue
        p = it[1]
        nm_w, nm_t = name_cell(p, 'jsj')
        idm = id_mode_generic(p, True, True, {'plain': 70, 'none': 10, 'spaces': 5, 'broken': 6, 'fw': 3})
        idc, ids = id_cell(p, idm)
        pm = pick({'plain': 75, 'plus86': 6, 'spaced': 5, 'with_land': 4, 'none': 4 if not linked(p) else 0})
        pc, pv = phone_cell(p, pm)
        em = pick({'plain': 70, 'upper': 12, 'spaces': 6, 'none': 12})
        ec, ev = email_cell(p, em)
        if p in (S['cpl1'], S['cpl2']):
            ec, ev = shared_email, shared_email
        educ, edv = JSJ_EDU[p.edu], p.edu
        hc, hv = home(p, 'free', force_county=(ids == 'broken'))
        ws.write(row0, 0, idx)
        ws.write(row0, 1, nm_w)
        ws.write(row0, 2, '男' if p.male else '女')
        bv = None
        if R.random() < 0.8 or ids == 'broken':
            if R.random() < 0.7:
                ws.write_datetime(row0, 3, datetime.datetime.combine(p.birth, datetime.time()), dfmt)
                bv = p.birth.isoformat()
            else:
                bt, bv = birth_text(p.birth)
                ws.write_string(row0, 3, bt)
        if idc is not None:
            ws.write_string(row0, 4, idc)
        if pc is not None:
            ws.write_string(row0, 5, pc)
        if ec is not None:
            ws.write_string(row0, 6, ec)
        ws.write(row0, 7, educ)
        ws.write(row0, 8, R.choice(['四川大学', '攀枝花学院', '西南交通大学', '重庆大学', '电子科技大学',
                                    '昆明理工大学', '西华大学', '成都理工大学', '']))
        if hc:
            ws.write(row0, 9, hc)
        ws.write(row0, 10, p.city[1])
        emp = p.employer.split(' ')
        ws.write(row0, 11, emp[0])
        ws.write(row0, 12, emp[1] if len(emp) > 1 else '')
        wx_gender = ('男' if p.male else '女') if R.random() < 0.85 else ('女' if p.male else '男')
        ws.write_row(row0, 13, meta_tail + [wx_gender])
        ws.write_datetime(row0, 20, t0, tfmt)
        ws.write_datetime(row0, 21, t0 + datetime.timedelta(minutes=R.choice([0, 0, 0, 7, 1440])), tfmt)
        ws.write(row0, 22, f"{R.randint(36, 223)}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}")
        t = truth_of(nm_t, ids, p, '男' if p.male else '女', bv, pv, ev, edv, hv)
        persons.append(dict(sheet='攀枝花籍人才信息采集表', row=r, **t))
        add_ref(p, fname, '攀枝花籍人才信息采集表', r)
        CHECK.append((fname, '攀枝花籍人才信息采集表', r, nm_w))
        r += 1
    ws.set_column(0, 22, 14)
    wb.close()
    TRUTH_FILES.append({'file': fname, 'expect': 'import', 'persons': persons, 'not_persons': notp,
                        'notes': '金数据 export. 微信昵称/微信性别/填写地区/IP describe the WeChat account or the '
                                 'device, not the person (微信性别 deliberately disagrees for some rows). '
                                 '李明轩 and 赵婉清 (different people, a couple) share one email.'})


# ---------------------------------------------------------------------------
# 4. 腾讯问卷 csv (UTF-8 with BOM, tab-prefixed numbers, one double submission)
# ---------------------------------------------------------------------------
TX_EDU = {'博士研究生': '博士研究生', '硕士研究生': '硕士研究生', '大学本科': '本科', '大学专科': '大专',
          '高中': '高中', '中专': '中专'}


def build_tx():
    fname = '腾讯问卷_回攀人才意向调查_答卷数据_20240612.csv'
    head = ['编号', '开始答题时间', '结束答题时间', '答题时长', '地理位置国家和地区', '地理位置省', '地理位置市',
            '1.您的姓名:', '2.您的性别:', '3.出生日期:', '4.身份证号码:', '5.联系电话:', '6.电子邮箱:',
            '7.最高学历:', '8.户籍所在地:', '9.目前工作单位:', '10.职务/职称:', '11.回攀意向:']
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n', quoting=csv.QUOTE_ALL)
    w.writerow(head)
    persons = []
    dup_p = next(p for p in MEMBERS['tx'] if not linked(p) and p not in S.values())
    rec = 2
    n = 0
    for p in MEMBERS['tx']:
        nm_w, nm_t = name_cell(p, 'tx')
        idm = id_mode_generic(p, True, True, {'plain': 65, 'none': 15, 'lower': 0, 'broken': 6, 'spaces': 4})
        if p is S['dukou']:
            idm = 'plain'
        idc, ids = id_cell(p, idm)
        pm = pick({'plain': 70, 'plus86dash': 6, 'dashed': 6, 'two': 4, 'land_only': 4 if not linked(p) else 0})
        pc, pv = phone_cell(p, pm)
        ec, ev = email_cell(p, pick({'plain': 55, 'upper': 10, 'none': 35}))
        if R.random() < 0.08:
            educ, edv = '其他', None
        else:
            educ, edv = TX_EDU[p.edu], p.edu
        if p is S['dukou']:
            hc, hv = '四川省渡口市米易县', '米易县'
        else:
            hc, hv = home(p, 'free', force_county=(ids == 'broken'))
        if ids == 'broken' or idc is None or R.random() < 0.5:
            bt, bv = birth_text(p.birth, R.choice([('%Y-%m-%d', 'd'), ('%Y年%m月', 'm'), ('%Y/%m/%d', 'd')]))
        else:
            bt, bv = '', None
        emp = p.employer.split(' ')
        unit = emp[0]
        if R.random() < 0.12:
            unit = emp[0] + '\n（' + R.choice(['借调至', '派驻']) + R.choice(['成都', '重庆', '昆明']) + '）'
        t0 = rtime(datetime.datetime(2024, 6, 1, 8), 11)
        dur = R.randint(60, 600)
        loc_prov, loc_city = R.choice([('四川', '攀枝花'), ('四川', '成都'), ('重庆', '重庆'), ('云南', '昆明'),
                                       ('北京', '北京'), ('广东', '深圳')])
        body = [nm_w, '男' if p.male else '女', bt, ('\t' + idc) if idc else '', ('\t' + pc) if pc else '',
                ec or '', educ, hc or '', unit, emp[1] if len(emp) > 1 else '',
                R.choice(['有意向回攀工作', '可以柔性服务（兼职/顾问）', '暂无', '有意向回攀创业'])]
        t = truth_of(nm_t, ids, p, '男' if p.male else '女', bv, pv, ev, edv, hv)
        reps = 2 if p is dup_p else 1
        for k in range(reps):
            n += 1
            ts = t0 + datetime.timedelta(seconds=3 * k)
            w.writerow([n, ts.strftime('%Y-%m-%d %H:%M:%S'),
                        (ts + datetime.timedelta(seconds=dur)).strftime('%Y-%m-%d %H:%M:%S'),
                        f"{dur // 60}分{dur % 60}秒", '中国', loc_prov, loc_city] + body)
            persons.append(dict(sheet=None, row=rec, **t))
            add_ref(p, fname, None, rec)
            CHECK.append((fname, None, rec, nm_w))
            rec += 1
    with open(os.path.join(OUT, fname), 'wb') as fh:
        fh.write(b'\xef\xbb\xbf' + buf.getvalue().encode('utf-8'))
    TRUTH_FILES.append({'file': fname, 'expect': 'import', 'persons': persons, 'not_persons': [],
                        'notes': '腾讯问卷 CSV, UTF-8 with BOM, LF, every field quoted; ID and phone cells carry '
                                 'a leading TAB (export trick to keep Excel from mangling them). One respondent '
                                 'double-submitted (two identical answer rows 3 s apart). 地理位置省/市 is the '
                                 'IP location, not origin. One 户籍所在地 uses the pre-1987 city name 渡口市.'})


# ---------------------------------------------------------------------------
# 5. Microsoft Forms xlsx (mixed English/Chinese headers)
# ---------------------------------------------------------------------------
MSF_EDU = {'博士研究生': 'PhD 博士', '硕士研究生': 'Master 硕士', '大学本科': 'Bachelor 本科',
           '大学专科': 'Associate degree 大专', '高中': 'High school 高中', '中专': 'Secondary vocational 中专'}
ABROAD = ['London, UK', 'Munich, Germany', 'Singapore', 'Tokyo, Japan', 'Melbourne, Australia',
          'Mountain View, USA', 'Paris, France', 'Auckland, New Zealand', 'Toronto, Canada']


def build_msf():
    fname = '攀枝花海外及省外人才联络表 Panzhihua Talent Network(1-26).xlsx'
    wb = xlsxwriter.Workbook(os.path.join(OUT, fname))
    ws = wb.add_worksheet('Sheet1')
    tfmt = wb.add_format({'num_format': 'm/d/yy h:mm:ss'})
    dfmt = wb.add_format({'num_format': 'yyyy/m/d'})
    head = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Name 姓名',
            'Gender 性别', 'Date of birth 出生日期', 'Chinese ID No. 身份证号（选填 optional）', 'Mobile 手机',
            'Email 邮箱', 'Highest education 最高学历', 'Hometown 籍贯', 'Current city 现居城市',
            'Employer & position 工作单位及职务']
    ws.write_row(0, 0, head)
    persons = []
    r = 2
    for idx, p in enumerate(MEMBERS['msf'], start=1):
        row0 = r - 1
        nm_w, nm_t = name_cell(p, 'msf', allow_noise=not p.foreign)
        idm = id_mode_generic(p, True, True, {'plain': 45, 'none': 50, 'broken': 5})
        if p in (S['lsy'], S['chr'], S['cjg']):
            idm = 'plain'
        idc, ids = id_cell(p, idm)
        pm = pick({'plain': 60, 'plus86': 30, 'spaced': 10})
        pc, pv = phone_cell(p, pm)
        ec, ev = email_cell(p, pick({'plain': 75, 'upper': 20, 'none': 5 if not linked(p) else 0}))
        if p in (S['en1'], S['en2']) or (p.foreign and R.random() < 0.5):
            hc, hv = home(p, 'en', force_county=(ids == 'broken'))
        else:
            hc, hv = home(p, 'free', force_county=(ids == 'broken'))
        t0 = rtime(datetime.datetime(2024, 4, 20, 0), 30)
        t1 = t0 + datetime.timedelta(seconds=R.randint(90, 900))
        ws.write(row0, 0, idx)
        ws.write_datetime(row0, 1, t0, tfmt)
        ws.write_datetime(row0, 2, t1, tfmt)
        ws.write(row0, 3, 'anonymous')
        ws.write_datetime(row0, 5, t1, tfmt)
        ws.write(row0, 6, nm_w)
        ws.write(row0, 7, 'Male 男' if p.male else 'Female 女')
        bv = None
        if R.random() < 0.85 or ids != 'valid':
            ws.write_datetime(row0, 8, datetime.datetime.combine(p.birth, datetime.time()), dfmt)
            bv = p.birth.isoformat()
        if idc:
            ws.write_string(row0, 9, idc)
        ws.write_string(row0, 10, pc)
        if ec:
            ws.write_string(row0, 11, ec)
        ws.write(row0, 12, MSF_EDU[p.edu])
        if hc:
            ws.write(row0, 13, hc)
        ws.write(row0, 14, ABROAD[FOREIGN.index((p.foreign[0], p.foreign[1]))] if p.foreign
                 else p.city[1])
        ws.write(row0, 15, p.employer if not p.foreign else
                 R.choice(['University lab, postdoctoral researcher', 'Battery start-up, senior engineer',
                           'Hospital, resident physician', 'Bank, analyst', 'Materials institute, research fellow']))
        t = truth_of(nm_t, ids, p, '男' if p.male else '女', bv, pv, ev, p.edu, hv)
        persons.append(dict(sheet='Sheet1', row=r, **t))
        add_ref(p, fname, 'Sheet1', r)
        CHECK.append((fname, 'Sheet1', r, nm_w))
        r += 1
    ws.set_column(0, 15, 16)
    wb.close()
    TRUTH_FILES.append({'file': fname, 'expect': 'import', 'persons': persons, 'not_persons': [],
                        'notes': 'Microsoft Forms export. Columns Email="anonymous" and Name (empty) describe the '
                                 'responder account, not the person: use the questions "Name 姓名" and '
                                 '"Email 邮箱". Pinyin names LIU Siyuan / Haoran Chen and the traditional 陳建國 '
                                 'are the same people as 刘思远 (wjx xlsx), 陈浩然 (金数据), 陈建国 (HR). Some '
                                 'hometowns are in English (Miyi County / Renhe District, Panzhihua).'})


# ---------------------------------------------------------------------------
# 6. WeChat mini-program export (split name, country code column, 3 region columns, 2-row header)
# ---------------------------------------------------------------------------
WX_EDU = {'博士研究生': '博士', '硕士研究生': '硕士', '大学本科': '本科', '大学专科': '大专', '高中': '高中',
          '中专': '中专'}


def split_name(p):
    if p.split:
        return p.split
    return p.name[0], p.name[1:]


def build_wx():
    fname = '人才码小程序_登记信息导出_20240601.xlsx'
    sheet = '登记信息'
    wb = xlsxwriter.Workbook(os.path.join(OUT, fname))
    ws = wb.add_worksheet(sheet)
    g = wb.add_format({'bold': True, 'align': 'center', 'valign': 'vcenter', 'border': 1, 'bg_color': '#E2EFDA'})
    h = wb.add_format({'bold': True, 'align': 'center', 'border': 1})
    # row 1: groups; row 2: columns
    groups = [(0, 2, '记录'), (3, 6, '基本信息'), (7, 8, '联系方式'), (9, 10, '证件'),
              (11, 13, '籍贯（户籍所在地）'), (14, 15, '现居住地'), (16, 18, '学历与工作')]
    for c0, c1, txt in groups:
        if c0 == c1:
            ws.write(0, c0, txt, g)
        else:
            ws.merge_range(0, c0, 0, c1, txt, g)
    cols = ['序号', '用户ID', '微信昵称', '姓', '名', '性别', '出生日期', '国家/地区区号', '手机号码',
            '证件类型', '证件号码', '省', '市', '区县', '省', '市', '最高学历', '毕业院校', '工作单位', '']
    cols[19] = None
    for c, v in enumerate(cols):
        if v is not None:
            ws.write(1, c, v, h)
    ws.merge_range(0, 19, 1, 19, '授权时间', g)
    persons, notp = [], []
    items = [('p', p) for p in MEMBERS['wx']]
    items.insert(R.randint(5, 40), ('empty', None))
    r = 3
    for idx, it in enumerate(items, start=1):
        row0 = r - 1
        openid = 'o' + ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_')
                               for _ in range(27))
        ts = rtime(datetime.datetime(2024, 5, 1, 7), 31).strftime('%Y-%m-%d %H:%M:%S')
        if it[0] == 'empty':
            ws.write(row0, 0, idx)
            ws.write(row0, 1, openid)
            ws.write(row0, 2, '攀枝花芒果直销')
            ws.write(row0, 19, ts)
            notp.append({'sheet': sheet, 'row': r,
                         'what': 'abandoned registration: only openid, WeChat nickname and time, no name'})
            r += 1
            continue
        p = it[1]
        sur, given = split_name(p)
        if R.random() < 0.04:
            given = given + ' '
        ws.write(row0, 0, idx)
        ws.write(row0, 1, openid)
        ws.write(row0, 2, R.choice(NICKS))
        ws.write(row0, 3, sur)
        ws.write(row0, 4, given)
        ws.write(row0, 5, '男' if p.male else '女')
        ws.write(row0, 6, p.birth.isoformat())
        if p.foreign:
            if hasattr(p, 'wx_phone'):
                cc, num = p.wx_phone
            else:
                d = p.foreign[0].split(' ', 1)
                cc, num = d[0], re.sub(r'\D', '', d[1])
            pv = p.foreign[1]
            ws.write(row0, 7, cc)
            ws.write_string(row0, 8, num)
        else:
            ws.write(row0, 7, R.choice(['+86', '+86', '+86', '86']))
            ws.write_number(row0, 8, int(p.phone))
            pv = '+86' + p.phone
        if p.foreign and R.random() < 0.6:
            ws.write(row0, 9, '护照')
            ws.write(row0, 10, R.choice('EG') + ''.join(R.choice('0123456789') for _ in range(8)))
            ids = 'none'
        else:
            idm = id_mode_generic(p, True, True, {'plain': 85, 'broken': 6, 'lower': 0})
            idc, ids = id_cell(p, idm)
            ws.write(row0, 9, '居民身份证')
            ws.write_string(row0, 10, idc)
        # origin block
        force = ids == 'broken'
        mode = {'A': ('county' if force else p.home_pref), 'B': 'county', 'C': 'city', 'D': 'other'}[p.kind]
        if mode == 'county':
            trip, hv = ('四川省', '攀枝花市', p.county), p.county
        elif mode == 'city':
            trip, hv = ('四川省', '攀枝花市', ''), None
        elif mode == 'other':
            trip, hv = p.other[1], None
        else:
            trip, hv = ('', '', ''), None
        for c, v in enumerate(trip):
            if v:
                ws.write(row0, 11 + c, v)
        if p.foreign:
            ws.write(row0, 14, '境外')
            ws.write(row0, 15, R.choice(['香港', '新加坡', '悉尼', '伦敦']))
        else:
            ws.write(row0, 14, p.city[0])
            ws.write(row0, 15, p.city[1])
        ws.write(row0, 16, WX_EDU[p.edu])
        ws.write(row0, 17, R.choice(['攀枝花学院', '四川大学', '西南科技大学', '西南石油大学', '重庆大学', '']))
        ws.write(row0, 18, p.employer.split(' ')[0])
        ws.write(row0, 19, ts)
        t = truth_of(p.name, ids, p, '男' if p.male else '女', p.birth.isoformat(), pv, None, p.edu, hv)
        persons.append(dict(sheet=sheet, row=r, **t))
        add_ref(p, fname, sheet, r)
        CHECK.append((fname, sheet, r, sur + given.strip()))
        r += 1
    ws.set_column(0, 19, 13)
    ws.freeze_panes(2, 0)
    wb.close()
    TRUTH_FILES.append({'file': fname, 'expect': 'import', 'persons': persons, 'not_persons': notp,
                        'notes': 'WeChat mini-program export with a two-row header: row 1 groups (merged), row 2 '
                                 'columns. Name = 姓 + 名. Phone = 国家/地区区号 + 手机号码 (numeric cell). '
                                 'The 省/市/区县 under 籍贯（户籍所在地） are origin; the 省/市 under 现居住地 are '
                                 'not. 证件类型 护照 rows carry a passport number, not a resident ID.'})


# ---------------------------------------------------------------------------
# 7. HR system .xls with codes (+ legend sheet)
# ---------------------------------------------------------------------------
EDU_CODE = {'博士研究生': '11', '硕士研究生': '14', '大学本科': '21', '大学专科': '31', '中专': '41', '高中': '61'}
EDU_LEGEND = [('11', '博士研究生毕业'), ('14', '硕士研究生毕业'), ('21', '大学本科毕业'), ('31', '大学专科毕业'),
              ('41', '中等专科毕业'), ('61', '普通高中毕业')]
DEGREE_CODE = {'博士研究生': '2', '硕士研究生': '3', '大学本科': '4', '大学专科': '', '中专': '', '高中': ''}


def build_hr():
    fname = '人事系统导出_人员基本信息.xls'
    sheet = '人员基本信息'
    wb = xlwt.Workbook(encoding='utf-8')
    ws = wb.add_sheet(sheet)
    title = xlwt.easyxf('font: bold on, height 280; align: horiz center')
    hdr = xlwt.easyxf('font: bold on; pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, '
                      'top thin, bottom thin')
    dst = xlwt.easyxf(num_format_str='YYYY-MM-DD')
    head = ['人员编号', '姓名', '性别', '出生日期', '民族', '政治面貌', '公民身份号码', '学历代码', '学位代码',
            '籍贯', '手机号码', '办公电话', '电子邮箱', '所在部门', '职务', '人员状态']
    ws.write_merge(0, 0, 0, len(head) - 1, '人员基本信息导出（导出日期：2024-05-21）', title)
    for c, v in enumerate(head):
        ws.write(1, c, v, hdr)
    persons, notp = [], []
    depts = ['技术中心', '生产部', '财务部', '人力资源部', '研发一部', '质量部', '市场部', '综合办公室']
    r = 3
    for idx, p in enumerate(MEMBERS['hr'], start=1):
        row0 = r - 1
        nm_w, nm_t = name_cell(p, 'hr', allow_noise=False)
        if p is S['old15']:
            idm = 'legacy15'
        elif p in (S['dmg1'], S['dmg2']):
            idm = 'damaged'
        elif p is S['g9']:
            idm = 'none'
        else:
            idm = id_mode_generic(p, True, True, {'plain': 88, 'none': 5, 'broken': 5, 'lower': 0})
        idc, ids = id_cell(p, idm)
        gcode = 1 if p.male else 2
        gval = '男' if p.male else '女'
        if p is S['g9']:
            gcode, gval = 9, None
        ws.write(row0, 0, f"E{10230 + idx * 7:06d}")
        ws.write(row0, 1, nm_w)
        ws.write(row0, 2, gcode)
        if R.random() < 0.8 or ids != 'valid':
            ws.write(row0, 3, datetime.datetime.combine(p.birth, datetime.time()), dst)
        else:
            ws.write(row0, 3, p.birth.strftime('%Y%m%d'))
        bv = p.birth.isoformat()
        ws.write(row0, 4, R.choice(['01'] * 9 + ['02', '15']) if '·' not in p.name else '07')
        ws.write(row0, 5, R.choice(['01', '13', '13', '03']))
        if idc is not None:
            ws.write(row0, 6, idc)
        ws.write(row0, 7, EDU_CODE[p.edu])
        ws.write(row0, 8, DEGREE_CODE[p.edu])
        hc, hv = home(p, 'hr', force_county=(ids in ('broken', 'damaged')))
        if hc:
            ws.write(row0, 9, hc)
        pm = pick({'plain': 85, 'none': 15 if not linked(p) else 0})
        pc, pv = phone_cell(p, pm)
        if pc:
            ws.write(row0, 10, pc)
        ws.write(row0, 11, f"0812-{p.land}")
        ec, ev = email_cell(p, pick({'plain': 40, 'none': 60}))
        if ec:
            ws.write(row0, 12, ec)
        ws.write(row0, 13, R.choice(depts))
        ws.write(row0, 14, R.choice(['工程师', '高级工程师', '主管', '科员', '副部长', '技术员', '']))
        ws.write(row0, 15, R.choice(['在职'] * 8 + ['借调', '退休']))
        t = truth_of(nm_t, ids, p, gval, bv, pv, ev, None, hv)
        persons.append(dict(sheet=sheet, row=r, **t))
        add_ref(p, fname, sheet, r)
        CHECK.append((fname, sheet, r, nm_w))
        r += 1
    r += 1  # blank row
    ws.write(r - 1, 0, f"合计：{len(MEMBERS['hr'])}人")
    notp.append({'sheet': sheet, 'row': r, 'what': 'footer: 合计 (total count)'})
    r += 1
    ws.write(r - 1, 0, '导出人：admin    导出时间：2024-05-21 09:12:37    本表数据仅供内部使用')
    notp.append({'sheet': sheet, 'row': r, 'what': 'footer: exporter / export time / confidentiality note'})
    for c, wdt in enumerate([10, 10, 6, 12, 6, 8, 22, 8, 8, 14, 14, 14, 24, 12, 12, 8]):
        ws.col(c).width = wdt * 300
    lg = wb.add_sheet('代码说明')
    lines = [('代码集', '代码', '含义'), ('性别（GB/T 2261.1）', '0', '未知的性别'), ('', '1', '男'), ('', '2', '女'),
             ('', '9', '未说明的性别'), ('', '', '')]
    lines += [('学历代码（GB/T 4658）' if i == 0 else '', c, m) for i, (c, m) in enumerate(EDU_LEGEND)]
    lines += [('', '', ''), ('学位代码', '2', '博士'), ('', '3', '硕士'), ('', '4', '学士'), ('', '', ''),
              ('民族（GB 3304）', '01', '汉族'), ('', '02', '蒙古族'), ('', '07', '彝族'), ('', '15', '土家族'),
              ('', '', ''), ('政治面貌（GB/T 4762）', '01', '中国共产党党员'), ('', '03', '中国共产主义青年团团员'),
              ('', '13', '群众')]
    for i, line in enumerate(lines):
        for c, v in enumerate(line):
            lg.write(i, c, v)
    lg.col(0).width = 7000
    lg.col(2).width = 6000
    wb.save(os.path.join(OUT, fname))
    TRUTH_FILES.append({
        'file': fname, 'expect': 'import', 'persons': persons, 'not_persons': notp,
        'notes': 'Legacy HR-system .xls (BIFF8). Title row 1, header row 2, data from row 3, blank row and two '
                 'footer rows after the data. 性别 is coded 1=男 2=女 9=未说明 (GB/T 2261.1 national standard: '
                 'an importer is expected to read 1/2; 9 -> null). 学历代码 uses GB/T 4658 codes explained only on '
                 'sheet 代码说明: education truth is null for every row (an importer is not expected to join the '
                 'legend; decoding it via the legend would give 11->博士研究生, 14->硕士研究生, 21->大学本科, '
                 '31->大学专科, 41->中专, 61->高中 and should be scored as acceptable, not wrong). 办公电话 '
                 'is an 0812 landline, not a mobile. Two IDs are numeric cells damaged by Excel (15 significant '
                 'digits): truth null. One legacy 15-digit ID: truth is its 18-digit conversion.',
        'education_code_legend': {c: v for c, v in [('11', '博士研究生'), ('14', '硕士研究生'), ('21', '大学本科'),
                                                     ('31', '大学专科'), ('41', '中专'), ('61', '高中')]}})


# ---------------------------------------------------------------------------
# 8. 问卷星 statistics report -> reject
# ---------------------------------------------------------------------------
def build_report(wjx_truth):
    fname = '248613377_攀籍在外人才信息登记表_统计报告.xlsx'
    wb = xlsxwriter.Workbook(os.path.join(OUT, fname))
    ws = wb.add_worksheet('默认报告')
    b = wb.add_format({'bold': True})
    pct = wb.add_format({'num_format': '0.00%'})
    ws.write(0, 0, '攀籍在外人才信息登记表 — 默认报告', wb.add_format({'bold': True, 'font_size': 14}))
    ws.write(1, 0, '统计时间：2024-06-03 10:21    有效答卷：57 份（含测试答卷）')
    persons = [x for x in wjx_truth['persons']]
    r = 3
    qs = []
    qs.append(('第1题：您的姓名： [填空题]', None))
    g = {'男': 0, '女': 0}
    for x in persons:
        g[x['gender']] = g.get(x['gender'], 0) + 1
    g['男'] += 1  # the test row
    qs.append(('第2题：您的性别： [单选题]', list(g.items())))
    qs.append(('第3题：您的出生年月： [填空题]', None))
    qs.append(('第4题：您的身份证号码： [填空题]', None))
    qs.append(('第5题：手机号码 [填空题]', None))
    e = {}
    for x in persons:
        k = WJX_EDU[x['education']][2:] if x['education'] else '其他/(跳过)'
        e[k] = e.get(k, 0) + 1
    qs.append(('第6题：您目前的最高学历是？ [单选题]', sorted(e.items(), key=lambda kv: -kv[1])))
    qs.append(('第7题：您的籍贯（省/市/县） [省市区题]', [('四川省', 44), ('重庆市', 4), ('云南省', 5), ('(跳过)', 4)]))
    qs.append(('第10题：是否愿意回攀发展？ [单选题]', [('愿意', 29), ('视情况而定', 19), ('暂不考虑', 9)]))
    chart_n = 0
    for q, opts in qs:
        ws.write(r, 0, q, b)
        r += 1
        if opts is None:
            ws.write(r, 0, '详细数据请通过“查看下载答卷”或“分类统计”查看')
            r += 2
            continue
        ws.write_row(r, 0, ['选项', '小计', '比例'], b)
        r += 1
        tot = sum(v for _, v in opts)
        first = r
        for k, v in opts:
            ws.write(r, 0, k)
            ws.write(r, 1, v)
            ws.write(r, 2, v / tot, pct)
            r += 1
        ws.write(r, 0, '本题有效填写人次', b)
        ws.write(r, 1, tot)
        ch = wb.add_chart({'type': 'bar'})
        ch.add_series({'name': q[:12], 'categories': ['默认报告', first, 0, r - 1, 0],
                       'values': ['默认报告', first, 1, r - 1, 1]})
        ch.set_legend({'none': True})
        ch.set_size({'width': 420, 'height': 200})
        ws.insert_chart(first - 2, 4, ch)
        chart_n += 1
        r += max(3, 12 - (r - first))
    ws.set_column(0, 0, 42)
    wb.close()
    TRUTH_FILES.append({
        'file': fname, 'expect': 'reject',
        'why': '问卷星 "默认报告" statistics download: per-question option counts, percentages and bar charts; '
               'free-text questions (姓名, 身份证, 手机) only say "详细数据请通过查看下载答卷查看". It contains no '
               'per-person rows, so there is nothing to import (the per-respondent data is the separate '
               '"下载答卷数据" export, which is 248613377_2_..._57_57.xlsx).',
        'persons': [], 'not_persons': []})


# ---------------------------------------------------------------------------
# verification (reads the files back independently)
# ---------------------------------------------------------------------------
CHECK = []


def read_rows(fname, sheet):
    path = os.path.join(OUT, fname)
    if fname.endswith('.xlsx'):
        wb = openpyxl.load_workbook(path, data_only=True)
        ws = wb[sheet]
        return {i: ['' if v is None else str(v) for v in row]
                for i, row in enumerate(ws.iter_rows(values_only=True), start=1)}
    if fname.endswith('.xls'):
        import xlrd
        bk = xlrd.open_workbook(path)
        sh = bk.sheet_by_name(sheet)
        return {i + 1: [str(c.value) for c in sh.row(i)] for i in range(sh.nrows)}
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        text = raw[3:].decode('utf-8')
    else:
        text = raw.decode('gb18030')
    recs = list(csv.reader(io.StringIO(text, newline='')))
    return {i: rec for i, rec in enumerate(recs, start=1)}


def verify(truth):
    import phonenumbers
    cache = {}
    n = 0
    for fname, sheet, row, written in CHECK:
        key = (fname, sheet)
        if key not in cache:
            cache[key] = read_rows(fname, sheet)
        cells = cache[key][row]
        joined = ''.join(cells)
        assert written in cells or written in joined, (fname, row, written, cells[:12])
        n += 1
    for f in truth['files']:
        refs = set()
        for p in f['persons']:
            refs.add((p['sheet'], p['row']))
            i = p['id_number']
            if i:
                assert id_valid(i), i
                assert p['birth_date'] == f"{i[6:10]}-{i[10:12]}-{i[12:14]}"
                assert p['gender'] == ('男' if int(i[16]) % 2 else '女')
            if p['phone']:
                x = phonenumbers.parse(p['phone'])
                assert phonenumbers.is_valid_number(x), p
                assert phonenumbers.format_number(x, phonenumbers.PhoneNumberFormat.E164) == p['phone']
            if p['email']:
                assert p['email'] == p['email'].lower().strip()
            assert p['education'] in (None, '博士研究生', '硕士研究生', '大学本科', '大学专科', '高中', '中专')
            assert p['origin_county'] in (None, '东区', '西区', '仁和区', '米易县', '盐边县')
            assert p['gender'] in (None, '男', '女')
        for q in f['not_persons']:
            assert (q['sheet'], q['row']) not in refs
        assert len(refs) == len(f['persons'])
    # every truth ID is visible in its row (after NFKC, removing spaces/tabs, upper-casing; 15-digit form too)
    for f in truth['files']:
        for p in f['persons']:
            if p['id_number']:
                cells = read_rows(f['file'], p['sheet'])[p['row']]
                normed = [re.sub(r'\s', '', unicodedata.normalize('NFKC', c)).upper() for c in cells]
                i = p['id_number']
                assert i in normed or (i[:6] + i[8:17]) in normed, (f['file'], p['row'], i)
    # name in the truth == normalised written name, and that it is literally in the row
    tp = {(f['file'], p['sheet'], p['row']): p for f in truth['files'] for p in f['persons']}
    for fname, sheet, row, written in CHECK:
        assert tp[(fname, sheet, row)]['name'] == norm_name(written), (written, tp[(fname, sheet, row)]['name'])
    for g in truth['same_person_groups']:
        for ref in g:
            assert (ref['file'], ref['sheet'], ref['row']) in tp
    return n


def main():
    for f in os.listdir(OUT):
        if f != 'make.py' and not f.startswith('.'):
            os.remove(os.path.join(OUT, f))
    build_wjx_x()
    build_wjx_c()
    build_jsj()
    build_tx()
    build_msf()
    build_wx()
    build_hr()
    build_report(TRUTH_FILES[0])
    groups = [refs for refs in APPEAR.values() if len(refs) > 1]
    conventions = [
        'One truth person per data row that represents a respondent/employee; a person who submitted twice '
        'appears as two truth persons (one per row) and the rows are linked in same_person_groups.',
        'row = the row number Excel shows (title rows and multi-row headers counted); CSV: record number with the '
        'header record = 1 (quoted fields contain newlines, so records are not lines).',
        'name: simplified Chinese when written in Chinese (traditional converted: 陳建國 -> 陈建国); spaces and '
        'full-width spaces removed; trailing annotations in brackets dropped (李静（攀枝花学院08届） -> 李静); '
        'Yi-name middle dots unified to U+00B7 "·" (阿苏•拉则 -> 阿苏·拉则, 沙马.伍呷 -> 沙马·伍呷), a name typed '
        'without the dot stays without it (吉克阿呷); split 姓 + 名 concatenated; romanised names kept as written '
        '(Zhou Yutong, LIU Siyuan, Haoran Chen).',
        'id_number: 18 characters, NFKC (full-width digits), spaces removed, upper-case X, leading TAB stripped; '
        'a legacy 15-digit ID is converted to 18 digits; a checksum failure, a numeric cell damaged by Excel '
        '(5.1E+17) or a passport number -> null.',
        'gender, birth_date: from the valid ID when there is one; otherwise from the gender/birth columns '
        '(问卷星 "A.男", MS Forms "Male 男", HR code 1=男 2=女 per GB/T 2261.1, 9 -> null). birth precision '
        'as written: "1992年7月", "1990.05", "199005", "1990-05" -> YYYY-MM; full dates -> YYYY-MM-DD; '
        'Excel date cells -> YYYY-MM-DD. Columns never contradict a valid ID in this corpus.',
        'phone: the first mobile number in the cell, even when a 0812 landline precedes it; "+86"+11 digits; '
        'foreign numbers E.164 (UK, DE, SG, JP, AU, US, FR, NZ, CA, HK). Landline only, "(跳过)", empty -> null. '
        'WeChat export: 国家/地区区号 + 手机号码. HR 办公电话 (landline) is never the phone.',
        'email: lower-cased and stripped; MS Forms responder column Email="anonymous" is not an email.',
        'education: the highest education as answered, mapped: 本科->大学本科, 大专/专科->大学专科, '
        '研究生（硕士）/硕士/Master->硕士研究生, 研究生（博士）/博士/PhD->博士研究生, 中专/技校->中专. '
        '"其他〖博士后〗" -> 博士研究生 (a postdoc holds a doctorate); "其他〖初中〗", "其他", "(跳过)" -> null. '
        'HR 学历代码 -> null (needs the legend sheet; see that file\'s notes).',
        'origin_county: from the valid ID\'s area code when it is a Panzhihua county code; otherwise from the '
        'text of 籍贯 / 户籍所在地 / the WeChat 籍贯 block when it names the county (incl. 问卷星 picker '
        '"四川省-攀枝花市-米易县", short forms 米易/盐边/仁和, 东区/西区 only with 攀枝花, the old city name '
        '渡口市米易县, English "Miyi County, Panzhihua" / "Renhe District, Panzhihua City"). City-only '
        '("四川省-攀枝花市", "攀枝花") -> null. 重庆市大渡口区 -> null. Current city (所在城市, 现居住地, '
        '现工作城市), IP location (来自IP, 地理位置, 填写地区), schools and WeChat nickname are never origin. '
        'When an ID is broken/damaged but shows a Panzhihua area code, the row always also has 籍贯 text naming '
        'the same county, so the truth does not depend on whether the importer trusts the broken ID\'s area.',
        'not_persons: administrator test submissions, junk submissions, abandoned empty registrations, '
        'footer rows (合计, 导出人). Blank rows are listed nowhere.',
        'same_person_groups: every set of rows (within or across files) that belong to one fictional person. '
        'Different people who share a name (two 张伟, two 王芳) or an email (a couple in the 金数据 file) '
        'are not grouped.',
    ]
    truth = {'conventions': conventions, 'csv_rows_are_lines': False, 'files': TRUTH_FILES,
             'same_person_groups': groups}
    n = verify(truth)
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    tot = sum(len(f['persons']) for f in TRUTH_FILES)
    print(f"files={len(TRUTH_FILES)} persons={tot} name-checks={n} groups={len(groups)} "
          f"grouped-rows={sum(len(g) for g in groups)}")
    for f in TRUTH_FILES:
        print(f"  {f['expect']:6} {len(f['persons']):3} persons {len(f['not_persons'])} not  {f['file']}")


if __name__ == '__main__':
    main()
