#!/usr/bin/env python3
"""Blind test corpus of Panzhihua-origin talent rosters (攀籍人才名单) + truth.json.

All persons are fictional (random names, random IDs with correct GB 11643 check chars,
random phone numbers).  Run:  python3 make.py   -> writes files next to this script,
then re-opens every file and checks the truth against the cells.
"""
import sys, os, io, csv, json, random, datetime, zipfile, unicodedata
sys.path.insert(0, '/tmp/helperlibs3')
import openpyxl, xlsxwriter, xlwt, xlrd
from odf.opendocument import OpenDocumentSpreadsheet, load as odf_load
from odf.table import Table, TableRow, TableCell, CoveredTableCell, TableColumn
from odf.text import P
from odf.namespaces import TABLENS, OFFICENS

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20241008)
D = datetime.date

# ----------------------------------------------------------------- IDs
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def check_char(id17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(id17, W)) % 11]
def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and check_char(s[:17]) == s[17]
def upgrade15(s15):
    s17 = s15[:6] + '19' + s15[6:]
    return s17 + check_char(s17)

PZH = {'东区': '510402', '西区': '510403', '仁和区': '510411', '米易县': '510421', '盐边县': '510422'}
PZH_REV = {v: k for k, v in PZH.items()}
OTHER = {  # area -> hometown text (not Panzhihua)
    '510104': '四川省成都市锦江区', '510107': '四川省成都市武侯区', '513425': '四川省会理县',
    '530723': '云南省华坪县', '511102': '四川省乐山市市中区', '500104': '重庆市大渡口区',
    '510302': '四川省自贡市自流井区', '513401': '四川省西昌市', '510681': '四川省广汉市',
}

# ----------------------------------------------------------------- names
SUR = {'王': 'wang', '李': 'li', '张': 'zhang', '刘': 'liu', '陈': 'chen', '杨': 'yang', '黄': 'huang',
       '赵': 'zhao', '吴': 'wu', '周': 'zhou', '徐': 'xu', '孙': 'sun', '马': 'ma', '朱': 'zhu', '胡': 'hu',
       '郭': 'guo', '何': 'he', '高': 'gao', '林': 'lin', '罗': 'luo', '郑': 'zheng', '梁': 'liang',
       '谢': 'xie', '宋': 'song', '唐': 'tang', '韩': 'han', '冯': 'feng', '邓': 'deng', '曹': 'cao',
       '彭': 'peng', '曾': 'zeng', '肖': 'xiao', '田': 'tian', '董': 'dong', '袁': 'yuan', '潘': 'pan',
       '蒋': 'jiang', '蔡': 'cai', '余': 'yu', '杜': 'du', '叶': 'ye', '程': 'cheng', '苏': 'su', '魏': 'wei',
       '吕': 'lyu', '丁': 'ding', '任': 'ren', '沈': 'shen', '姚': 'yao', '卢': 'lu', '钟': 'zhong',
       '姜': 'jiang', '崔': 'cui', '谭': 'tan', '范': 'fan', '廖': 'liao', '石': 'shi', '金': 'jin',
       '贾': 'jia', '夏': 'xia', '付': 'fu', '方': 'fang', '邹': 'zou', '熊': 'xiong', '白': 'bai',
       '秦': 'qin', '邱': 'qiu', '侯': 'hou', '江': 'jiang', '尹': 'yin', '薛': 'xue', '段': 'duan',
       '雷': 'lei', '龙': 'long', '黎': 'li', '陶': 'tao', '贺': 'he', '毛': 'mao', '顾': 'gu', '龚': 'gong',
       '万': 'wan', '向': 'xiang', '严': 'yan', '欧阳': 'ouyang', '司马': 'sima', '单': 'shan'}
GM = {'伟': 'wei', '强': 'qiang', '军': 'jun', '勇': 'yong', '杰': 'jie', '涛': 'tao', '斌': 'bin', '超': 'chao',
      '明': 'ming', '刚': 'gang', '平': 'ping', '辉': 'hui', '鹏': 'peng', '华': 'hua', '飞': 'fei', '鑫': 'xin',
      '波': 'bo', '宇': 'yu', '浩': 'hao', '凯': 'kai', '健': 'jian', '俊': 'jun', '帆': 'fan', '旭': 'xu',
      '宁': 'ning', '龙': 'long', '阳': 'yang', '磊': 'lei', '峰': 'feng', '建': 'jian', '国': 'guo', '志': 'zhi',
      '文': 'wen', '海': 'hai', '东': 'dong', '成': 'cheng', '晨': 'chen', '博': 'bo', '毅': 'yi', '锋': 'feng',
      '亮': 'liang', '川': 'chuan', '江': 'jiang', '坤': 'kun', '嘉': 'jia', '翔': 'xiang', '睿': 'rui',
      '泽': 'ze', '航': 'hang', '洋': 'yang', '林': 'lin', '庆': 'qing', '顺': 'shun'}
GF = {'芳': 'fang', '娜': 'na', '敏': 'min', '静': 'jing', '丽': 'li', '艳': 'yan', '娟': 'juan', '霞': 'xia',
      '玲': 'ling', '燕': 'yan', '婷': 'ting', '雪': 'xue', '慧': 'hui', '莉': 'li', '琳': 'lin', '颖': 'ying',
      '倩': 'qian', '洁': 'jie', '欣': 'xin', '悦': 'yue', '佳': 'jia', '梅': 'mei', '红': 'hong', '秀': 'xiu',
      '兰': 'lan', '琴': 'qin', '晶': 'jing', '璐': 'lu', '瑶': 'yao', '蕾': 'lei', '月': 'yue', '晓': 'xiao',
      '萍': 'ping', '露': 'lu', '思': 'si', '雨': 'yu', '诗': 'shi', '婉': 'wan', '梦': 'meng', '蓉': 'rong'}
YI = [('阿苏', '木呷', '男'), ('吉克', '阿呷', '女'), ('沙马', '拉且', '男'), ('阿西', '木嘎', '男'),
      ('海来', '阿支', '女'), ('俄木', '尔古', '男'), ('吉木', '子石', '男'), ('勒古', '沙日', '男'),
      ('马海', '木呷', '男'), ('阿的', '拉博', '男'), ('立格', '阿依', '女'), ('吉伍', '曲比', '女'),
      ('曲比', '阿果', '女'), ('阿约', '史古', '男')]
YI_PY = {'阿苏': 'asu', '木呷': 'muga', '吉克': 'jike', '阿呷': 'aga', '沙马': 'shama', '拉且': 'laqie',
         '阿西': 'axi', '木嘎': 'muga', '海来': 'hailai', '阿支': 'azhi', '俄木': 'emu', '尔古': 'ergu',
         '吉木': 'jimu', '子石': 'zishi', '勒古': 'legu', '沙日': 'shari', '马海': 'mahai', '阿的': 'adi',
         '拉博': 'labo', '立格': 'lige', '阿依': 'ayi', '吉伍': 'jiwu', '曲比': 'qubi', '阿果': 'aguo',
         '史古': 'shigu', '阿约': 'ayue'}
T2S_EXTRA = {'陳': '陈', '強': '强', '劉': '刘', '曉': '晓', '東': '东', '黃': '黄', '麗': '丽', '張': '张',
             '偉': '伟', '鄭': '郑', '國': '国', '華': '华', '楊': '杨', '趙': '赵', '軍': '军', '鵬': '鹏',
             '濤': '涛', '蘇': '苏', '葉': '叶', '謝': '谢', '羅': '罗', '馮': '冯', '鄧': '邓', '蔣': '蒋',
             '韓': '韩', '潔': '洁', '穎': '颖', '紅': '红', '蘭': '兰', '龍': '龙', '輝': '辉', '飛': '飞',
             '寧': '宁', '傑': '杰', '峯': '峰', '鋒': '锋', '亮': '亮', '誌': '志', '閆': '闫', '吳': '吴',
             '孫': '孙', '馬': '马', '郭': '郭', '陸': '陆', '龔': '龚', '顧': '顾', '嚴': '严', '靜': '静',
             '艷': '艳', '燕': '燕', '婷': '婷', '雲': '云', '書': '书', '慶': '庆', '順': '顺', '賈': '贾',
             '鍾': '钟', '鐘': '钟', '劍': '剑', '單': '单', '歐': '欧', '陽': '阳', '瑩': '莹', '倫': '伦'}
def t2s(s):
    return ''.join(T2S_EXTRA.get(ch, ch) for ch in s)

# ----------------------------------------------------------------- pools
SCHOOLS_BEN = ['四川大学', '电子科技大学', '西南交通大学', '西南财经大学', '重庆大学', '攀枝花学院', '西南石油大学',
               '成都理工大学', '四川农业大学', '西南医科大学', '川北医学院', '北京科技大学', '东北大学', '中南大学',
               '华中科技大学', '四川师范大学', '西华大学', '西南科技大学', '昆明理工大学', '云南大学']
SCHOOLS_TOP = ['清华大学', '北京大学', '浙江大学', '四川大学', '电子科技大学', '西南交通大学', '北京科技大学',
               '中南大学', '东北大学', '重庆大学', '中国科学院大学', '上海交通大学', '华中科技大学', '武汉大学']
SCHOOLS_ZHUAN = ['四川机电职业技术学院', '四川职业技术学院', '成都航空职业技术学院', '四川交通职业技术学院',
                 '攀枝花学院', '四川卫生康复职业学院']
MAJORS = ['冶金工程', '材料科学与工程', '机械设计制造及其自动化', '电气工程及其自动化', '计算机科学与技术',
          '软件工程', '临床医学', '护理学', '会计学', '土木工程', '化学工程与工艺', '汉语言文学', '英语',
          '农学', '园艺', '旅游管理', '采矿工程', '矿物加工工程', '新能源科学与工程', '金融学', '法学',
          '环境工程', '自动化', '数学与应用数学', '生物工程', '药学', '市场营销', '学前教育']
# employer, city, title pool
EMPLOYERS = {
    'pzh': [('攀钢集团研究院有限公司', '攀枝花'), ('攀钢集团钒钛资源股份有限公司', '攀枝花'), ('攀枝花学院', '攀枝花'),
            ('攀枝花市中心医院', '攀枝花'), ('攀枝花市第二人民医院', '攀枝花'), ('米易县人民医院', '米易'),
            ('攀枝花市第三高级中学校', '攀枝花'), ('攀枝花市农林科学研究院', '攀枝花'), ('盐边县人民医院', '盐边'),
            ('攀枝花钒钛高新技术产业开发区管委会', '攀枝花'), ('攀枝花市仁和区人民政府', '攀枝花')],
    'cd': [('四川大学', '成都'), ('电子科技大学', '成都'), ('西南交通大学', '成都'), ('四川大学华西医院', '成都'),
           ('中国电建集团成都勘测设计研究院有限公司', '成都'), ('东方电气集团东方汽轮机有限公司', '德阳'),
           ('四川省人民医院', '成都'), ('成都市第七中学', '成都'), ('中铁二院工程集团有限责任公司', '成都'),
           ('成都京东方光电科技有限公司', '成都'), ('四川长虹电器股份有限公司', '绵阳')],
    'bj': [('北京大学', '北京'), ('清华大学', '北京'), ('中国科学院过程工程研究所', '北京'),
           ('中国钢研科技集团有限公司', '北京'), ('北京协和医院', '北京'), ('国家电网有限公司', '北京'),
           ('北京字节跳动科技有限公司', '北京'), ('中国空间技术研究院', '北京'), ('中国农业大学', '北京')],
    'sz': [('华为技术有限公司', '深圳'), ('比亚迪股份有限公司', '深圳'), ('深圳迈瑞生物医疗电子股份有限公司', '深圳'),
           ('腾讯科技（深圳）有限公司', '深圳'), ('深圳市大疆创新科技有限公司', '深圳'), ('宁德时代新能源科技股份有限公司', '宁德')],
    'other': [('重庆大学', '重庆'), ('昆明理工大学', '昆明'), ('中南大学', '长沙'), ('上海交通大学', '上海'),
              ('杭州海康威视数字技术股份有限公司', '杭州'), ('西安交通大学', '西安'), ('中冶赛迪集团有限公司', '重庆')],
}
TITLES = {'eng': ['工程师', '高级工程师', '正高级工程师', '助理工程师'], 'uni': ['讲师', '副教授', '教授', '助教'],
          'med': ['住院医师', '主治医师', '副主任医师', '主任医师'], 'res': ['助理研究员', '副研究员', '研究员'],
          'tea': ['一级教师', '高级教师', '正高级教师', '二级教师'], 'none': ['', '无', '经济师', '会计师']}
LADDER = {'eng': ['助理工程师', '工程师', '高级工程师', '正高级工程师'], 'uni': ['助教', '讲师', '副教授', '教授'],
          'med': ['住院医师', '主治医师', '副主任医师', '主任医师'], 'res': ['研究实习员', '助理研究员', '副研究员', '研究员'],
          'tea': ['二级教师', '一级教师', '高级教师', '正高级教师'], 'nurse': ['护士', '护师', '主管护师', '副主任护师']}
LOW_EDU = ('大学专科', '高中', '中专')
def pick_title(tk, age, edu):
    if tk == 'none':
        return rng.choice(['', '', '经济师', '会计师'])
    lvl = (age - 24) // 8 + {'博士研究生': 1, '硕士研究生': 0, '大学本科': 0}.get(edu, -1) + rng.choice([-1, 0, 0, 0, 1])
    lvl = max(0, min(3, lvl))
    if age < 25 and rng.random() < 0.6:
        return ''
    return LADDER[tk][lvl]

def title_kind(emp):
    if '医院' in emp: return 'med'
    if '大学' in emp or '学院' in emp: return 'uni'
    if '研究院' in emp or '研究所' in emp or '科学院' in emp: return 'res'
    if '中学' in emp or '教育' in emp: return 'tea'
    if '政府' in emp or '管委会' in emp: return 'none'
    return 'eng'
MAIL = ['qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'outlook.com', 'hotmail.com', 'gmail.com',
        'yeah.net', 'sohu.com']

# ----------------------------------------------------------------- persons
class Person:
    pass

used_names, used_phones, used_ids = set(), set(), set()
ALL = []

def rand_phone():
    while True:
        pre = rng.choice(['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152',
                          '155', '157', '158', '159', '177', '180', '181', '182', '183', '186', '187', '188',
                          '189', '199', '173', '191'])
        p = pre + ''.join(rng.choice('0123456789') for _ in range(8))
        if p not in used_phones:
            used_phones.add(p)
            return p

def make_id(area, bd, male, want_x=None):
    for _ in range(5000):
        seq = rng.randint(1, 995)
        if (seq % 2 == 1) != male:
            continue
        s17 = area + bd.strftime('%Y%m%d') + '%03d' % seq
        c = check_char(s17)
        if want_x is True and c != 'X': continue
        if want_x is False and c == 'X': continue
        s = s17 + c
        if s in used_ids: continue
        used_ids.add(s)
        return s
    raise RuntimeError('no id')

def rand_name(gender):
    while True:
        sur = rng.choice(list(SUR))
        pool = GM if gender == '男' else GF
        k = 1 if rng.random() < 0.45 else 2
        giv = ''.join(rng.sample(list(pool), k))
        n = sur + giv
        if n not in used_names:
            used_names.add(n)
            return sur, giv

def person(name=None, gender=None, years=(1970, 1998), county='rand', id_area=None, edu=None, sector=None,
           want_x=None, bd=None, emp=None, city=None, title=None, yi=None, no_digit_check=False):
    p = Person()
    p.gender = gender or rng.choice(['男', '女'])
    if yi:
        p.sur, p.giv = yi
        p.name = p.sur + '·' + p.giv
        p.py_sur, p.py_giv = YI_PY[p.sur], YI_PY[p.giv]
        used_names.add(p.name)
    elif name:
        p.sur = name[:2] if name[:2] in SUR else name[0]
        p.giv = name[len(p.sur):]
        p.name = name
        p.py_sur = SUR[p.sur]
        p.py_giv = ''.join((GM.get(c) or GF.get(c)) for c in p.giv)
        used_names.add(name)
    else:
        p.sur, p.giv = rand_name(p.gender)
        p.name = p.sur + p.giv
        p.py_sur = SUR[p.sur]
        p.py_giv = ''.join((GM.get(c) or GF.get(c)) for c in p.giv)
    p.bd = bd or D(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    if county == 'rand':
        county = rng.choices(list(PZH), weights=[30, 15, 20, 20, 15])[0]
    p.county = county
    if id_area is None:
        id_area = PZH[county] if county else rng.choice(list(OTHER))
    p.id_area = id_area
    p.other_home = OTHER.get(id_area, '四川省成都市')
    male = p.gender == '男'
    p.id18 = make_id(id_area, p.bd, male, want_x=(False if no_digit_check else want_x))
    p.id15 = p.id18[:6] + p.id18[8:17] if p.bd.year < 1983 else None
    p.phone = rand_phone()
    p.phone2 = rand_phone()
    p.land = '0812-' + str(rng.randint(2, 8)) + ''.join(rng.choice('0123456789') for _ in range(6))
    p.fphone = None
    suffix = rng.choice([str(p.bd.year)[2:], str(p.bd.year), '%02d%02d' % (p.bd.month, p.bd.day), '',
                         str(rng.randint(1, 999))])
    dom = rng.choice(MAIL)
    if dom == 'qq.com' and rng.random() < 0.6:
        p.email = str(rng.randint(10000000, 2999999999)) + '@qq.com'
    else:
        style = rng.random()
        if style < 0.5:
            local = p.py_sur + p.py_giv + suffix
        elif style < 0.75:
            local = p.py_sur + '.' + p.py_giv
        else:
            local = p.py_sur[0] + p.py_giv + suffix
        p.email = (local or p.py_sur + p.py_giv) + '@' + dom
    p.email = p.email.replace('ì', 'i')
    age = 2024 - p.bd.year
    if edu is None:
        if age < 24:
            edu = rng.choices(['大学本科', '大学专科'], [8, 2])[0]
        elif age < 28:
            edu = rng.choices(['硕士研究生', '大学本科', '大学专科'], [3, 6, 1])[0]
        else:
            edu = rng.choices(['博士研究生', '硕士研究生', '大学本科', '大学专科', '高中', '中专'], [2, 3, 5, 2, 0.3, 0.3])[0]
    p.edu = edu
    p.school = {'博士研究生': rng.choice(SCHOOLS_TOP), '硕士研究生': rng.choice(SCHOOLS_TOP + SCHOOLS_BEN),
                '大学本科': rng.choice(SCHOOLS_BEN), '大学专科': rng.choice(SCHOOLS_ZHUAN),
                '高中': rng.choice(['攀枝花市第三高级中学校', '米易中学', '盐边中学', '攀枝花市第七高级中学校']),
                '中专': rng.choice(['攀枝花市经贸旅游学校', '攀枝花市建筑工程学校'])}[edu]
    p.major = rng.choice(MAJORS)
    if emp:
        p.emp, p.city = emp, city or '攀枝花'
    else:
        sec = sector or rng.choices(list(EMPLOYERS), [3, 3, 2, 2, 1])[0]
        for _ in range(50):
            p.emp, p.city = rng.choice(EMPLOYERS[sec])
            if not (edu in LOW_EDU and title_kind(p.emp) in ('uni', 'res', 'med')):
                break
        if city: p.city = city
    tk = title_kind(p.emp)
    p.title = title if title is not None else pick_title(tk, age, edu)
    ALL.append(p)
    return p

# ----------------------------------------------------------------- rendering
class XDate:
    def __init__(self, d, fmt='yyyy-mm-dd'): self.d, self.fmt = d, fmt
    def __str__(self): return self.d.isoformat()
class Raw(str):
    """CSV field written verbatim (no quoting)."""

FW = str.maketrans('0123456789Xx', '０１２３４５６７８９Ｘｘ')

def r_id(p, style):
    i = p.id18
    if style is None: return '', None
    if style == 'blank_text': return '未提供', None
    if style == 'valid': return i, 'valid'
    if style == 'lower':
        assert i.endswith('X'); return i[:-1] + 'x', 'valid'
    if style == 'space': return i[:6] + ' ' + i[6:14] + ' ' + i[14:], 'valid'
    if style == 'tab': return '\t' + i, 'valid'
    if style == 'eq': return Raw('="' + i + '"'), 'valid'
    if style == 'fw': return i.translate(FW), 'valid'
    if style == 'apos': return "'" + i, 'valid'
    if style in ('damaged_num', 'damaged_txt') and not i[-1].isdigit():
        p.id18 = i = make_id(p.id_area, p.bd, p.gender == '男', want_x=False)
        p.id15 = i[:6] + i[8:17] if p.bd.year < 1983 else None
    if style == 'damaged_num':
        return float(int(i)), 'damaged'
    if style == 'damaged_txt': return '%.5E' % float(int(i[:17] + '0')), 'damaged'
    if style == 'old15': return p.id15, 'old15'
    if style == 'old15_num': return float(int(p.id15)), 'old15'
    if style == 'broken':
        wrong = '0123456789X'.replace(i[17], '')
        return i[:17] + rng.choice(wrong[:9]), 'broken'
    raise ValueError(style)

def fmt344(n, sep):
    return n[:3] + sep + n[3:7] + sep + n[7:]

def r_phone(p, style):
    m = p.phone
    if style is None: return '', False
    if style == 'foreign': return p.fdisp, True
    return {'plain': (m, True), 'num': (int(m), True), 'dash': (fmt344(m, '-'), True),
            'space': (fmt344(m, ' '), True), 'p86': ('+86 ' + m, True), 'p86sp': ('+86 ' + fmt344(m, ' '), True),
            'p86dash': ('+86-' + fmt344(m, '-'), True), 'paren': ('(+86)' + m, True), '0086': ('0086-' + m, True),
            'fw': (m.translate(FW), True), 'two': (m + '、' + p.phone2, True), 'two_slash': (m + '/' + p.phone2, True),
            'two_semi': (m + '；' + p.phone2, True), 'land_mob': (p.land + ' / ' + m, True),
            'mob_land': (m + '（办）' + p.land, True), 'land': (p.land, False), 'land_nodash': (p.land.replace('-', ''), False),
            'tel_mob': ('手机：' + m, True)}[style]

def r_birth(p, style):
    b = p.bd
    if style is None: return '', None
    return {'dot': ('%d.%02d' % (b.year, b.month), 'month'), 'cn_day': ('%d年%d月%d日' % (b.year, b.month, b.day), 'day'),
            'cn_month': ('%d年%d月' % (b.year, b.month), 'month'), 'compact': (b.strftime('%Y%m%d'), 'day'),
            'compact_num': (int(b.strftime('%Y%m%d')), 'day'), 'iso': (b.isoformat(), 'day'),
            'iso_month': ('%d-%02d' % (b.year, b.month), 'month'), 'slash_month': ('%d/%02d' % (b.year, b.month), 'month'),
            'slash_day': ('%d/%d/%d' % (b.year, b.month, b.day), 'day'), 'xdate': (XDate(b), 'day'),
            'xdate_cn': (XDate(b, 'yyyy"年"m"月"d"日"'), 'day'),
            'en_month': (b.strftime('%b %Y'), 'month'), 'dot_day': ('%d.%d.%d' % (b.year, b.month, b.day), 'day')}[style]

EDU_STYLES = {
    'std': {'博士研究生': ['博士研究生'], '硕士研究生': ['硕士研究生'], '大学本科': ['大学本科'], '大学专科': ['大学专科'],
            '高中': ['高中'], '中专': ['中专']},
    'rcm': {'博士研究生': ['博士研究生'], '硕士研究生': ['研究生/硕士', '硕士研究生'], '大学本科': ['大学本科', '全日制本科'],
            '大学专科': ['大专'], '高中': ['高中'], '中专': ['中专']},
    'short': {'博士研究生': ['博士'], '硕士研究生': ['硕士', '研究生'], '大学本科': ['本科', '本科/学士'],
              '大学专科': ['专科', '大专'], '高中': ['高中'], '中专': ['中专']},
    'deg': {'博士研究生': ['博士研究生/博士', '研究生/博士'], '硕士研究生': ['研究生/硕士', '硕士研究生/硕士'],
            '大学本科': ['本科/学士', '大学本科/学士'], '大学专科': ['大专/无'], '高中': ['高中'], '中专': ['中专']},
    'en': {'博士研究生': ['PhD', 'Ph.D.', 'Doctorate'], '硕士研究生': ['Master', 'MSc', 'M.Eng.'],
           '大学本科': ['Bachelor', 'B.Sc.'], '大学专科': ['Associate degree'], '高中': ['High school'], '中专': ['Vocational']},
}
def r_edu(p, style):
    if style is None: return '', False
    return rng.choice(EDU_STYLES[style][p.edu]), True

SHORT = {'东区': ['攀枝花东区', '攀枝花市东区'], '西区': ['攀枝花西区', '攀枝花市西区'], '仁和区': ['仁和区', '攀枝花仁和', '攀枝花市仁和区'],
         '米易县': ['米易', '米易县', '攀枝花米易'], '盐边县': ['盐边', '盐边县', '攀枝花盐边']}
EN = {'仁和区': 'Renhe District, Panzhihua', '米易县': 'Miyi County, Panzhihua, Sichuan', '盐边县': 'Yanbian County, Panzhihua'}
def r_home(p, style):
    """-> (text, names_county)"""
    c = p.county
    if c is None:
        if style == 'en': return 'Chengdu, Sichuan' if p.id_area.startswith('5101') else p.other_home, False
        if style == 'short': return p.other_home.replace('四川省', '四川').replace('云南省', '云南'), False
        return p.other_home, False
    if style == 'full': return '四川省攀枝花市' + c, True
    if style == 'cc': return '攀枝花市' + c, True
    if style == 'short': return rng.choice(SHORT[c]), True
    if style == 'city': return rng.choice(['攀枝花市', '四川攀枝花', '四川省攀枝花市', '攀枝花']), False
    if style == 'en':
        if c in EN: return EN[c], True
        return rng.choice(['Panzhihua, Sichuan', 'Panzhihua']), False
    if style == 'old':
        return ('渡口市' + c if c in ('米易县', '盐边县') else '四川省渡口市'), c in ('米易县', '盐边县')
    if style == 'town':
        towns = {'米易县': ['攀莲镇', '丙谷镇', '白马镇', '撒莲镇'], '盐边县': ['桐子林镇', '红格镇', '渔门镇', '永兴镇'],
                 '东区': ['炳草岗街道', '大渡口街道', '弄弄坪街道'], '西区': ['清香坪街道', '河门口街道'], '仁和区': ['仁和镇', '大河中路街道']}
        pre = '攀枝花市' if c in ('东区', '西区', '仁和区') else ''
        return pre + c + rng.choice(towns[c]), True
    raise ValueError(style)

def roman(p, style):
    S, G = p.py_sur.capitalize(), p.py_giv.capitalize()
    return {'UPPER': p.py_sur.upper() + ' ' + G, 'west': G + ' ' + S, 'comma': S + ', ' + G,
            'west_upper': G + ' ' + p.py_sur.upper(), 'chinese_order': S + ' ' + G}[style]

# ----------------------------------------------------------------- sheet model
class Sheet:
    def __init__(self, name):
        self.name, self.rows, self.merges, self.kinds, self.widths = name, [], [], {}, {}
    def add(self, cells=(), kind=None):
        self.rows.append(list(cells))
        r = len(self.rows)
        if kind is not None:
            self.kinds[r] = kind
        return r
    def blank(self, n_cols=0, what='空行'):
        return self.add([''] * n_cols, ('not', what))
    def note(self, cells, what):
        return self.add(cells, ('not', what))
    def person(self, cells, p, **info):
        info.setdefault('name_raw', p.name)
        info.setdefault('name_truth', p.name)
        return self.add(cells, ('person', p, info))

def truth_person(sheet, row, p, info):
    ids = info.get('id')
    g = None
    if ids in ('valid', 'old15') or info.get('gender'):
        g = p.gender
    if ids in ('valid', 'old15'):
        bd = p.bd.isoformat()
    elif info.get('birth') == 'day':
        bd = p.bd.isoformat()
    elif info.get('birth') == 'month':
        bd = '%d-%02d' % (p.bd.year, p.bd.month)
    else:
        bd = None
    if ids in ('valid', 'old15') and p.id_area in PZH_REV:
        oc = PZH_REV[p.id_area]
    elif info.get('home'):
        oc = p.county
    elif info.get('county_col'):
        oc = info['county_col']
    else:
        oc = None
    phone = None
    if info.get('phone'):
        phone = p.fphone if info.get('foreign') else '+86' + p.phone
    t = {'sheet': sheet, 'row': row, 'name': info['name_truth'], 'gender': g, 'birth_date': bd,
         'id_number': p.id18 if ids in ('valid', 'old15') else None, 'phone': phone,
         'email': p.email.lower() if info.get('email') else None,
         'education': p.edu if info.get('edu') else None, 'origin_county': oc}
    if info.get('note'):
        t['note'] = info['note']
    return t

FILES = []   # dicts: file, fmt, sheets, enc, delim, expect, why
def register(file, fmt, sheets, enc=None, delim=',', expect='import', why=None):
    FILES.append(dict(file=file, fmt=fmt, sheets=sheets, enc=enc, delim=delim, expect=expect, why=why))

# ================================================================= group persons (same real person, several files)
G_chen = person('陈志强', '男', bd=D(1983, 6, 17), county='东区', edu='博士研究生', emp='中国科学院过程工程研究所',
                city='北京', title='研究员', no_digit_check=True)
G_chen.school, G_chen.major, G_chen.email = '北京科技大学', '冶金工程', 'chenzq83@163.com'
G_zhangwei = person('张伟', '男', bd=D(1979, 11, 2), county='西区', edu='博士研究生',
                    emp='Technische Universität München', city='Munich, Germany', title='教授')
G_zhangwei.email, G_zhangwei.school = 'wei.zhang@tum-mail.de', '东北大学'
G_zhangwei.fphone, G_zhangwei.fdisp = '+4915123478815', '+49 151 2347 8815'
G_asu = person(yi=('阿苏', '木呷'), gender='男', bd=D(1991, 4, 23), county='盐边县', edu='大学本科',
               emp='盐边县人民医院', city='盐边', title='主治医师', no_digit_check=True)
G_wangfang = person('王芳', '女', bd=D(2000, 9, 14), county='仁和区', edu='硕士研究生', emp='成都京东方光电科技有限公司',
                    city='成都', title='')
G_wangfang.school = '四川大学'
G_liuyang = person('刘洋', '男', bd=D(1996, 2, 8), county='米易县', edu='大学本科', emp='攀枝花市农林科学研究院',
                   city='攀枝花', title='助理工程师')
G_yang = person('杨国华', '男', bd=D(1968, 3, 12), county='米易县', edu='大学本科', emp='米易县国华农业科技有限公司',
                city='米易', title='高级农艺师')
G_huang = person('黄婷', '女', bd=D(1986, 12, 5), county='东区', edu='博士研究生', emp='四川大学华西医院',
                 city='成都', title='副主任医师')
G_huang.email = 'huangting_wch@163.com'
G_zhou = person('周建军', '男', bd=D(1987, 8, 21), county='西区', edu='大学本科', emp='深圳市攀宏钒钛科技有限公司',
                city='深圳', title='')
G_luo = person('罗晓燕', '女', bd=D(2001, 5, 30), county='仁和区', edu='大学本科', emp='攀钢集团钒钛资源股份有限公司',
               city='攀枝花', title='', want_x=None)
G_luo.school, G_luo.major = '攀枝花学院', '材料科学与工程'
G_lina = person('李娜', '女', bd=D(1990, 1, 19), county='盐边县', edu='硕士研究生', emp='中国钢研科技集团有限公司',
                city='北京', title='工程师')
GROUPS = {'chen': [], 'zhangwei': [], 'asu': [], 'wangfang': [], 'liuyang': [], 'yang': [], 'huang': [],
          'zhou': [], 'luo': [], 'lina': []}
GP = {id(G_chen): 'chen', id(G_zhangwei): 'zhangwei', id(G_asu): 'asu', id(G_wangfang): 'wangfang',
      id(G_liuyang): 'liuyang', id(G_yang): 'yang', id(G_huang): 'huang', id(G_zhou): 'zhou', id(G_luo): 'luo',
      id(G_lina): 'lina'}

def insert_at(lst, items):
    """insert group persons at spread positions"""
    for it in items:
        lst.insert(rng.randint(1, len(lst) - 1), it)
    return lst

# ================================================================= F01 人才码 export (openpyxl)
def f01():
    name = '攀枝花人才码注册人才信息导出_2024Q3.xlsx'
    sh = Sheet('注册人才')
    hdr = ['序号', '姓名', '性别', '公民身份号码', '手机号码', '电子邮箱', '最高学历', '毕业院校', '所学专业', '现工作单位',
           '职称', '现居住地', '人才类别', '注册时间']
    sh.add(['攀枝花人才码注册人才信息导出（2024年第三季度）'])
    sh.merges.append((1, 1, 1, len(hdr)))
    sh.add(['导出时间：2024-10-08 09:12:33    导出人：市人才发展服务中心    数据范围：攀籍在外人才'])
    sh.merges.append((2, 1, 2, len(hdr)))
    sh.add(hdr)
    ps = [person(years=(1975, 2001), want_x=(True if i in (3, 17, 30) else None)) for i in range(39)]
    asu_again = G_asu
    insert_at(ps, [G_chen, asu_again, G_wangfang, G_liuyang, G_luo, G_lina])
    cats = ['青年人才', '急需紧缺人才', '领军人才', '青鹏人才', '康养优才', '农业优才', '青技人才']
    for i, p in enumerate(ps, 1):
        ids = 'valid'
        if p.id18.endswith('X') and rng.random() < 0.8: ids = 'lower'
        if i == 9: ids = 'space'
        idv, st = r_id(p, ids)
        phs = 'plain' if i % 11 else 'p86'
        if p is G_liuyang: phs = 'plain'
        ph, phok = r_phone(p, phs)
        em = p.email if i % 7 else ''
        if i == 12: em = p.email.replace('@', '＠')   # full-width at-sign typed in IME
        edu, eok = r_edu(p, 'rcm')
        nm = p.name
        info = {}
        if p is G_asu:
            nm = '阿苏木呷'; info['name_truth'] = '阿苏木呷'
        if i == 21:
            nm = p.name + ' '   # trailing space
        cityv = p.city if rng.random() < 0.6 else {'成都': '四川省成都市', '北京': '北京市', '深圳': '广东省深圳市'}.get(p.city, p.city)
        cells = [i, nm, p.gender, idv, ph, em, edu, p.school, p.major, p.emp, p.title, cityv, rng.choice(cats),
                 '2024-%02d-%02d %02d:%02d' % (rng.randint(7, 9), rng.randint(1, 28), rng.randint(8, 22), rng.randint(0, 59))]
        info.update(name_raw=nm.strip(), id=st, gender=True, phone=phok, email=bool(em), edu=eok)
        if i == 12:
            info['note'] = 'e-mail typed with full-width ＠; truth normalises to ASCII @'
        sh.person(cells, p, **info)
    sh.note(['共计：%d 条记录' % len(ps)], '合计')
    s2 = Sheet('填写说明')
    for t in ['填写说明：', '1. 本表由“攀枝花人才码”系统导出，请勿修改表头。', '2. 公民身份号码、手机号码为敏感个人信息，严禁外传。',
              '3. 人才类别依据《攀枝花市人才分类目录》确定。', '4. 如发现信息有误，请联系市人才发展服务中心 0812-3332288。']:
        s2.add([t])
    register(name, 'openpyxl', [sh, s2])

# ================================================================= F02 三中校友 CSV UTF-8-BOM
def f02():
    name = '攀枝花三中2005届校友通讯录.csv'
    sh = Sheet(None)
    hdr = ['班级', '姓名', '性别', '出生年月', '籍贯', '联系电话', 'QQ/邮箱', '大学', '学历学位', '工作单位', '所在城市', '备注']
    sh.add(['攀枝花市第三高级中学校 2005届校友通讯录（内部资料 请勿外传）'] + [''] * (len(hdr) - 1))
    sh.add(['填表说明：请各位校友核对本人信息，如有变动请联系校友会秘书处 0812-3331234 或在群里@班长'] + [''] * (len(hdr) - 1))
    sh.add(hdr)
    decoy_zw = person('张伟', '男', bd=D(1987, 4, 9), county='东区', years=(1986, 1988))
    used_names.add('张伟')
    classes = [('高三(1)班', 10), ('高三(2)班', 10), ('高三(5)班', 10)]
    allp = [person(years=(1986, 1988), county=rng.choice(list(PZH) + [None] * 1)) for _ in range(28)]
    allp.insert(4, decoy_zw)
    allp.insert(15, G_zhou)
    k = 0
    notes = ['', '', '', '', '已婚', '', '微信同号', '', '常驻外地', '', '', '']
    for ci, (cls, n) in enumerate(classes):
        for j in range(n):
            p = allp[k]; k += 1
            nm = p.name
            if len(nm) == 2 and rng.random() < 0.5: nm = nm[0] + '  ' + nm[1]
            if p is G_zhou: nm = '周 建 军'
            if k == 8: nm = p.name[0] + '\u3000' + p.name[1:]
            bstyle = rng.choice(['dot', 'dot', 'cn_month', 'iso_month', None])
            bv, bp = r_birth(p, bstyle)
            hv, hn = r_home(p, rng.choice(['short', 'short', 'city', 'cc']))
            phs = rng.choice(['plain', 'dash', 'space', 'p86sp', 'plain', 'dash'])
            if k == 6: phs = 'land'
            if k in (11, 23): phs = 'two_slash'
            if k == 27: phs = 'land_mob'
            if k == 19: phs = 'fw'
            if p is G_zhou: phs = 'space'
            ph, phok = r_phone(p, phs)
            if p.email.endswith('@qq.com') and p.email.split('@')[0].isdigit() and rng.random() < 0.5:
                em, eok = 'QQ:' + p.email.split('@')[0], False
            else:
                em, eok = p.email, True
            if rng.random() < 0.15: em, eok = '', False
            if k == 14: em = p.email.upper()
            ed, edok = r_edu(p, 'short')
            cells = [cls, nm, p.gender, bv, hv, ph, em, p.school, ed, p.emp, p.city,
                     '班长' if j == 2 else ('团支书' if j == 5 else rng.choice(notes))]
            sh.person(cells, p, name_raw=nm, gender=True, birth=bp, home=hn, phone=phok, email=eok, edu=edok,
                      id=None)
        if ci < 2:
            sh.blank(0 if ci == 0 else len(hdr))
    sh.blank(len(hdr))
    sh.note(['备注：名单由各班班长收集整理，截至2024年5月。未联系上的校友请知情者告知。'] + [''] * (len(hdr) - 1), '备注')
    sh.note(['', '', '', '', '', '', '', '', '', '校友会秘书处', '2024年5月20日', ''], '备注（落款）')
    register(name, 'csv', [sh], enc='utf-8-sig')

# ================================================================= F03 四川大学 graduates CSV GBK
def f03():
    name = '四川大学2024届攀枝花生源毕业生就业去向.csv'
    sh = Sheet(None)
    hdr = ['序号', '学号', '姓名', '性别', '身份证号', '生源地', '学院', '专业', '学历', '学位', '毕业去向', '就业单位', '单位所在地', '联系方式']
    sh.add(['四川大学2024届毕业生（生源地：攀枝花市）就业去向统计表'])
    sh.add(['数据来源：学生就业信息网    导出日期：2024-07-15'])
    sh.add(hdr)
    ps = []
    for i in range(49):
        lvl = rng.choices(['大学本科', '硕士研究生', '博士研究生'], [6, 3, 1])[0]
        yr = {'大学本科': (2001, 2002), '硕士研究生': (1998, 2000), '博士研究生': (1993, 1997)}[lvl]
        c = rng.choices(list(PZH), [30, 15, 20, 20, 15])[0]
        area = None
        if rng.random() < 0.1: area = rng.choice(['510104', '510107', '513401'])
        ps.append(person(years=yr, county=c, id_area=area, edu=lvl, want_x=(True if i in (5, 33) else None),
                         no_digit_check=(i == 20)))
    ps.insert(17, G_wangfang)
    colleges = {'冶金工程': '材料科学与工程学院', '材料科学与工程': '材料科学与工程学院', '临床医学': '华西临床医学院',
                '计算机科学与技术': '计算机学院（软件学院）', '软件工程': '计算机学院（软件学院）'}
    deg = {'大学本科': ('本科', '学士'), '硕士研究生': ('硕士研究生', '硕士'), '博士研究生': ('博士研究生', '博士')}
    for i, p in enumerate(ps, 1):
        if p is not G_wangfang:
            p.school = '四川大学'
        ids = 'valid'
        if i in (4, 26, 40): ids = 'tab'
        if i in (11, 33): ids = 'eq'
        if p.id18.endswith('X'): ids = 'lower' if i % 2 else 'valid'
        if i == 21: ids = 'damaged_txt'
        idv, st = r_id(p, ids)
        hv, hn = r_home(p, 'full' if (rng.random() < 0.8 or st == 'damaged' or p.id_area not in PZH_REV) else 'city')
        x, y = deg[p.edu]
        dest = rng.choice(['签就业协议形式就业', '签劳动合同形式就业', '升学', '待就业', '出国、出境', '其他录用形式就业'])
        emp, loc = (p.emp, p.city) if dest not in ('升学', '待就业', '出国、出境') else ('', '')
        if dest == '升学': emp, loc = rng.choice(['四川大学', '清华大学', '浙江大学', '电子科技大学']), ''
        ph, phok = r_phone(p, 'plain' if i % 13 else 'dash')
        sid = str(2020 if p.edu == '大学本科' else 2021) + '14' + '%07d' % rng.randint(1000000, 9999999)
        cells = [i, sid, p.name, p.gender, idv, hv, colleges.get(p.major, '%s学院' % p.major[:2]), p.major, x, y, dest,
                 emp, loc, ph]
        info = dict(id=st, gender=True, home=hn, phone=phok, edu=True)
        if st == 'damaged':
            info['note'] = 'ID saved through Excel as 5.1042E+17 text: not recoverable'
        sh.person(cells, p, **info)
    sh.blank(len(hdr))
    sh.note(['合计', '', '%d人' % len(ps)] + [''] * (len(hdr) - 3), '合计')
    sh.note(['制表：学生就业指导中心', '', '', '', '', '审核：'] + [''] * (len(hdr) - 6), '落款')
    register(name, 'csv', [sh], enc='gbk')

# ================================================================= F04 招聘会签到表 xls
def f04():
    name = '2024年秋季人才招聘会签到表.xls'
    sh = Sheet('签到表')
    hdr = ['序号', '名字', '性别', '年龄', '联系电话', '学历', '毕业院校', '专业', '意向招聘单位', '籍贯', '签到时间']
    sh.add(['2024年攀枝花市秋季人才招聘会（攀籍人才专场）签到表'])
    sh.merges.append((1, 1, 1, len(hdr)))
    sh.add(['时间：2024年9月21日    地点：攀枝花市人才市场（东区炳草岗）'])
    sh.merges.append((2, 1, 2, len(hdr)))
    sh.add(hdr)
    ps = [person(years=(1993, 2002), county=rng.choice(list(PZH) + [None] * 2)) for _ in range(28)]
    ps.insert(5, G_liuyang)
    ps.insert(19, G_luo)
    booths = ['攀钢集团有限公司', '攀枝花市中心医院', '四川省川威集团有限公司', '攀枝花学院', '米易县人民医院',
              '攀枝花钒钛高新区企业联合招聘', '盐边县教育和体育局']
    groups = [4, 5, 3, 6, 4, 5, 3]  # rows per booth, 30 persons
    r_booth = []
    for b, n in zip(booths, groups): r_booth += [b] * n
    k = 0
    seqno = 0
    for i, p in enumerate(ps):
        if i in (12, 25):
            sh.blank(len(hdr))
        seqno += 1
        nm = p.name
        info = {}
        if i == 8: nm = p.name + '(应届)'
        if i == 15 and len(p.name) == 2: nm = p.name[0] + ' ' + p.name[1]
        phs = rng.choice(['plain', 'plain', 'dash', 'space'])
        if p is G_liuyang: phs = 'space'
        if p is G_luo: phs = 'plain'
        if i in (3, 22): phs = 'two'
        if i == 10: phs = 'land_mob'
        if i == 27: phs = 'fw'
        if i == 17: phs = 'mob_land'
        ph, phok = r_phone(p, phs)
        ed, eok = r_edu(p, 'short')
        hv, hn = r_home(p, rng.choice(['short', 'short', 'cc', 'city']))
        age = 2024 - p.bd.year - (1 if (p.bd.month, p.bd.day) > (9, 21) else 0)
        cells = [seqno, nm, p.gender, age, ph, ed, p.school, p.major, None, hv,
                 '%02d:%02d' % (rng.randint(8, 11), rng.randint(0, 59))]
        r = sh.person(cells, p, name_raw=nm, id=None, gender=True, phone=phok, edu=eok, home=hn)
        r_booth_rows = r_booth[i]
        sh.rows[r - 1][8] = ('BOOTH', r_booth_rows)
    # merge booth column over consecutive person rows of same booth (blank rows break a run)
    runs = []
    for r, row in enumerate(sh.rows, 1):
        v = row[8] if len(row) > 8 else None
        if isinstance(v, tuple):
            b = v[1]
            if runs and runs[-1][1] == b and runs[-1][2] == r - 1:
                runs[-1][2] = r
            else:
                runs.append([r, b, r])
    for start, b, end in runs:
        for rr in range(start, end + 1):
            sh.rows[rr - 1][8] = b if rr == start else None
        if end > start:
            sh.merges.append((start, 9, end, 9))
    sh.note(['本页签到人数：%d人' % len(ps)], '合计')
    sh.merges.append((len(sh.rows), 1, len(sh.rows), 4))
    sh.note(['', '', '', '', '', '', '', '', '现场工作人员签字：', '', ''], '备注（签字栏）')
    register(name, 'xls', [sh])

# ================================================================= F05 overseas network UTF-16 tab
def f05():
    name = 'Overseas_Panzhihua_Talent_Network_2024.csv'
    sh = Sheet(None)
    hdr = ['No.', 'Name', 'Chinese Name', 'Gender', 'Date of Birth', 'Hometown', 'Education', 'Alma mater',
           'Employer', 'Title', 'City', 'E-mail', 'Mobile']
    sh.add(['Panzhihua Overseas Talent Network - Member List 海外攀籍人才联络名单 (updated 2024-06)'])
    sh.add(hdr)
    abroad = [('University of Toronto', 'Toronto, Canada', '+1', 'ca'), ('Siemens AG', 'Munich, Germany', '+49', 'de'),
              ('National University of Singapore', 'Singapore', '+65', 'sg'), ('Imperial College London', 'London, UK', '+44', 'uk'),
              ('University of Sydney', 'Sydney, Australia', '+61', 'au'), ('Toyota Central R&D Labs', 'Nagoya, Japan', '+81', 'jp'),
              ('Massachusetts General Hospital', 'Boston, USA', '+1', 'us'), ('ETH Zürich', 'Zurich, Switzerland', '+41', 'ch'),
              ('Samsung SDI', 'Suwon, South Korea', '+82', 'kr'), ('Monash University', 'Melbourne, Australia', '+61', 'au'),
              ('TU Delft', 'Delft, Netherlands', '+31', 'nl'), ('Max Planck Institute for Iron Research', 'Düsseldorf, Germany', '+49', 'de')]
    def fphone(cc):
        n = lambda k: ''.join(rng.choice('0123456789') for _ in range(k))
        if cc in ('ca', 'us'):
            area = rng.choice(['416', '647', '617', '857']) if cc == 'ca' or True else '617'
            area = rng.choice(['416', '647']) if cc == 'ca' else rng.choice(['617', '857'])
            x = '01' + n(2)
            return '+1' + area + '555' + x, rng.choice(['+1 (%s) 555-%s' % (area, x), '+1 %s-555-%s' % (area, x)])
        if cc == 'uk':
            import phonenumbers   # only to make sure the random UK mobile is a valid pattern
            while True:
                a, b = '7' + n(3), n(6)
                if phonenumbers.is_valid_number(phonenumbers.parse('+44' + a + b)):
                    return '+44' + a + b, '+44 %s %s' % (a, b)
        if cc == 'de':
            a, b = n(4), n(4); return '+49151' + a + b, '+49 151 %s %s' % (a, b)
        if cc == 'sg':
            a, b = '9' + n(3), n(4); return '+65' + a + b, '+65 %s %s' % (a, b)
        if cc == 'au':
            x = n(3); return '+61491570' + x, '+61 491 570 ' + x
        if cc == 'jp':
            a, b = n(4), n(4); return '+8190' + a + b, '+81 90-%s-%s' % (a, b)
        if cc == 'ch':
            a, b, c = n(3), n(2), n(2); return '+4179' + a + b + c, '+41 79 %s %s %s' % (a, b, c)
        if cc == 'kr':
            a, b = n(4), n(4); return '+8210' + a + b, '+82 10-%s-%s' % (a, b)
        if cc == 'nl':
            x = n(8); return '+316' + x, '+31 6 ' + x
    ps = []
    for i in range(22):
        emp, city, _, cc = rng.choice(abroad)
        p = person(years=(1976, 1995), edu=rng.choices(['博士研究生', '硕士研究生', '大学本科'], [5, 4, 1])[0],
                   emp=emp, city=city, title=rng.choice(['Professor', 'Associate Professor', 'Research Fellow',
                                                          'Senior Engineer', 'Postdoctoral Researcher', 'Lecturer', 'Manager', '']))
        p.fphone, p.fdisp = fphone(cc)
        p.email = p.email if p.email.split('@')[1] in ('gmail.com', 'outlook.com', 'hotmail.com') else \
            p.py_giv + '.' + p.py_sur + '@' + rng.choice(['gmail.com', 'outlook.com', 'hotmail.com'])
        ps.append(p)
    G_huang.fphone, G_huang.fdisp = '+16175550143', '+1 (617) 555-0143'
    G_lina_e = None
    ps.insert(3, G_zhangwei)
    ps.insert(11, G_huang)
    ps.insert(16, person('李娜', '女', bd=D(1984, 7, 3), county=None, id_area='510107', edu='博士研究生',
                         emp='University of Melbourne', city='Melbourne, Australia', title='Senior Lecturer'))
    ps[16].fphone, ps[16].fdisp = '+61491570218', '+61 491 570 218'
    ps[16].email = 'na.li.unimelb@gmail.com'
    rstyles = ['UPPER', 'west', 'west', 'chinese_order', 'UPPER', 'west_upper', 'comma']
    for i, p in enumerate(ps, 1):
        if i == 13:
            sh.blank(len(hdr))
        rs = rng.choice(rstyles)
        if p is G_zhangwei: rs = 'UPPER'
        if p is G_huang: rs = 'west'
        if p.name == '李娜': rs = 'comma'
        rn = roman(p, rs)
        chinese = ''
        if p is G_huang or (p is not G_zhangwei and p.name != '李娜' and rng.random() < 0.45):
            chinese = p.name
            if i == 7:
                chinese = ''.join({v: k for k, v in T2S_EXTRA.items() if k != v and v in p.name}.get(c, c) for c in p.name)
        info = dict(name_raw=chinese or rn, name_truth=p.name if chinese else rn, id=None)
        gv = rng.choice(['M', 'F', 'Male', 'Female', '']) if True else ''
        gv = {'男': rng.choice(['M', 'Male']), '女': rng.choice(['F', 'Female'])}[p.gender]
        if rng.random() < 0.2: gv = ''
        info['gender'] = bool(gv)
        bstyle = rng.choice(['iso', 'iso_month', 'en_month', None, 'iso'])
        bv, bp = r_birth(p, bstyle)
        info['birth'] = bp
        hstyle = rng.choice(['en', 'en', 'en', 'short'])
        hv, hn = r_home(p, hstyle)
        info['home'] = hn
        ev, eok = r_edu(p, 'en')
        info['edu'] = eok
        ph = p.fdisp
        info['phone'] = True
        info['foreign'] = True
        if i in (5, 20):  # gave Chinese mobile instead
            ph = '+86 ' + fmt344(p.phone, ' ')
            info['foreign'] = False
        if rng.random() < 0.12 and p not in (G_zhangwei, G_huang):
            ph, info['phone'] = '', False
        email = p.email
        if i % 6 == 0: email = email[0].upper() + email[1:]
        info['email'] = True
        if p is G_zhangwei:
            bv, info['birth'] = '1979-11', 'month'
        emp_c, title_c, city_c = p.emp, p.title, p.city
        if p is G_huang:
            emp_c, title_c, city_c = 'Massachusetts General Hospital (visiting, from West China Hospital)', 'Visiting Scholar', 'Boston, USA'
        if p is G_zhangwei:
            title_c = 'Professor'
        cells = [i, rn, chinese, gv, bv, hv, ev, p.school if rng.random() < 0.5 else
                 {'四川大学': 'Sichuan University', '清华大学': 'Tsinghua University', '北京大学': 'Peking University',
                  '电子科技大学': 'UESTC', '东北大学': 'Northeastern University (China)'}.get(p.school, p.school),
                 emp_c, title_c, city_c, email, ph]
        if i == 7 and chinese:
            info['note'] = 'Chinese name typed in traditional characters'
        sh.person(cells, p, **info)
    sh.blank(0)
    sh.note(['Compiled by the Panzhihua Overseas Liaison Office. For internal use only - please do not circulate.'], '备注')
    register(name, 'csv', [sh], enc='utf-16', delim='\t')

# ================================================================= F06 expert database xlsx (xlsxwriter)
def f06():
    name = '攀枝花市人才项目评审专家库_2024更新.xlsx'
    sh = Sheet('专家库')
    groups = [('基本信息', 1, 6), ('联系方式', 7, 8), ('教育背景', 9, 11), ('工作情况', 12, 15)]
    hdr = ['序号', '姓名', '性别', '出生年月', '证件号码', '籍贯', '移动电话', '邮箱', '学历学位', '毕业院校', '所学专业',
           '工作单位', '专业技术职务', '研究方向', '所在城市']
    sh.add(['攀枝花市人才项目评审专家数据库（2024年更新）'])
    sh.merges.append((1, 1, 1, 15))
    row2 = [''] * 15
    for g, a, b in groups:
        row2[a - 1] = g
        sh.merges.append((2, a, 2, b))
    sh.add(row2)
    sh.add(hdr)
    units = [('攀钢集团研究院有限公司', '攀枝花', 5, 'eng2'), ('攀枝花学院', '攀枝花', 5, 'uni'),
             ('攀枝花市中心医院', '攀枝花', 4, 'med'), ('四川大学', '成都', 3, 'uni'), ('西南交通大学', '成都', 2, 'uni'),
             ('中国科学院过程工程研究所', '北京', 2, 'res'), ('Technische Universität München', 'Munich, Germany', 1, 'uni'),
             ('攀钢集团钒钛资源股份有限公司', '攀枝花', 3, 'eng2'), ('中国钢研科技集团有限公司', '北京', 2, 'eng2'),
             ('四川大学华西医院', '成都', 2, 'med'), ('米易县国华农业科技有限公司', '米易', 1, 'agr'),
             ('攀枝花市农林科学研究院', '攀枝花', 3, 'agr'), ('东方电气集团东方汽轮机有限公司', '德阳', 2, 'eng2'),
             ('攀枝花市第三高级中学校', '攀枝花', 2, 'tea'), ('昆明理工大学', '昆明', 2, 'uni'),
             ('中冶赛迪集团有限公司', '重庆', 1, 'eng2'), ('攀枝花市康养产业发展中心', '攀枝花', 2, 'none'),
             ('电子科技大学', '成都', 3, 'uni')]
    assert sum(u[2] for u in units) == 45, sum(u[2] for u in units)
    tt = {'eng2': ['高级工程师', '正高级工程师', '教授级高级工程师', '正高级'], 'uni': ['教授', '副教授', '教授'],
          'med': ['主任医师', '副主任医师'], 'res': ['研究员', '副研究员'], 'agr': ['高级农艺师', '正高级农艺师', '研究员'],
          'tea': ['正高级教师', '高级教师'], 'none': ['高级经济师']}
    fields = {'eng2': ['钒钛磁铁矿综合利用', '高炉冶炼', '钛白粉清洁生产', '储能材料', '装备制造', '氢能利用'],
              'uni': ['冶金物理化学', '材料表面工程', '机械设计', '康养旅游', '数据科学', '结构工程'],
              'med': ['心血管内科', '骨科', '呼吸与危重症医学', '康复医学'], 'res': ['湿法冶金', '钒电池储能'],
              'agr': ['芒果栽培', '早春蔬菜', '热带水果育种'], 'tea': ['高中数学', '高中物理'], 'none': ['康养产业规划']}
    seq = 0
    damaged_slots = {3, 9, 16, 24, 33, 41}
    for unit, city, n, kind in units:
        start = None
        for j in range(n):
            seq += 1
            if unit == 'Technische Universität München':
                p = G_zhangwei
            elif unit == '中国科学院过程工程研究所' and j == 0:
                p = G_chen
            elif unit == '米易县国华农业科技有限公司':
                p = G_yang
            else:
                p = person(years=(1960, 1986), edu=rng.choices(['博士研究生', '硕士研究生', '大学本科'], [5, 3, 2])[0],
                           emp=unit, city=city, title=rng.choice(tt[kind]), no_digit_check=(seq in damaged_slots))
            title = p.title
            ids = 'valid'
            if seq in damaged_slots and p not in (G_zhangwei, G_yang): ids = 'damaged_num'
            if p is G_chen: ids = 'damaged_num'
            if seq == 28: ids = None
            idv, st = r_id(p, ids)
            if st == 'damaged':
                bv, bp = r_birth(p, 'dot')
                hv, hn = r_home(p, rng.choice(['cc', 'short', 'full']))
            else:
                bv, bp = r_birth(p, rng.choice(['xdate', 'dot', 'xdate', 'cn_month']))
                hv, hn = r_home(p, rng.choice(['cc', 'short', 'city', 'full']))
            if p is G_chen:
                bv, bp = r_birth(p, 'dot')
                hv, hn = '四川攀枝花', False
            phs = rng.choice(['plain', 'plain', 'dash', 'two'])
            if p is G_chen: phs = 'dash'
            if p is G_zhangwei:
                ph, phok = p.fdisp, True
            else:
                ph, phok = r_phone(p, phs)
            ed, eok = r_edu(p, 'deg')
            nm = p.name
            if seq == 7: nm = p.name + '（已调离）'
            if seq == 30: nm = p.name + '(退休)'
            em = p.email if rng.random() < 0.85 or p in (G_zhangwei,) else ''
            cells = [seq, nm, p.gender, bv, idv, hv, ph, em, ed, p.school, p.major, None, title,
                     rng.choice(fields[kind]), city]
            info = dict(name_raw=nm, id=st, gender=True, birth=bp, home=hn, phone=phok, email=bool(em), edu=eok,
                        foreign=(p is G_zhangwei))
            if st == 'damaged':
                info['note'] = 'ID stored as a number cell (shows 5.104E+17): last digits lost, not recoverable'
            if p is G_chen:
                info['note'] = 'ID damaged; 籍贯 only says 四川攀枝花 -> county unknown from this row'
            r = sh.person(cells, p, **info)
            if start is None:
                start = r
                sh.rows[r - 1][11] = unit
        if n > 1:
            sh.merges.append((start, 12, start + n - 1, 12))
    sh.blank(15)
    sh.note(['注：1. 专家信息由各推荐单位报送，市委人才办汇总，每年更新一次。'], '备注')
    sh.note(['    2. 证件号码、联系方式等个人信息仅限评审工作使用，严禁外传。'], '备注')
    s2 = Sheet('使用说明')
    for t in ['专家库使用说明', '一、专家抽取由市委人才办统一组织，随机抽取，回避本单位申报项目。',
              '二、“工作单位”列合并单元格表示同一单位的多位专家。', '三、“学历学位”格式为“学历/学位”。',
              '四、专家信息变更请发送至市委人才办邮箱。']:
        s2.add([t])
    register(name, 'xlsxwriter', [sh, s2])

# ================================================================= F07 米易/盐边 returnees ODS
def f07():
    name = '米易县盐边县返乡创业就业人才登记表.ods'
    sh = Sheet('返乡人才')
    hdr = ['序号', '县区', '乡镇', '姓名', '性别', '身份证号', '联系电话', '学历', '毕业学校', '返乡前工作地', '现从事行业', '备注']
    sh.add(['米易县、盐边县返乡创业就业人才登记表'])
    sh.merges.append((1, 1, 1, len(hdr)))
    sh.add(['填报单位（盖章）：                        填报日期：2024年4月'])
    sh.add(hdr)
    towns = {'米易县': ['攀莲镇', '丙谷镇', '撒莲镇', '白马镇', '普威镇', '草场镇'],
             '盐边县': ['桐子林镇', '红格镇', '渔门镇', '永兴镇', '新九镇', '惠民镇']}
    inds = ['早春蔬菜种植', '芒果种植', '电商直播', '康养民宿', '乡村旅游', '农产品加工', '养殖', '物流运输', '餐饮']
    seq = 0
    yis = [('沙马', '拉且', '男'), ('海来', '阿支', '女'), ('吉伍', '曲比', '女')]
    for county, n in (('米易县', 18), ('盐边县', 12)):
        start = None
        for j in range(n):
            seq += 1
            if county == '米易县' and j == 6:
                p = G_yang
            elif county == '盐边县' and j in (2, 7, 10):
                y = yis.pop(0)
                p = person(yi=y[:2], gender=y[2], years=(1975, 1995), county=county,
                           edu=rng.choice(['大学专科', '高中', '大学本科']), emp='', city=county[:2])
            else:
                old = rng.random() < 0.3
                p = person(years=((1962, 1975) if old else (1980, 1998)), county=county,
                           edu=rng.choices(['大学本科', '大学专科', '高中', '中专', '硕士研究生'], [4, 4, 2, 2, 1])[0])
            ids = 'valid'
            if p.bd.year < 1976 or p is G_yang: ids = 'old15'
            if seq == 13: ids = None
            if p.id18.endswith('X') and ids == 'valid': ids = 'lower'
            idv, st = r_id(p, ids)
            ph, phok = r_phone(p, rng.choice(['plain', 'plain', 'dash', 'two']) if seq != 20 else 'land')
            if p is G_yang: ph, phok = r_phone(p, 'plain')
            ed, eok = r_edu(p, 'short')
            nm = p.name
            if '·' in nm and j == 7: nm = nm.replace('·', '•')
            info = dict(name_raw=nm, name_truth=p.name, id=st, gender=True, phone=phok, edu=eok, county_col=county)
            if seq == 13:
                info['note'] = 'no ID: origin county from the merged 县区 cell'
            if st == 'old15':
                info['note'] = '15-digit legacy ID; truth gives 18-digit upgrade'
            before = rng.choice(['广东深圳', '浙江宁波', '成都', '福建厦门', '攀枝花东区', '上海', '江苏苏州', '重庆'])
            cells = [seq, None, rng.choice(towns[county]), nm, p.gender, idv, ph, ed, p.school, before,
                     rng.choice(inds), rng.choice(['', '', '创业带头人', '', '已领取创业补贴'] +
                                                  (['返乡大学生'] if (2024 - p.bd.year < 35 and p.edu in ('大学本科', '大学专科')) else []))]
            r = sh.person(cells, p, **info)
            if start is None:
                start = r; sh.rows[r - 1][1] = county
        sh.merges.append((start, 2, start + n - 1, 2))
    sh.note(['合计', '', '', '30人'] + [''] * 8, '合计')
    sh.blank(len(hdr))
    sh.note(['填报人：', '', '', '联系电话：0812-8171234', '', '审核人：'], '落款')
    register(name, 'ods', [sh])

# ================================================================= F08 华西医院 GB18030 semicolon (two exports concatenated)
def f08():
    name = '华西医院攀籍医务人员联络表.csv'
    sh = Sheet(None)
    hdr = ['序号', '姓名', '性别', '出生日期', '证件号码', '户籍所在地', '科室', '专业技术职务', '学历', '毕业院校', '手机', '邮箱']
    title = ['四川大学华西医院攀籍医务人员联络表'] + [''] * (len(hdr) - 1)
    sh.add(title)
    sh.add(hdr)
    depts = ['心内科', '骨科', '麻醉科', '急诊科', '呼吸与危重症医学科', '神经外科', '检验科', '放射科', '护理部', '康复医学科',
             '妇产科', '儿科', '肾脏内科', '普外科']
    ps = [person(years=(1968, 1997), emp='四川大学华西医院', city='成都',
                 edu=rng.choices(['博士研究生', '硕士研究生', '大学本科', '大学专科'], [3, 3, 3, 1])[0],
                 title=rng.choice(['住院医师', '主治医师', '副主任医师', '主任医师', '主管护师', '护师', '副主任护师']),
                 want_x=(True if i == 12 else None)) for i in range(38)]
    MED_SCHOOLS = ['四川大学', '西南医科大学', '川北医学院', '重庆医科大学', '昆明医科大学', '成都中医药大学', '北京协和医学院',
                   '中南大学', '华中科技大学']
    for p in ps:
        p.school = rng.choice(MED_SCHOOLS)
        nurse = p.edu == '大学专科' or (p.edu == '大学本科' and rng.random() < 0.5)
        p.title = pick_title('nurse' if nurse else 'med', 2024 - p.bd.year, p.edu) or ('护士' if nurse else '住院医师')
    ps.insert(6, G_huang)
    rare = person('陈' , '男', years=(1980, 1990), emp='四川大学华西医院', city='成都', edu='博士研究生', title='副主任医师')
    rare.name, rare.giv = '陈䶮', '䶮'; rare.py_giv = 'yan'; rare.email = 'chenyan_hx@163.com'
    ps.insert(25, rare)
    seq = 0
    for i, p in enumerate(ps):
        if i == 22:   # second export pasted below the first one
            sh.blank(0)
            sh.note(title, '标题（第二段）')
            sh.note(hdr, '重复表头')
            seq = 0
        seq += 1
        ids = 'valid'
        if i in (3, 30): ids = 'blank_text'
        if p.id18.endswith('X'): ids = 'lower'
        idv, st = r_id(p, ids)
        bv, bp = r_birth(p, rng.choice(['compact', 'cn_day', 'iso', 'compact']))
        hv, hn = r_home(p, rng.choice(['cc', 'full', 'short', 'city']))
        phs = rng.choice(['space', 'plain', 'plain', 'dash'])
        if i in (9, 27): phs = 'mob_land'
        if i == 15: phs = '0086'
        if p is G_huang: phs = 'space'
        ph, phok = r_phone(p, phs)
        ed, eok = r_edu(p, 'std')
        em = p.email
        cells = [seq, p.name, p.gender, bv, idv, hv, rng.choice(depts), p.title, ed, p.school, ph, em]
        info = dict(id=st, gender=True, birth=bp, home=hn, phone=phok, email=True, edu=eok)
        if p is rare:
            info['note'] = '䶮 (U+4DAE) is in GB18030 but not in GBK: decoding as GBK fails here'
        sh.person(cells, p, **info)
    sh.blank(0)
    sh.note(['合计：%d人' % len(ps)] + [''] * (len(hdr) - 1), '合计')
    register(name, 'csv', [sh], enc='gb18030', delim=';')

# ================================================================= F09 攀枝花学院 graduates xlsx (openpyxl), split sheet
def f09():
    name = '攀枝花学院2023-2024届毕业生去向名单.xlsx'
    sh = Sheet('毕业生名单')
    hdr = ['序号', '姓名', '性别', '出生日期', '身份证号码', '生源地', '学院', '专业', '学历', '毕业时间', '就业单位', '单位所在城市', '手机', '邮箱']
    sh.add(['攀枝花学院毕业生就业去向名单'])
    sh.merges.append((1, 1, 1, len(hdr)))
    sh.add(['（2023届）'])
    sh.add(hdr)
    colleges = ['钒钛学院', '智能制造学院', '医学院', '康养学院', '经济与管理学院', '电气信息工程学院', '土木与建筑工程学院', '农林学院']
    def gen(n, yr):
        out = []
        for i in range(n):
            nonpzh = rng.random() < 0.15
            p = person(years=(yr - 23, yr - 21), county=(None if nonpzh else 'rand'),
                       id_area=(rng.choice(['513425', '513401', '530723', '510302']) if nonpzh else None),
                       edu=rng.choices(['大学本科', '大学专科'], [8, 2])[0], want_x=(True if i in (4, 14) else None))
            p.school = '攀枝花学院'
            out.append(p)
        return out
    ps1 = gen(24, 2023)
    decoy = person('刘洋', '男', bd=D(2001, 10, 27), county='东区', edu='大学本科')
    decoy.school = '攀枝花学院'
    ps1.insert(9, decoy)
    ps2 = gen(24, 2024)
    ps2.insert(12, G_luo)
    def write(ps, year, seq0):
        for i, p in enumerate(ps, 1):
            ids = 'valid'
            if p.id18.endswith('X'): ids = 'lower'
            if year == 2023 and i == 18: ids = 'broken'
            if year == 2024 and i == 20: ids = None
            idv, st = r_id(p, ids)
            bv, bp = r_birth(p, 'xdate' if rng.random() < 0.85 else 'iso')
            hv, hn = r_home(p, rng.choice(['full', 'cc', 'full']))
            if p.county is None and rng.random() < 0.5:
                hv = {'513425': '凉山州会理市', '513401': '凉山州西昌市', '530723': '云南省丽江市华坪县',
                      '510302': '四川省自贡市'}[p.id_area]
            ph, phok = r_phone(p, rng.choice(['plain', 'plain', 'num']))
            ed, eok = r_edu(p, 'std')
            dest_emp, dcity = (p.emp, p.city) if rng.random() < 0.8 else ('待就业', '')
            em = p.email if rng.random() < 0.7 else ''
            cells = [seq0 + i, p.name, p.gender, bv, idv, hv, rng.choice(colleges), p.major, ed,
                     '%d年6月' % year, dest_emp, dcity, ph, em]
            info = dict(id=st, gender=True, birth=bp, home=hn, phone=phok, email=bool(em), edu=eok)
            if st == 'broken':
                info['note'] = 'ID check digit deliberately wrong (true ID %s); truth id null' % p.id18
            sh.person(cells, p, **info)
    write(ps1, 2023, 0)
    sh.blank(0)
    sh.blank(0)
    sh.note(['攀枝花学院毕业生就业去向名单（续）（2024届）'], '续表标题')
    sh.note(hdr, '重复表头')
    write(ps2, 2024, 0)
    sh.blank(0)
    sh.note(['说明：'], '备注')
    sh.note(['1. 本表统计生源地为攀枝花市的毕业生及在攀就业的外地生源毕业生。'], '备注')
    sh.note(['2. 数据截至2024年8月31日，由招生就业处汇总。'], '备注')
    register(name, 'openpyxl', [sh])

# ================================================================= F10 深圳商会 xlsx (xlsxwriter), 3 sheets
def f10():
    name = '深圳市攀枝花商会会员名录.xlsx'
    s1 = Sheet('理事会成员')
    h1 = ['序号', '姓名', '商会职务', '企业名称', '企业职务', '籍贯', '手机', '邮箱', '学历']
    s1.add(['深圳市攀枝花商会第三届理事会成员名单'])
    s1.merges.append((1, 1, 1, len(h1)))
    s1.add(h1)
    co = lambda: '深圳市' + rng.choice(['攀宏', '金沙', '钒都', '阳光', '三线', '攀西', '康华', '川滇', '裕丰', '华钛', '鑫源', '荣昌']) + \
        rng.choice(['科技', '实业', '贸易', '新材料', '投资', '供应链', '建设工程', '餐饮管理']) + '有限公司'
    roles = ['会长', '常务副会长', '常务副会长', '副会长', '副会长', '副会长', '副会长', '秘书长', '副秘书长', '理事', '理事',
             '理事', '理事', '理事', '监事长']
    ps = [person(years=(1962, 1988), city='深圳', emp=co(), title='') for _ in range(14)]
    ps.insert(4, G_zhou)
    for i, (p, role) in enumerate(zip(ps, roles), 1):
        hv, hn = r_home(p, rng.choice(['short', 'cc', 'city', 'short']))
        phs = rng.choice(['num', 'num', 'plain', 'p86dash'])
        if p is G_zhou: phs = 'num'
        ph, phok = r_phone(p, phs)
        em = p.email if rng.random() < 0.6 else ''
        ed, eok = r_edu(p, 'std')
        if rng.random() < 0.2: ed, eok = '', False
        nm = p.name
        cells = [i, nm, role, p.emp, rng.choice(['董事长', '总经理', '执行董事', '董事长兼总经理']), hv, ph, em, ed]
        s1.person(cells, p, id=None, gender=False, home=hn, phone=phok, email=bool(em), edu=eok)
    s2 = Sheet('会员名录')
    h2 = ['序号', '名字', '籍贯', '企业/单位', '职务', '移动电话', 'E-mail', '学历', '所在城市']
    s2.add(h2)
    decoy_wf = person('王芳', '女', bd=D(1976, 2, 11), county='盐边县', city='深圳', emp=co(), title='')
    ms = [person(years=(1965, 1995), city=rng.choice(['深圳', '深圳', '东莞', '广州', '惠州']),
                 emp=(co() if rng.random() < 0.5 else None), sector='sz') for _ in range(29)]
    ms.insert(8, decoy_wf)
    for i, p in enumerate(ms, 1):
        if i == 16:
            s2.blank(len(h2))
        hv, hn = r_home(p, rng.choice(['short', 'cc', 'city', 'short']))
        ph, phok = r_phone(p, rng.choice(['num', 'plain', 'dash', 'p86', 'two_semi']))
        em = p.email if rng.random() < 0.7 else ''
        ed, eok = r_edu(p, 'short')
        nm = p.name
        note = None
        if i == 5:
            nm = p.name + '（已退会）'
        cityv = p.city if rng.random() < 0.6 else '广东省%s市' % p.city
        cells = [i, nm, hv, p.emp, rng.choice(['总经理', '工程师', '部门经理', '创始人', '主管', '']), ph, em, ed, cityv]
        s2.person(cells, p, name_raw=nm, id=None, gender=False, home=hn, phone=phok, email=bool(em), edu=eok)
    s2.blank(0)
    s2.note(['以上名单如有变动，请联系商会秘书处更新。'], '备注')
    s3 = Sheet('填写说明')
    for t in ['1. 本名录仅供商会内部联络使用。', '2. “籍贯”请填写到区县，如“攀枝花市米易县”。', '3. 手机号请填写11位数字。']:
        s3.add([t])
    register(name, 'xlsxwriter', [s1, s2, s3])

# ================================================================= F11 北京同乡会 CSV UTF-8 (no BOM), two-row header
def f11():
    name = '北京攀枝花同乡人才联谊会会员信息表.csv'
    sh = Sheet(None)
    hdr = ['姓名', '性别', '出生年月', '出生地', '联系电话', 'E-mail', '最高学历', '毕业院校', '工作单位', '职称', '所在城市']
    sh.add(['北京攀枝花同乡人才联谊会会员信息表', '', '', '', '', '', '', '', '', '', ''])
    sh.add(['基本信息', '', '', '', '联系方式', '', '教育背景', '', '工作情况', '', ''])
    sh.add(hdr)
    trad_idx = {2, 9, 17, 26}
    ps = []
    for i in range(33):
        c = 'rand'
        area = None
        if i in (5, 21): c, area = None, '500104'   # 重庆大渡口 people (trap for bare 渡口)
        p = person(years=(1960, 1995), county=c, id_area=area, sector='bj', city=rng.choice(['北京', '北京', '北京市海淀区', '北京市朝阳区']))
        ps.append(p)
    ps.insert(12, G_chen)
    ps.insert(20, G_lina)
    trad_names = {}
    rev = {}
    for k, v in T2S_EXTRA.items():
        if k != v: rev.setdefault(v, k)
    for i, p in enumerate(ps, 1):
        if i == 18:
            sh.blank(len(hdr))
        nm = p.name
        info = {}
        if p is G_chen:
            nm = '陳志強'
        elif i in trad_idx:
            nm = ''.join(rev.get(ch, ch) for ch in p.name)
        info['name_raw'] = nm
        if nm != p.name:
            info['note'] = 'name written in traditional characters'
        bstyle = rng.choice(['slash_month', 'iso', 'cn_month', 'dot', None])
        if p is G_chen: bstyle = 'slash_month'
        bv, bp = r_birth(p, bstyle)
        hstyle = rng.choice(['cc', 'full', 'short', 'old', 'city'])
        if i in (3, 15): hstyle = 'old'
        if p is G_lina: hstyle = 'short'
        hv, hn = r_home(p, hstyle)
        if p.id_area == '500104': hv = '重庆市大渡口区'
        phs = rng.choice(['p86sp', 'dash', 'plain', 'plain'])
        if i in (7, 25): phs = 'land'
        if p is G_chen: phs = 'p86sp'
        if p is G_lina: phs = 'plain'
        ph, phok = r_phone(p, phs)
        if phs == 'land':
            ph = '010-' + rng.choice('2568') + ''.join(rng.choice('0123456789') for _ in range(7))
        em = p.email if rng.random() < 0.75 else ''
        if p is G_lina: em = ''
        ed, eok = r_edu(p, rng.choice(['std', 'rcm']))
        gv = p.gender if rng.random() < 0.9 else ''
        cells = [nm, gv, bv, hv, ph, em, ed, p.school, p.emp, p.title, p.city]
        info.update(id=None, gender=bool(gv), birth=bp, home=hn, phone=phok, email=bool(em), edu=eok)
        if hstyle == 'old' and p.county:
            info['note'] = (info.get('note', '') + '; ' if info.get('note') else '') + '出生地 uses the old city name 渡口市'
        if p.id_area == '500104':
            info['note'] = '重庆市大渡口区 is not Panzhihua'
        sh.person(cells, p, **info)
    sh.blank(len(hdr))
    sh.note(['统计：共%d人' % len(ps)] + [''] * (len(hdr) - 1), '合计')
    register(name, 'csv', [sh], enc='utf-8')

# ================================================================= F12 盐边县少数民族人才 xls
def f12():
    name = '盐边县少数民族人才信息统计表.xls'
    sh = Sheet('Sheet1')
    hdr = ['序号', '姓名', '民族', '性别', '出生年月', '身份证号码', '户籍所在地', '学历', '专业技术职务', '工作单位', '联系方式']
    sh.add(['盐边县少数民族人才信息统计表'])
    sh.merges.append((1, 1, 1, len(hdr)))
    sh.add(hdr)
    yi_left = [y for y in YI if y[0] + '·' + y[1] not in used_names]
    ps = []
    for i in range(24):
        if i % 2 == 0 and yi_left:
            y = yi_left.pop(0)
            p = person(yi=y[:2], gender=y[2], years=((1962, 1978) if i in (12, 16) else (1965, 1998)),
                       county=rng.choice(['盐边县'] * 4 + ['米易县']),
                       no_digit_check=(i in (2, 10)))
            p.nation = '彝族'
        else:
            p = person(years=(1965, 1998), county=rng.choice(['盐边县'] * 4 + ['米易县']), no_digit_check=(i in (5,)))
            p.nation = rng.choice(['傈僳族', '苗族', '回族', '纳西族', '白族', '傣族'])
        p.emp = rng.choice(['盐边县人民医院', '盐边县中学', '盐边县农业农村局', '红格镇中心校', '盐边县文化馆', '渔门镇卫生院',
                            '盐边县林业局', '盐边县民族中学', '攀枝花市彝学会', '盐边县融媒体中心'])
        p.title = rng.choice(['主治医师', '一级教师', '高级教师', '农艺师', '助理馆员', '高级农艺师', '工程师', ''])
        ps.append(p)
    G_asu.nation = '彝族'
    ps.insert(7, G_asu)
    dots = ['·', '•', '.', '·', '・', '']
    for i, p in enumerate(ps, 1):
        ids = 'valid'
        if i in (3, 11, 6) and p is not G_asu: ids = 'damaged_num'
        if i == 14: assert p.id15; ids = 'old15_num'
        if i == 18: assert p.id15; ids = 'old15'
        if p.id18.endswith('X') and ids == 'valid': ids = 'lower'
        idv, st = r_id(p, ids)
        bstyle = rng.choice(['compact_num', 'cn_day', 'dot', 'compact_num'])
        bv, bp = r_birth(p, bstyle)
        hv, hn = r_home(p, 'town')
        phs = rng.choice(['plain', 'plain', 'two', 'dash'])
        if i == 9: phs = 'land'
        if i == 16: phs = 'land_mob'
        ph, phok = r_phone(p, phs)
        ed, eok = r_edu(p, 'std')
        nm = p.name
        info = {}
        if '·' in nm:
            d = dots[i % len(dots)]
            if p is G_asu: d = '·'
            nm = nm.replace('·', d)
            if d == '':
                info['name_truth'] = nm
        info['name_raw'] = nm
        cells = [i, nm, p.nation, p.gender, bv, idv, hv, ed, p.title, p.emp, ph]
        info.update(id=st, gender=True, birth=bp, home=hn, phone=phok, edu=eok)
        if st == 'damaged':
            info['note'] = 'ID typed into a number cell: 18 digits exceed double precision, not recoverable'
        if ids == 'old15_num':
            info['note'] = '15-digit ID in a number cell: exact (fits a double), upgrade to 18'
        if nm != p.name and '·' in p.name and info.get('name_truth') is None:
            info['note'] = (info.get('note', '') + '; ' if info.get('note') else '') + 'Yi name dot written as %r; truth uses U+00B7' % (
                [c for c in nm if not ('\u4e00' <= c <= '\u9fff')][0])
        sh.person(cells, p, **info)
    sh.note(['合计：%d人' % len(ps)], '合计')
    sh.merges.append((len(sh.rows), 1, len(sh.rows), 3))
    sh.note(['填表人：', '', '', '', '审核人：', '', '', '', '填表日期：2024年3月'], '落款')
    register(name, 'xls', [sh])

# ================================================================= broken files
def f13():
    name = '人才需求对接名单_2024.xlsx'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '名单'
    ws.append(['序号', '姓名', '性别', '身份证号', '手机号码', '学历', '工作单位'])
    for i in range(20):
        p = person(years=(1980, 2000))
        ALL.remove(p)
        ws.append([i + 1, p.name, p.gender, p.id18, p.phone, p.edu, p.emp])
    b = io.BytesIO(); wb.save(b)
    data = b.getvalue()
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data[:int(len(data) * 0.55)])
    FILES.append(dict(file=name, fmt='raw', sheets=[], expect='reject',
                      why='truncated download: the ZIP container is cut off (no central directory), the workbook cannot be opened'))

def f14():
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    name = '攀籍高层次人才名单（内部）.xlsx'
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = '名单'
    ws.append(['序号', '姓名', '性别', '身份证号', '手机号码', '最高学历', '工作单位', '职称'])
    for i in range(18):
        p = person(years=(1965, 1990), edu='博士研究生')
        ALL.remove(p)
        ws.append([i + 1, p.name, p.gender, p.id18, p.phone, p.edu, p.emp, p.title])
    b = io.BytesIO(); wb.save(b); b.seek(0)
    out = io.BytesIO()
    OOXMLFile(b).encrypt('Pzh@2024', out)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(out.getvalue())
    FILES.append(dict(file=name, fmt='raw', sheets=[], expect='reject',
                      why='password-protected (encrypted OLE/CFB container, not a ZIP): cannot be read without the password'))

# ================================================================= writers
def cell_text(v):
    if v is None: return ''
    if isinstance(v, XDate): return v.d.isoformat()
    if isinstance(v, float):
        return repr(v)
    return str(v)

def write_csv(spec):
    path = os.path.join(OUT, spec['file'])
    d = spec['delim']
    lines = []
    for row in spec['sheets'][0].rows:
        out = []
        for v in row:
            if isinstance(v, Raw):
                out.append(str(v)); continue
            s = '' if v is None else str(v)
            assert not isinstance(v, (XDate, float)), (spec['file'], v)
            if any(ch in s for ch in (d, '"', '\n', '\r')):
                s = '"' + s.replace('"', '""') + '"'
            out.append(s)
        lines.append(d.join(out))
    text = '\r\n'.join(lines) + '\r\n'
    with open(path, 'wb') as f:
        f.write(text.encode(spec['enc']))   # raises if a char does not fit (e.g. GBK)

def write_openpyxl(spec):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for sh in spec['sheets']:
        ws = wb.create_sheet(sh.name)
        merged_tl = {(m[0], m[1]) for m in sh.merges}
        covered = {(r, c) for (r1, c1, r2, c2) in sh.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - merged_tl
        for r, row in enumerate(sh.rows, 1):
            for c, v in enumerate(row, 1):
                if v is None or v == '' or (r, c) in covered: continue
                cell = ws.cell(r, c)
                if isinstance(v, XDate):
                    cell.value = v.d; cell.number_format = v.fmt
                else:
                    cell.value = v
                    if isinstance(v, str): cell.data_type = 's'
        for (r1, c1, r2, c2) in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        ws.column_dimensions['B'].width = 12
    wb.save(os.path.join(OUT, spec['file']))

def write_xlsxwriter(spec):
    wb = xlsxwriter.Workbook(os.path.join(OUT, spec['file']))
    mfmt = wb.add_format({'align': 'center', 'valign': 'vcenter'})
    tfmt = wb.add_format({'bold': True, 'align': 'center', 'font_size': 14})
    for sh in spec['sheets']:
        ws = wb.add_worksheet(sh.name)
        inm = {(r, c) for (r1, c1, r2, c2) in sh.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        dfmts = {}
        for r, row in enumerate(sh.rows, 1):
            for c, v in enumerate(row, 1):
                if v is None or v == '' or (r, c) in inm: continue
                if isinstance(v, XDate):
                    f = dfmts.setdefault(v.fmt, wb.add_format({'num_format': v.fmt}))
                    ws.write_datetime(r - 1, c - 1, datetime.datetime.combine(v.d, datetime.time()), f)
                elif isinstance(v, (int, float)):
                    ws.write_number(r - 1, c - 1, v)
                else:
                    ws.write_string(r - 1, c - 1, v)
        for (r1, c1, r2, c2) in sh.merges:
            v = sh.rows[r1 - 1][c1 - 1] if c1 - 1 < len(sh.rows[r1 - 1]) else ''
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, v if v is not None else '', tfmt if r1 == 1 else mfmt)
        ws.set_column(0, 20, 14)
    wb.close()

def write_xls(spec):
    wb = xlwt.Workbook(encoding='utf-8')
    for sh in spec['sheets']:
        ws = wb.add_sheet(sh.name, cell_overwrite_ok=True)
        inm = {(r, c) for (r1, c1, r2, c2) in sh.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, row in enumerate(sh.rows, 1):
            for c, v in enumerate(row, 1):
                if v is None or v == '' or (r, c) in inm: continue
                if isinstance(v, XDate):
                    ws.write(r - 1, c - 1, v.d, xlwt.easyxf(num_format_str='YYYY-MM-DD'))
                elif isinstance(v, (int, float)):
                    ws.write(r - 1, c - 1, float(v))
                else:
                    ws.write(r - 1, c - 1, v)
        for (r1, c1, r2, c2) in sh.merges:
            v = sh.rows[r1 - 1][c1 - 1] if c1 - 1 < len(sh.rows[r1 - 1]) else ''
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, v if v is not None else '',
                           xlwt.easyxf('align: vert centre, horiz centre'))
    wb.save(os.path.join(OUT, spec['file']))

def write_ods(spec):
    doc = OpenDocumentSpreadsheet()
    for sh in spec['sheets']:
        t = Table(name=sh.name)
        ncols = max(len(r) for r in sh.rows)
        t.addElement(TableColumn(numbercolumnsrepeated=ncols))
        tl = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for (r1, c1, r2, c2) in sh.merges}
        inm = {(r, c) for (r1, c1, r2, c2) in sh.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, row in enumerate(sh.rows, 1):
            tr = TableRow()
            for c in range(1, ncols + 1):
                v = row[c - 1] if c - 1 < len(row) else None
                if (r, c) in inm and (r, c) not in tl:
                    tr.addElement(CoveredTableCell()); continue
                kw = {}
                if (r, c) in tl:
                    kw = dict(numberrowsspanned=tl[(r, c)][0], numbercolumnsspanned=tl[(r, c)][1])
                if v is None or v == '':
                    tr.addElement(TableCell(**kw))
                elif isinstance(v, XDate):
                    tc = TableCell(valuetype='date', datevalue=v.d.isoformat(), **kw); tc.addElement(P(text=v.d.isoformat())); tr.addElement(tc)
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype='float', value=v, **kw); tc.addElement(P(text=str(v))); tr.addElement(tc)
                else:
                    tc = TableCell(valuetype='string', **kw); tc.addElement(P(text=str(v))); tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, spec['file']))

WRITERS = {'csv': write_csv, 'openpyxl': write_openpyxl, 'xlsxwriter': write_xlsxwriter, 'xls': write_xls, 'ods': write_ods}

# ================================================================= readers (verification)
def read_back(spec):
    """-> {sheet_name_or_None: [[cell text,...] per Excel row]}"""
    path = os.path.join(OUT, spec['file'])
    fmt = spec['fmt']
    if fmt == 'csv':
        text = open(path, 'rb').read().decode(spec['enc'])
        rows = list(csv.reader(io.StringIO(text, newline=''), delimiter=spec['delim']))
        return {None: rows}
    if fmt in ('openpyxl', 'xlsxwriter'):
        wb = openpyxl.load_workbook(path, data_only=True)
        out = {}
        for ws in wb.worksheets:
            out[ws.title] = [[cell_text(c) for c in row] for row in ws.iter_rows(min_row=1, max_row=ws.max_row, values_only=True)]
        return out
    if fmt == 'xls':
        bk = xlrd.open_workbook(path)
        out = {}
        for s in bk.sheets():
            out[s.name] = [[cell_text(v) for v in s.row_values(r)] for r in range(s.nrows)]
        return out
    if fmt == 'ods':
        doc = odf_load(path)
        out = {}
        for t in doc.spreadsheet.getElementsByType(Table):
            rows = []
            for tr in t.getElementsByType(TableRow):
                rep = int(tr.getAttrNS(TABLENS, 'number-rows-repeated') or 1)
                cells = []
                for tc in tr.childNodes:
                    if tc.qname[1] not in ('table-cell', 'covered-table-cell'): continue
                    crep = int(tc.getAttrNS(TABLENS, 'number-columns-repeated') or 1)
                    txt = '\n'.join(str(p) for p in tc.getElementsByType(P))
                    cells += [txt] * crep
                rows += [cells] * rep
            out[t.getAttrNS(TABLENS, 'name')] = rows
        return out
    raise ValueError(fmt)

def norm_name(s):
    s = unicodedata.normalize('NFKC', s)
    for ch in '•・.‧･．∙⋅':
        s = s.replace(ch, '·')
    s = s.replace(' ', '').replace('\u3000', '')
    import re
    s = re.sub(r'\(.*?\)', '', s)
    return t2s(s)

# ================================================================= main
def main():
    for fn in os.listdir(OUT):
        if fn not in ('make.py',) and not fn.startswith('.'):
            os.remove(os.path.join(OUT, fn))
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14):
        f()
    truth = {'conventions': [
        'row = the row number Excel/LibreOffice shows (CSV: record/line number, title lines included)',
        'name: simplified Chinese without spaces/annotations when written in Chinese (traditional converted); Yi-name dots '
        'of any code point given as U+00B7; a Yi name written without a dot is kept without; romanised names as written',
        'birth_date/gender from a valid (or 15-digit upgraded) ID; otherwise from the row\'s 性别/出生 columns at the '
        'precision shown; an age column is not used',
        'id_number null when absent, Excel-damaged (float) or failing the check digit (see note)',
        'phone: first mobile in the cell; landline-only -> null; foreign numbers E.164',
        'origin_county: from a Panzhihua ID area code, else from 籍贯/生源地/出生地/户籍所在地/Hometown text naming a county '
        '(渡口市米易县 counts, 四川省渡口市 or 攀枝花市 alone do not), else from a 县区 column; else null',
        'education: 学历 level; 研究生 alone -> 硕士研究生; PhD/Doctorate -> 博士研究生; Master/MSc/M.Eng. -> 硕士研究生',
        'extra keys (format, note, sheet in groups) are informational'],
        'files': [], 'same_person_groups': []}
    for spec in FILES:
        if spec['expect'] == 'reject':
            truth['files'].append({'file': spec['file'], 'expect': 'reject', 'why': spec['why'], 'persons': [], 'not_persons': []})
            continue
        WRITERS[spec['fmt']](spec)
        tf = {'file': spec['file'], 'expect': 'import', 'format': {
            'csv': 'CSV %s, delimiter %r' % (spec['enc'], spec['delim']), 'openpyxl': 'xlsx (openpyxl)',
            'xlsxwriter': 'xlsx (xlsxwriter)', 'xls': 'xls BIFF8 (xlwt)', 'ods': 'ods (odfpy)'}[spec['fmt']],
            'persons': [], 'not_persons': []}
        for sh in spec['sheets']:
            for r in sorted(sh.kinds):
                k = sh.kinds[r]
                if k[0] == 'person':
                    _, p, info = k
                    t = truth_person(sh.name, r, p, info)
                    tf['persons'].append(t)
                    if id(p) in GP:
                        GROUPS[GP[id(p)]].append({'file': spec['file'], 'sheet': sh.name, 'row': r})
                    spec.setdefault('_check', []).append((sh.name, r, info['name_raw'], t))
                else:
                    tf['not_persons'].append({'sheet': sh.name, 'row': r, 'what': k[1]})
        truth['files'].append(tf)
    for g, members in GROUPS.items():
        assert len(members) >= 2, (g, members)
        truth['same_person_groups'].append(members)
    with open(os.path.join(OUT, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    verify(truth)

def verify(truth):
    problems = []
    total = 0
    for spec in FILES:
        path = os.path.join(OUT, spec['file'])
        if spec['expect'] == 'reject':
            data = open(path, 'rb').read()
            try:
                openpyxl.load_workbook(io.BytesIO(data))
                problems.append('reject file opens: ' + spec['file'])
            except Exception:
                pass
            continue
        back = read_back(spec)
        tf = next(t for t in truth['files'] if t['file'] == spec['file'])
        total += len(tf['persons'])
        for (sheet, r, raw, t) in spec['_check']:
            rows = back[sheet]
            if r > len(rows):
                problems.append('%s %s row %d missing' % (spec['file'], sheet, r)); continue
            cells = rows[r - 1]
            if raw.strip() not in cells and raw not in cells and not any(raw.strip() == c.strip() for c in cells):
                problems.append('%s %s row %d: %r not in %r' % (spec['file'], sheet, r, raw, cells[:4]))
            nn = norm_name(raw)
            if t['name'] != nn and t['name'] != raw.strip():
                problems.append('%s row %d name truth %r vs cell %r' % (spec['file'], r, t['name'], raw))
            if t['id_number']:
                if not id_valid(t['id_number']):
                    problems.append('bad truth id %s' % t['id_number'])
                if t['birth_date'] != '%s-%s-%s' % (t['id_number'][6:10], t['id_number'][10:12], t['id_number'][12:14]):
                    problems.append('birth mismatch %s row %d' % (spec['file'], r))
                if t['gender'] != ('男' if int(t['id_number'][16]) % 2 else '女'):
                    problems.append('gender mismatch %s row %d' % (spec['file'], r))
                rowtxt = ''.join(cells).upper().translate(str.maketrans('０１２３４５６７８９Ｘ', '0123456789X')).replace(' ', '')
                if t['id_number'] not in rowtxt and t['id_number'][:6] + t['id_number'][8:17] not in rowtxt and \
                        str(int(t['id_number'][:6] + t['id_number'][8:17])) + '.0' not in ''.join(cells):
                    problems.append('id not in row %s %d' % (spec['file'], r))
            if t['phone'] and t['phone'].startswith('+86'):
                digits = ''.join(ch for ch in unicodedata.normalize('NFKC', ''.join(cells)) if ch.isdigit())
                if t['phone'][3:] not in digits:
                    problems.append('phone not in row %s %d' % (spec['file'], r))
            if t['email']:
                low = unicodedata.normalize('NFKC', ''.join(cells)).lower()
                if t['email'] not in low:
                    problems.append('email not in row %s %d' % (spec['file'], r))
        for np_ in tf['not_persons']:
            rows = back[np_['sheet']]
            cells = rows[np_['row'] - 1] if np_['row'] <= len(rows) else []
            txt = ''.join(c for c in cells if c)
            if np_['what'] == '空行':
                if txt.strip():
                    problems.append('%s row %d should be blank: %r' % (spec['file'], np_['row'], cells))
            elif np_['what'] == '重复表头':
                if '姓名' not in cells:
                    problems.append('%s row %d not header' % (spec['file'], np_['row']))
            elif not txt.strip():
                problems.append('%s row %d should have text (%s)' % (spec['file'], np_['row'], np_['what']))
        # every non-empty row is accounted for (person, not_person, or above the first person = title/header)
        sheets = {s.name: s for s in spec['sheets']}
        for sname, rows in back.items():
            if sname not in sheets: continue
            sh = sheets[sname]
            persons_rows = [r for r, k in sh.kinds.items() if k[0] == 'person']
            if not persons_rows: continue
            first = min(persons_rows)
            for r, cells in enumerate(rows, 1):
                if r >= first and r not in sh.kinds and any(c.strip() for c in cells):
                    problems.append('%s %s row %d unaccounted: %r' % (spec['file'], sname, r, cells[:3]))
    n_groups = len(truth['same_person_groups'])
    print('files:', len(truth['files']), 'person rows:', total, 'groups:', n_groups)
    for tf in truth['files']:
        print('  %-45s %-7s %3d persons %2d not_persons' % (tf['file'], tf['expect'], len(tf['persons']), len(tf['not_persons'])))
    if problems:
        print('PROBLEMS:'); [print('  ', x) for x in problems]
        sys.exit(1)
    print('verification OK')

if __name__ == '__main__':
    main()
