"""Fake people for the demo rosters, and how offices write them down.

`make_people` draws the true persons (the ground truth). The `*_as_written` helpers turn one true
value into what a particular roster shows: other wordings, formats, typos and damage. Everything is
driven by an explicit `random.Random`, so the same seed gives the same people.
All names, numbers and addresses are invented.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

import opencc
from pypinyin import lazy_pinyin

# ---------------------------------------------------------------------------------------------
# Resident ID numbers (GB 11643)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check_char(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def make_id18(area: str, birth: date, seq: int) -> str:
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + id_check_char(body)


def make_id15(area: str, birth: date, seq: int) -> str:
    """The legacy 15-digit form of the same number (before 1999): YYMMDD, no check character."""
    return f"{area}{birth:%y%m%d}{seq:03d}"


# ---------------------------------------------------------------------------------------------
# Places. Area code -> (city key, county, wordings of it as a 籍贯/家乡, English wording)

PZH_AREAS = {
    "510402": ("攀枝花", "东区", ["四川攀枝花", "攀枝花", "攀枝花市东区", "四川省攀枝花市东区", "攀枝花东区"],
               "Panzhihua, Sichuan"),
    "510403": ("攀枝花", "西区", ["四川攀枝花", "攀枝花市西区", "四川省攀枝花市西区", "攀枝花"], "Panzhihua"),
    "510411": ("攀枝花", "仁和区", ["攀枝花市仁和区", "四川攀枝花仁和", "仁和区", "攀枝花"],
               "Renhe, Panzhihua"),
    "510421": ("攀枝花", "米易县", ["四川米易", "米易县", "四川省攀枝花市米易县", "攀枝花米易", "米易"],
               "Miyi County"),
    "510422": ("攀枝花", "盐边县", ["四川盐边", "盐边县", "四川省攀枝花市盐边县", "攀枝花盐边"],
               "Yanbian County, Sichuan"),
    # codes seen on old IDs: the city was 渡口市 until 1987
    "510420": ("攀枝花", "", ["四川攀枝花", "攀枝花市", "四川渡口"], "Panzhihua"),
    "510401": ("攀枝花", "", ["攀枝花市", "四川省攀枝花市", "渡口市"], "Panzhihua, Sichuan"),
}
OTHER_AREAS = {
    "510104": ("成都", "锦江区", ["四川成都", "成都市", "四川省成都市锦江区"], "Chengdu"),
    "510107": ("成都", "武侯区", ["四川成都", "成都", "成都市武侯区"], "Chengdu, Sichuan"),
    "500104": ("重庆", "大渡口区", ["重庆大渡口", "重庆市大渡口区", "大渡口区"], "Dadukou, Chongqing"),
    "500103": ("重庆", "渝中区", ["重庆", "重庆市渝中区"], "Chongqing"),
    "530102": ("昆明", "五华区", ["云南昆明", "昆明市", "云南省昆明市五华区"], "Kunming, Yunnan"),
    "110105": ("北京", "朝阳区", ["北京", "北京市朝阳区"], "Beijing"),
    "513401": ("西昌", "西昌市", ["四川西昌", "凉山州西昌市", "四川省凉山彝族自治州西昌市"], "Xichang"),
    "513431": ("西昌", "昭觉县", ["四川昭觉", "凉山州昭觉县"], "Zhaojue, Liangshan"),
    "511102": ("乐山", "市中区", ["四川乐山", "乐山市市中区"], "Leshan"),
    "210302": ("鞍山", "铁东区", ["辽宁鞍山", "辽宁省鞍山市"], "Anshan, Liaoning"),
    "442000": ("中山", "", ["广东中山", "中山市东区"], "Zhongshan, Guangdong"),  # 东区 without 攀枝花
    "510502": ("泸州", "江阳区", ["四川泸州", "泸州市"], "Luzhou"),
    "511502": ("宜宾", "翠屏区", ["四川宜宾", "宜宾市翠屏区"], "Yibin"),
    "420102": ("武汉", "江岸区", ["湖北武汉", "武汉市"], "Wuhan"),
}
AREAS = {**PZH_AREAS, **OTHER_AREAS}
PZH_COUNTY_CODES = {"东区": "510402", "西区": "510403", "仁和区": "510411", "米易县": "510421", "盐边县": "510422"}

# city key -> (Chinese wordings, English, country zh, country en variants)
CITIES = {
    "攀枝花": (["攀枝花", "攀枝花市", "四川攀枝花", "四川省攀枝花市"], "Panzhihua", "中国", ["China"]),
    "成都": (["成都", "成都市", "四川成都", "四川省成都市"], "Chengdu", "中国", ["China"]),
    "重庆": (["重庆", "重庆市"], "Chongqing", "中国", ["China"]),
    "北京": (["北京", "北京市"], "Beijing", "中国", ["China"]),
    "上海": (["上海", "上海市"], "Shanghai", "中国", ["China"]),
    "深圳": (["深圳", "深圳市", "广东深圳", "广东省深圳市"], "Shenzhen", "中国", ["China"]),
    "杭州": (["杭州", "杭州市", "浙江杭州"], "Hangzhou", "中国", ["China"]),
    "西安": (["西安", "西安市", "陕西西安"], "Xi'an", "中国", ["China"]),
    "昆明": (["昆明", "昆明市", "云南昆明"], "Kunming", "中国", ["China"]),
    "武汉": (["武汉", "武汉市", "湖北武汉"], "Wuhan", "中国", ["China"]),
    "沈阳": (["沈阳", "沈阳市", "辽宁沈阳"], "Shenyang", "中国", ["China"]),
    "宁德": (["宁德", "宁德市", "福建宁德"], "Ningde", "中国", ["China"]),
    "宜宾": (["宜宾", "宜宾市", "四川宜宾"], "Yibin", "中国", ["China"]),
    "德阳": (["德阳", "德阳市", "四川德阳"], "Deyang", "中国", ["China"]),
    "西昌": (["西昌", "西昌市", "凉山州西昌市"], "Xichang", "中国", ["China"]),
    "伦敦": (["英国伦敦", "伦敦"], "London", "英国", ["United Kingdom", "UK", "England"]),
    "曼彻斯特": (["英国曼彻斯特", "曼彻斯特"], "Manchester", "英国", ["United Kingdom", "UK"]),
    "新加坡": (["新加坡"], "Singapore", "新加坡", ["Singapore"]),
    "多伦多": (["加拿大多伦多", "多伦多"], "Toronto", "加拿大", ["Canada"]),
    "墨尔本": (["澳大利亚墨尔本", "墨尔本"], "Melbourne", "澳大利亚", ["Australia"]),
    "慕尼黑": (["德国慕尼黑", "慕尼黑"], "Munich", "德国", ["Germany", "Deutschland"]),
    "东京": (["日本东京", "东京"], "Tokyo", "日本", ["Japan"]),
    "波士顿": (["美国波士顿", "波士顿"], "Boston", "美国", ["USA", "United States", "US"]),
    "圣何塞": (["美国加州圣何塞", "美国硅谷"], "San Jose", "美国", ["USA", "United States", "U.S."]),
}
DOMESTIC_CITY_WEIGHTS = {"成都": 40, "攀枝花": 25, "重庆": 8, "北京": 5, "上海": 5, "深圳": 6, "杭州": 3,
                         "西安": 3, "昆明": 4, "武汉": 2, "宜宾": 2, "德阳": 1, "西昌": 2}
ABROAD_CITY_WEIGHTS = {"伦敦": 5, "曼彻斯特": 2, "新加坡": 5, "多伦多": 3, "墨尔本": 3, "慕尼黑": 3,
                       "东京": 2, "波士顿": 3, "圣何塞": 3}
LANDLINE_CODES = {"攀枝花": "0812", "成都": "028", "重庆": "023", "北京": "010", "昆明": "0871",
                  "西昌": "0834", "乐山": "0833", "鞍山": "0412", "中山": "0760", "泸州": "0830",
                  "宜宾": "0831", "武汉": "027"}

# ---------------------------------------------------------------------------------------------
# Education, schools, majors, employers, titles

EDUCATION_WORDINGS = {
    "博士研究生": ["博士研究生", "博士", "博士研究生", "PhD", "研究生（博士）"],
    "硕士研究生": ["硕士研究生", "硕士", "研究生", "硕士研究生", "全日制硕士"],
    "大学本科": ["大学本科", "本科", "本科", "全日制本科", "大学"],
    "大学专科": ["大学专科", "大专", "专科", "高职"],
    "高中/中专": ["高中", "中专", "高中及以下", "中专"],
}
DEGREE_FOR = {"博士研究生": "博士", "硕士研究生": "硕士", "大学本科": "学士", "大学专科": "", "高中/中专": ""}
EDUCATION_EN = {"博士研究生": ["PhD", "Ph.D.", "Doctorate"], "硕士研究生": ["Master", "MSc", "M.Eng."],
                "大学本科": ["Bachelor", "BSc", "B.Eng."], "大学专科": ["Diploma"], "高中/中专": ["High school"]}

# (canonical, aliases, English)
SCHOOLS = [
    ("四川大学", ["川大"], "Sichuan University"),
    ("电子科技大学", ["成电", "电子科大"], "UESTC"),
    ("西南交通大学", ["西南交大"], "Southwest Jiaotong University"),
    ("重庆大学", ["重大"], "Chongqing University"),
    ("攀枝花学院", ["攀大"], "Panzhihua University"),
    ("西南财经大学", ["西财"], "Southwestern University of Finance and Economics"),
    ("四川农业大学", ["川农", "川农大"], "Sichuan Agricultural University"),
    ("西南科技大学", ["西科大"], "Southwest University of Science and Technology"),
    ("成都理工大学", ["成理", "成都理工"], "Chengdu University of Technology"),
    ("昆明理工大学", ["昆工", "昆明理工"], "Kunming University of Science and Technology"),
    ("北京科技大学", ["北科大"], "University of Science and Technology Beijing"),
    ("东北大学", ["东大"], "Northeastern University (China)"),
    ("中南大学", ["中南"], "Central South University"),
    ("清华大学", ["清华"], "Tsinghua University"),
    ("浙江大学", ["浙大"], "Zhejiang University"),
    ("华中科技大学", ["华科", "华中科大"], "Huazhong University of Science and Technology"),
    ("西南医科大学", ["泸州医学院", "西南医大"], "Southwest Medical University"),
    ("川北医学院", ["川北医"], "North Sichuan Medical College"),
    ("成都中医药大学", ["成中医"], "Chengdu University of TCM"),
    ("四川师范大学", ["川师", "川师大"], "Sichuan Normal University"),
    ("西华大学", ["西华"], "Xihua University"),
    ("四川机电职业技术学院", ["川机院", "四川机电"], "Sichuan Mechanical and Electrical Polytechnic"),
]
SCHOOLS_ABROAD = [
    ("帝国理工学院", ["伦敦帝国理工"], "Imperial College London"),
    ("新加坡国立大学", ["新国大", "NUS"], "National University of Singapore"),
    ("多伦多大学", ["多大"], "University of Toronto"),
    ("墨尔本大学", ["墨大"], "University of Melbourne"),
    ("亚琛工业大学", ["RWTH"], "RWTH Aachen University"),
    ("曼彻斯特大学", ["曼大"], "University of Manchester"),
    ("普渡大学", ["普渡"], "Purdue University"),
]
# Panzhihua high schools (schooling in Panzhihua is origin evidence) by county
PZH_HIGH_SCHOOLS = {
    "东区": ["攀枝花三中", "攀枝花三中", "攀枝花三中", "攀枝花七中", "攀枝花十二中"],
    "西区": ["攀枝花三中", "攀枝花三中", "攀枝花七中", "攀枝花一中"],
    "仁和区": ["攀枝花七中", "攀枝花七中", "攀枝花三中", "攀枝花十五中"],
    "米易县": ["米易中学", "米易中学", "攀枝花三中"],
    "盐边县": ["盐边中学", "盐边中学", "攀枝花七中"],
    "": ["攀枝花三中", "攀枝花七中", "攀枝花一中"],
}

# (major, English, college, sectors, expertise)
MAJORS = [
    ("冶金工程", "Metallurgical Engineering", "材料科学与工程学院", "enterprise research university",
     ["高炉炼铁", "钒钛磁铁矿冶炼", "炼钢连铸"]),
    ("材料科学与工程", "Materials Science and Engineering", "材料科学与工程学院",
     "enterprise research university", ["钛合金", "钒电池材料", "高温合金", "先进材料"]),
    ("钒钛资源综合利用", "Vanadium-Titanium Resource Utilisation", "材料科学与工程学院",
     "enterprise research", ["钒钛资源综合利用", "提钒工艺", "氯化法钛白"]),
    ("电池储能", "Battery Energy Storage", "化学工程学院", "enterprise research",
     ["电池储能", "储能系统集成", "锂电池正极材料"]),
    ("新能源材料与器件", "New Energy Materials and Devices", "材料科学与工程学院",
     "enterprise research university", ["电池储能", "钠离子电池", "光伏材料"]),
    ("氢能科学与工程", "Hydrogen Energy Science and Engineering", "化学工程学院", "enterprise research",
     ["绿色氢能", "电解水制氢"]),
    ("化学工程与工艺", "Chemical Engineering", "化学工程学院", "enterprise research",
     ["氯化法钛白", "精细化工", "绿色氢能"]),
    ("采矿工程", "Mining Engineering", "资源与环境学院", "enterprise research", ["矿山开采", "尾矿综合利用"]),
    ("矿物加工工程", "Mineral Processing Engineering", "资源与环境学院", "enterprise research",
     ["选矿工艺", "钒钛磁铁矿选矿"]),
    ("机械设计制造及其自动化", "Mechanical Engineering", "机械工程学院", "enterprise university",
     ["装备制造", "智能制造", "液压传动"]),
    ("电气工程及其自动化", "Electrical Engineering", "电气工程学院", "enterprise university",
     ["电力系统", "新能源并网"]),
    ("计算机科学与技术", "Computer Science", "计算机学院", "enterprise university research government",
     ["人工智能", "大数据", "工业互联网"]),
    ("软件工程", "Software Engineering", "软件学院", "enterprise", ["软件开发", "云计算"]),
    ("土木工程", "Civil Engineering", "建筑与环境学院", "enterprise government", ["桥梁工程", "建筑结构"]),
    ("环境工程", "Environmental Engineering", "建筑与环境学院", "enterprise government research",
     ["固废处理", "水污染治理"]),
    ("临床医学", "Clinical Medicine", "医学院", "hospital",
     ["心血管内科", "普外科", "肿瘤放疗", "神经内科", "骨科"]),
    ("护理学", "Nursing", "医学院", "hospital", ["重症护理", "老年护理"]),
    ("康复治疗学", "Rehabilitation Therapy", "医学院", "hospital", ["康复医学", "阳光康养"]),
    ("中医学", "Traditional Chinese Medicine", "医学院", "hospital", ["中医内科", "针灸推拿"]),
    ("会计学", "Accounting", "商学院", "enterprise government", ["财务管理", "审计"]),
    ("工商管理", "Business Administration", "商学院", "enterprise", ["企业管理", "市场营销"]),
    ("汉语言文学", "Chinese Language and Literature", "文学与新闻学院", "school government",
     ["语文教学", "文化旅游"]),
    ("数学与应用数学", "Mathematics", "数学学院", "school university", ["数学教学", "统计建模"]),
    ("英语", "English", "外国语学院", "school", ["英语教学"]),
    ("农学", "Agronomy", "农学院", "government enterprise", ["芒果种植", "现代农业"]),
    ("旅游管理", "Tourism Management", "商学院", "enterprise government", ["阳光康养", "文化旅游"]),
    ("法学", "Law", "法学院", "government enterprise", ["行政法", "知识产权"]),
]
_ABROAD_SECTORS = ("enterprise", "university", "research", "hospital")
SECTOR_WEIGHTS = {"enterprise": 45, "hospital": 13, "university": 9, "research": 7, "school": 13,
                  "government": 13}

# (canonical, aliases, English, city, sector)
EMPLOYERS = [
    ("攀钢集团有限公司", ["攀钢", "攀钢集团", "攀枝花钢铁集团", "攀钢集团有限公司"], "Pangang Group", "攀枝花",
     "enterprise"),
    ("攀钢集团研究院有限公司", ["攀钢研究院", "攀钢集团研究院"], "Pangang Group Research Institute", "攀枝花",
     "research"),
    ("龙佰集团股份有限公司", ["龙佰集团", "龙蟒佰利", "龙佰"], "LB Group", "攀枝花", "enterprise"),
    ("攀枝花学院", ["攀大", "攀枝花学院"], "Panzhihua University", "攀枝花", "university"),
    ("攀枝花市中心医院", ["市中心医院", "攀枝花中心医院"], "Panzhihua Central Hospital", "攀枝花", "hospital"),
    ("攀枝花市第三高级中学校", ["攀枝花三中", "市三中"], "Panzhihua No.3 High School", "攀枝花", "school"),
    ("攀枝花市人力资源和社会保障局", ["市人社局", "攀枝花市人社局"], "Panzhihua HR Bureau", "攀枝花",
     "government"),
    ("米易县人民医院", ["米易县医院"], "Miyi County People's Hospital", "攀枝花", "hospital"),
    ("盐边县人民政府", ["盐边县政府"], "Yanbian County Government", "攀枝花", "government"),
    ("中国十九冶集团有限公司", ["十九冶", "中国十九冶", "中冶十九冶"], "China MCC19", "成都", "enterprise"),
    ("四川大学华西医院", ["华西医院", "川大华西医院", "华西"], "West China Hospital", "成都", "hospital"),
    ("四川省人民医院", ["省医院", "四川省医院"], "Sichuan Provincial People's Hospital", "成都", "hospital"),
    ("四川大学", ["川大"], "Sichuan University", "成都", "university"),
    ("电子科技大学", ["成电", "电子科大"], "UESTC", "成都", "university"),
    ("西南交通大学", ["西南交大"], "Southwest Jiaotong University", "成都", "university"),
    ("华为技术有限公司成都研究所", ["华为成都研究所", "华为成研所", "华为"], "Huawei Chengdu R&D", "成都",
     "enterprise"),
    ("腾讯科技（成都）有限公司", ["腾讯成都", "腾讯"], "Tencent Chengdu", "成都", "enterprise"),
    ("东方电气集团有限公司", ["东方电气", "东电"], "Dongfang Electric", "成都", "enterprise"),
    ("中航工业成都飞机工业（集团）有限责任公司", ["成飞", "航空工业成飞"], "AVIC Chengdu Aircraft", "成都",
     "enterprise"),
    ("国网四川省电力公司", ["国网四川电力", "四川电力"], "State Grid Sichuan", "成都", "enterprise"),
    ("成都市第七中学", ["成都七中"], "Chengdu No.7 High School", "成都", "school"),
    ("中国第二重型机械集团有限公司", ["二重", "中国二重"], "China Erzhong", "德阳", "enterprise"),
    ("四川时代新能源科技有限公司", ["四川时代", "宜宾时代"], "Sichuan CATL", "宜宾", "enterprise"),
    ("宁德时代新能源科技股份有限公司", ["宁德时代", "CATL"], "CATL", "宁德", "enterprise"),
    ("中国科学院金属研究所", ["中科院金属所", "金属所"], "Institute of Metal Research, CAS", "沈阳", "research"),
    ("钢铁研究总院", ["钢研总院", "中国钢研"], "Central Iron and Steel Research Institute", "北京", "research"),
    ("中国科学院过程工程研究所", ["中科院过程所", "过程所"], "Institute of Process Engineering, CAS", "北京",
     "research"),
    ("北京科技大学", ["北科大"], "USTB", "北京", "university"),
    ("华为技术有限公司", ["华为", "华为公司"], "Huawei", "深圳", "enterprise"),
    ("比亚迪股份有限公司", ["比亚迪", "BYD"], "BYD", "深圳", "enterprise"),
    ("中国宝武钢铁集团有限公司", ["宝武", "中国宝武", "宝钢"], "China Baowu", "上海", "enterprise"),
    ("重庆钢铁股份有限公司", ["重钢", "重庆钢铁"], "Chongqing Iron & Steel", "重庆", "enterprise"),
    ("重庆大学", ["重大"], "Chongqing University", "重庆", "university"),
    ("昆明理工大学", ["昆工"], "Kunming University of Science and Technology", "昆明", "university"),
    ("云南省第一人民医院", ["云南省一院", "省一院"], "First People's Hospital of Yunnan", "昆明", "hospital"),
    ("阿里巴巴（中国）有限公司", ["阿里巴巴", "阿里"], "Alibaba", "杭州", "enterprise"),
    ("西安交通大学", ["西交大"], "Xi'an Jiaotong University", "西安", "university"),
]
# (English, Chinese, city, sector)
EMPLOYERS_ABROAD = [
    ("Imperial College London", "伦敦帝国理工学院", "伦敦", "university"),
    ("Shell plc", "壳牌公司", "伦敦", "enterprise"),
    ("University of Manchester", "曼彻斯特大学", "曼彻斯特", "university"),
    ("National University of Singapore", "新加坡国立大学", "新加坡", "university"),
    ("Grab Holdings", "Grab公司", "新加坡", "enterprise"),
    ("University of Toronto", "多伦多大学", "多伦多", "university"),
    ("Monash University", "莫纳什大学", "墨尔本", "university"),
    ("BHP", "必和必拓", "墨尔本", "enterprise"),
    ("Siemens AG", "西门子", "慕尼黑", "enterprise"),
    ("Technical University of Munich", "慕尼黑工业大学", "慕尼黑", "university"),
    ("Panasonic Energy", "松下能源", "东京", "enterprise"),
    ("Massachusetts General Hospital", "麻省总医院", "波士顿", "hospital"),
    ("MIT", "麻省理工学院", "波士顿", "research"),
    ("Tesla", "特斯拉", "圣何塞", "enterprise"),
]
_GENERIC_WORDS = "恒锐 华鑫 瑞丰 鼎盛 金钛 天成 博远 川钒 宏达 佳禾 泰康 众和 汇通 安宁 阳光 锦程 中和 德源 正邦 永盛".split()
_GENERIC_TRADES = ["新材料科技", "钒钛科技", "储能科技", "信息技术", "建设工程", "机械制造", "康养产业",
                   "农业开发", "化工", "能源科技", "医疗器械", "软件"]
_GENERIC_SUFFIX = ["有限公司", "有限责任公司", "股份有限公司"]

TITLES = {  # sector -> titles from 正高 (level 0) to 初级 (level 3)
    "enterprise": ["正高级工程师", "高级工程师", "工程师", "助理工程师"],
    "research": ["研究员", "副研究员", "助理研究员", "研究实习员"],
    "university": ["教授", "副教授", "讲师", "助教"],
    "hospital": ["主任医师", "副主任医师", "主治医师", "医师"],
    "nursing": ["主任护师", "副主任护师", "主管护师", "护师"],
    "school": ["正高级教师", "高级教师", "一级教师", "二级教师"],
    "government": ["", "", "", ""],
}
POSITIONS = {
    "enterprise": ["技术员", "工程师", "主任工程师", "项目经理", "部门经理", "副总经理", "总工程师", "销售经理"],
    "research": ["研究人员", "课题组长", "博士后", "室主任"],
    "university": ["教师", "系主任", "副院长", "博士后", "实验员"],
    "hospital": ["医生", "科室主任", "副主任", "护士长"],
    "school": ["教师", "班主任", "教研组长", "副校长"],
    "government": ["科员", "副科长", "科长", "副主任"],
}
POSITIONS_EN = {"技术员": "Technician", "工程师": "Engineer", "主任工程师": "Principal Engineer",
                "项目经理": "Project Manager", "部门经理": "Department Manager", "副总经理": "Deputy General Manager",
                "总工程师": "Chief Engineer", "销售经理": "Sales Manager", "研究人员": "Researcher",
                "课题组长": "Group Leader", "博士后": "Postdoctoral Fellow", "室主任": "Lab Director",
                "教师": "Lecturer", "系主任": "Head of Department", "副院长": "Associate Dean",
                "实验员": "Lab Technician", "医生": "Physician", "科室主任": "Head of Department",
                "副主任": "Deputy Director", "护士长": "Head Nurse"}
PROGRAMMES_SENIOR = ["领军人才", "创新领军人才", "攀枝花工匠", "攀枝花名医", "攀枝花名师", "杰出人才",
                     "创业领军人才"]
PROGRAMMES_YOUNG = ["青鹏人才", "青技人才", "康养优才", "农业优才"]

# ---------------------------------------------------------------------------------------------
# Names

SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 "
            "肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 "
            "韦 付 方 邹 孟 熊 秦 邱 江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 向 汤 "
            "文 易 杞 普 苟").split()
_SURNAME_CUM_WEIGHTS = list(__import__("itertools").accumulate(1 / (rank + 3) for rank in range(1, len(SURNAMES) + 1)))
TRICKY_SURNAMES = "单 曾 解 仇 区 朴 查 乐 覃 翟 盖 缪".split()
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛"]
COMPOUND_SURNAMES_MORE = ["欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "令狐", "尉迟"]
SURNAME_PINYIN = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha",
                  "乐": "yue", "覃": "qin", "翟": "zhai", "盖": "ge", "缪": "miao", "尉迟": "yuchi",
                  "万": "wan", "石": "shi", "秦": "qin", "吕": "lyu"}
YI_CLANS = ["吉克", "阿苏", "沙马", "吉伍", "阿的", "马海", "俄木", "海来", "曲比", "阿约", "勒格", "吉木", "日火"]
YI_GIVEN = ["阿呷", "拉哈", "阿果", "木呷", "阿依", "伍呷", "石者", "尔古", "拉则", "阿支", "格布", "阿木",
            "子莫", "伍各"]

# Two pools of given-name characters: "a" for the default shape, "b" for the holdout.
GIVEN = {
    "a": {
        "男": "伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 旭 龙 林 洋 晨 阳 博 文 亮 建 国 东 海 峰 成 志 兵 睿 泽 轩 航 宏".split(),
        "女": "芳 娜 静 敏 丽 艳 娟 霞 秀 英 玲 燕 萍 红 婷 雪 琳 颖 倩 洁 梅 莉 兰 丹 慧 蓉 琴 云 佳 欣 悦 怡 婧 璐 瑶 蕾 薇 雨 晶 露 月 楠 欢".split(),
        "first": "子 宇 浩 俊 家 志 建 明 晓 文 海 永 国 天 嘉 思 博 一 雨 卓 鸿 泽 春 丽 秀 玉 佳 欣 雅 梦 诗".split(),
    },
    "b": {
        "男": "鑫 磊 毅 剑 锋 坤 鹏 晖 铭 琪 骏 彬 洪 江 川 山 舟 航 凌 铮 伟 强 杰 勇 斌 豪 然 哲 翔 宸 昊 炜".split(),
        "女": "婉 媛 瑾 瑜 妍 婕 琪 茜 苗 芸 菲 蓓 娅 馨 萌 静 芳 丽 敏 娜 红 燕 雯 琦 瑞 霏 岚 蕊 晴 桐".split(),
        "first": "梓 若 锦 亦 紫 子 俊 晓 明 海 红 永 德 玉 金 美 德 安 宏 世 彦 一 欣 语".split(),
    },
}
# very common full names (name, gender): many DIFFERENT people carry them
COMMON_NAMES = {
    "a": [("张伟", "男"), ("王伟", "男"), ("王芳", "女"), ("李娜", "女"), ("刘伟", "男"), ("李静", "女"),
          ("张敏", "女"), ("王静", "女"), ("李伟", "男"), ("张丽", "女"), ("王磊", "男"), ("李强", "男"),
          ("刘洋", "男"), ("王艳", "女"), ("李军", "男")],
    "b": [("张勇", "男"), ("王秀英", "女"), ("李秀英", "女"), ("张静", "女"), ("李敏", "女"), ("王丽", "女"),
          ("刘芳", "女"), ("陈静", "女"), ("杨帆", "男"), ("王强", "男"), ("李洋", "男"), ("陈伟", "男"),
          ("张伟", "男"), ("刘敏", "女")],
}
HOMOPHONES = {
    "伟": "玮炜韦", "静": "晶婧", "芳": "方", "敏": "民珉", "娜": "纳", "丽": "莉俐", "军": "君", "勇": "永",
    "杰": "洁", "磊": "蕾", "洋": "阳", "艳": "燕", "华": "化", "明": "鸣铭", "霞": "侠", "婷": "庭",
    "涛": "滔", "斌": "彬", "鹏": "朋", "飞": "菲", "浩": "昊皓", "宇": "雨羽", "晓": "小", "欣": "馨新",
    "琳": "林霖", "建": "健", "平": "萍", "波": "博", "刚": "钢", "辉": "晖", "峰": "锋", "玲": "铃",
    "红": "宏虹", "梅": "玫", "英": "瑛", "兰": "岚", "秀": "绣", "倩": "茜", "佳": "嘉", "思": "斯",
    "雪": "学", "强": "墙", "东": "冬", "海": "还", "龙": "隆", "凯": "恺", "俊": "骏", "燕": "艳",
    "阳": "扬", "晨": "辰", "璐": "露", "瑶": "遥", "婧": "静", "毅": "艺", "鑫": "欣", "琪": "琦",
    "张": "章", "王": "汪", "李": "黎", "刘": "柳", "陈": "程", "徐": "许", "肖": "萧", "付": "傅",
}
SHAPE_ALIKE = {"侯": "候", "候": "侯", "己": "已", "已": "己", "王": "玉", "玉": "王", "田": "由", "天": "夫",
               "未": "末", "日": "曰", "土": "士", "人": "入", "大": "太", "晴": "睛", "拔": "拨", "折": "析",
               "戌": "戍", "辛": "幸", "茜": "西", "宏": "弘", "杨": "扬", "彬": "杉", "晖": "挥",
               "琳": "淋", "娟": "涓", "婷": "停", "静": "净", "鹏": "朋", "倩": "债", "斌": "武"}
YI_DOTS = ["·", "•", ".", "・", "‧", "", "．"]
ANNOTATIONS = ["（已调离）", "(已调离)", "（退休）", "（在国外）", "（待核实）", "(博士)"]

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
_PINYIN_CACHE: dict[str, str] = {}


def _pinyin(chars: str) -> list[str]:
    out = []
    for ch in chars:
        py = _PINYIN_CACHE.get(ch)
        if py is None:
            py = _PINYIN_CACHE[ch] = lazy_pinyin(ch)[0].replace("v", "yu")
        out.append(py)
    return out


def surname_pinyin(surname: str) -> str:
    return SURNAME_PINYIN.get(surname) or "".join(_pinyin(surname))


# ---------------------------------------------------------------------------------------------
# The people

@dataclass
class PeopleProfile:
    """How a population looks: shares and pools. The holdout shape uses different numbers."""
    pool: str = "a"                 # given-name pool and common-name list
    origin_share: float = 0.70
    pzh_id_share: float = 0.85      # of Panzhihua-origin people: ID carries a Panzhihua area code
    yi_share: float = 0.03
    common_name_share: float = 0.06
    compound_share: float = 0.012
    tricky_share: float = 0.04
    family_share: float = 0.12      # share of draws that make a household of 2-3
    abroad_share: float = 0.05
    change_share: float = 0.15      # changed employer/city/phone between older and newer rosters
    legacy_id_share: float = 0.45   # of people born before 1980: still carry a 15-digit ID
    compound_pool: tuple = tuple(COMPOUND_SURNAMES)
    pzh_county_weights: dict = field(default_factory=lambda: {
        "510402": 24, "510403": 12, "510411": 18, "510421": 17, "510422": 12})
    other_area_weights: dict = field(default_factory=lambda: {
        "510104": 14, "510107": 10, "500104": 6, "500103": 6, "530102": 6, "110105": 4, "513401": 5,
        "513431": 2, "511102": 5, "210302": 5, "442000": 2, "510502": 4, "511502": 4, "420102": 3})


@dataclass
class Person:
    key: str
    family_key: str
    family_role: str          # "", "parent", "child"
    name: str                 # simplified; Yi names with "·"
    surname: str
    given: str
    is_yi: bool
    name_pinyin: str          # "Zhang Xiaoming"
    gender: str               # 男 / 女
    birth: date
    area_code: str            # of the ID number
    id18: str
    id15: str                 # legacy 15-digit form the person still uses somewhere, or ""
    origin: bool
    origin_evidence: str      # "id;hometown", "student_origin;school", "" ...
    pzh_county: str           # 东区 ... for Panzhihua-origin people ("" if city level or not origin)
    hometown_area: str        # area code whose wording is written as 籍贯
    high_school: str
    grad_class: int           # high-school graduation year
    phone: str
    phone_old: str
    phone_abroad: str
    landline: str
    email: str
    family_email: str
    education: str
    school: str
    major: str
    sector: str
    employer: str
    employer_old: str
    city: str
    city_old: str
    abroad: bool
    title_level: int          # 0 正高 .. 3 初级, 4 none
    title: str
    position: str
    expertise: str
    programme: str
    change_epoch: int         # 0: no change; 1/2: rosters of an older epoch show the *_old values
    notes: dict = field(default_factory=dict)   # extras set by a roster (student number, ...)

    @property
    def degree(self) -> str:
        return DEGREE_FOR[self.education]

    def employer_at(self, epoch: int) -> str:
        return self.employer_old if self.change_epoch and epoch < self.change_epoch else self.employer

    def city_at(self, epoch: int) -> str:
        return self.city_old if self.change_epoch and epoch < self.change_epoch else self.city

    def phone_at(self, epoch: int) -> str:
        return self.phone_old if self.change_epoch and epoch < self.change_epoch and self.phone_old else self.phone


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _draw_name(rng, gender, prof: PeopleProfile, surname: str | None = None, young: bool = True):
    """(surname, given, is_yi) — surname fixed for a family member."""
    pool = GIVEN[prof.pool]
    if surname is None:
        r = rng.random()
        if r < prof.yi_share:
            return rng.choice(YI_CLANS), rng.choice(YI_GIVEN), True
        r -= prof.yi_share
        if r < prof.common_name_share:
            choices = [n for n, g in COMMON_NAMES[prof.pool] if g == gender]  # most common first
            name = rng.choices(choices, weights=[1 / (i + 2) for i in range(len(choices))])[0]
            return name[0], name[1:], False
        r -= prof.common_name_share
        if r < prof.compound_share:
            surname = rng.choice(prof.compound_pool)
        elif r < prof.compound_share + prof.tricky_share:
            surname = rng.choice(TRICKY_SURNAMES)
        else:  # SURNAMES is in frequency order: 王 李 张 about 7 % each, rank 100 about 0.3 %
            surname = rng.choices(SURNAMES, cum_weights=_SURNAME_CUM_WEIGHTS)[0]
    if surname in YI_CLANS:
        return surname, rng.choice(YI_GIVEN), True
    one_char = rng.random() < (0.22 if young else 0.45)
    if one_char:
        given = rng.choice(pool[gender])
    else:
        given = rng.choice(pool["first"]) + rng.choice(pool[gender])
        if given[0] == given[1] and rng.random() < 0.5:
            given = given[0] + rng.choice(pool[gender])
    return surname, given, False


def _unique(rng, used: set, make):
    for _ in range(50):
        value = make()
        if value not in used:
            used.add(value)
            return value
    raise RuntimeError("could not draw a unique value")


_MOBILE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                    "155", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "186", "187",
                    "188", "189", "191", "198", "199"]
_MAIL_DOMAINS = {"qq.com": 35, "163.com": 25, "126.com": 8, "sina.com": 4, "foxmail.com": 6, "gmail.com": 5,
                 "outlook.com": 5, "139.com": 4, "hotmail.com": 3, "yeah.net": 2}
_ABROAD_PHONES = {"英国": ("+44", "7### ######"), "新加坡": ("+65", "9### ####"), "加拿大": ("+1", "(416) 555-0###"),
                  "澳大利亚": ("+61", "4## ### ###"), "德国": ("+49", "151 ########"),
                  "日本": ("+81", "90-####-####"), "美国": ("+1", "617-555-0###")}


def _digits(rng, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def _email(rng, used, sur_py: str, given_py: list[str], birth: date, abroad: bool) -> str:
    def make():
        style = rng.random()
        g = "".join(given_py)
        if style < 0.25:
            local = f"{rng.randrange(10**8, 3 * 10**9)}"                       # a QQ number
            return f"{local}@qq.com"
        if style < 0.5:
            local = f"{sur_py}{g}{rng.choice(['', str(birth.year), f'{birth:%y}', str(rng.randrange(100))])}"
        elif style < 0.7:
            local = f"{sur_py[0]}{''.join(s[0] for s in given_py)}{birth:%Y%m%d}"[:16]
        elif style < 0.85:
            local = f"{g}.{sur_py}{rng.choice(['', str(rng.randrange(10, 99))])}"
        else:
            local = f"{g}_{sur_py}{rng.randrange(1000)}"
        domain = rng.choice(["gmail.com", "outlook.com", "hotmail.com"]) if abroad and rng.random() < 0.7 \
            else _pick(rng, _MAIL_DOMAINS)
        return f"{local}@{domain}"
    return _unique(rng, used, make)


_CN_NUMBERS = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十五 三十 三十七".split()


def _employer(rng, sector: str, city: str, abroad: bool) -> str:
    if abroad:
        fitting = [e for e in EMPLOYERS_ABROAD if e[2] == city] or EMPLOYERS_ABROAD
        return rng.choice(fitting)[0]
    named = [e[0] for e in EMPLOYERS if e[4] == sector and e[3] == city]
    if named and rng.random() < 0.6:
        return rng.choice(named)
    if sector in ("university", "research") and named:
        return rng.choice(named)
    place = f"{city}市"
    if city == "攀枝花" and rng.random() < 0.4:
        place = rng.choice(["米易县", "盐边县", "仁和区", "东区", "西区"])
    county = not place.endswith("市")
    if sector == "hospital":
        if county:
            return place + rng.choice(["人民医院", "中医医院", "妇幼保健院"])
        return place + rng.choice([f"第{rng.choice(_CN_NUMBERS[:6])}人民医院", "中医医院", "人民医院"])
    if sector == "school":
        if county:
            return place + rng.choice(["中学", "第二中学", "实验学校", "实验小学"])
        return place + rng.choice([f"第{rng.choice(_CN_NUMBERS)}中学", "实验中学", "实验小学"])
    if sector == "government":
        return place + rng.choice(["发展和改革局", "经济和信息化局", "农业农村局", "科学技术局",
                                   "文化广播电视和旅游局", "卫生健康局", "人力资源和社会保障局"])
    short = city if city != "攀枝花" or rng.random() < 0.7 else rng.choice(["米易", "盐边", "仁和"])
    return f"{short}{rng.choice(_GENERIC_WORDS)}{rng.choice(_GENERIC_TRADES)}{rng.choice(_GENERIC_SUFFIX)}"


def _career(rng, p_age: int, origin: bool, abroad: bool, prof: PeopleProfile):
    """sector, major, education, school, employer, city, title_level, title, position, expertise, programme"""
    sector = _pick(rng, {k: v for k, v in SECTOR_WEIGHTS.items() if not abroad or k in _ABROAD_SECTORS})
    majors = [m for m in MAJORS if sector in m[3].split()]
    major = rng.choice(majors)
    edu_w = {"博士研究生": 6, "硕士研究生": 22, "大学本科": 52, "大学专科": 14, "高中/中专": 6}
    if sector in ("research", "university"):
        edu_w = {"博士研究生": 45, "硕士研究生": 40, "大学本科": 15, "大学专科": 0, "高中/中专": 0}
    if p_age < 24:
        edu_w.update({"博士研究生": 0, "硕士研究生": 0})
    elif p_age < 27:
        edu_w["博士研究生"] = 0
    if abroad:
        edu_w.update({"博士研究生": 40, "硕士研究生": 45, "大学本科": 15, "大学专科": 0, "高中/中专": 0})
    education = _pick(rng, edu_w)
    if education == "大学专科":
        school = rng.choice(["四川机电职业技术学院", "攀枝花学院", "西华大学", "四川师范大学"])
    elif abroad and education != "大学本科" and rng.random() < 0.7:
        school = rng.choice(SCHOOLS_ABROAD)[0]
    else:
        school = rng.choice(SCHOOLS[:-1])[0] if education != "高中/中专" else ""
    if abroad:
        city = _pick(rng, ABROAD_CITY_WEIGHTS)
    else:
        w = dict(DOMESTIC_CITY_WEIGHTS)
        w["攀枝花"] = 35 if origin else 15
        city = _pick(rng, w)
    employer = _employer(rng, sector, city, abroad)
    # title level by age and education (0 正高 ... 3 初级, 4 none)
    bonus = {"博士研究生": 8, "硕士研究生": 3}.get(education, 0)
    seniority = p_age - 24 + bonus + rng.randrange(-4, 5)
    level = 0 if seniority > 24 and rng.random() < 0.45 else 1 if seniority > 14 else 2 if seniority > 5 else 3
    if rng.random() < 0.12 or education == "高中/中专":
        level = 4
    family = "nursing" if major[0] == "护理学" else sector
    title = TITLES[family][level] if level < 4 else ""
    positions = POSITIONS[sector]
    position = positions[min(len(positions) - 1, max(0, (3 - min(level, 3)) + rng.randrange(-1, 2)))]
    expertise = rng.choice(major[4])
    programme = ""
    if level <= 1 and rng.random() < 0.25:
        programme = rng.choice(PROGRAMMES_SENIOR)
    elif p_age < 36 and rng.random() < 0.06:
        programme = rng.choice(PROGRAMMES_YOUNG)
    return dict(sector=sector, major=major[0], education=education, school=school, employer=employer, city=city,
                title_level=level, title=title, position=position, expertise=expertise, programme=programme)


def make_people(rng: random.Random, n: int, prof: PeopleProfile, reference_year: int = 2024) -> list[Person]:
    """Draw n true persons: households of 2-3 (a parent and children) and single persons."""
    people: list[Person] = []
    used_ids, used_phones, used_mails, used_landlines = set(), set(), set(), set()

    def new_person(birth_year, gender, origin, surname=None, area=None, family=None, role="",
                   landline="", family_email="", county=None, birth=None):
        age = reference_year - birth_year
        sur, given, is_yi = _draw_name(rng, gender, prof, surname, young=birth_year >= 1985)
        birth = birth or date(birth_year, 1, 1) + timedelta(days=rng.randrange(365))
        evidence = []
        pzh_county = ""
        if area is None:
            if origin:
                if rng.random() < prof.pzh_id_share:
                    area = _pick(rng, prof.pzh_county_weights)
                    if is_yi:
                        area = rng.choice(["510422", "510421"])
                    if birth_year < 1985 and rng.random() < 0.25:
                        area = rng.choice(["510420", "510401"])
                else:
                    area = _pick(rng, prof.other_area_weights) if not is_yi else "513401"
            else:
                area = _pick(rng, prof.other_area_weights) if not is_yi else rng.choice(["513401", "513431"])
        if origin:
            pzh_county = county if county is not None else (
                PZH_AREAS[area][1] if area in PZH_AREAS else
                PZH_AREAS[_pick(rng, prof.pzh_county_weights)][1])
        hometown_area = area
        if area in PZH_AREAS:
            evidence.append("id")
        if origin and area not in PZH_AREAS and rng.random() < 0.5:
            hometown_area = PZH_COUNTY_CODES.get(pzh_county, "510402")
        if hometown_area in PZH_AREAS:
            evidence.append("hometown")
        high_school, grad_class = "", 0
        if origin:
            high_school = rng.choice(PZH_HIGH_SCHOOLS[pzh_county])
            grad_class = birth_year + (18 if rng.random() < 0.7 else 19)
            evidence.append("school")
            if area not in PZH_AREAS:
                evidence.append("student_origin")
        id18 = _unique(rng, used_ids, lambda: make_id18(area, birth, rng.randrange(0, 500) * 2 +
                                                       (1 if gender == "男" else 0)))
        seq = int(id18[14:17])
        id15 = make_id15(area, birth, seq) if birth_year < 1980 and rng.random() < prof.legacy_id_share else ""
        sur_py, given_py = surname_pinyin(sur), _pinyin(given)
        abroad = 22 <= age <= 55 and rng.random() < prof.abroad_share
        career = _career(rng, age, origin, abroad, prof)
        change_epoch = rng.choice([1, 2]) if rng.random() < prof.change_share else 0
        if abroad:  # some went abroad after earlier work in China: only the oldest rosters show that
            change_epoch = 1 if rng.random() < 0.5 else 0
        employer_old, city_old, phone_old = career["employer"], career["city"], ""
        if change_epoch:
            if abroad:
                city_old = _pick(rng, DOMESTIC_CITY_WEIGHTS)
                employer_old = _employer(rng, career["sector"], city_old, False)
            else:
                city_old = career["city"] if rng.random() < 0.5 else _pick(rng, DOMESTIC_CITY_WEIGHTS)
                employer_old = _employer(rng, career["sector"], city_old, False)
            if rng.random() < 0.5:
                phone_old = _unique(rng, used_phones, lambda: rng.choice(_MOBILE_PREFIXES) + _digits(rng, "########"))
        phone_abroad = ""
        if abroad:
            country = CITIES[career["city"]][2]
            cc, pattern = _ABROAD_PHONES.get(country, ("+44", "7### ######"))
            phone_abroad = f"{cc} {_digits(rng, pattern)}"
        person = Person(
            key=f"P{len(people) + 1:06d}", family_key=family or f"F{len(people) + 1:06d}", family_role=role,
            name=f"{sur}·{given}" if is_yi else sur + given, surname=sur, given=given, is_yi=is_yi,
            name_pinyin=f"{sur_py.capitalize()} {''.join(given_py).capitalize()}", gender=gender, birth=birth,
            area_code=area, id18=id18, id15=id15, origin=origin, origin_evidence=";".join(evidence),
            pzh_county=pzh_county, hometown_area=hometown_area, high_school=high_school, grad_class=grad_class,
            phone=_unique(rng, used_phones, lambda: rng.choice(_MOBILE_PREFIXES) + _digits(rng, "########")),
            phone_old=phone_old, phone_abroad=phone_abroad, landline=landline,
            email=_email(rng, used_mails, sur_py, given_py, birth, abroad), family_email=family_email,
            employer_old=employer_old, city_old=city_old, abroad=abroad, change_epoch=change_epoch, **career)
        if not landline and origin and birth_year < 1980 and rng.random() < 0.15:
            person.landline = _unique(rng, used_landlines, lambda: "0812-" + _digits(rng, rng.choice(
                ["33#####", "35#####", "22#####", "51#####", "86#####"])))
        people.append(person)
        return person

    while len(people) < n:
        origin = rng.random() < prof.origin_share
        if rng.random() < prof.family_share and n - len(people) >= 2:
            fkey = f"F{len(people) + 1:06d}"
            parent_year = rng.randrange(1960, 1976)
            parent = new_person(parent_year, "男" if rng.random() < 0.75 else "女", origin, family=fkey,
                                role="parent")
            code = "0812" if origin else LANDLINE_CODES.get(AREAS[parent.area_code][0], "028")
            parent.landline = _unique(rng, used_landlines, lambda: f"{code}-" + _digits(
                rng, rng.choice(["33#####", "35#####", "22#####", "51#####"]) if code == "0812" else "8#######"))
            if rng.random() < 0.3:
                parent.family_email = parent.email
            n_children = 1 if n - len(people) < 2 or rng.random() < 0.7 else 2
            twins = n_children == 2 and rng.random() < 0.15  # same surname, birth date, landline
            child_year = min(2003, parent_year + rng.randrange(23, 34))
            first = None
            for i in range(n_children):
                year = child_year if (i == 0 or twins) else min(2003, child_year + rng.randrange(1, 6))
                area = parent.area_code if rng.random() < 0.8 or twins else None
                child = new_person(year, rng.choice(["男", "女"]), origin, surname=parent.surname,
                                   area=first.area_code if twins and first else area, family=fkey, role="child",
                                   landline=parent.landline, family_email=parent.family_email,
                                   county=parent.pzh_county if origin else None,
                                   birth=first.birth if twins and first else None)
                first = first or child
        else:
            year = min(2003, max(1960, int(rng.triangular(1960, 2004, 1992))))
            new_person(year, "男" if rng.random() < 0.52 else "女", origin)
    return people[:n]


# ---------------------------------------------------------------------------------------------
# How a roster writes a value down

def name_as_written(p: Person, rng: random.Random, rates: dict, yi_dot: str = "·") -> tuple[str, str]:
    """(text, form): form says which variant was applied, for the truth file."""
    if p.is_yi:
        dot = yi_dot if rng.random() < 0.8 else rng.choice(YI_DOTS)
        text = f"{p.surname}{dot}{p.given}"
        return text, "exact" if dot == "·" else "yi_dot"
    r = rng.random()
    name = p.name
    for form in ("traditional", "homophone", "shape", "space", "annotation"):
        rate = rates.get(form, 0.0)
        if r >= rate:
            r -= rate
            continue
        if form == "traditional":
            t = _S2T.convert(name)
            if t != name and _T2S.convert(t) == name:
                return t, form
        elif form == "homophone":
            spots = [i for i, ch in enumerate(name) if ch in HOMOPHONES and (i >= len(p.surname) or
                                                                            rng.random() < 0.2)]
            if spots:
                i = rng.choice(spots)
                return name[:i] + rng.choice(HOMOPHONES[name[i]]) + name[i + 1:], form
        elif form == "shape":
            spots = [i for i, ch in enumerate(name) if ch in SHAPE_ALIKE]
            if spots:
                i = rng.choice(spots)
                return name[:i] + SHAPE_ALIKE[name[i]] + name[i + 1:], form
        elif form == "space":
            k = len(p.surname)
            gap = "\u3000" if len(name) == 2 and rng.random() < 0.6 else rng.choice([" ", "\u3000", "  "])
            return (name[:k] + gap + name[k:] if rng.random() < 0.85 else name + " "), form
        elif form == "annotation":
            note = rng.choice(ANNOTATIONS + [f"（{p.gender}）"])
            return name + note, form
        break
    return name, "exact"


def romanised_name(p: Person, rng: random.Random) -> str:
    sur = surname_pinyin(p.surname)
    syl = _pinyin(p.given)
    S, G = sur.capitalize(), "".join(syl).capitalize()
    hy = "-".join(s.capitalize() for s in syl)
    forms = [f"{S} {G}", f"{G} {S}", f"{G} {S}", f"{G} {S.upper()}", f"{G.upper()} {S}", f"{S}, {G}",
             f"{S.upper()} {G}", f"{sur} {G.lower()}"]
    if len(syl) > 1:
        forms += [f"{hy} {S}", f"{S} {hy}"]
    return rng.choice(forms)


def mobile_as_written(number: str, rng: random.Random, styles: dict):
    style = _pick(rng, styles)
    a, b, c = number[:3], number[3:7], number[7:]
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    return {
        "plain": number, "space": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}",
        "plus86": f"+86 {a}-{b}-{c}", "plus86_plain": f"+86{number}", "0086": f"0086 {number}",
        "86": f"86-{number}", "fullwidth": number.translate(fw), "fullwidth0": ("0" + number).translate(fw),
        "lead0": "0" + number, "number": int(number), "trailing": f"{number} ", "paren": f"({a}){b}{c}",
    }[style]


def landline_as_written(number: str, rng: random.Random) -> str:
    code, rest = number.split("-")
    return rng.choice([number, f"({code}){rest}", f"{code}{rest}", f"{code} {rest}", rest])


def date_as_written(d: date, rng: random.Random, formats: dict):
    fmt = _pick(rng, formats)
    if fmt == "date":
        return d                      # a real date cell in a workbook
    if fmt == "month_date":
        return date(d.year, d.month, 1)
    return (fmt.replace("%-m", str(d.month)).replace("%-d", str(d.day))
            .replace("%Y", f"{d.year}").replace("%m", f"{d.month:02d}").replace("%d", f"{d.day:02d}")
            .replace("%y", f"{d.year % 100:02d}"))


def id_typo(id18: str, rng: random.Random) -> str:
    i = rng.randrange(6, 17)
    if rng.random() < 0.5 and id18[i] != id18[i + 1]:   # transposition
        return id18[:i] + id18[i + 1] + id18[i] + id18[i + 2:]
    return id18[:i] + str((int(id18[i]) + rng.randrange(1, 10)) % 10) + id18[i + 1:]


def id_as_written(p: Person, rng: random.Random, rates: dict):
    """An ID as a roster shows it. rates: typo, legacy, lower_x, spaces, float (Excel damage), tab_prefix."""
    r = rng.random
    if p.id15 and r() < rates.get("legacy", 0.0):
        value = p.id15
    else:
        value = p.id18
        if r() < rates.get("typo", 0.0):
            value = id_typo(value, rng)
    if value[-1] == "X" and r() < rates.get("lower_x", 0.0):
        value = value[:-1] + "x"
    if r() < rates.get("float", 0.0) and value.isdigit() and len(value) == 18:
        return float(f"{int(value):.15g}")  # what Excel keeps of a number typed into a numeric cell
    if r() < rates.get("spaces", 0.0):
        value = f"{value[:6]} {value[6:14]} {value[14:]}"
    if r() < rates.get("tab_prefix", 0.0):
        value = "\t" + value
    return value


def wording(rng: random.Random, canonical: str, aliases, alias_rate: float) -> str:
    return rng.choice(aliases) if aliases and rng.random() < alias_rate else canonical


_EMPLOYER_ALIASES = {e[0]: e[1] for e in EMPLOYERS}
_EMPLOYER_EN = {e[0]: e[2] for e in EMPLOYERS}
_ABROAD_ZH = {e[0]: e[1] for e in EMPLOYERS_ABROAD}
_SCHOOLS = {s[0]: s for s in SCHOOLS + SCHOOLS_ABROAD}
MAJOR_INFO = {m[0]: m for m in MAJORS}


def employer_as_written(name: str, rng: random.Random, alias_rate: float, lang: str = "zh") -> str:
    if name in _ABROAD_ZH:
        return name if lang == "en" or rng.random() < 0.4 else _ABROAD_ZH[name]
    if lang == "en" and name in _EMPLOYER_EN and rng.random() < 0.7:
        return _EMPLOYER_EN[name]
    aliases = _EMPLOYER_ALIASES.get(name)
    if aliases is None:  # a generic company: drop the legal suffix or the city
        for suffix in _GENERIC_SUFFIX:
            if name.endswith(suffix):
                aliases = [name[: -len(suffix)], name.replace("有限责任公司", "有限公司")]
                break
    return wording(rng, name, aliases, alias_rate)


def school_as_written(name: str, rng: random.Random, alias_rate: float, lang: str = "zh") -> str:
    if not name:
        return ""
    zh, aliases, en = _SCHOOLS[name]
    if lang == "en":
        return en
    if en in ("Imperial College London", "National University of Singapore") and rng.random() < 0.2:
        return en
    return wording(rng, zh, aliases, alias_rate)


def major_as_written(name: str, rng: random.Random, lang: str = "zh") -> str:
    return MAJOR_INFO[name][1] if lang == "en" else name


def city_as_written(city: str, rng: random.Random, lang: str = "zh", en_rate: float = 0.03) -> str:
    words, en, _, _ = CITIES[city]
    if lang == "en" or rng.random() < en_rate:
        return en
    return rng.choice(words)


def country_as_written(city: str, rng: random.Random, lang: str = "zh") -> str:
    _, _, zh, en = CITIES[city]
    return rng.choice(en) if lang == "en" else zh


def hometown_as_written(p: Person, rng: random.Random, lang: str = "zh") -> str:
    _, _, words, en = AREAS[p.hometown_area]
    return en if lang == "en" else rng.choice(words)


def student_origin_as_written(p: Person, rng: random.Random) -> str:
    """生源地: the Panzhihua county for Panzhihua-origin students, written out in full."""
    county = p.pzh_county or "东区"
    full = f"四川省攀枝花市{county}"
    return rng.choice([full, full, f"攀枝花市{county}", f"四川攀枝花{county}", "四川省攀枝花市"])


def education_as_written(education: str, rng: random.Random, alias_rate: float, lang: str = "zh") -> str:
    if lang == "en":
        return rng.choice(EDUCATION_EN[education])
    return wording(rng, education, EDUCATION_WORDINGS[education], alias_rate)
