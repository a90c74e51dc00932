"""Builds tables.py from pools.py with pypinyin and OpenCC (run by hand when pools.py changes).

    python bench/er_rosters/build_tables.py

make.py does not need this script, pypinyin or OpenCC: it reads the tables.py written here.
"""
import os
import pprint
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import opencc  # noqa: E402
from pypinyin import Style, lazy_pinyin  # noqa: E402

import pools  # noqa: E402

s2hk = opencc.OpenCC("s2hk")
CJK = re.compile(r"[\u4e00-\u9fff]")

strings = []
def walk(x):
    if isinstance(x, str):
        if CJK.search(x): strings.append(x)
    elif isinstance(x, dict):
        for k, v in x.items(): walk(k); walk(v)
    elif isinstance(x, (list, tuple)):
        for v in x: walk(v)
for name in dir(pools):
    if name.isupper(): walk(getattr(pools, name))
extra = ["四川省", "攀枝花市", "盐边县", "米易县", "东区", "西区", "仁和区", "四川", "攀枝花", "有限公司", "市", "第", "人民医院", "中学",
         "男", "女", "汉族", "彝族", "博士研究生", "硕士研究生", "大学本科", "大学专科", "高中", "中专", "博士", "硕士", "学士", "本科", "专科", "研究生",
         "会员", "香港", "九龙", "新界", "在读", "退休"]
strings += extra
phrases = {}
for s in dict.fromkeys(strings):
    t = s2hk.convert(s)
    if t != s: phrases[s] = t
chars = sorted(set(c for s in strings for c in s if CJK.match(c)))
charmap = {}
for c in chars:
    t = s2hk.convert(c)
    if t != c: charmap[c] = t
# surnames and name characters that keep their simplified shape in names
for c in "于余范谷朴游姜沈仇查解翟覃肖松志秀峰群":
    charmap.pop(c, None)
charmap["艳"] = "艷"
name_chars = set()
for s, w in pools.SURNAMES + pools.YI_HAN_SURNAMES: name_chars.update(s)
for v in pools.GIVEN.values(): name_chars.update(v)
for a, c in pools.GIVEN2.values(): name_chars.update(a + c)
for n, *_ in pools.COMMON_NAMES: name_chars.update(n)
for c in pools.YI_CLANS: name_chars.update(c)
for v in pools.YI_GIVEN.values():
    for g in v: name_chars.update(g)
for grp in pools.HOMOPHONES + pools.SURNAME_HOMOPHONES + pools.SICHUAN_MERGERS: name_chars.update(grp)
name_chars.update(pools.SHAPES.keys()); name_chars.update(pools.SHAPES.values())
SURNAME_PY = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha", "乐": "yue",
              "覃": "qin", "翟": "zhai", "盖": "ge", "缪": "miao", "万": "wan", "尉": "yu", "员": "yun", "长": "chang",
              "欧阳": "ouyang", "司马": "sima", "上官": "shangguan", "诸葛": "zhuge", "皇甫": "huangfu", "吕": "lü"}
py = {}
for c in sorted(name_chars):
    p = lazy_pinyin(c, style=Style.NORMAL, v_to_u=True)[0]
    py[c] = p
# readings of given-name characters as used in names
py.update({"乐": "le", "长": "chang", "单": "dan", "呷": "ga", "的": "di", "嫫": "mo", "么": "yao", "勒": "le"})
with open(os.path.join(HERE, "tables.py"), "w", encoding="utf-8") as f:
    f.write('"""Pinyin readings and Hong Kong traditional forms of the words in pools.py.\n\n'
            'Generated once from pools.py with pypinyin 0.55 and OpenCC 1.4 (s2hk), then fixed here so that\n'
            'make.py needs only the standard library and openpyxl. Surnames read as surnames (曾 zeng, 单 shan ...).\n"""\n\n')
    f.write("PINYIN = " + pprint.pformat(py, width=110, compact=True) + "\n\n")
    f.write("SURNAME_PINYIN = " + pprint.pformat(SURNAME_PY, width=110, compact=True) + "\n\n")
    f.write("TRAD_CHARS = " + pprint.pformat(charmap, width=110, compact=True) + "\n\n")
    f.write("TRAD_PHRASES = " + pprint.pformat(phrases, width=110, compact=True) + "\n")
print(len(py), len(charmap), len(phrases))
