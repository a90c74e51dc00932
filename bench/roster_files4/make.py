#!/usr/bin/env python3
"""Blind roster corpus #4 for the Panzhihua talent registry (pzh-talent).

Written without reading the importer: twelve rosters, each under a different column convention
(snake_case JSONL, pinyin-initial HR codes, camelCase JSON, no header, 字段1..N, paraphrased
Chinese headers, a university's 攀枝花籍 list with masked IDs, a high school's alumni list, a
county's GBK return list, an overseas association with English headers, swapped 手机/身份证号
columns, English headers with Excel serial dates), about 900 invented persons, of whom about 120
appear in 2-4 files written differently.

    python3 make.py            # writes the files and truth.json into this folder

Deterministic (one seeded random.Random); needs only openpyxl and the standard library.
All persons, phones and e-mails are invented.
"""
import csv
import datetime as dt
import json
import os
import random
import sys
from pathlib import Path

if os.environ.get("RF4_LIBS"):
    sys.path.insert(0, os.environ["RF4_LIBS"])
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# IDs
# ---------------------------------------------------------------------------------------------
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(s17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and check_char(s[:17]) == s[17]


PZH = {"东区": "510402", "西区": "510403", "仁和区": "510411", "米易县": "510421", "盐边县": "510422"}
PZH_OF_CODE = {v: k for k, v in PZH.items()}
SHORT = {"东区": "东区", "西区": "西区", "仁和区": "仁和", "米易县": "米易", "盐边县": "盐边"}
EN_COUNTY = {"东区": "East District, Panzhihua", "西区": "West District, Panzhihua",
             "仁和区": "Renhe District, Panzhihua", "米易县": "Miyi County, Panzhihua",
             "盐边县": "Yanbian County, Panzhihua"}
TOWNS = {
    "东区": ["炳草岗街道", "大渡口街道", "瓜子坪街道", "弄弄坪街道", "向阳村街道", "东华街道", "南山街道", "银江镇"],
    "西区": ["清香坪街道", "玉泉街道", "河门口街道", "陶家渡街道", "大宝鼎街道", "格里坪镇"],
    "仁和区": ["仁和镇", "大河中路街道", "前进镇", "同德镇", "金江镇", "布德镇", "平地镇", "大龙潭彝族乡", "总发镇"],
    "米易县": ["攀莲镇", "丙谷镇", "撒莲镇", "白马镇", "普威镇", "草场镇", "得石镇", "新山傈僳族乡", "湾丘彝族乡",
             "麻陇彝族乡", "白坡彝族乡"],
    "盐边县": ["桐子林镇", "新九镇", "渔门镇", "永兴镇", "红格镇", "惠民镇", "国胜乡", "红果彝族乡", "格萨拉彝族乡", "共和乡"],
}
VILLAGES = ["新民村", "龙华村", "安宁村", "挂榜村", "团结村", "丙谷社区", "联合村", "双沟村", "马鞍村", "文家村",
            "中山村", "麻塘村", "河心村", "光明村", "新河社区", "草场村"]

# non-Panzhihua places: code, (province, city, county), full text, short text, English, traps
OTHER = [
    ("510104", ("四川省", "成都市", "锦江区"), "四川省成都市锦江区", "四川成都", "Chengdu, Sichuan"),
    ("510107", ("四川省", "成都市", "武侯区"), "四川省成都市武侯区", "成都武侯", "Chengdu"),
    ("510106", ("四川省", "成都市", "金牛区"), "四川省成都市金牛区", "四川成都", "Chengdu, Sichuan"),
    ("510108", ("四川省", "成都市", "成华区"), "四川省成都市成华区", "成都", "Chengdu"),
    ("510302", ("四川省", "自贡市", "自流井区"), "四川省自贡市自流井区", "四川自贡", "Zigong, Sichuan"),
    ("510502", ("四川省", "泸州市", "江阳区"), "四川省泸州市江阳区", "四川泸州", "Luzhou, Sichuan"),
    ("510703", ("四川省", "绵阳市", "涪城区"), "四川省绵阳市涪城区", "四川绵阳", "Mianyang, Sichuan"),
    ("511102", ("四川省", "乐山市", "市中区"), "四川省乐山市市中区", "四川乐山", "Leshan, Sichuan"),
    ("511302", ("四川省", "南充市", "顺庆区"), "四川省南充市顺庆区", "四川南充", "Nanchong, Sichuan"),
    ("511502", ("四川省", "宜宾市", "翠屏区"), "四川省宜宾市翠屏区", "四川宜宾", "Yibin, Sichuan"),
    ("513401", ("四川省", "凉山彝族自治州", "西昌市"), "四川省凉山彝族自治州西昌市", "四川西昌", "Xichang, Liangshan"),
    ("513425", ("四川省", "凉山彝族自治州", "会理县"), "四川省凉山州会理县", "四川会理", "Huili, Sichuan"),
    ("513424", ("四川省", "凉山彝族自治州", "德昌县"), "四川省凉山州德昌县", "四川德昌", "Dechang, Sichuan"),
    ("513431", ("四川省", "凉山彝族自治州", "昭觉县"), "四川省凉山州昭觉县", "凉山昭觉", "Zhaojue, Liangshan"),
    ("530102", ("云南省", "昆明市", "五华区"), "云南省昆明市五华区", "云南昆明", "Kunming, Yunnan"),
    ("532301", ("云南省", "楚雄彝族自治州", "楚雄市"), "云南省楚雄市", "云南楚雄", "Chuxiong, Yunnan"),
    ("530723", ("云南省", "丽江市", "华坪县"), "云南省丽江市华坪县", "云南华坪", "Huaping, Yunnan"),
    ("500104", ("重庆市", "重庆市", "大渡口区"), "重庆市大渡口区", "重庆大渡口", "Dadukou, Chongqing"),
    ("500103", ("重庆市", "重庆市", "渝中区"), "重庆市渝中区", "重庆渝中", "Chongqing"),
    ("442000", ("广东省", "中山市", None), "广东省中山市东区街道", "中山东区", "Zhongshan, Guangdong"),
    ("442000", ("广东省", "中山市", None), "广东省中山市西区街道", "中山西区", "Zhongshan, Guangdong"),
    ("330110", ("浙江省", "杭州市", "余杭区"), "浙江省杭州市余杭区仁和街道", "杭州余杭", "Hangzhou, Zhejiang"),
    ("222401", ("吉林省", "延边朝鲜族自治州", "延吉市"), "吉林省延边朝鲜族自治州延吉市", "吉林延边", "Yanbian, Jilin"),
    ("420111", ("湖北省", "武汉市", "洪山区"), "湖北省武汉市洪山区", "湖北武汉", "Wuhan, Hubei"),
    ("430104", ("湖南省", "长沙市", "岳麓区"), "湖南省长沙市岳麓区", "湖南长沙", "Changsha, Hunan"),
    ("610113", ("陕西省", "西安市", "雁塔区"), "陕西省西安市雁塔区", "陕西西安", "Xi'an, Shaanxi"),
    ("520102", ("贵州省", "贵阳市", "南明区"), "贵州省贵阳市南明区", "贵州贵阳", "Guiyang, Guizhou"),
    ("410105", ("河南省", "郑州市", "金水区"), "河南省郑州市金水区", "河南郑州", "Zhengzhou, Henan"),
    ("370102", ("山东省", "济南市", "历下区"), "山东省济南市历下区", "山东济南", "Jinan, Shandong"),
]
TRAP_CODES = {"500104", "442000", "330110", "222401"}

# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
SURNAMES = [  # (surname, pinyin, weight)
    ("王", "wang", 9), ("李", "li", 9), ("张", "zhang", 9), ("刘", "liu", 7), ("陈", "chen", 7), ("杨", "yang", 6),
    ("黄", "huang", 4), ("赵", "zhao", 4), ("吴", "wu", 4), ("周", "zhou", 4), ("徐", "xu", 3), ("孙", "sun", 3),
    ("马", "ma", 3), ("朱", "zhu", 3), ("胡", "hu", 3), ("郭", "guo", 3), ("何", "he", 3), ("罗", "luo", 3),
    ("高", "gao", 2), ("林", "lin", 2), ("郑", "zheng", 2), ("梁", "liang", 2), ("谢", "xie", 2), ("宋", "song", 2),
    ("唐", "tang", 2), ("许", "xu", 2), ("韩", "han", 2), ("冯", "feng", 2), ("邓", "deng", 2), ("曹", "cao", 2),
    ("彭", "peng", 2), ("曾", "zeng", 2), ("肖", "xiao", 2), ("田", "tian", 2), ("董", "dong", 1), ("袁", "yuan", 1),
    ("潘", "pan", 1), ("蒋", "jiang", 1), ("蔡", "cai", 1), ("余", "yu", 1), ("杜", "du", 1), ("叶", "ye", 1),
    ("程", "cheng", 1), ("苏", "su", 1), ("魏", "wei", 1), ("丁", "ding", 1), ("任", "ren", 1), ("沈", "shen", 1),
    ("姚", "yao", 1), ("卢", "lu", 1), ("姜", "jiang", 1), ("崔", "cui", 1), ("钟", "zhong", 1), ("谭", "tan", 1),
    ("陆", "lu", 1), ("汪", "wang", 1), ("范", "fan", 1), ("金", "jin", 1), ("石", "shi", 1), ("廖", "liao", 1),
    ("贾", "jia", 1), ("夏", "xia", 1), ("付", "fu", 1), ("方", "fang", 1), ("白", "bai", 1), ("邹", "zou", 1),
    ("孟", "meng", 1), ("熊", "xiong", 1), ("秦", "qin", 1), ("邱", "qiu", 1), ("江", "jiang", 1), ("尹", "yin", 1),
    ("薛", "xue", 1), ("段", "duan", 1), ("雷", "lei", 1), ("侯", "hou", 1), ("龙", "long", 1), ("史", "shi", 1),
    ("陶", "tao", 1), ("黎", "li", 1), ("贺", "he", 1), ("顾", "gu", 1), ("毛", "mao", 1), ("郝", "hao", 1),
    ("龚", "gong", 1), ("邵", "shao", 1), ("万", "wan", 1), ("钱", "qian", 1), ("严", "yan", 1), ("覃", "qin", 1),
    ("武", "wu", 1), ("向", "xiang", 1), ("单", "shan", 1), ("解", "xie", 1), ("欧阳", "ouyang", 1),
    ("司马", "sima", 1), ("上官", "shangguan", 1),
]
MALE_GIVEN = dict(zip(
    "伟强磊军洋勇杰涛明超刚建国峰辉鹏浩宇凯俊志海东亮斌飞波鑫彬睿锐博航轩昊然荣龙成兵庆德永进宏毅坤松翔雄远达文华平林晨阳帆嘉思子天一家正云春光伦健新全立世秋",
    "wei qiang lei jun yang yong jie tao ming chao gang jian guo feng hui peng hao yu kai jun zhi hai dong liang "
    "bin fei bo xin bin rui rui bo hang xuan hao ran rong long cheng bing qing de yong jin hong yi kun song xiang "
    "xiong yuan da wen hua ping lin chen yang fan jia si zi tian yi jia zheng yun chun guang lun jian xin quan li "
    "shi qiu".split()))
FEMALE_GIVEN = dict(zip(
    "芳娜敏静丽艳娟秀霞桂红玲婷雪琳欣怡颖倩佳雨梦丹莉萍燕晓琴慧蕾璐晶雯露瑶琪涵楠宁岚兰凤云梅英玉春思文华平晨嘉月艺诗语若心悦蓉芬洁珊",
    "fang na min jing li yan juan xiu xia gui hong ling ting xue lin xin yi ying qian jia yu meng dan li ping yan "
    "xiao qin hui lei lu jing wen lu yao qi han nan ning lan lan feng yun mei ying yu chun si wen hua ping chen jia "
    "yue yi shi yu ruo xin yue rong fen jie shan".split()))
assert len(MALE_GIVEN) > 60 and len(FEMALE_GIVEN) > 60
MALE_PAIRS = ("建国 jian guo,志强 zhi qiang,俊杰 jun jie,浩然 hao ran,子轩 zi xuan,宇航 yu hang,明辉 ming hui,文博 wen bo,"
              "嘉豪 jia hao,思远 si yuan,天佑 tian you,志伟 zhi wei,海涛 hai tao,建华 jian hua,晓东 xiao dong,国庆 guo qing,"
              "永强 yong qiang,建军 jian jun,家豪 jia hao,一鸣 yi ming,鹏飞 peng fei,宏伟 hong wei,俊宇 jun yu,博文 bo wen,"
              "睿哲 rui zhe,振宇 zhen yu,立新 li xin,春雷 chun lei,德明 de ming,云峰 yun feng,光辉 guang hui,世杰 shi jie,"
              "新民 xin min,正阳 zheng yang,晨阳 chen yang,子豪 zi hao,皓轩 hao xuan,俊熙 jun xi,泽宇 ze yu,锦程 jin cheng,"
              "瑞龙 rui long,文涛 wen tao,建平 jian ping,永刚 yong gang,国华 guo hua,志明 zhi ming,海波 hai bo,成林 cheng lin")
FEMALE_PAIRS = ("秀英 xiu ying,桂英 gui ying,丽娟 li juan,晓燕 xiao yan,婷婷 ting ting,雪梅 xue mei,玉兰 yu lan,春梅 chun mei,"
                "海燕 hai yan,思雨 si yu,欣怡 xin yi,梦瑶 meng yao,雨涵 yu han,佳琪 jia qi,诗涵 shi han,子涵 zi han,"
                "若曦 ruo xi,雅婷 ya ting,静怡 jing yi,慧敏 hui min,丽华 li hua,红梅 hong mei,艳玲 yan ling,晓琳 xiao lin,"
                "美玲 mei ling,凤英 feng ying,文静 wen jing,嘉怡 jia yi,心怡 xin yi,悦然 yue ran,晓丽 xiao li,丹丹 dan dan,"
                "颖 ying,雨婷 yu ting,思琪 si qi,秋菊 qiu ju,翠兰 cui lan,小红 xiao hong,佳慧 jia hui,梦琪 meng qi,"
                "晶晶 jing jing,艺馨 yi xin,婉清 wan qing,瑞雪 rui xue,春燕 chun yan,玉珍 yu zhen,淑华 shu hua,芳芳 fang fang")


def _pairs(text):
    out = []
    for item in text.split(","):
        g, *py = item.split()
        out.append((g, py))
    return out


MALE_PAIRS, FEMALE_PAIRS = _pairs(MALE_PAIRS), _pairs(FEMALE_PAIRS)
YI_SURNAMES = [("吉克", "Jike"), ("阿苏", "Asu"), ("沙马", "Shama"), ("海来", "Hailai"), ("阿的", "Adi"), ("马海", "Mahai"),
               ("吉伍", "Jiwu"), ("曲比", "Qubi"), ("勒格", "Lege"), ("吉木", "Jimu"), ("俄底", "Edi"), ("倮伍", "Luowu")]
YI_MALE = [("拉则", "Laze"), ("木呷", "Muga"), ("尔古", "Ergu"), ("石布", "Shibu"), ("日火", "Rihuo"), ("拉哈", "Laha"),
           ("子日", "Ziri"), ("阿支", "Azhi"), ("约布", "Yuebu"), ("伍沙", "Wusha")]
YI_FEMALE = [("阿呷", "Aga"), ("阿依", "Ayi"), ("依莫", "Yimo"), ("阿果", "Aguo"), ("尔呷", "Erga"), ("日嫫", "Rimo")]
COMMON_NAMES = [("张", "伟", "男"), ("王", "芳", "女"), ("李", "娜", "女"), ("刘", "伟", "男"), ("李", "静", "女"),
                ("王", "伟", "男"), ("张", "敏", "女")]

_T2 = (
    "陈刘张杨黄赵吴孙马罗郑谢许韩冯邓钟谭陆贾邹闫龙贺顾龚万钱严汤蒋叶苏卢韦伟静丽强军艳杰涛刚华红国辉鹏阳凯颖梦晓东飞锐轩宁岚兰凤云荣长进伦义远达庆兵礼继宏婷琳慧诗语悦洁蓉琴萍"
    "璐晶雯涵楠鑫彬睿航昊毅坤翔雄帆嘉天家正春光健新全立世秋芳娜敏娟秀霞桂玲雪欣怡倩佳雨丹莉燕蕾露瑶琪梅英玉思文平晨月艺若心芬珊"
    "鸣泽锦颖馨婉淑翠菊珍则单尔来欧玮约钢铭锋骅",
    "陳劉張楊黃趙吳孫馬羅鄭謝許韓馮鄧鍾譚陸賈鄒閆龍賀顧龔萬錢嚴湯蔣葉蘇盧韋偉靜麗強軍艷傑濤剛華紅國輝鵬陽凱穎夢曉東飛銳軒寧嵐蘭鳳雲榮長進倫義遠達慶兵禮繼宏婷琳慧詩語悅潔蓉琴萍"
    "璐晶雯涵楠鑫彬睿航昊毅坤翔雄帆嘉天家正春光健新全立世秋芳娜敏娟秀霞桂玲雪欣怡倩佳雨丹莉燕蕾露瑤琪梅英玉思文平晨月藝若心芬珊"
    "鳴澤錦穎馨婉淑翠菊珍則單爾來歐瑋約鋼銘鋒驊")
assert len(_T2[0]) == len(_T2[1]), (len(_T2[0]), len(_T2[1]))
T2 = dict(zip(*_T2))
HOMOPHONE = {"伟": "玮", "静": "婧", "军": "君", "红": "虹", "峰": "锋", "明": "铭", "杰": "捷", "涛": "滔", "刚": "钢",
             "琳": "霖", "丽": "俐", "敏": "旻", "华": "骅", "雪": "薛"}  # pinyin-input slips (same sound)

DOTS = ["·", "•", ".", "・", "．"]


def trad(s):
    return "".join(T2.get(c, c) for c in s)


# ---------------------------------------------------------------------------------------------
# other vocabularies
# ---------------------------------------------------------------------------------------------
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153",
                 "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
                 "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
MAIL_DOMAINS = ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com", "foxmail.com", "hotmail.com",
                "yeah.net", "139.com"]
EDU_RANK = ["中专", "高中", "大学专科", "大学本科", "硕士研究生", "博士研究生"]
DEGREE_OF = {"博士研究生": "博士", "硕士研究生": "硕士", "大学本科": "学士"}
UNIVERSITIES = ["四川大学", "电子科技大学", "西南交通大学", "西南财经大学", "重庆大学", "攀枝花学院", "西南石油大学",
                "成都理工大学", "西南科技大学", "四川农业大学", "四川师范大学", "西华大学", "成都中医药大学",
                "东北大学", "北京科技大学", "中南大学", "华中科技大学", "清华大学", "北京大学", "浙江大学", "昆明理工大学",
                "云南大学", "西安交通大学", "同济大学", "武汉大学"]
COLLEGES = ["攀枝花学院", "四川机电职业技术学院", "成都职业技术学院", "四川交通职业技术学院", "攀枝花市经贸旅游学校"]
MAJORS = ["冶金工程", "材料科学与工程", "机械设计制造及其自动化", "计算机科学与技术", "软件工程", "临床医学", "护理学",
          "土木工程", "电气工程及其自动化", "化学工程与工艺", "会计学", "汉语言文学", "英语", "采矿工程", "新能源科学与工程",
          "园艺", "旅游管理", "金融学", "数学与应用数学", "环境工程", "交通运输", "车辆工程", "法学", "学前教育"]
EMPLOYERS = [  # (unit, city, kind)
    ("华为技术有限公司", "深圳", "corp"),
    ("腾讯科技（深圳）有限公司", "深圳", "corp"),
    ("比亚迪股份有限公司", "深圳", "corp"),
    ("宁德时代新能源科技股份有限公司", "宁德", "corp"),
    ("成都京东方光电科技有限公司", "成都", "corp"),
    ("四川大学华西医院", "成都", "hosp"),
    ("四川省人民医院", "成都", "hosp"),
    ("中国五冶集团有限公司", "成都", "corp"),
    ("东方电气集团东方汽轮机有限公司", "德阳", "corp"),
    ("中国科学院过程工程研究所", "北京", "research"),
    ("北京科技大学", "北京", "univ"),
    ("中国宝武钢铁集团有限公司", "上海", "corp"),
    ("上海交通大学医学院附属瑞金医院", "上海", "hosp"),
    ("阿里巴巴（中国）有限公司", "杭州", "corp"),
    ("浙江大学", "杭州", "univ"),
    ("重庆长安汽车股份有限公司", "重庆", "corp"),
    ("重庆医科大学附属第一医院", "重庆", "hosp"),
    ("昆明理工大学", "昆明", "univ"),
    ("云南白药集团股份有限公司", "昆明", "corp"),
    ("西安隆基绿能科技股份有限公司", "西安", "corp"),
    ("中南大学", "长沙", "univ"),
    ("中国电建集团成都勘测设计研究院有限公司", "成都", "research"),
    ("成都市第七中学", "成都", "school"),
    ("电子科技大学", "成都", "univ"),
    ("四川长虹电器股份有限公司", "绵阳", "corp"),
    ("中国工程物理研究院", "绵阳", "research"),
    ("广州汽车集团股份有限公司", "广州", "corp"),
    ("中山大学附属第一医院", "广州", "hosp"),
    ("武汉钢铁有限公司", "武汉", "corp"),
    ("国家电投集团氢能科技发展有限公司", "北京", "corp"),
    ("南京大学", "南京", "univ"),
    ("中国铁建股份有限公司", "北京", "corp"),
    ("成都天府新区管委会", "成都", "gov"),
    ("西南交通大学", "成都", "univ"),
    ("四川省农业科学院", "成都", "research"),
    ("厦门大学", "厦门", "univ"),
    ("美团", "北京", "corp"),
    ("字节跳动", "北京", "corp"),
]
MIGRANT_WORK = [("广东东莞", "东莞市长安镇电子厂", "电子制造"), ("浙江宁波", "宁波某模具有限公司", "机械加工"),
                ("四川成都", "成都双流某物流公司", "物流运输"), ("福建晋江", "晋江某鞋业公司", "制鞋"),
                ("江苏苏州", "苏州工业园区某科技公司", "电子制造"), ("云南昆明", "昆明某建筑劳务公司", "建筑"),
                ("广东深圳", "深圳某快递公司", "快递"), ("四川成都", "成都某餐饮连锁", "餐饮"),
                ("重庆", "重庆某汽车配件厂", "汽车零部件"), ("新疆", "新疆某农业合作社", "农业"),
                ("上海", "上海某家政服务公司", "家政"), ("广东佛山", "佛山某陶瓷厂", "陶瓷")]
POSITIONS = {  # kind: (senior, junior)
    "corp": (["高级工程师", "正高级工程师", "项目经理", "技术总监", "部门经理", "总经理", "会计师"],
             ["工程师", "软件工程师", "产品经理", "技术员", "算法工程师", "销售经理"]),
    "hosp": (["主任医师", "副主任医师", "主治医师", "主管护师"], ["住院医师", "主治医师", "护师"]),
    "univ": (["教授", "副教授", "研究员", "副研究员", "讲师"], ["讲师", "助理研究员", "博士后"]),
    "research": (["研究员", "副研究员", "高级工程师", "正高级工程师"], ["助理研究员", "工程师"]),
    "school": (["高级教师", "正高级教师", "一级教师"], ["二级教师", "一级教师"]),
    "gov": (["二级主任科员", "副处长", "一级主任科员"], ["科员", "四级主任科员"]),
    "abroad": (["Professor", "Senior Lecturer", "Principal Engineer", "Senior Scientist", "Director", "Consultant"],
               ["Research Fellow", "Postdoctoral Researcher", "Software Engineer", "Data Scientist", "Analyst"]),
}
SENIOR_LEVEL = {"教授": "正高", "研究员": "正高", "主任医师": "正高", "正高级工程师": "正高", "正高级教师": "正高",
                "副教授": "副高", "副研究员": "副高", "副主任医师": "副高", "高级工程师": "副高", "高级教师": "副高"}
FIELDS = ["钒钛资源综合利用", "钛合金材料", "氢能与燃料电池", "储能电池材料", "冶金工程", "高端装备制造", "康养医学",
          "现代农业（芒果、枇杷种植）", "文化旅游规划", "人工智能", "临床医学（心血管）", "基础教育管理", "采矿工程",
          "环境工程", "新能源汽车", "钢铁冶金过程控制", "水电工程", "生物医药", "金融管理", "城市规划"]
CATEGORY_OF_FIELD = {"钒钛资源综合利用": "钒钛", "钛合金材料": "先进材料", "氢能与燃料电池": "绿色氢能",
                     "储能电池材料": "电池储能", "冶金工程": "钒钛", "高端装备制造": "装备制造", "康养医学": "阳光康养",
                     "现代农业（芒果、枇杷种植）": "现代农业", "文化旅游规划": "文化旅游", "人工智能": "数字经济",
                     "临床医学（心血管）": "卫生", "基础教育管理": "教育", "采矿工程": "钒钛", "环境工程": "生态环保",
                     "新能源汽车": "装备制造", "钢铁冶金过程控制": "钒钛", "水电工程": "新能源", "生物医药": "卫生",
                     "金融管理": "现代服务业", "城市规划": "城市建设"}
ABROAD = {  # country: (cities, phone maker)
    "United Kingdom": ["London", "Manchester", "Birmingham", "Edinburgh", "Cambridge"],
    "United States": ["San Francisco", "Boston", "Seattle", "New York"],
    "Germany": ["Munich", "Berlin", "Aachen"],
    "Singapore": ["Singapore"],
    "Australia": ["Sydney", "Melbourne"],
    "Japan": ["Tokyo", "Osaka"],
    "Canada": ["Vancouver", "Toronto"],
    "France": ["Paris", "Lyon"],
    "New Zealand": ["Auckland"],
}
FOREIGN_EMPLOYERS = ["University of Manchester", "Imperial College London", "Siemens AG", "Rio Tinto", "Tesla, Inc.",
                     "National University of Singapore", "Toyota Motor Corporation", "University of Sydney",
                     "BHP", "Google LLC", "Microsoft", "TotalEnergies", "University of Toronto",
                     "Fraunhofer-Gesellschaft", "HSBC", "University of Auckland", "Monash University", "Airbus",
                     "ArcelorMittal", "Johnson Matthey"]


def rdigits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def cn_mobile(rng):
    return "+86" + rng.choice(MOBILE_PREFIX) + rdigits(rng, 8)


def foreign_mobile(rng, country):
    """(E.164, as a member would type it)"""
    d = rdigits
    if country == "United Kingdom":
        n = "7" + rng.choice("456789") + d(rng, 8)
        return "+44" + n, rng.choice([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44{n}"])
    if country in ("United States", "Canada"):
        area = rng.choice(["415", "617", "206", "212", "408"] if country == "United States" else ["604", "416", "647"])
        n = area + rng.choice("23456789") + d(rng, 2) + d(rng, 4)
        return "+1" + n, rng.choice([f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}", f"+1 {n[:3]}-{n[3:6]}-{n[6:]}"])
    if country == "Germany":
        n = rng.choice(["151", "152", "160", "170", "176"]) + d(rng, 8)
        return "+49" + n, f"+49 {n[:3]} {n[3:]}"
    if country == "Singapore":
        n = rng.choice("89") + d(rng, 7)
        return "+65" + n, f"+65 {n[:4]} {n[4:]}"
    if country == "Australia":
        n = "4" + d(rng, 8)
        return "+61" + n, rng.choice([f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]} {n[6:]}"])
    if country == "Japan":
        n = rng.choice(["90", "80", "70"]) + d(rng, 8)
        return "+81" + n, f"+81 {n[:2]}-{n[2:6]}-{n[6:]}"
    if country == "France":
        n = rng.choice("67") + d(rng, 8)
        return "+33" + n, f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    if country == "New Zealand":
        n = "21" + d(rng, 7)
        return "+64" + n, f"+64 {n[:2]} {n[2:5]} {n[5:]}"
    raise ValueError(country)


# ---------------------------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------------------------
USED_IDS, USED_PHONES, USED_EMAILS = set(), set(), set()


def make_id(rng, area, birth, male):
    while True:
        seq = rng.randrange(1, 500) * 2 - (1 if male else 0)  # odd = male
        seq = max(seq, 2 if not male else 1)
        s17 = f"{area}{birth:%Y%m%d}{seq:03d}"
        s = s17 + check_char(s17)
        if s not in USED_IDS:
            USED_IDS.add(s)
            return s


def uniq_phone(rng):
    while True:
        p = cn_mobile(rng)
        if p not in USED_PHONES:
            USED_PHONES.add(p)
            return p


def make_email(rng, p, student_domain=None):
    sp, gp = p["py_sur"], p["py_given"]
    for _ in range(50):
        style = rng.random()
        if student_domain:
            local = f"{p['birth'].year + 19}{rdigits(rng, 6)}"
            dom = student_domain
        elif style < 0.25:
            local, dom = rdigits(rng, rng.randint(8, 10)).lstrip("0") or "1", "qq.com"
        elif style < 0.5:
            local, dom = f"{sp}{gp}{rdigits(rng, rng.randint(2, 4))}", rng.choice(MAIL_DOMAINS)
        elif style < 0.7:
            local, dom = f"{gp}.{sp}", rng.choice(["gmail.com", "outlook.com", "hotmail.com"])
        elif style < 0.85:
            local, dom = f"{sp[0]}{''.join(x[0] for x in p['py_given_syll'])}{p['birth']:%y%m}", rng.choice(MAIL_DOMAINS)
        else:
            local, dom = f"{sp}_{gp}{p['birth']:%Y}", rng.choice(MAIL_DOMAINS)
        e = f"{local}@{dom}".lower()
        if e not in USED_EMAILS:
            USED_EMAILS.add(e)
            return e
    raise RuntimeError("email")


def rand_birth(rng, y0, y1):
    start, end = dt.date(y0, 1, 1), dt.date(y1, 12, 28)
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def pick_surname(rng):
    return rng.choices(SURNAMES, weights=[w for _, _, w in SURNAMES])[0]


def new_person(rng, y0, y1, pzh_share, edu_w=None, abroad=False, force_county=None, force_pzh_id=False,
               yi_prob=0.04, name=None):
    p = {"pid": None}
    if name:
        sur, given, g = name
        p.update(gender=g, surname=sur, given=given, is_yi=False)
        pysur = dict((s, py) for s, py, _ in SURNAMES)[sur]
        table = MALE_GIVEN if g == "男" else FEMALE_GIVEN
        p["py_sur"], p["py_given_syll"] = pysur, [table[c] for c in given]
    else:
        g = rng.choice(["男", "女"])
        p["gender"] = g
        if rng.random() < yi_prob:
            ys, ypy = rng.choice(YI_SURNAMES)
            yg, ygpy = rng.choice(YI_MALE if g == "男" else YI_FEMALE)
            p.update(surname=ys, given=yg, is_yi=True, py_sur=ypy.lower(), py_given_syll=[ygpy.lower()])
        else:
            sur, pysur, _ = pick_surname(rng)
            table = MALE_GIVEN if g == "男" else FEMALE_GIVEN
            keys = list(table)
            x = rng.random()
            if x < 0.45:
                given, syll = rng.choice(MALE_PAIRS if g == "男" else FEMALE_PAIRS)
            else:
                n = 1 if x < 0.65 else 2
                given = "".join(rng.choice(keys) for _ in range(n))
                if n == 2 and given[0] == given[1]:
                    given = given[0] + rng.choice([k for k in keys if k != given[0]])
                syll = [table[c] for c in given]
            p.update(surname=sur, given=given, is_yi=False, py_sur=pysur, py_given_syll=list(syll))
    p["name"] = (p["surname"] + "·" + p["given"]) if p["is_yi"] else p["surname"] + p["given"]
    p["py_given"] = "".join(p["py_given_syll"])
    p["birth"] = rand_birth(rng, y0, y1)
    # origin
    county = force_county
    if county is None and (force_pzh_id or rng.random() < pzh_share):
        county = rng.choices(list(PZH), weights=[22, 20, 20, 19, 19])[0]
    p["county"] = county
    if county:
        p["town"] = rng.choice(TOWNS[county])
        if not force_pzh_id and not force_county and rng.random() < 0.12:
            p["place"] = rng.choice([o for o in OTHER if o[0] not in TRAP_CODES])  # born/registered elsewhere
            area = p["place"][0]
        else:
            p["place"] = None
            area = PZH[county]
    else:
        if p["is_yi"]:
            p["place"] = rng.choice([o for o in OTHER if o[0].startswith("5134")])
        else:
            p["place"] = rng.choices(OTHER, weights=[3 if o[0].startswith("51") else 1 for o in OTHER])[0]
        area = p["place"][0]
    p["area"] = area
    p["id"] = make_id(rng, area, p["birth"], g == "男")
    # legacy 15-digit form, only used for older persons
    p["id15"] = p["id"][:6] + p["id"][8:17] if p["birth"].year < 1975 else None
    p["phone1"], p["phone2"] = uniq_phone(rng), uniq_phone(rng)
    # education
    age = 2024 - p["birth"].year
    if edu_w is None:
        edu_w = [3, 4, 12, 40, 28, 13]
    w = list(edu_w)
    if age < 28:
        w[5] = 0
    if age < 24:
        w[4] = 0
    p["edu"] = rng.choices(EDU_RANK, weights=w)[0]
    if p["edu"] in ("博士研究生", "硕士研究生", "大学本科"):
        p["school"] = rng.choice(UNIVERSITIES)
    elif p["edu"] == "大学专科":
        p["school"] = rng.choice(COLLEGES)
    else:
        p["school"] = rng.choice(["攀枝花市第三高级中学校", "米易中学", "盐边中学", "攀枝花市第七高级中学校",
                                  "攀枝花市华森职业学校", "成都市第二十中学"] if county else ["会理第一中学", "西昌市第一中学", "成都树德中学"])
    p["major"] = rng.choice(MAJORS)
    p["field"] = rng.choice(FIELDS)
    p["abroad"] = None
    if abroad:
        country = rng.choice(list(ABROAD))
        p["abroad"] = country
        p["city"] = rng.choice(ABROAD[country])
        p["unit"], kind = rng.choice(FOREIGN_EMPLOYERS), "abroad"
        p["foreign_phone"] = foreign_mobile(rng, country)
    else:
        p["unit"], p["city"], kind = rng.choice(EMPLOYERS)
        if kind in ("univ", "research") and p["edu"] not in ("博士研究生", "硕士研究生"):
            p["unit"], p["city"], kind = rng.choice([e for e in EMPLOYERS if e[2] == "corp"])
    senior, junior = POSITIONS[kind]
    p["position"] = rng.choice(senior if age >= 34 else junior)
    p["email1"] = make_email(rng, p)
    p["email2"] = make_email(rng, p)
    return p


# ---------------------------------------------------------------------------------------------
# what a file shows -> what the truth says
# ---------------------------------------------------------------------------------------------
def edu_text(edu, rng, style="cn"):
    if style == "cn":
        return rng.choice({"博士研究生": ["博士研究生", "博士", "研究生（博士）"], "硕士研究生": ["硕士研究生", "硕士", "研究生（硕士）"],
                           "大学本科": ["大学本科", "本科"], "大学专科": ["大学专科", "大专", "专科"],
                           "高中": ["高中"], "中专": ["中专", "中专/技校"]}[edu])
    if style == "cn_formal":
        return edu
    if style == "en":
        return rng.choice({"博士研究生": ["PhD", "Doctorate"], "硕士研究生": ["Master", "Master's degree"],
                           "大学本科": ["Bachelor", "Bachelor's degree"], "大学专科": ["Junior College"],
                           "高中": ["High School"], "中专": ["Secondary Vocational"]}[edu])
    if style == "en_degree":
        return rng.choice({"博士研究生": ["PhD", "DPhil", "Dr.-Ing."], "硕士研究生": ["MSc", "MA", "MBA", "MEng"],
                           "大学本科": ["BSc", "BEng", "BA"], "大学专科": ["Diploma"],
                           "高中": ["High School"], "中专": ["Diploma"]}[edu])
    raise ValueError(style)


def pzh_text(county, rng, style, town=None):
    """(text, origin value it supports)"""
    if style == "city":
        return rng.choice(["四川攀枝花", "攀枝花市", "四川省攀枝花市", "攀枝花"]), "攀枝花市"
    if style == "old_city":
        return "四川省渡口市", "攀枝花市"
    if style == "short":  # 米易 / 盐边 / 仁和 alone; 东区/西区 only with 攀枝花
        if county in ("东区", "西区"):
            return "攀枝花" + county, county
        return rng.choice([SHORT[county], county, "四川" + SHORT[county]]), county
    if style == "full":
        return rng.choice(["四川省攀枝花市", "攀枝花市", "四川攀枝花"]) + county, county
    if style == "town":
        return f"四川省攀枝花市{county}{town}", county
    if style == "old_county":  # 渡口市 until 1987; 仁和区 only since 1998, 东区/西区 kept out for simplicity
        if county not in ("米易县", "盐边县"):
            return pzh_text(county, rng, "full")
        return f"{rng.choice(['四川省渡口市', '渡口市'])}{county}", county
    if style == "en":
        return EN_COUNTY[county], county
    if style == "en_city":
        return rng.choice(["Panzhihua, Sichuan", "Panzhihua", "Panzhihua City"]), "攀枝花市"
    raise ValueError(style)


def hometown(p, rng, styles=("full", "short", "city", "town"), weights=None, en=False):
    """The origin text a person writes; (text, origin value or None)."""
    if p["county"]:
        st = rng.choices(styles, weights=weights)[0] if weights else rng.choice(styles)
        if st.startswith("old_") and p["birth"].year >= 1987:  # 渡口市 was renamed 攀枝花市 in 1987
            st = "full"
        return pzh_text(p["county"], rng, st, p["town"])
    pl = p["place"]
    if en:
        return pl[4], None
    return rng.choice([pl[2], pl[3]]), None


SPECIFIC = {"东区", "西区", "仁和区", "米易县", "盐边县"}


def resolve_origin(sources):
    """sources: origin values from the things a record shows (ID county, masked ID, text, roster)."""
    vals = [s for s in sources if s]
    if not vals:
        return None, False
    spec = [v for v in vals if v in SPECIFIC]
    assert len(set(spec)) <= 1, vals
    return (spec[0] if spec else "攀枝花市"), True


def origin_of_id(id18):
    return PZH_OF_CODE.get(id18[:6]) if id18 else None


def origin_of_masked(m):
    if m[:6] in PZH_OF_CODE:
        return PZH_OF_CODE[m[:6]]
    if m.startswith("5104"):
        return "攀枝花市"
    return None


def truth_rec(p, sheet, row, name, *, id_full=None, id_masked=None, phone=None, email=None, edu=None,
              gender_shown=False, birth_shown=None, origin_sources=()):
    """birth_shown: None, 'day' or 'month'. id_full: the 18-char ID when the file shows a full, intact ID."""
    if id_full:
        assert id_ok(id_full)
        gender, birth = p["gender"], p["birth"].isoformat()
    else:
        gender = p["gender"] if gender_shown else None
        birth = {None: None, "day": p["birth"].isoformat(), "month": p["birth"].isoformat()[:7]}[birth_shown]
    srcs = list(origin_sources)
    if id_full:
        srcs.append(origin_of_id(id_full))
    if id_masked:
        srcs.append(origin_of_masked(id_masked))
    county, evidence = resolve_origin(srcs)
    return {"sheet": sheet, "row": row, "name": name, "gender": gender, "birth_date": birth,
            "id_number": id_full, "phone": phone, "email": email.lower().strip() if email else None,
            "education": edu, "origin_county": county, "id_masked": id_masked, "origin_evidence": evidence,
            "_pid": p["pid"]}


def cn_phone_text(e164, rng, styles=("plain", "plain", "plain", "space", "dash", "plus", "plus_space")):
    n = e164[3:]
    st = rng.choice(styles)
    return {"plain": n, "space": f"{n[:3]} {n[3:7]} {n[7:]}", "dash": f"{n[:3]}-{n[3:7]}-{n[7:]}",
            "plus": "+86" + n, "plus_space": f"+86 {n}", "86dash": f"86-{n}"}[st]


def email_text(e, rng):
    r = rng.random()
    if r < 0.08:
        return e.upper()
    if r < 0.16:
        local, dom = e.split("@")
        return local.capitalize() + "@" + dom
    if r < 0.2:
        return " " + e + " "
    return e


# ---------------------------------------------------------------------------------------------
# appearance: how one file writes one person
# ---------------------------------------------------------------------------------------------
class Look:
    """Per-appearance choices: which phone/email, name form, whether the ID is shown."""

    def __init__(self, p, variants, rng):
        self.p, self.v, self.rng = p, set(variants), rng

    @property
    def phone(self):
        return self.p["phone2"] if "alt_phone" in self.v else self.p["phone1"]

    @property
    def email(self):
        return self.p["email2"] if "alt_email" in self.v else self.p["email1"]

    def name(self, allow=("trad", "space", "typo", "dot"), ann=None):
        """(display, truth)"""
        p, v = self.p, self.v
        sur, given = p["surname"], p["given"]
        if "typo" in v and "typo" in allow and not p["is_yi"]:
            for i, c in enumerate(given):
                if c in HOMOPHONE:
                    given = given[:i] + HOMOPHONE[c] + given[i + 1:]
                    break
        if p["is_yi"]:
            dot = "·"
            if "dot" in allow and ("dot" in v or self.rng.random() < 0.3):
                dot = self.rng.choice(DOTS[1:] + [""])
            disp = sur + dot + given
            truth = sur + ("·" if dot else "") + given
        else:
            disp = truth = sur + given
            if "space" in v and "space" in allow:
                disp = sur + ("\u3000" if len(given) == 1 else " ") + given
        if "trad" in v and "trad" in allow:
            disp = trad(disp)
        if ann:
            disp += ann
        return disp, truth

    def romanised(self):
        p, rng = self.p, self.rng
        sur = p["py_sur"].capitalize()
        given = p["py_given"].capitalize()
        st = rng.choice(["sg", "gs", "SG", "gS", "hyphen"]) if len(p["py_given_syll"]) == 2 else rng.choice(["sg", "gs", "SG"])
        if st == "sg":
            return f"{sur} {given}"
        if st == "gs":
            return f"{given} {sur}"
        if st == "SG":
            return f"{sur.upper()} {given}"
        if st == "gS":
            return f"{given} {sur.upper()}"
        a, b = p["py_given_syll"]
        return f"{a.capitalize()}-{b.capitalize()} {sur}"


# ---------------------------------------------------------------------------------------------
# writing helpers
# ---------------------------------------------------------------------------------------------
CITY_ADDR = {"深圳": "广东省深圳市南山区", "宁德": "福建省宁德市蕉城区", "成都": "四川省成都市高新区", "德阳": "四川省德阳市旌阳区",
             "北京": "北京市海淀区", "上海": "上海市浦东新区", "杭州": "浙江省杭州市西湖区", "重庆": "重庆市渝北区",
             "昆明": "云南省昆明市呈贡区", "西安": "陕西省西安市长安区", "长沙": "湖南省长沙市岳麓区", "绵阳": "四川省绵阳市涪城区",
             "广州": "广东省广州市天河区", "武汉": "湖北省武汉市洪山区", "南京": "江苏省南京市鼓楼区", "厦门": "福建省厦门市思明区"}


def save_book(wb, path):
    """Save with fixed timestamps (document properties and zip entries) so that reruns give the same bytes."""
    import io
    import re
    import zipfile
    wb.properties.creator = "HR-Export"
    wb.properties.created = dt.datetime(2024, 6, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-06-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, data)


def new_book():
    wb = openpyxl.Workbook()
    return wb, wb.active


def put_rows(ws, rows, start=1):
    for i, row in enumerate(rows, start=start):
        for j, v in enumerate(row, start=1):
            if v is None or v == "":
                continue
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, str):
                c.data_type = "s"


def title(ws, text, ncols, row=1):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")


def mask_6_4(i):
    return i[:6] + "*" * 8 + i[-4:]


def mask_4_4(i):
    return i[:4] + "*" * 10 + i[-4:]


def mask_12(i):
    return i[:12] + "*" * 6


def blank(p, rng, rate):
    """Fresh persons sometimes leave a field empty; persons written into several files keep theirs."""
    return (not p["shared"]) and rng.random() < rate


# ---------------------------------------------------------------------------------------------
# 1. expert database, JSON lines, snake_case keys
# ---------------------------------------------------------------------------------------------
def f1(looks, rng):
    fname = "专家库_expert_info_export_20240612.jsonl"
    lines, truth, nots = [], [], []
    test_at = 37
    for lk in looks:
        if len(lines) + 1 == test_at:
            lines.append({"expert_id": "ZJ2019000000", "expert_name": "测试专家（勿删）", "gender_code": "9",
                          "birth_dt": "1900-01-01", "id_card_no": None, "mobile_no": "13800000000",
                          "email_addr": "test@test.com", "work_unit": "测试单位", "dept_name": None, "prof_title": None,
                          "title_level": None, "edu_level": None, "degree_name": None, "research_field": "测试",
                          "expert_category": None, "native_place": None, "is_deleted": 0, "review_count": 0,
                          "gmt_create": "2019-03-01 09:00:00", "gmt_modified": "2019-03-01 09:00:00"})
            nots.append({"sheet": None, "row": test_at, "what": "system test account (测试专家（勿删）, phone 13800000000)"})
        p = lk.p
        disp, tname = lk.name(allow=("typo", "dot", "trad"))
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.15)
        gcode = {"男": "1", "女": "2"}[p["gender"]]
        if not show_id and blank(p, rng, 0.3):
            gcode = None
        birth = p["birth"].isoformat()
        if rng.random() < 0.3:
            birth += " 00:00:00"
        if not show_id and blank(p, rng, 0.3):
            birth = None
        native, native_o = (None, None) if blank(p, rng, 0.2) else hometown(
            p, rng, ("full", "short", "city", "old_county", "town", "old_city"), [4, 3, 2, 1, 2, 1])
        if native and native.startswith("四川省渡口市") and p["county"] in ("东区", "西区"):
            native, native_o = pzh_text(p["county"], rng, "full")
        edu = p["edu"]
        email = None if blank(p, rng, 0.1) else lk.email
        title_level = SENIOR_LEVEL.get(p["position"], "中级")
        rec = {"expert_id": f"ZJ{rng.randint(2019, 2024)}{rng.randint(0, 999999):06d}", "expert_name": disp,
               "gender_code": gcode, "birth_dt": birth, "id_card_no": p["id"] if show_id else rng.choice([None, ""]),
               "mobile_no": cn_phone_text(lk.phone, rng, ("plain", "plain", "plus", "86dash")),
               "email_addr": email_text(email, rng) if email else None, "work_unit": p["unit"],
               "dept_name": rng.choice(["研发中心", "技术部", "科研处", "材料学院", "心内科", "战略规划部", None]),
               "prof_title": p["position"], "title_level": title_level, "edu_level": edu,
               "degree_name": DEGREE_OF.get(edu), "research_field": p["field"],
               "expert_category": CATEGORY_OF_FIELD[p["field"]], "native_place": native, "is_deleted": 0,
               "review_count": rng.randint(0, 14),
               "gmt_create": f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                             f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
               "gmt_modified": f"2024-0{rng.randint(1, 5)}-{rng.randint(1, 28):02d} 10:{rng.randint(10, 59)}:00"}
        lines.append(rec)
        truth.append(truth_rec(p, None, len(lines), tname, id_full=p["id"] if show_id else None,
                               phone=lk.phone, email=email, edu=edu, gender_shown=gcode is not None,
                               birth_shown="day" if birth else None, origin_sources=[native_o]))
    with open(OUT / fname, "w", encoding="utf-8", newline="\n") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": nots,
            "notes": "Expert-database export, one JSON object per line, snake_case keys. row = line number. "
                     "gender_code 1=男 2=女 (GB/T 2261.1); line 37 is the system's test account. Some records "
                     "have no id_card_no (null or \"\"), then gender_code/birth_dt may be null too. "
                     "native_place is origin; work_unit is not."}


# ---------------------------------------------------------------------------------------------
# 2. HR database, pinyin-initial column codes, data dictionary sheet
# ---------------------------------------------------------------------------------------------
F2_COLS = [("RY_BH", "人员编号", "VARCHAR2(20)"), ("RY_XM", "姓名", "VARCHAR2(50)"), ("RY_XB", "性别", "CHAR(1)"),
           ("RY_MZ", "民族", "VARCHAR2(20)"), ("RY_CSRQ", "出生日期", "CHAR(8)"), ("RY_SFZH", "身份证号", "VARCHAR2(18)"),
           ("RY_SJHM", "手机号码", "VARCHAR2(20)"), ("RY_DZYX", "电子邮箱", "VARCHAR2(100)"), ("RY_XL", "学历", "VARCHAR2(20)"),
           ("RY_XW", "学位", "VARCHAR2(20)"), ("RY_BYYX", "毕业院校", "VARCHAR2(100)"), ("RY_ZY", "所学专业", "VARCHAR2(100)"),
           ("RY_GZDW", "工作单位", "VARCHAR2(200)"), ("RY_ZW", "职务", "VARCHAR2(50)"), ("RY_ZC", "职称", "VARCHAR2(50)"),
           ("RY_JG", "籍贯", "VARCHAR2(100)"), ("RY_HJD", "户籍地", "VARCHAR2(200)"), ("RY_GXSJ", "更新时间", "DATE")]


def f2(looks, rng):
    fname = "RY_JBXX_人员基本信息_导出20240530.xlsx"
    wb, ws = new_book()
    ws.title = "RY_JBXX"
    rows = [[c for c, _, _ in F2_COLS]]
    truth = []
    legacy_left = 3
    for k, lk in enumerate(looks):
        p = lk.p
        disp, tname = lk.name(allow=("space", "typo"))
        if not p["is_yi"] and len(disp) == 2 and rng.random() < 0.35:
            disp = disp[0] + "\u3000" + disp[1]  # HR systems pad two-character names
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.08)
        idtxt = p["id"] if show_id else None
        if show_id and p["id15"] and legacy_left and not p["shared"]:
            idtxt, legacy_left = p["id15"], legacy_left - 1
        elif show_id and p["id"].endswith("X") and rng.random() < 0.5:
            idtxt = p["id"][:-1] + "x"
        jg, jg_o = (None, None) if blank(p, rng, 0.1) else hometown(p, rng, ("short", "city", "full"), [3, 2, 2])
        if p["county"] and rng.random() < 0.55:
            hjd, hjd_o = pzh_text(p["county"], rng, "town", p["town"])
        elif p["place"] and rng.random() < 0.4:
            hjd, hjd_o = p["place"][2], None
        else:
            hjd, hjd_o = CITY_ADDR.get(p["city"], "四川省成都市高新区") + "（集体户）", None
        email = None if blank(p, rng, 0.15) else lk.email
        mz = "彝族" if p["is_yi"] else rng.choices(["汉族", "汉族", "汉族", "傈僳族", "回族"], [80, 5, 5, 2, 2])[0]
        xl = p["edu"]
        rows.append([f"RY{2024000 + k * 7 + rng.randint(1, 6):09d}", disp, {"男": "1", "女": "2"}[p["gender"]], mz,
                     f"{p['birth']:%Y%m%d}", idtxt, lk.phone[3:], email, xl, DEGREE_OF.get(xl, ""), p["school"],
                     p["major"], p["unit"], rng.choice(["", "副主任", "主任", "经理", "副处长", "科长", ""]),
                     p["position"], jg, hjd, f"2024-05-{rng.randint(1, 29):02d} {rng.randint(8, 20):02d}:00:00"])
        truth.append(truth_rec(p, "RY_JBXX", len(rows), tname, id_full=p["id"] if show_id else None,
                               phone=lk.phone, email=email, edu=xl, gender_shown=True, birth_shown="day",
                               origin_sources=[jg_o, hjd_o]))
    put_rows(ws, rows)
    d = wb.create_sheet("数据字典")
    drows = [["字段代码", "字段名称", "数据类型", "说明"]]
    for c, n, t in F2_COLS:
        drows.append([c, n, t, {"RY_XB": "1=男，2=女（GB/T 2261.1）", "RY_CSRQ": "YYYYMMDD",
                                "RY_SFZH": "18位，部分历史数据为15位"}.get(c, "")])
    put_rows(d, drows)
    save_book(wb, OUT / fname)
    nots = [{"sheet": "数据字典", "row": r, "what": "data dictionary entry (column code and meaning)"}
            for r in range(2, len(drows) + 1)]
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": nots,
            "notes": "HR/talent database export with pinyin-initial column codes prefixed RY_ (XM 姓名, XB 性别 "
                     "1/2, CSRQ YYYYMMDD, SFZH, SJHM, DZYX, XL 学历, XW 学位, JG 籍贯, HJD 户籍地 …); their meaning "
                     "is only on sheet 数据字典. A few legacy 15-digit IDs (truth: converted to 18); some names padded "
                     "with a full-width space (张　伟). HJD '（集体户）' in a work city is not origin."}


# ---------------------------------------------------------------------------------------------
# 3. talent-code app, JSON array, camelCase keys
# ---------------------------------------------------------------------------------------------
def f3(looks, rng):
    fname = "rencaima_user_register_export.json"
    recs, truth, nots = [], [], []
    junk_at = 52
    uid = 100230
    for lk in looks:
        if len(recs) + 1 == junk_at:
            recs.append({"userId": 100229 + junk_at * 13, "fullName": None, "gender": None, "birthday": None,
                         "idCardNo": None, "mobilePhone": None, "email": None, "educationLevel": None,
                         "graduateSchool": None, "major": None, "workUnit": None, "workCity": None, "jobTitle": None,
                         "hometownProvince": None, "hometownCity": None, "hometownCounty": None,
                         "registerTime": "2024-04-02 23:17:45", "wechatNickname": "🌸向日葵", "status": "UNFINISHED"})
            nots.append({"sheet": None, "row": junk_at, "what": "abandoned registration: only userId, WeChat nickname, time"})
        p = lk.p
        uid += rng.randint(3, 40)
        disp, tname = lk.name(allow=("typo", "dot"))
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.2)
        g = None if (not show_id and blank(p, rng, 0.3)) else p["gender"]
        bday = None if (not show_id and blank(p, rng, 0.3)) else p["birth"].isoformat()
        if p["county"]:
            prov, city = "四川省", "攀枝花市"
            cty = None if rng.random() < 0.25 else p["county"]
            ho = cty or "攀枝花市"
        else:
            prov, city, cty = p["place"][1]
            ho = None
        if blank(p, rng, 0.1):
            prov = city = cty = ho = None
        email = None if blank(p, rng, 0.25) else lk.email
        edu = None if blank(p, rng, 0.05) else p["edu"]
        rec = {"userId": uid, "fullName": disp, "gender": g, "birthday": bday,
               "idCardNo": p["id"] if show_id else "", "mobilePhone": cn_phone_text(lk.phone, rng, ("plain", "plain", "plus")),
               "email": email_text(email, rng) if email else None,
               "educationLevel": edu_text(edu, rng) if edu else None, "graduateSchool": p["school"],
               "major": p["major"], "workUnit": p["unit"], "workCity": p["city"], "jobTitle": p["position"],
               "hometownProvince": prov, "hometownCity": city, "hometownCounty": cty,
               "registerTime": f"2024-0{rng.randint(1, 5)}-{rng.randint(1, 28):02d} {rng.randint(7, 23):02d}:"
                               f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
               "wechatNickname": rng.choice(["A", "晴天", "Leo", "小鱼儿", "追风少年", "静水流深", "🍀", "Jason", "木子",
                                             "攀枝花的花", "阳光", "Cherry"]), "status": "ACTIVE"}
        recs.append(rec)
        truth.append(truth_rec(p, None, len(recs), tname, id_full=p["id"] if show_id else None, phone=lk.phone,
                               email=email, edu=edu, gender_shown=g is not None,
                               birth_shown="day" if bday else None, origin_sources=[ho]))
    (OUT / fname).write_text(json.dumps(recs, ensure_ascii=False, indent=2), encoding="utf-8")
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": nots,
            "notes": "Mini-program export: one JSON array of camelCase objects. row = array index + 1. "
                     "hometownProvince/City/County are origin (city 攀枝花市 without county -> 攀枝花市); workCity "
                     "and wechatNickname are not. Record 52 is an abandoned registration. Two persons registered "
                     "twice (linked in same_person_groups)."}


# ---------------------------------------------------------------------------------------------
# 4. CSV without a header row
# ---------------------------------------------------------------------------------------------
def f4(looks, rng):
    fname = "人才联络_导出0611.csv"
    rows, truth = [], []
    for lk in looks:
        p = lk.p
        disp, tname = lk.name(allow=("trad", "typo", "dot"))
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.15)
        jg, jg_o = (None, None) if blank(p, rng, 0.15) else hometown(p, rng)
        email = None if blank(p, rng, 0.2) else lk.email
        edu = None if blank(p, rng, 0.1) else p["edu"]
        rows.append([disp, p["gender"], p["id"] if show_id else "", cn_phone_text(lk.phone, rng),
                     email_text(email, rng).strip() if email else "", edu_text(edu, rng) if edu else "", p["school"],
                     p["unit"], jg or "", p["city"], f"2024/6/{rng.randint(1, 11)}"])
        truth.append(truth_rec(p, None, len(rows), tname, id_full=p["id"] if show_id else None, phone=lk.phone,
                               email=email, edu=edu, gender_shown=True, birth_shown=None, origin_sources=[jg_o]))
    with open(OUT / fname, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": [],
            "notes": "CSV (UTF-8, no BOM, CRLF) with NO header row: line 1 is a person. Columns: 姓名, 性别, 身份证号, "
                     "手机, 邮箱, 学历, 毕业院校, 工作单位, 籍贯, 所在城市, 登记日期. Some names in traditional characters. "
                     "No birth column: birth only from the ID."}


# ---------------------------------------------------------------------------------------------
# 5. xlsx under 字段1..字段12
# ---------------------------------------------------------------------------------------------
def f5(looks, rng):
    fname = "数据导出_20240605.xlsx"
    wb, ws = new_book()
    ws.title = "Sheet1"
    header = [f"字段{i}" for i in range(1, 13)]
    put_rows(ws, [header])
    truth = []
    r = 1
    for k, lk in enumerate(looks, start=1):
        p = lk.p
        ann = None
        if "ann" in lk.v or blank(p, rng, 0.03):
            ann = rng.choice(["(已调离)", "（女）" if p["gender"] == "女" else "（男）", "(退休返聘)", "（外出）"])
        disp, tname = lk.name(allow=("space", "typo", "dot"), ann=ann)
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.1)
        hj, hj_o = (None, None) if blank(p, rng, 0.15) else hometown(p, rng, ("town", "full", "city"), [3, 3, 1])
        email = None if blank(p, rng, 0.2) else lk.email
        edu = None if blank(p, rng, 0.08) else p["edu"]
        r += 1
        vals = [str(k), disp, p["gender"], None, cn_phone_text(lk.phone, rng, ("plain", "plain", "dash")),
                p["id"] if show_id else None, email_text(email, rng).strip() if email else None,
                edu_text(edu, rng) if edu else None, p["unit"], p["position"], hj,
                rng.choice(["", "", "已联系", "电话已核实", "返攀意向强", "暂无意向", "需回访"])]
        put_rows(ws, [vals], start=r)
        c = ws.cell(row=r, column=4, value=dt.datetime(p["birth"].year, p["birth"].month, p["birth"].day))
        c.number_format = "yyyy/m/d"
        truth.append(truth_rec(p, "Sheet1", r, tname, id_full=p["id"] if show_id else None, phone=lk.phone,
                               email=email, edu=edu, gender_shown=True, birth_shown="day", origin_sources=[hj_o]))
    save_book(wb, OUT / fname)
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": [],
            "notes": "Generic header 字段1..字段12 (序号, 姓名, 性别, 出生日期 as a real Excel date cell, 联系电话, "
                     "证件号码, 电子邮箱, 学历, 工作单位, 职称, 户籍所在地, 备注): columns must be recognised by content. "
                     "A few names carry an annotation in brackets (王芳(已调离)); truth drops it."}


# ---------------------------------------------------------------------------------------------
# 6. paraphrased Chinese headers
# ---------------------------------------------------------------------------------------------
F6_HEAD = ["编号", "登记人全名", "男/女", "生于何年何月何日", "居民证件号码（18位）", "移动电话号", "电邮", "原籍（省市县）",
           "现供职机构", "担任何职", "最后学历", "目前常住城市"]


def f6(looks, rng):
    fname = "在外人才摸底情况汇总表_市人才办.xlsx"
    wb, ws = new_book()
    ws.title = "汇总"
    title(ws, "在外优秀人才摸底情况汇总表", len(F6_HEAD))
    put_rows(ws, [["填报单位：市委人才工作领导小组办公室", None, None, None, None, None, None, None, "填报时间：2024年5月", None, None, None],
                  F6_HEAD], start=2)
    truth = []
    r = 3
    for k, lk in enumerate(looks, start=1):
        p = lk.p
        if k == 41:
            r += 1  # a blank row in the middle
        disp, tname = lk.name(allow=("trad", "typo", "dot", "space"))
        masked = None
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.12)
        if show_id and ("masked" in lk.v or blank(p, rng, 0.06)):
            masked, show_id = mask_12(p["id"]), False
        jg, jg_o = (None, None) if blank(p, rng, 0.1) else hometown(p, rng, ("full", "town", "city", "short", "old_county", "old_city"),
                                                                    [4, 2, 2, 2, 1, 1])
        if jg and jg.startswith("四川省渡口市") and p["county"] in ("东区", "西区"):
            jg, jg_o = pzh_text(p["county"], rng, "full")
        email = None if blank(p, rng, 0.2) else lk.email
        edu = None if blank(p, rng, 0.06) else p["edu"]
        b = p["birth"]
        bt = rng.choice([f"{b.year}年{b.month}月{b.day}日", f"{b:%Y.%m.%d}", f"{b.year}-{b.month}-{b.day}"])
        r += 1
        put_rows(ws, [[k, disp, p["gender"], bt, masked or (p["id"] if show_id else None),
                       cn_phone_text(lk.phone, rng), email_text(email, rng).strip() if email else None, jg, p["unit"],
                       p["position"], edu_text(edu, rng) if edu else None, p["city"]]], start=r)
        truth.append(truth_rec(p, "汇总", r, tname, id_full=p["id"] if show_id else None, id_masked=masked,
                               phone=lk.phone, email=email, edu=edu, gender_shown=True, birth_shown="day",
                               origin_sources=[jg_o]))
    r += 1
    put_rows(ws, [["合计", None, f"{len(looks)}人"]], start=r)
    save_book(wb, OUT / fname)
    return {"file": fname, "expect": "import", "persons": truth,
            "not_persons": [{"sheet": "汇总", "row": r, "what": "footer: 合计 (total)"}],
            "notes": "Summary sheet with paraphrased headers nobody lists (登记人全名, 男/女, 生于何年何月何日, "
                     "居民证件号码（18位）, 移动电话号, 电邮, 原籍（省市县）, 现供职机构, 担任何职, 最后学历, 目前常住城市). "
                     "Title row 1 (merged), 填报 row 2, header row 3, a blank row after person 40, 合计 footer. "
                     "Some IDs masked 510402198703****** (first 12 shown). One person is listed twice."}


# ---------------------------------------------------------------------------------------------
# 7. university list of 攀枝花籍 graduates, masked IDs, 出生年月 only
# ---------------------------------------------------------------------------------------------
SCHOOLS_7 = {"材料科学与工程学院": ["材料科学与工程", "新能源科学与工程"], "机械工程学院": ["机械设计制造及其自动化", "车辆工程"],
             "土木工程学院": ["土木工程"], "电气工程学院": ["电气工程及其自动化"], "交通运输与物流学院": ["交通运输"],
             "经济管理学院": ["会计学", "金融学"], "外国语学院": ["英语"], "化学学院": ["化学工程与工艺"],
             "地球科学与环境工程学院": ["环境工程", "采矿工程"], "医学院": ["临床医学", "护理学"],
             "计算机与人工智能学院": ["计算机科学与技术", "软件工程"], "公共管理学院": ["法学"]}
F7_HEAD = ["序号", "学号", "姓名", "性别", "出生年月", "身份证号", "学院", "专业", "学历层次", "生源地", "联系电话", "电子邮箱",
           "毕业去向"]


def f7(looks, rng):
    fname = "西南交通大学2024届攀枝花籍毕业生名单.xlsx"
    wb, ws = new_book()
    ws.title = "攀枝花籍"
    title(ws, "西南交通大学2024届攀枝花籍毕业生名单", len(F7_HEAD))
    put_rows(ws, [F7_HEAD], start=2)
    truth = []
    r = 2
    for k, lk in enumerate(looks, start=1):
        p = lk.p
        disp, tname = lk.name(allow=("dot",))
        masked = mask_6_4(p["id"]) if rng.random() < 0.6 else mask_4_4(p["id"])
        b = p["birth"]
        bt = rng.choice([f"{b.year}.{b.month:02d}", f"{b.year}年{b.month}月", f"{b.year}{b.month:02d}", f"{b.year}-{b.month:02d}"])
        x = rng.random()
        if x < 0.45:
            syd, syd_o = f"四川省攀枝花市{p['county']}", p["county"]
        elif x < 0.85:
            syd, syd_o = "四川省攀枝花市", "攀枝花市"
        else:
            syd, syd_o = None, None
        edu = "硕士研究生" if p["edu"] == "硕士研究生" else "大学本科"
        entry = 2020 if edu == "大学本科" else 2021
        stu_no = f"{entry}{rng.randint(110000, 119999)}"
        email = None if blank(p, rng, 0.1) else f"{stu_no}@my.swjtu.edu.cn"
        college = rng.choice(list(SCHOOLS_7))
        r += 1
        put_rows(ws, [[k, stu_no, disp, p["gender"], bt, masked,
                       college, rng.choice(SCHOOLS_7[college]), "本科" if edu == "大学本科" else "硕士研究生", syd,
                       lk.phone[3:], email, rng.choice(["签约就业", "升学", "升学", "待就业", "灵活就业", "出国（境）深造"])]],
                 start=r)
        truth.append(truth_rec(p, "攀枝花籍", r, tname, id_masked=masked, phone=lk.phone, email=email, edu=edu,
                               gender_shown=True, birth_shown="month", origin_sources=[syd_o, "攀枝花市"]))
    put_rows(ws, [["备注：1. 身份证号已作脱敏处理；2. 名单如有疑问请联系学生工作部（就业指导中心），电话028-66366000。"],
                  ["西南交通大学学生工作部　2024年6月10日"]], start=r + 2)
    save_book(wb, OUT / fname)
    return {"file": fname, "expect": "import", "persons": truth,
            "not_persons": [{"sheet": "攀枝花籍", "row": r + 2, "what": "footnote (IDs masked, office phone)"},
                            {"sheet": "攀枝花籍", "row": r + 3, "what": "signature line"}],
            "notes": "University list of 攀枝花籍 graduates (title row says so: roster-level origin evidence for all). "
                     "IDs masked 510422********3265 (first 6 + last 4) or 5104**********1234; id_number null, "
                     "id_masked = the text; 出生年月 only -> birth_date YYYY-MM. origin_county from the masked ID's 6-digit "
                     "area or 生源地 county, else 攀枝花市."}


# ---------------------------------------------------------------------------------------------
# 8. high-school alumni roster, no IDs, mostly no origin fields
# ---------------------------------------------------------------------------------------------
F8_HEAD = ["届别", "班级", "姓名", "性别", "现工作城市", "工作单位", "职务", "手机", "电子邮箱", "籍贯", "备注"]


def f8(looks, rng):
    fname = "攀枝花市第三高级中学校在外校友联络名单.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    truth, nots = [], []
    for lk in looks:
        lk.grad = lk.p["birth"].year + (18 if lk.p["birth"].month >= 9 or rng.random() < 0.6 else 19)
        lk.cls = rng.randint(1, 12)
    for sheet, lo, hi in (("1995-2002届", 1995, 2002), ("2003-2010届", 2003, 2010)):
        ws = wb.create_sheet(sheet)
        title(ws, f"攀枝花市第三高级中学校在外校友联络名单（{lo}—{hi}届）", len(F8_HEAD))
        put_rows(ws, [F8_HEAD], start=2)
        r = 2
        mine = sorted([lk for lk in looks if lo <= lk.grad <= hi], key=lambda x: (x.grad, x.cls))
        last = None
        for lk in mine:
            p = lk.p
            if lk.grad != last:
                r += 1
                ws.cell(row=r, column=1, value=f"【{lk.grad}届】").font = Font(bold=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(F8_HEAD))
                nots.append({"sheet": sheet, "row": r, "what": f"section row 【{lk.grad}届】"})
                last = lk.grad
            disp, tname = lk.name(allow=("trad", "typo", "dot"))
            jg, jg_o = (None, None)
            if rng.random() < 0.3 or "jg" in lk.v:
                jg, jg_o = hometown(p, rng, ("short", "city", "full"))
            phone = None if blank(p, rng, 0.12) else lk.phone
            ptxt = None
            if phone:
                ptxt = cn_phone_text(phone, rng)
                if rng.random() < 0.1:
                    ptxt += "（微信同号）"
            email = None if blank(p, rng, 0.45) else lk.email
            city = p["city"] if not p["abroad"] else f"{p['city']}（{ {'United Kingdom': '英国', 'United States': '美国', 'Germany': '德国', 'Singapore': '新加坡', 'Australia': '澳大利亚', 'Japan': '日本', 'Canada': '加拿大', 'France': '法国', 'New Zealand': '新西兰'}[p['abroad']]}）"
            r += 1
            put_rows(ws, [[str(lk.grad), f"高三（{lk.cls}）班", disp, p["gender"], city, p["unit"], p["position"], ptxt,
                           email_text(email, rng).strip() if email else None, jg,
                           rng.choice(["", "", "", "已进校友群", "校友会理事", "联系不上", "2019年返校"])]], start=r)
            truth.append(truth_rec(p, sheet, r, tname, phone=phone, email=email, edu=None, gender_shown=True,
                                   birth_shown=None, origin_sources=[jg_o, "攀枝花市"]))
    save_book(wb, OUT / fname)
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": nots,
            "notes": "Alumni roster of a Panzhihua high school, two sheets by 届. The title names the school: "
                     "roster-level origin evidence (攀枝花市) for every row; 籍贯 mostly blank; 现工作城市 is not origin. "
                     "No ID, no birth date. 【2001届】 section rows are not persons."}


# ---------------------------------------------------------------------------------------------
# 9. county return list, GBK CSV
# ---------------------------------------------------------------------------------------------
F9_HEAD = ["序号", "乡镇", "村（社区）", "姓名", "性别", "身份证号码", "联系电话", "外出务工地", "工作单位", "从事行业", "文化程度",
           "返乡时间", "是否有意返乡就业创业", "备注"]


def f9(looks, rng):
    fname = "米易县2024年春节返乡人员登记表.csv"
    n = len(F9_HEAD)
    rows = [["米易县2024年春节返乡人员登记表"] + [""] * (n - 1), F9_HEAD]
    truth = []
    looks = sorted(looks, key=lambda lk: TOWNS["米易县"].index(lk.p["town"]))
    for k, lk in enumerate(looks, start=1):
        p = lk.p
        disp, tname = lk.name(allow=("space", "typo"))
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.08)
        idtxt = ""
        if show_id:
            idtxt = ("\t" if rng.random() < 0.12 else "") + p["id"]
        ptxt = cn_phone_text(lk.phone, rng, ("plain",))
        if rng.random() < 0.08:
            ptxt += "/" + (p["phone2"] if lk.phone == p["phone1"] else p["phone1"])[3:]
        if p["shared"] or p.get("skilled"):
            place, unit, trade = p["city"], p["unit"], rng.choice(["技术研发", "医疗卫生", "教育", "工程管理", "金融"])
        else:
            place, unit, trade = rng.choice(MIGRANT_WORK)
        edu = None if blank(p, rng, 0.05) else p["edu"]
        rows.append([str(k), p["town"], rng.choice(VILLAGES), disp, p["gender"], idtxt, ptxt, place, unit, trade,
                     edu_text(edu, rng) if edu else "", f"2024-02-{rng.randint(1, 9):02d}",
                     rng.choice(["是", "否", "否", "观望"]), rng.choice(["", "", "", "已登记就业意向", "有创业项目（芒果种植）"])])
        truth.append(truth_rec(p, None, len(rows), tname, id_full=p["id"] if show_id else None, phone=lk.phone,
                               edu=edu, gender_shown=True, birth_shown=None, origin_sources=["米易县"]))
    rows.append(["填报单位：米易县人力资源和社会保障局（盖章）", "", "", "填报人：", "", "", "联系电话：0812-8172315"] + [""] * (n - 7))
    with open(OUT / fname, "w", encoding="gbk", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)
    return {"file": fname, "expect": "import", "persons": truth,
            "not_persons": [{"sheet": None, "row": len(rows), "what": "footer: 填报单位 / 填报人 / office landline"}],
            "notes": "County office CSV in GBK, CRLF, title line 1, header line 2. Everyone on it is a 米易县 返乡 person "
                     "(roster-level evidence 米易县). Some IDs carry a leading TAB; some phone cells hold two numbers "
                     "(truth: the first). No birth column: birth from the ID only. No emails."}


# ---------------------------------------------------------------------------------------------
# 10. overseas association, English headers, romanised names
# ---------------------------------------------------------------------------------------------
F10_HEAD = ["Member #", "Name (as in passport)", "Chinese Name 中文姓名", "Sex", "Date of Birth (dd/mm/yyyy)",
            "Country of Residence", "City", "Mobile", "E-mail", "Employer / Institution", "Highest Degree",
            "Hometown in China", "Member since"]


def f10(looks, rng):
    fname = "Overseas Panzhihua Fellowship 海外攀枝花联谊会会员名录2024.xlsx"
    wb, ws = new_book()
    ws.title = "Members"
    title(ws, "海外攀枝花联谊会 Overseas Panzhihua Fellowship — Member Directory 2024", len(F10_HEAD))
    put_rows(ws, [F10_HEAD], start=2)
    truth = []
    r = 2
    for k, lk in enumerate(looks, start=1):
        p = lk.p
        if not p["shared"] and rng.random() < 0.3:
            lk.v.add("trad")
        rom = lk.romanised()
        cn_disp, cn_truth = lk.name(allow=("trad", "dot"))
        if "pinyin" in lk.v or blank(p, rng, 0.12):
            cn_disp, tname = None, rom
        else:
            tname = cn_truth
        if "cn_phone" in lk.v or not p.get("foreign_phone"):
            phone, ptxt = lk.phone, cn_phone_text(lk.phone, rng, ("plus_space", "plus"))
        else:
            phone, ptxt = p["foreign_phone"]
        dob = None if blank(p, rng, 0.12) else f"{p['birth']:%d/%m/%Y}"
        ht, ht_o = (None, None) if blank(p, rng, 0.2) else (
            hometown(p, rng, ("en", "en_city", "full", "city"), [4, 3, 2, 1], en=True))
        email = None if blank(p, rng, 0.08) else lk.email
        edu = p["edu"] if p["edu"] in ("博士研究生", "硕士研究生", "大学本科") else "大学本科"
        edu = None if blank(p, rng, 0.1) else edu
        r += 1
        put_rows(ws, [[f"OPF-{k:03d}", rom, cn_disp, rng.choice(["M", "Male"] if p["gender"] == "男" else ["F", "Female"]),
                       dob, p["abroad"], p["city"], ptxt, email_text(email, rng).strip() if email else None, p["unit"],
                       edu_text(edu, rng, "en_degree") if edu else None, ht, str(rng.randint(2012, 2024))]], start=r)
        truth.append(truth_rec(p, "Members", r, tname, phone=phone, email=email, edu=edu, gender_shown=True,
                               birth_shown="day" if dob else None, origin_sources=[ht_o]))
    put_rows(ws, [["Last updated 01/06/2024 by the Secretariat. Please send changes to the committee."]], start=r + 2)
    save_book(wb, OUT / fname)
    return {"file": fname, "expect": "import", "persons": truth,
            "not_persons": [{"sheet": "Members", "row": r + 2, "what": "footer: last-updated note"}],
            "notes": "Overseas association member list, English headers of its own wording, dates dd/mm/yyyy, "
                     "foreign mobiles (truth E.164). name = the Chinese name (traditional -> simplified) when given, "
                     "else the passport name as written. The association's name is NOT taken as origin evidence: "
                     "only 'Hometown in China' is (Panzhihua / Miyi County, Panzhihua …; 'Yanbian, Jilin' is 延边, not 盐边). "
                     "Degrees: PhD/DPhil/Dr.-Ing. -> 博士研究生, MSc/MA/MBA/MEng -> 硕士研究生, BSc/BEng/BA -> 大学本科."}


# ---------------------------------------------------------------------------------------------
# 11. 手机 and 身份证号 columns swapped
# ---------------------------------------------------------------------------------------------
F11_HEAD = ["序号", "姓名", "性别", "手机", "身份证号", "最高学历", "毕业院校", "现工作单位", "工作地点", "籍贯", "备注"]


def f11(looks, rng):
    fname = "在外人才联络登记表（第二批）.xlsx"
    wb, ws = new_book()
    ws.title = "第二批"
    title(ws, "在外人才联络登记表（第二批）", len(F11_HEAD))
    put_rows(ws, [F11_HEAD], start=2)
    truth = []
    r = 2
    for k, lk in enumerate(looks, start=1):
        p = lk.p
        disp, tname = lk.name(allow=("typo", "dot", "space"))
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.1)
        jg, jg_o = (None, None) if blank(p, rng, 0.3) else hometown(p, rng)
        edu = None if blank(p, rng, 0.08) else p["edu"]
        r += 1
        put_rows(ws, [[k, disp, p["gender"], p["id"] if show_id else None, cn_phone_text(lk.phone, rng, ("plain", "plain", "dash")),
                       edu_text(edu, rng) if edu else None, p["school"], p["unit"], p["city"], jg,
                       rng.choice(["", "", "市人才办转来", "本人填报", "单位推荐"])]], start=r)
        truth.append(truth_rec(p, "第二批", r, tname, id_full=p["id"] if show_id else None, phone=lk.phone, edu=edu,
                               gender_shown=True, birth_shown=None, origin_sources=[jg_o]))
    save_book(wb, OUT / fname)
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": [],
            "notes": "The columns headed 手机 and 身份证号 are swapped in every row: 手机 holds the ID numbers, "
                     "身份证号 holds the mobiles. Truth follows the content (id_number = the ID, phone = the mobile). "
                     "Title neutral (no origin claim); origin from ID area / 籍贯."}


# ---------------------------------------------------------------------------------------------
# 12. English headers with units, Excel serial dates, numeric phones
# ---------------------------------------------------------------------------------------------
F12_HEAD = ["No.", "Full Name", "Gender (M/F)", "Date of Birth", "ID No.", "Tel.", "E-mail Address", "Highest Education",
            "Organisation", "Position", "Place of Origin", "Current City"]


def f12(looks, rng):
    fname = "Talent_Contacts_EN_export.xlsx"
    wb, ws = new_book()
    ws.title = "Contacts"
    put_rows(ws, [F12_HEAD])
    truth = []
    r = 1
    damaged = 0
    for k, lk in enumerate(looks, start=1):
        p = lk.p
        if "pinyin" in lk.v or blank(p, rng, 0.15):
            disp = tname = lk.romanised()
        else:
            disp, tname = lk.name(allow=("typo", "dot"))
        show_id = "no_id" not in lk.v and not blank(p, rng, 0.15)
        idcell = p["id"] if show_id else None
        force_county = False
        if show_id and not p["shared"] and p["county"] and p["place"] is None and damaged < 2 and k > 10:
            idcell, show_id, damaged, force_county = float(int(p["id"][:17] + "0")), False, damaged + 1, True
        if force_county:
            po, po_o = rng.choice([(EN_COUNTY[p["county"]], p["county"]), (f"攀枝花市{p['county']}", p["county"])])
        elif blank(p, rng, 0.15):
            po, po_o = None, None
        elif p["county"]:
            po, po_o = hometown(p, rng, ("en", "en_city", "full", "short"), [3, 2, 2, 1], en=True)
        else:
            po, po_o = (p["place"][4] if rng.random() < 0.6 else p["place"][3]), None
        serial = (p["birth"] - dt.date(1899, 12, 30)).days
        tel = int(lk.phone[3:]) if rng.random() < 0.5 else cn_phone_text(lk.phone, rng, ("plus_space", "dash", "plain"))
        email = None if blank(p, rng, 0.12) else lk.email
        edu = None if blank(p, rng, 0.1) else p["edu"]
        r += 1
        put_rows(ws, [[k, disp, "M" if p["gender"] == "男" else "F", serial, idcell, tel,
                       email_text(email, rng).strip() if email else None, edu_text(edu, rng, "en") if edu else None,
                       p["unit"], p["position"], po, p["city"]]], start=r)
        truth.append(truth_rec(p, "Contacts", r, tname, id_full=p["id"] if show_id else None, phone=lk.phone,
                               email=email, edu=edu, gender_shown=True, birth_shown="day", origin_sources=[po_o]))
    save_book(wb, OUT / fname)
    return {"file": fname, "expect": "import", "persons": truth, "not_persons": [],
            "notes": "English headers with units/abbreviations (Tel., E-mail Address, ID No.). Date of Birth is an "
                     "Excel serial number in a General cell (e.g. 32874 = 1990-01-01); Tel. is a numeric cell in about "
                     "half the rows. Two ID No. cells are numbers damaged by Excel (5.104…E+17): id_number null, their "
                     "Place of Origin names the county. Some names only in pinyin (kept as written). "
                     "Education: Bachelor -> 大学本科, Master -> 硕士研究生, PhD/Doctorate -> 博士研究生, Junior College -> 大学专科."}


# ---------------------------------------------------------------------------------------------
# who is in which file
# ---------------------------------------------------------------------------------------------
WRITERS = {"F1": f1, "F2": f2, "F3": f3, "F4": f4, "F5": f5, "F6": f6, "F7": f7, "F8": f8, "F9": f9, "F10": f10,
           "F11": f11, "F12": f12}
TARGET = {"F1": 90, "F2": 100, "F3": 80, "F4": 70, "F5": 70, "F6": 80, "F7": 60, "F8": 90, "F9": 80, "F10": 55,
          "F11": 70, "F12": 60}
FRESH = {  # file: kwargs of new_person for persons only in this file
    "F1": dict(y0=1962, y1=1988, pzh_share=0.4, edu_w=[0, 0, 0, 10, 35, 55]),
    "F2": dict(y0=1962, y1=1998, pzh_share=0.6),
    "F3": dict(y0=1982, y1=2003, pzh_share=0.65),
    "F4": dict(y0=1968, y1=2000, pzh_share=0.55),
    "F5": dict(y0=1968, y1=2000, pzh_share=0.55),
    "F6": dict(y0=1965, y1=2002, pzh_share=0.85),
    "F7": dict(y0=1999, y1=2002, pzh_share=1, force_pzh_id=True, edu_w=[0, 0, 0, 75, 25, 0]),
    "F8": dict(y0=1977, y1=1991, pzh_share=0.85),
    "F9": dict(y0=1972, y1=2003, pzh_share=1, force_county="米易县", edu_w=[15, 25, 25, 30, 5, 0]),
    "F10": dict(y0=1968, y1=1996, pzh_share=0.5, abroad=True, edu_w=[0, 0, 0, 20, 45, 35]),
    "F11": dict(y0=1968, y1=2000, pzh_share=0.6),
    "F12": dict(y0=1965, y1=2000, pzh_share=0.5),
}
COMMON_AT = {"F2": [0, 5], "F4": [0], "F8": [0], "F11": [0, 3], "F5": [1], "F6": [1, 4], "F9": [1], "F3": [2],
             "F12": [2], "F1": [3]}  # file -> indexes into COMMON_NAMES for unrelated namesakes
VARS = {"F1": ["alt_phone", "alt_email", "typo", "no_id", "trad"], "F2": ["alt_phone", "space", "typo", "no_id"],
        "F3": ["alt_phone", "alt_email", "typo", "no_id"], "F4": ["alt_phone", "trad", "no_id", "alt_email"],
        "F5": ["alt_phone", "space", "typo", "ann"], "F6": ["alt_phone", "trad", "masked", "no_id"],
        "F7": ["alt_phone"], "F8": ["alt_phone", "trad", "typo", "jg"], "F9": ["alt_phone", "space", "no_id"],
        "F10": ["pinyin", "trad", "cn_phone", "alt_email"], "F11": ["alt_phone", "typo", "no_id"],
        "F12": ["pinyin", "alt_phone", "alt_email"]}


NAMEVARS = {"F1": ["trad", "typo"], "F2": ["space", "typo"], "F3": ["typo"], "F4": ["trad", "typo"],
            "F5": ["space", "typo", "ann"], "F6": ["trad", "typo", "space"], "F7": [], "F8": ["trad", "typo"],
            "F9": ["space", "typo"], "F10": ["trad", "pinyin"], "F11": ["typo", "space"], "F12": ["pinyin", "typo"]}


def compatible(p, f):
    y = p["birth"].year
    return {"F1": y <= 1990 and p["edu"] in ("博士研究生", "硕士研究生"), "F2": 1962 <= y <= 1998,
            "F3": 1980 <= y <= 2003, "F4": 1968 <= y <= 2002, "F5": 1968 <= y <= 2002, "F6": 1965 <= y <= 2003,
            "F7": bool(p.get("grad")), "F8": bool(p.get("alum")),
            "F9": p["county"] == "米易县" and p["area"] == "510421" and not p["abroad"],
            "F10": bool(p["abroad"]), "F11": 1968 <= y <= 2002, "F12": 1965 <= y <= 2000}[f]


def applicable(p, v):
    if v == "typo":
        return not p["is_yi"] and any(c in HOMOPHONE for c in p["given"])
    if v == "trad":
        return trad(p["name"]) != p["name"]
    if v == "space":
        return not p["is_yi"]
    return True


def build(rng):
    persons, plan = [], {f: [] for f in TARGET}  # plan: file -> [(person, variants)]
    load = {f: 0 for f in TARGET}

    def add(p):
        p["pid"] = len(persons) + 1
        persons.append(p)
        return p

    def place(p, files):
        files = list(files)
        rng.shuffle(files)  # the first file is the person's "plain" record; later ones are written differently
        for i, f in enumerate(files):
            var = set()
            if i > 0:
                vr = random.Random(f"{p['pid']}/{f}/{i}")  # own stream: the choice does not shift the main one
                opts = [v for v in VARS[f] if applicable(p, v)]
                var.update(vr.sample(opts, min(len(opts), 1 if vr.random() < 0.65 else 2)))
                if p["is_yi"]:
                    var.add("dot")
                if p["pid"] in EXCLUDE:  # keep at least one shared ID/phone/e-mail with the other records
                    var -= {"alt_phone", "alt_email", "cn_phone", "no_id", "masked"}
                    if f == "F10":
                        var.add("cn_phone")
                if not var & {"trad", "typo", "space", "pinyin", "ann", "alt_phone", "alt_email", "no_id", "masked",
                              "dot"}:
                    names = [v for v in NAMEVARS[f] if applicable(p, v)]
                    if names:
                        var.add(vr.choice(names))
            plan[f].append((p, var))
            load[f] += 1

    def k_files():
        return rng.choices([2, 3, 4], [60, 30, 10])[0]

    def choose(p, required, pool, k):
        got = list(required)
        cand = [f for f in pool if f not in got and compatible(p, f) and load[f] < TARGET[f] - 8]
        rng.shuffle(cand)
        got += cand[:max(0, k - len(got))]
        return got

    templates = []
    for _ in range(22):  # graduates: on the university list and elsewhere
        miyi = rng.random() < 0.3
        p = new_person(rng, 1999, 2002, 1, edu_w=[0, 0, 0, 70, 30, 0], force_pzh_id=not miyi,
                       force_county="米易县" if miyi else None)
        p["grad"] = True
        templates.append((p, ["F7"], ["F3", "F6", "F4", "F11", "F5", "F9"]))
    for _ in range(34):  # alumni of the high school
        p = new_person(rng, 1977, 1991, 0.85, abroad=rng.random() < 0.2, edu_w=[0, 2, 10, 45, 30, 13])
        p["alum"] = True
        templates.append((p, ["F8"], ["F1", "F2", "F6", "F12", "F5", "F11", "F4", "F10", "F3"]))
    for _ in range(14):  # overseas members
        p = new_person(rng, 1970, 1994, 0.6, abroad=True, edu_w=[0, 0, 0, 20, 45, 35])
        templates.append((p, ["F10"], ["F1", "F2", "F12", "F6", "F3"]))
    for i in range(50):  # everyone else
        p = new_person(rng, 1968, 1996, 0.6, force_county="米易县" if i % 6 == 0 else None,
                       name=("王", "伟", "男") if i == 7 else None, edu_w=[1, 3, 10, 40, 30, 16])
        p["skilled"] = True
        templates.append((p, [], ["F1", "F2", "F3", "F4", "F5", "F6", "F9", "F11", "F12"]))
    for p, req, pool in templates:
        p["shared"] = True
        add(p)
        files = choose(p, req, pool, k_files())
        if len(files) < 2:
            files = choose(p, req, pool, 2)
        assert len(files) >= 2, p["name"]
        place(p, files)
    # persons entered twice in one file
    for f, extra in (("F3", None), ("F3", "F5"), ("F6", None)):
        kw = dict(FRESH[f])
        kw.pop("pzh_share")
        p = add(new_person(rng, pzh_share=0.7, **{k: v for k, v in kw.items()}))
        p["shared"] = True
        plan[f].append((p, set()))
        plan[f].append((p, {"alt_phone"}))
        load[f] += 2
        if extra:
            plan[extra].append((p, {"alt_email"}))
            load[extra] += 1
    # fresh persons
    for f in TARGET:
        idx = list(COMMON_AT.get(f, []))
        while load[f] < TARGET[f]:
            kw = FRESH[f]
            name = COMMON_NAMES[idx.pop(0)] if idx else None
            p = add(new_person(rng, name=name, **kw))
            p["shared"] = False
            if f == "F8":
                p["alum"] = True
            if f == "F10" and rng.random() < 0.5:
                p["county"] = p["county"]  # (abroad persons keep their origin; nothing else to do)
            plan[f].append((p, {"dot"} if p["is_yi"] and rng.random() < 0.5 else set()))
            load[f] += 1
    for f in plan:
        rng.shuffle(plan[f])
    return persons, plan


def linked(a, b):
    """Does this pair of truth records share something a deduplicator can use?"""
    if a["id_number"] and a["id_number"] == b["id_number"]:
        return True
    for x, y in ((a, b), (b, a)):
        if x["id_number"] and y["id_masked"]:
            m = y["id_masked"]
            if all(c == "*" or c == d for c, d in zip(m, x["id_number"])):
                return True
    if a["phone"] and a["phone"] == b["phone"]:
        return True
    if a["email"] and a["email"] == b["email"]:
        return True
    return False


EXCLUDE = set()


def run():
    rng = random.Random(20240618)
    for s in (USED_IDS, USED_PHONES, USED_EMAILS):
        s.clear()
    persons, plan = build(rng)
    order = ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12"]
    cases = []
    for f in order:
        looks = [Look(p, v, rng) for p, v in plan[f]]
        case = WRITERS[f](looks, rng)
        case["convention"] = f
        cases.append(case)
    by_pid = {}
    for case in cases:
        for t in case["persons"]:
            by_pid.setdefault(t["_pid"], []).append((case["file"], t))
    groups, weak, weak_pids = [], [], set()
    for pid, recs in by_pid.items():
        if len(recs) < 2:
            continue
        groups.append([{"file": f, "sheet": t["sheet"], "row": t["row"]} for f, t in recs])
        for i in range(len(recs)):
            for j in range(i + 1, len(recs)):
                if not linked(recs[i][1], recs[j][1]):
                    weak_pids.add(pid)
                    weak.append((recs[i][0], recs[i][1]["row"], recs[j][0], recs[j][1]["row"], recs[i][1]["name"],
                                 recs[j][1]["name"]))
    return persons, cases, groups, weak, weak_pids


def main():
    for _ in range(6):
        persons, cases, groups, weak, weak_pids = run()
        if not weak_pids - EXCLUDE:
            break
        EXCLUDE.update(weak_pids)
    for case in cases:
        for t in case["persons"]:
            del t["_pid"]
    truth = {
        "conventions": CONVENTIONS,
        "csv_rows_are_lines": False,
        "files": cases,
        "same_person_groups": groups,
    }
    (OUT / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    total = sum(len(c["persons"]) for c in cases)
    print(f"{len(cases)} files, {total} person rows, {len(persons)} distinct persons, {len(groups)} groups "
          f"({sum(len(g) for g in groups)} rows); {len(weak)} grouped pairs share no ID/phone/e-mail")
    for c in cases:
        print(f"  {c['convention']:>4} {len(c['persons']):4d}  {c['file']}")
    for w in weak:
        print("  weak pair:", *w)


CONVENTIONS = [
    "row = the row number Excel shows (title rows, header rows and blank rows counted). CSV: the record number, "
    "first line = 1 (a title line and the header line count; no field spans lines, so records are lines). "
    "JSONL: line number; JSON array: index + 1; sheet is null for CSV and JSON.",
    "name: simplified Chinese when written in Chinese (traditional converted), inner spaces and full-width spaces "
    "removed, bracketed annotations dropped (王芳(已调离) -> 王芳), Yi-name dots unified to U+00B7 (吉克•阿呷 -> "
    "吉克·阿呷; written without a dot stays without). A homophone slip (张玮 for 张伟) is the name as written. "
    "Romanised names are kept as written (ZHANG Wei, Xiaoming Li) when no Chinese name is given in that record; "
    "in the overseas list the Chinese-name column wins when filled.",
    "id_number: the 18-character ID when the record shows a full, intact one (NFKC, spaces and a leading TAB "
    "stripped, x -> X; a 15-digit legacy ID converted to 18); masked IDs, IDs damaged by Excel (numeric 5.1E+17) "
    "and empty cells -> null. id_masked: the masked text exactly as shown, else null.",
    "gender, birth_date: from the valid ID when there is one; else from the gender/birth columns (1=男 2=女; M/F); "
    "birth precision as written (出生年月 -> YYYY-MM; full dates, Excel date cells and serials -> YYYY-MM-DD). "
    "No ID and no column -> null. Columns never contradict the ID.",
    "phone: '+86' + 11 digits for Chinese mobiles (the first one when a cell holds two); foreign mobiles E.164. "
    "Office landlines in footers are not persons' phones.",
    "email: lower-cased and stripped.",
    "education: the highest education shown, mapped to 博士研究生 / 硕士研究生 / 大学本科 / 大学专科 / 高中 / 中专 "
    "(本科 -> 大学本科, 大专/专科 -> 大学专科, 硕士/研究生（硕士） -> 硕士研究生, 博士/研究生（博士） -> 博士研究生, 中专/技校 -> "
    "中专; English: Bachelor/BSc/BEng/BA -> 大学本科, Master/MSc/MA/MBA/MEng -> 硕士研究生, PhD/DPhil/Doctorate/"
    "Dr.-Ing. -> 博士研究生, Junior College -> 大学专科). 学位 (XW, degree_name) is not education. Not shown -> null.",
    "origin_county: the Panzhihua county/district (东区, 西区, 仁和区, 米易县, 盐边县) that this record's evidence points "
    "to: a full ID's area code 5104xx, a masked ID's visible 6-digit area, origin text (籍贯, 户籍地, 原籍, 生源地, "
    "native_place, hometown*, Hometown in China, Place of Origin) naming the county (米易/盐边/仁和 alone count; "
    "东区/西区 only with 攀枝花; 渡口市 is the old city name), or a roster title naming the county (米易县 return list). "
    "'攀枝花市' when the evidence names only the city (攀枝花, 渡口市, Panzhihua, a masked 5104**********1234, a "
    "攀枝花籍 list, a Panzhihua school's alumni roster). null when there is none. Traps that are NOT Panzhihua: "
    "重庆市大渡口区, 广东省中山市东区/西区街道, 杭州市余杭区仁和街道, 吉林延边 (Yanbian, Jilin). 攀枝花市东区大渡口街道 IS "
    "东区. Current city, work unit, school attended (in 毕业院校) are never origin evidence by themselves.",
    "origin_evidence: true when the record or the roster's title gives explicit Panzhihua-origin evidence (as "
    "above); false otherwise. The overseas association's name (海外攀枝花联谊会) is not counted as evidence.",
    "not_persons: test accounts, abandoned registrations, data-dictionary rows, section rows, footers. Blank rows "
    "are listed nowhere.",
    "same_person_groups: every set of records (within or across files) of one invented person. Unrelated namesakes "
    "(several 张伟, 王芳, 李娜, 刘伟, 李静, 王伟) are not grouped.",
]

if __name__ == "__main__":
    main()
