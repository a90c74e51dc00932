"""Vocabulary the roster generator draws from: names, places, schools, employers, majors.

Plain data, written by hand. Pinyin readings and traditional forms of these words are in
tables.py (fixed once, see README).
"""

# --- surnames: (surname, weight per mille, roughly the Sichuan/national mix) -------------
SURNAMES = [
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 36), ("黄", 22), ("赵", 21),
    ("吴", 20), ("周", 20), ("徐", 16), ("孙", 13), ("马", 14), ("朱", 12), ("胡", 13), ("郭", 11),
    ("何", 14), ("林", 8), ("高", 10), ("罗", 15), ("郑", 9), ("梁", 8), ("谢", 10), ("宋", 8),
    ("唐", 11), ("许", 7), ("韩", 6), ("冯", 7), ("邓", 11), ("曹", 6), ("彭", 9), ("曾", 9),
    ("肖", 8), ("田", 6), ("董", 5), ("袁", 7), ("潘", 5), ("于", 4), ("蒋", 7), ("蔡", 5),
    ("余", 6), ("杜", 6), ("叶", 4), ("程", 4), ("苏", 4), ("魏", 4), ("吕", 4), ("丁", 4),
    ("任", 5), ("沈", 3), ("姚", 4), ("卢", 4), ("姜", 3), ("崔", 3), ("钟", 4), ("谭", 4),
    ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3), ("廖", 5), ("贾", 3), ("夏", 3),
    ("韦", 2), ("付", 4), ("方", 3), ("白", 3), ("邹", 3), ("孟", 3), ("熊", 4), ("秦", 3),
    ("邱", 3), ("江", 3), ("尹", 3), ("薛", 2), ("闫", 2), ("段", 3), ("雷", 3), ("侯", 2),
    ("龙", 3), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2), ("郝", 2),
    ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2), ("覃", 1), ("武", 2), ("戴", 2),
    ("莫", 1), ("孔", 1), ("向", 3), ("汤", 2), ("饶", 1), ("敬", 1), ("苟", 1), ("冉", 1),
    ("单", 0.6), ("解", 0.4), ("翟", 0.6), ("仇", 0.3), ("查", 0.3), ("乐", 0.3), ("盖", 0.3),
    ("缪", 0.4), ("区", 0.1), ("欧阳", 0.8), ("司马", 0.1), ("上官", 0.2), ("诸葛", 0.1),
    ("皇甫", 0.1),
]

# Surnames frequent among Yi people with Han-style names in 盐边/米易.
YI_HAN_SURNAMES = [("吉", 12), ("沙", 8), ("马", 12), ("罗", 10), ("杨", 8), ("王", 6),
                   ("海", 5), ("苏", 5), ("李", 8), ("阿", 4), ("曲", 3), ("毛", 3)]

# --- given-name characters by birth cohort and sex -------------------------------------
GIVEN = {
    ("old", "男"): "建国华明军勇平强伟刚志福德荣忠林春永海文兵庆红东成良金贵光学斌云峰涛辉立新中",
    ("old", "女"): "秀英芳兰梅华桂淑珍玉红霞琴萍丽敏燕凤群春琼慧莉娟云艳平静蓉雪玲芬",
    ("mid", "男"): "伟磊涛杰强鹏斌波辉刚健军勇超亮飞浩俊凯博峰宇明东海龙江毅坤鑫晓小鹏松华彬林",
    ("mid", "女"): "静丽娜敏艳燕娟霞玲婷颖雪琳洁慧倩晶丹莉萍红梅兰玉琴蓉瑶佳欣怡晓小露薇璐雯",
    ("new", "男"): "浩宇轩睿子泽晨航天一家宏博文俊杰昊鑫逸豪宸铭晟琦瑞翔旭哲然嘉奕锦铭楷",
    ("new", "女"): "涵萱可诗梓悦彤思婧妍月雨欣怡佳琪嘉馨蕾珊楠茜雅雯瑶语若晨一玥婷颖",
}
# two-character given names: (first characters, second characters) by cohort and sex
GIVEN2 = {
    ("old", "男"): ("建国志德永光学文明长金福庆红家昌世正国", "国华明军平强林生成荣忠福祥兵春良民贵峰发勇"),
    ("old", "女"): ("秀桂淑玉凤春美丽红素金翠英惠琼兰小", "英芳兰梅华珍琴萍霞芬莲娥凤群云蓉玲琼"),
    ("mid", "男"): ("志建海俊晓小文宏永国家明伟德金成云学中正", "伟军涛斌磊鹏强峰刚杰勇波辉平华龙林东明超亮松飞"),
    ("mid", "女"): ("晓丽海雪小春秀玉红佳思美慧婷静文雅金燕", "丽娟燕霞敏婷玲琳洁静芳艳梅红萍莉倩颖蓉丹"),
    ("new", "男"): ("子浩宇俊梓一家博嘉泽天睿思文明锦皓承志奕晨", "轩宇豪杰涵浩泽睿辰航铭然博凯阳鑫瑞翔霖川"),
    ("new", "女"): ("梓子思雨欣诗可佳嘉一语若雅紫怡婧晓心", "涵萱怡彤琪妍悦瑶菲馨雯琳欣然颖玥萌婷"),
}
# share of one-character given names by cohort
SINGLE_GIVEN = {"old": 0.12, "mid": 0.15, "new": 0.05}


def cohort(year):
    return "old" if year < 1976 else ("mid" if year < 1992 else "new")


# Very common full names (hard negatives): (name, sex, cohorts allowed)
COMMON_NAMES = [
    ("张伟", "男", "om"), ("王伟", "男", "om"), ("李伟", "男", "om"), ("刘伟", "男", "om"),
    ("李强", "男", "om"), ("王磊", "男", "m"), ("张勇", "男", "om"), ("王勇", "男", "om"),
    ("李军", "男", "om"), ("王军", "男", "om"), ("张杰", "男", "mn"), ("李杰", "男", "mn"),
    ("刘杰", "男", "mn"), ("张磊", "男", "m"), ("王强", "男", "om"), ("张涛", "男", "m"),
    ("王涛", "男", "m"), ("李明", "男", "om"), ("王鹏", "男", "m"), ("李鹏", "男", "m"),
    ("刘波", "男", "m"), ("陈刚", "男", "om"), ("王超", "男", "m"), ("张超", "男", "m"),
    ("王浩", "男", "mn"), ("张宇", "男", "mn"), ("陈伟", "男", "om"), ("杨伟", "男", "om"),
    ("刘强", "男", "om"), ("黄伟", "男", "m"), ("王建国", "男", "o"), ("张建华", "男", "o"),
    ("刘洋", "男", "mn"), ("杨洋", "男", "mn"), ("张浩", "男", "n"), ("李浩", "男", "n"),
    ("王芳", "女", "om"), ("李娜", "女", "m"), ("张敏", "女", "m"), ("李静", "女", "m"),
    ("王静", "女", "m"), ("张丽", "女", "om"), ("王丽", "女", "om"), ("李丽", "女", "om"),
    ("王敏", "女", "m"), ("王艳", "女", "m"), ("张艳", "女", "m"), ("李娟", "女", "m"),
    ("刘芳", "女", "om"), ("陈静", "女", "m"), ("张静", "女", "m"), ("王娟", "女", "m"),
    ("李芳", "女", "om"), ("张燕", "女", "m"), ("王燕", "女", "m"), ("刘丽", "女", "om"),
    ("王秀英", "女", "o"), ("李秀英", "女", "o"), ("张秀英", "女", "o"), ("刘洋", "女", "mn"),
    ("王婷", "女", "mn"), ("李婷", "女", "mn"), ("张婷", "女", "mn"), ("杨洋", "女", "mn"),
    ("陈丽", "女", "om"), ("杨静", "女", "m"), ("刘敏", "女", "m"), ("王颖", "女", "mn"),
]

# --- Yi names: clan (家支) names and personal names -----------------------------------
YI_CLANS = ["吉克", "阿苏", "沙马", "海来", "阿西", "吉木", "俄底", "曲比", "马海", "勒格",
            "阿尔", "阿说", "瓦扎", "吉伍", "日火", "阿约", "罗洪", "果基", "阿支", "俄木",
            "加拉", "金古", "倮伍", "苏呷"]
# clan -> surname taken for a Han-style name
YI_CLAN_HAN = {"吉克": "吉", "沙马": "沙", "阿苏": "苏", "海来": "海", "马海": "马",
               "曲比": "曲", "吉木": "吉", "罗洪": "罗", "果基": "果", "阿支": "阿"}
YI_GIVEN = {
    "男": ["阿木", "木呷", "拉则", "伍呷", "子洛", "阿哈", "尔古", "石布", "克惹", "日哈",
          "木果", "阿牛", "拉哈", "尔布", "木嘎", "阿力", "约布", "拉博"],
    "女": ["阿呷", "拉莫", "阿依", "阿乌", "莫色", "伍果", "阿芝", "曲莫", "阿嫫", "史莫",
          "拉吉", "日莫", "阿果", "依呷", "阿妞", "么妞"],
}
ETHNIC_OTHER = [("傈僳族", 3), ("苗族", 2), ("回族", 2), ("白族", 1), ("纳西族", 1), ("傣族", 1)]

# --- name variants ---------------------------------------------------------------------
# homophones in Mandarin (pinyin input picks the wrong character)
HOMOPHONES = [
    "丽莉俐利力", "洋阳扬", "晓小筱", "伟玮炜巍", "静婧靖", "娜纳", "敏珉", "杰洁婕捷",
    "磊蕾", "军君", "华桦骅", "燕艳雁彦", "涛韬滔", "明铭鸣", "飞菲霏", "婷亭庭",
    "琳林霖", "超潮", "勇永咏", "斌彬滨", "鹏朋", "辉晖", "芳方舫", "欣鑫馨新昕",
    "宇雨语玉羽", "浩皓昊灏", "轩萱宣", "佳嘉家", "怡宜仪依", "梅玫", "倩茜", "红虹宏鸿洪",
    "建健剑", "峰锋丰枫", "东冬", "刚钢", "琴勤芹", "平萍苹", "文雯", "霞侠", "云芸韵",
    "凯恺锴楷", "博波柏", "成诚承", "龙隆", "琪琦淇祺", "瑶遥", "露璐鹭", "薇微", "颖莹",
    "涵晗", "梓子紫", "思丝", "瑞锐睿", "晨辰琛", "泽择", "帆凡", "翔祥", "毅艺亦逸",
    "悦月玥", "彤桐", "雅亚娅", "楠南", "珊姗", "兰岚", "英瑛", "松嵩", "坤昆", "亮靓",
    "健建", "蓉容榕", "丹单", "志智", "鑫欣", "玲铃伶", "娟涓", "慧惠", "强蔷", "俊骏",
]
SURNAME_HOMOPHONES = ["张章", "刘柳", "徐许", "王汪", "李黎", "吴伍武", "余于俞", "肖萧", "何贺",
                      "龚宫", "严颜闫", "卢鲁", "钟仲", "唐汤", "罗骆", "石史", "戴代", "蒋江姜"]
# Sichuan speech merges -n/-ng and n/l: heard over the phone, typed as the other one
SICHUAN_MERGERS = ["敏明", "琴晴", "斌兵", "彬冰", "林玲", "金京晶", "新星", "民名", "宁玲",
                   "南兰", "陈程", "沈盛"]
# shape-similar characters (handwriting, scanned forms)
SHAPES = {"侯": "候", "己": "已", "未": "末", "土": "士", "王": "玉", "汪": "江", "田": "由",
          "天": "夭", "大": "太", "晴": "睛", "淑": "叔", "冰": "水", "茜": "茵", "裴": "斐",
          "熙": "照", "祎": "袆", "苹": "萍", "萧": "箫", "昊": "吴", "娟": "涓", "婷": "停",
          "倩": "情", "琳": "淋", "杨": "扬", "玲": "珍", "晶": "品", "伟": "传",
          "锋": "峰", "燕": "艳", "静": "净", "鹏": "朋", "辉": "挥", "莉": "利"}

# --- places ------------------------------------------------------------------------------
PZH_AREAS = {  # code: (district, weight in tune, weight in holdout)
    "510402": ("东区", 28, 27), "510403": ("西区", 10, 10), "510411": ("仁和区", 16, 15),
    "510421": ("米易县", 14, 24), "510422": ("盐边县", 22, 12),
}
# IDs issued elsewhere for people schooled or registered in Panzhihua
OTHER_AREAS = [
    ("513425", "会理县", "四川会理"), ("513401", "西昌市", "四川西昌"), ("513424", "德昌县", "四川德昌"),
    ("510104", "锦江区", "四川成都"), ("510107", "武侯区", "四川成都"), ("511102", "市中区", "四川乐山"),
    ("511002", "市中区", "四川内江"), ("530102", "五华区", "云南昆明"), ("532301", "楚雄市", "云南楚雄"),
    ("532123", "永仁县", "云南永仁"), ("500104", "大渡口区", "重庆大渡口"), ("210302", "铁东区", "辽宁鞍山"),
    ("510703", "涪城区", "四川绵阳"), ("513422", "木里藏族自治县", "四川木里"),
]
# 籍贯 of families that came to Panzhihua to build the steel works
ANCESTRAL = ["辽宁鞍山", "四川乐山", "重庆", "四川内江", "湖北武汉", "四川资阳", "四川宜宾", "辽宁本溪",
             "河南洛阳", "四川南充", "云南昭通", "四川眉山", "湖南长沙", "四川自贡", "山东济南"]

TOWNSHIPS = {
    "510422": ["桐子林镇", "红格镇", "渔门镇", "永兴镇", "新九镇", "惠民镇", "国胜乡", "红宝苗族彝族乡",
               "益民乡", "温泉彝族乡", "格萨拉彝族乡", "共和乡", "箐河傈僳族乡"],
    "510421": ["攀莲镇", "丙谷镇", "撒莲镇", "白马镇", "普威镇", "草场镇", "得石镇", "垭口镇",
               "新山傈僳族乡", "麻陇彝族乡", "湾丘彝族乡"],
    "510411": ["仁和镇", "平地镇", "大龙潭彝族乡", "啊喇彝族乡", "总发镇", "福田镇", "同德镇"],
}
URBAN_STREETS = {
    "510402": ["炳草岗大街", "人民街", "机场路", "攀枝花大道东段", "三线路", "长寿路", "新街"],
    "510403": ["清香坪", "陶家渡", "苏铁中路", "格里坪镇", "河门口", "玉泉街"],
    "510411": ["仁和街", "宝兴路", "迤沙拉大道", "金江大道"],
}
VILLAGES = ["金河", "新民", "红星", "团结", "和平", "光明", "大田", "小河", "长坪", "柏林", "新华",
            "胜利", "红岩", "石坪", "龙潭", "芭蕉", "田坝", "中坝", "河坝", "阿拉", "沙坝", "青树"]

# current cities: (name, weight, [written variants])
CITIES = [
    ("成都", 38, ["成都", "成都市", "四川成都", "四川省成都市"]),
    ("重庆", 8, ["重庆", "重庆市"]),
    ("北京", 7, ["北京", "北京市"]),
    ("上海", 6, ["上海", "上海市"]),
    ("深圳", 7, ["深圳", "深圳市", "广东深圳"]),
    ("广州", 3, ["广州", "广州市", "广东广州"]),
    ("西安", 3, ["西安", "西安市", "陕西西安"]),
    ("昆明", 5, ["昆明", "昆明市", "云南昆明"]),
    ("杭州", 3, ["杭州", "杭州市", "浙江杭州"]),
    ("武汉", 2, ["武汉", "武汉市"]),
    ("南京", 2, ["南京", "南京市"]),
    ("绵阳", 2, ["绵阳", "绵阳市", "四川绵阳"]),
    ("德阳", 1, ["德阳", "德阳市", "四川德阳"]),
    ("西昌", 1, ["西昌", "西昌市", "四川西昌"]),
    ("宜宾", 1, ["宜宾", "宜宾市"]),
    ("攀枝花", 6, ["攀枝花", "攀枝花市"]),
    ("贵阳", 1, ["贵阳", "贵阳市"]),
    ("长沙", 1, ["长沙", "长沙市"]),
    ("苏州", 1, ["苏州", "苏州市"]),
    ("天津", 1, ["天津", "天津市"]),
]
CITY_PINYIN = {"成都": "Chengdu", "重庆": "Chongqing", "北京": "Beijing", "上海": "Shanghai",
               "深圳": "Shenzhen", "广州": "Guangzhou", "西安": "Xi'an", "昆明": "Kunming",
               "杭州": "Hangzhou", "武汉": "Wuhan", "南京": "Nanjing", "绵阳": "Mianyang",
               "德阳": "Deyang", "西昌": "Xichang", "宜宾": "Yibin", "攀枝花": "Panzhihua",
               "贵阳": "Guiyang", "长沙": "Changsha", "苏州": "Suzhou", "天津": "Tianjin"}

# overseas: (country, city, Chinese country, Chinese city, phone style, weight)
OVERSEAS = [
    ("United Kingdom", "London", "英国", "伦敦", "uk", 8), ("United Kingdom", "Manchester", "英国", "曼彻斯特", "uk", 4),
    ("United Kingdom", "Birmingham", "英国", "伯明翰", "uk", 2), ("United Kingdom", "Edinburgh", "英国", "爱丁堡", "uk", 2),
    ("Australia", "Sydney", "澳大利亚", "悉尼", "au", 5), ("Australia", "Melbourne", "澳大利亚", "墨尔本", "au", 5),
    ("Canada", "Toronto", "加拿大", "多伦多", "na", 4), ("Canada", "Vancouver", "加拿大", "温哥华", "na", 3),
    ("United States", "San Jose", "美国", "圣何塞", "na", 3), ("United States", "Boston", "美国", "波士顿", "na", 2),
    ("United States", "New York", "美国", "纽约", "na", 2), ("Singapore", "Singapore", "新加坡", "新加坡", "sg", 5),
    ("Germany", "Munich", "德国", "慕尼黑", "de", 3), ("Germany", "Aachen", "德国", "亚琛", "de", 1),
    ("Japan", "Tokyo", "日本", "东京", "jp", 3),
]

# --- schools ---------------------------------------------------------------------------
# key: (canonical, [Chinese aliases], English, city, (old name, renamed in year) or None)
SCHOOLS = {
    "scu": ("四川大学", ["川大"], "Sichuan University", "成都", None),
    "uestc": ("电子科技大学", ["电子科大", "成电"], "University of Electronic Science and Technology of China", "成都", None),
    "swjtu": ("西南交通大学", ["西南交大"], "Southwest Jiaotong University", "成都", None),
    "swufe": ("西南财经大学", ["西财"], "Southwestern University of Finance and Economics", "成都", None),
    "sicau": ("四川农业大学", ["川农", "川农大"], "Sichuan Agricultural University", "雅安", None),
    "swpu": ("西南石油大学", ["西南石大"], "Southwest Petroleum University", "成都", None),
    "cdut": ("成都理工大学", ["成理", "成都理工"], "Chengdu University of Technology", "成都", None),
    "sicnu": ("四川师范大学", ["川师", "川师大"], "Sichuan Normal University", "成都", None),
    "xhu": ("西华大学", ["西华"], "Xihua University", "成都", None),
    "cdutcm": ("成都中医药大学", ["成中医"], "Chengdu University of Traditional Chinese Medicine", "成都", None),
    "swmu": ("西南医科大学", ["西南医大"], "Southwest Medical University", "泸州", ("泸州医学院", 2015)),
    "cuit": ("成都信息工程大学", ["成信大", "成信工"], "Chengdu University of Information Technology", "成都", ("成都信息工程学院", 2015)),
    "suse": ("四川轻化工大学", ["轻化工大"], "Sichuan University of Science and Engineering", "自贡", ("四川理工学院", 2018)),
    "swust": ("西南科技大学", ["西科大"], "Southwest University of Science and Technology", "绵阳", None),
    "swun": ("西南民族大学", ["西南民大"], "Southwest Minzu University", "成都", None),
    "pzhu": ("攀枝花学院", ["攀院"], "Panzhihua University", "攀枝花", None),
    "cdu": ("成都大学", ["成大"], "Chengdu University", "成都", None),
    "cqu": ("重庆大学", ["重大"], "Chongqing University", "重庆", None),
    "cqmu": ("重庆医科大学", ["重医"], "Chongqing Medical University", "重庆", None),
    "swu": ("西南大学", ["西大"], "Southwest University", "重庆", None),
    "cqupt": ("重庆邮电大学", ["重邮"], "Chongqing University of Posts and Telecommunications", "重庆", None),
    "ynu": ("云南大学", ["云大"], "Yunnan University", "昆明", None),
    "kust": ("昆明理工大学", ["昆工", "昆明理工"], "Kunming University of Science and Technology", "昆明", None),
    "xjtu": ("西安交通大学", ["西安交大"], "Xi'an Jiaotong University", "西安", None),
    "nwpu": ("西北工业大学", ["西工大"], "Northwestern Polytechnical University", "西安", None),
    "pku": ("北京大学", ["北大"], "Peking University", "北京", None),
    "thu": ("清华大学", ["清华"], "Tsinghua University", "北京", None),
    "ustb": ("北京科技大学", ["北科大", "北科"], "University of Science and Technology Beijing", "北京", None),
    "neu": ("东北大学", ["东大"], "Northeastern University", "沈阳", None),
    "csu": ("中南大学", ["中南"], "Central South University", "长沙", None),
    "hust": ("华中科技大学", ["华科", "华中科大"], "Huazhong University of Science and Technology", "武汉", None),
    "whu": ("武汉大学", ["武大"], "Wuhan University", "武汉", None),
    "zju": ("浙江大学", ["浙大"], "Zhejiang University", "杭州", None),
    "fdu": ("复旦大学", ["复旦"], "Fudan University", "上海", None),
    "sjtu": ("上海交通大学", ["上海交大"], "Shanghai Jiao Tong University", "上海", None),
    "tongji": ("同济大学", ["同济"], "Tongji University", "上海", None),
    "ucas": ("中国科学院大学", ["国科大"], "University of Chinese Academy of Sciences", "北京", None),
    "hit": ("哈尔滨工业大学", ["哈工大"], "Harbin Institute of Technology", "哈尔滨", None),
    "scjm": ("四川机电职业技术学院", ["四川机电职院"], "Sichuan Mechanical and Electrical Polytechnic", "攀枝花", None),
    "scavc": ("四川建筑职业技术学院", ["四川建院"], "Sichuan College of Architectural Technology", "德阳", None),
    "cdatc": ("成都航空职业技术学院", ["成都航院"], "Chengdu Aeronautic Polytechnic", "成都", None),
    "sctc": ("四川交通职业技术学院", ["四川交院"], "Sichuan Vocational and Technical College of Communications", "成都", None),
    # Hong Kong
    "hku": ("香港大学", ["港大", "HKU"], "The University of Hong Kong", "香港", None),
    "cuhk": ("香港中文大学", ["港中大", "CUHK"], "The Chinese University of Hong Kong", "香港", None),
    "hkust": ("香港科技大学", ["港科大", "HKUST"], "The Hong Kong University of Science and Technology", "香港", None),
    "polyu": ("香港理工大学", ["港理工", "PolyU"], "The Hong Kong Polytechnic University", "香港", None),
    "cityu": ("香港城市大学", ["城大", "CityU"], "City University of Hong Kong", "香港", None),
    # overseas: Chinese name first, English aliases as the aliases
    "man": ("曼彻斯特大学", ["University of Manchester", "Univ. of Manchester", "UoM"], "The University of Manchester", "Manchester", None),
    "icl": ("帝国理工学院", ["Imperial College", "ICL"], "Imperial College London", "London", None),
    "ucl": ("伦敦大学学院", ["UCL"], "University College London", "London", None),
    "bham": ("伯明翰大学", ["Univ. of Birmingham", "UoB"], "University of Birmingham", "Birmingham", None),
    "ed": ("爱丁堡大学", ["Univ. of Edinburgh"], "University of Edinburgh", "Edinburgh", None),
    "usyd": ("悉尼大学", ["USYD", "Sydney Uni"], "University of Sydney", "Sydney", None),
    "unimelb": ("墨尔本大学", ["UniMelb", "Melbourne Uni"], "University of Melbourne", "Melbourne", None),
    "monash": ("莫纳什大学", ["Monash"], "Monash University", "Melbourne", None),
    "uoft": ("多伦多大学", ["UofT", "U of Toronto"], "University of Toronto", "Toronto", None),
    "ubc": ("英属哥伦比亚大学", ["UBC"], "University of British Columbia", "Vancouver", None),
    "nus": ("新加坡国立大学", ["NUS"], "National University of Singapore", "Singapore", None),
    "ntu": ("南洋理工大学", ["NTU", "Nanyang Tech"], "Nanyang Technological University", "Singapore", None),
    "tum": ("慕尼黑工业大学", ["TUM", "TU Munich"], "Technical University of Munich", "Munich", None),
    "rwth": ("亚琛工业大学", ["RWTH Aachen"], "RWTH Aachen University", "Aachen", None),
    "utokyo": ("东京大学", ["UTokyo", "Univ. of Tokyo"], "The University of Tokyo", "Tokyo", None),
    "berkeley": ("加州大学伯克利分校", ["UC Berkeley", "Berkeley"], "University of California, Berkeley", "San Jose", None),
    "bu": ("波士顿大学", ["BU"], "Boston University", "Boston", None),
    "nyu": ("纽约大学", ["NYU"], "New York University", "New York", None),
}
# (school key, weight) for bachelor degrees; masters/PhDs lean on the research universities
BACHELOR_SCHOOLS = [
    ("scu", 12), ("uestc", 8), ("swjtu", 8), ("swufe", 5), ("sicau", 3), ("swpu", 4), ("cdut", 5),
    ("sicnu", 5), ("xhu", 4), ("cdutcm", 2), ("swmu", 3), ("cuit", 3), ("suse", 3), ("swust", 3),
    ("swun", 3), ("pzhu", 9), ("cdu", 2), ("cqu", 5), ("cqmu", 2), ("swu", 3), ("cqupt", 2),
    ("ynu", 2), ("kust", 4), ("xjtu", 2), ("nwpu", 1), ("pku", 1), ("thu", 1), ("ustb", 2),
    ("neu", 2), ("csu", 2), ("hust", 2), ("whu", 2), ("zju", 1), ("fdu", 0.5), ("sjtu", 0.5),
    ("tongji", 1), ("hit", 1),
]
GRAD_SCHOOLS = [
    ("scu", 16), ("uestc", 12), ("swjtu", 8), ("swufe", 4), ("cqu", 6), ("xjtu", 3), ("pku", 2),
    ("thu", 2), ("ustb", 4), ("neu", 3), ("csu", 3), ("hust", 3), ("whu", 3), ("zju", 3),
    ("fdu", 1.5), ("sjtu", 2), ("tongji", 1.5), ("ucas", 6), ("hit", 1), ("kust", 2), ("cdut", 2),
    ("swpu", 2), ("cqmu", 2), ("cdutcm", 1), ("sicau", 1), ("sicnu", 1), ("nwpu", 1),
]
VOCATIONAL_SCHOOLS = [("scjm", 6), ("scavc", 3), ("cdatc", 3), ("sctc", 3), ("pzhu", 3)]
HK_SCHOOLS = [("hku", 4), ("cuhk", 4), ("hkust", 3), ("polyu", 3), ("cityu", 2)]
OVERSEAS_SCHOOLS = {
    "London": ["icl", "ucl"], "Manchester": ["man"], "Birmingham": ["bham"], "Edinburgh": ["ed"],
    "Sydney": ["usyd"], "Melbourne": ["unimelb", "monash"], "Toronto": ["uoft"], "Vancouver": ["ubc"],
    "Singapore": ["nus", "ntu"], "Munich": ["tum"], "Aachen": ["rwth"], "Tokyo": ["utokyo"],
    "San Jose": ["berkeley"], "Boston": ["bu"], "New York": ["nyu"],
}
# colleges (学院) of the two universities whose alumni lists are used
COLLEGES = {
    "scu": {"metal": "材料科学与工程学院", "it": "计算机学院（软件学院）", "mech": "机械工程学院",
            "civil": "建筑与环境学院", "med": "华西临床医学院", "econ": "经济学院", "edu": "文学与新闻学院",
            "sci": "化学学院", "agri": "生命科学学院"},
    "uestc": {"metal": "材料与能源学院", "it": "计算机科学与工程学院", "mech": "机械与电气工程学院",
              "civil": "资源与环境学院", "med": "医学院", "econ": "经济与管理学院", "edu": "外国语学院",
              "sci": "物理学院", "agri": "生命科学与技术学院"},
}

# Panzhihua high schools (key: (name, aliases))
HIGH_SCHOOLS = {
    "pzh3": ("攀枝花市第三高级中学", ["攀枝花三中", "三中"]),
    "pzh7": ("攀枝花市第七高级中学", ["攀枝花七中", "七中"]),
    "pzh1": ("攀枝花市第一高级中学", ["攀枝花一中"]),
    "pzh12": ("攀枝花市第十二中学", ["攀枝花十二中"]),
    "pzh15": ("攀枝花市第十五中学", ["攀枝花十五中"]),
    "dahe": ("攀枝花市大河中学", ["大河中学"]),
    "miyi": ("四川省米易中学", ["米易中学"]),
    "yanbian": ("四川省盐边中学", ["盐边中学"]),
    "renhe": ("攀枝花市仁和区总校", ["仁和总校"]),
}

# --- fields of study: majors (canonical, short forms, English) --------------------------
FIELDS = [("metal", 12), ("it", 22), ("mech", 14), ("civil", 10), ("med", 12), ("econ", 14),
          ("edu", 9), ("sci", 5), ("agri", 2)]
MAJORS = {
    "metal": [("冶金工程", ["冶金"], "Metallurgical Engineering"), ("材料科学与工程", ["材料科学", "材料"], "Materials Science and Engineering"),
              ("金属材料工程", ["金属材料"], "Metallic Materials Engineering"), ("化学工程与工艺", ["化工"], "Chemical Engineering"),
              ("无机非金属材料工程", ["无机非金属"], "Inorganic Non-metallic Materials")],
    "it": [("计算机科学与技术", ["计算机", "计算机科学"], "Computer Science"), ("软件工程", ["软件"], "Software Engineering"),
           ("电子信息工程", ["电子信息"], "Electronic Information Engineering"), ("通信工程", ["通信"], "Communication Engineering"),
           ("自动化", [], "Automation"), ("人工智能", ["AI"], "Artificial Intelligence"),
           ("数据科学与大数据技术", ["大数据"], "Data Science")],
    "mech": [("机械设计制造及其自动化", ["机械设计", "机械工程", "机械"], "Mechanical Engineering"), ("车辆工程", [], "Vehicle Engineering"),
             ("电气工程及其自动化", ["电气工程", "电气"], "Electrical Engineering"), ("能源与动力工程", ["能动"], "Energy and Power Engineering"),
             ("核工程与核技术", ["核工程"], "Nuclear Engineering")],
    "civil": [("土木工程", ["土木"], "Civil Engineering"), ("交通运输", [], "Transportation"), ("工程管理", [], "Construction Management"),
              ("建筑学", ["建筑"], "Architecture"), ("地质工程", ["地质"], "Geological Engineering"), ("测绘工程", ["测绘"], "Surveying")],
    "med": [("临床医学", ["临床"], "Clinical Medicine"), ("护理学", ["护理"], "Nursing"), ("药学", [], "Pharmacy"),
            ("中医学", ["中医"], "Traditional Chinese Medicine"), ("口腔医学", ["口腔"], "Stomatology"),
            ("医学影像学", ["影像"], "Medical Imaging")],
    "econ": [("会计学", ["会计"], "Accounting"), ("金融学", ["金融"], "Finance"), ("工商管理", [], "Business Administration"),
             ("国际经济与贸易", ["国贸", "国际贸易"], "International Trade"), ("市场营销", ["营销"], "Marketing"),
             ("财务管理", ["财管"], "Financial Management")],
    "edu": [("汉语言文学", ["中文", "汉语言"], "Chinese Language and Literature"), ("英语", [], "English"),
            ("数学与应用数学", ["数学"], "Mathematics"), ("学前教育", [], "Preschool Education"), ("法学", [], "Law"),
            ("新闻学", ["新闻"], "Journalism"), ("旅游管理", ["旅游"], "Tourism Management")],
    "sci": [("物理学", ["物理"], "Physics"), ("化学", [], "Chemistry"), ("生物科学", ["生物"], "Biological Sciences"),
            ("生物技术", [], "Biotechnology"), ("环境工程", ["环境"], "Environmental Engineering")],
    "agri": [("农学", [], "Agronomy"), ("园艺", [], "Horticulture"), ("动物医学", ["兽医"], "Veterinary Medicine"),
             ("食品科学与工程", ["食品科学", "食品"], "Food Science")],
}
RESEARCH = {
    "metal": ["钒钛资源综合利用", "钢铁冶金", "钛合金材料", "钒电池储能材料", "冶金过程控制", "高炉炼铁", "粉末冶金"],
    "it": ["人工智能", "工业互联网", "大数据分析", "嵌入式系统", "网络安全", "计算机视觉", "通信系统"],
    "mech": ["智能制造", "重型装备设计", "电力系统", "新能源汽车", "核反应堆工程", "机电一体化"],
    "civil": ["桥梁工程", "隧道与地下工程", "岩土工程", "山地灾害防治", "交通规划", "工程造价"],
    "med": ["心血管内科", "肿瘤学", "骨科", "儿科", "中医内科", "医学影像诊断", "公共卫生"],
    "econ": ["区域经济", "金融风险管理", "企业管理", "财务审计", "产业经济"],
    "edu": ["基础教育", "语文教学", "英语教学", "文化旅游", "法律实务"],
    "sci": ["分析化学", "生物医药", "环境治理", "材料物理"],
    "agri": ["特色水果种植", "现代农业", "畜牧兽医", "农产品加工"],
}

# --- employers ------------------------------------------------------------------------
# key: (full name, [aliases], [cities], fields, kind, weight, email domain, (old name, renamed in year))
# kind: ent enterprise, inst research institute, uni university, hosp hospital, school,
#       fin bank/finance, gov government
EMPLOYERS = {
    "pangang": ("攀钢集团有限公司", ["攀钢", "攀钢集团", "鞍钢集团攀钢"], ["攀枝花"], "metal mech", "ent", 30, "pzhsteel.com.cn", None),
    "pgyjy": ("攀钢集团研究院有限公司", ["攀钢研究院", "攀钢集团研究院"], ["攀枝花", "成都"], "metal", "inst", 8, "pzhsteel.com.cn", None),
    "mcc19": ("中国十九冶集团有限公司", ["十九冶", "中国十九冶", "十九冶集团"], ["成都", "攀枝花"], "civil mech", "ent", 14, "mcc19.com", None),
    "mcc5": ("中国五冶集团有限公司", ["五冶", "中国五冶"], ["成都"], "civil", "ent", 6, "mcc5.com.cn", None),
    "erzhong": ("国机重型装备集团股份有限公司", ["国机重装", "二重"], ["德阳"], "mech metal", "ent", 4, "chinacerigroup.com", ("中国第二重型机械集团公司", 2017)),
    "dongqi": ("东方电气集团东方汽轮机有限公司", ["东方汽轮机", "东汽"], ["德阳"], "mech", "ent", 5, "dfstw.com", None),
    "cib": ("中国科学院成都生物研究所", ["中科院成都生物所", "成都生物所"], ["成都"], "sci agri", "inst", 4, "cib.ac.cn", None),
    "imde": ("中国科学院、水利部成都山地灾害与环境研究所", ["中科院山地所", "成都山地所", "中国科学院成都山地灾害与环境研究所"], ["成都"], "civil sci", "inst", 4, "imde.ac.cn", None),
    "ioe": ("中国科学院光电技术研究所", ["中科院光电所", "成都光电所"], ["成都"], "it mech sci", "inst", 4, "ioe.ac.cn", None),
    "ipe": ("中国科学院过程工程研究所", ["中科院过程所", "过程所"], ["北京"], "metal sci", "inst", 3, "ipe.ac.cn", None),
    "caep": ("中国工程物理研究院", ["中物院", "九院"], ["绵阳"], "mech sci it", "inst", 5, "caep.cn", None),
    "npic": ("中国核动力研究设计院", ["核动力院"], ["成都"], "mech", "inst", 4, "npic.ac.cn", None),
    "huawei": ("华为技术有限公司", ["华为", "华为技术", "华为公司"], ["深圳", "成都", "上海", "西安", "杭州", "南京"], "it", "ent", 26, "huawei.com", None),
    "tencent": ("腾讯科技（深圳）有限公司", ["腾讯", "腾讯公司", "腾讯科技"], ["深圳", "成都", "北京"], "it", "ent", 10, "tencent.com", None),
    "alibaba": ("阿里巴巴（中国）有限公司", ["阿里巴巴", "阿里"], ["杭州", "北京", "上海"], "it econ", "ent", 8, "alibaba-inc.com", None),
    "bytedance": ("北京字节跳动科技有限公司", ["字节跳动", "字节"], ["北京", "上海", "深圳"], "it", "ent", 8, "bytedance.com", None),
    "boe": ("成都京东方光电科技有限公司", ["成都京东方", "京东方", "BOE"], ["成都"], "it mech", "ent", 7, "boe.com.cn", None),
    "byd": ("比亚迪股份有限公司", ["比亚迪"], ["深圳", "西安", "长沙"], "mech metal", "ent", 7, "byd.com", None),
    "catl": ("宁德时代新能源科技股份有限公司", ["宁德时代", "CATL"], ["宜宾"], "metal mech sci", "ent", 6, "catl.com", None),
    "huaxi": ("四川大学华西医院", ["华西医院", "川大华西医院", "华西"], ["成都"], "med", "hosp", 12, "wchscu.cn", None),
    "scph": ("四川省人民医院", ["省医院", "四川省医院"], ["成都"], "med", "hosp", 6, "samsph.com", None),
    "cqfy": ("重庆医科大学附属第一医院", ["重医附一院", "重医一院"], ["重庆"], "med", "hosp", 4, "hospital-cqmu.com", None),
    "pzhzx": ("攀枝花市中心医院", ["市中心医院", "攀枝花中心医院"], ["攀枝花"], "med", "hosp", 4, None, None),
    "kmfy": ("昆明医科大学第一附属医院", ["昆医附一院", "昆医大一附院"], ["昆明"], "med", "hosp", 3, None, None),
    "bysy": ("北京大学第三医院", ["北医三院"], ["北京"], "med", "hosp", 2, None, None),
    "ruijin": ("上海交通大学医学院附属瑞金医院", ["瑞金医院"], ["上海"], "med", "hosp", 2, None, None),
    "creec": ("中铁二院工程集团有限责任公司", ["中铁二院"], ["成都"], "civil", "ent", 6, "creegc.com", None),
    "chidi": ("中国电建集团成都勘测设计研究院有限公司", ["成都院", "电建成都院"], ["成都"], "civil mech", "ent", 4, "chidi.com.cn", None),
    "sgcc": ("国网四川省电力公司", ["国网四川电力", "四川电力", "国家电网四川公司"], ["成都"], "mech it", "ent", 6, "sc.sgcc.com.cn", None),
    "cmcc": ("中国移动通信集团四川有限公司", ["四川移动", "中国移动四川公司"], ["成都"], "it econ", "ent", 5, "sc.chinamobile.com", None),
    "icbc": ("中国工商银行股份有限公司四川省分行", ["工行四川分行", "工商银行四川分行", "工商银行"], ["成都"], "econ", "fin", 5, None, None),
    "bocd": ("成都银行股份有限公司", ["成都银行"], ["成都"], "econ", "fin", 4, "bocd.com.cn", None),
    "ccbcq": ("中国建设银行股份有限公司重庆市分行", ["建行重庆分行", "建设银行重庆分行"], ["重庆"], "econ", "fin", 3, None, None),
    "changan": ("重庆长安汽车股份有限公司", ["长安汽车", "长安"], ["重庆"], "mech", "ent", 5, "changan.com.cn", None),
    "lomon": ("龙佰集团股份有限公司", ["龙佰集团", "龙佰"], ["攀枝花", "德阳"], "metal sci", "ent", 5, None, ("龙蟒佰利联集团股份有限公司", 2020)),
    "cd7": ("成都市第七中学", ["成都七中"], ["成都"], "edu sci", "school", 3, None, None),
    "scu_e": ("四川大学", ["川大"], ["成都"], "sci it metal econ edu", "uni", 6, "scu.edu.cn", None),
    "swjtu_e": ("西南交通大学", ["西南交大"], ["成都"], "civil mech it", "uni", 4, "swjtu.edu.cn", None),
    "uestc_e": ("电子科技大学", ["电子科大", "成电"], ["成都"], "it sci", "uni", 4, "uestc.edu.cn", None),
    "cqu_e": ("重庆大学", ["重大"], ["重庆"], "mech civil metal", "uni", 3, "cqu.edu.cn", None),
    "xjtu_e": ("西安交通大学", ["西安交大"], ["西安"], "mech it", "uni", 2, "xjtu.edu.cn", None),
    "kust_e": ("昆明理工大学", ["昆工"], ["昆明"], "metal civil", "uni", 3, "kust.edu.cn", None),
    "pzhu_e": ("攀枝花学院", ["攀院"], ["攀枝花"], "edu metal med", "uni", 4, "pzhu.edu.cn", None),
    "cac": ("航空工业成都飞机工业（集团）有限责任公司", ["成飞", "航空工业成飞", "成飞公司"], ["成都"], "mech", "ent", 5, None, None),
    "sctr": ("四川省交通勘察设计研究院有限公司", ["四川交通设计院"], ["成都"], "civil", "ent", 3, None, None),
    "dji": ("深圳市大疆创新科技有限公司", ["大疆", "大疆创新", "DJI"], ["深圳"], "it mech", "ent", 4, "dji.com", None),
    "xiaomi": ("小米科技有限责任公司", ["小米", "小米科技"], ["北京", "武汉"], "it", "ent", 3, "xiaomi.com", None),
    "swog": ("中国石油西南油气田分公司", ["西南油气田", "中石油西南油气田"], ["成都"], "sci mech", "ent", 3, "petrochina.com.cn", None),
    "xscl": ("西昌卫星发射中心", ["西昌发射中心"], ["西昌"], "mech it", "inst", 2, None, None),
    "yncu": ("云南铜业股份有限公司", ["云南铜业", "云铜"], ["昆明"], "metal", "ent", 3, None, None),
    "citic": ("中信证券股份有限公司", ["中信证券"], ["北京", "上海", "深圳"], "econ", "fin", 3, "citics.com", None),
    "deloitte": ("德勤华永会计师事务所（特殊普通合伙）", ["德勤", "德勤华永"], ["上海", "成都", "北京"], "econ", "fin", 3, "deloitte.com.cn", None),
    "cdtax": ("国家税务总局成都市税务局", ["成都市税务局"], ["成都"], "econ", "gov", 2, None, None),
    "gaoxin": ("成都高新技术产业开发区管理委员会", ["成都高新区管委会"], ["成都"], "econ edu", "gov", 2, None, None),
    "pzhgov": ("攀枝花市人民政府办公室", ["攀枝花市政府办"], ["攀枝花"], "econ edu", "gov", 2, None, None),
}
# The five big employers used for "same name, same birth year, same employer" pairs
BIG_EMPLOYERS = ["pangang", "huawei", "mcc19", "huaxi", "pgyjy"]

HK_EMPLOYERS = [  # (simplified, traditional as written in Hong Kong, English / short form, kind)
    ("香港大学", "香港大學", "HKU", "uni"), ("香港中文大学", "香港中文大學", "中大", "uni"),
    ("香港科技大学", "香港科技大學", "科大", "uni"), ("香港理工大学", "香港理工大學", "理大", "uni"),
    ("汇丰银行", "滙豐銀行", "HSBC", "fin"), ("中国银行（香港）有限公司", "中國銀行（香港）有限公司", "中銀香港", "fin"),
    ("招商局集团有限公司", "招商局集團有限公司", "招商局", "ent"), ("华润（集团）有限公司", "華潤（集團）有限公司", "華潤", "ent"),
    ("香港医院管理局", "香港醫院管理局", "醫管局", "hosp"), ("普华永道", "羅兵咸永道會計師事務所", "PwC", "fin"),
    ("港铁公司", "香港鐵路有限公司", "港鐵", "ent"), ("华为技术（香港）有限公司", "華為技術（香港）有限公司", "華為", "ent"),
    ("中信证券国际有限公司", "中信証券國際有限公司", "中信証券國際", "fin"), ("香港中华煤气有限公司", "香港中華煤氣有限公司", "煤氣公司", "ent"),
    ("德勤", "德勤•關黃陳方會計師行", "Deloitte", "fin"),
]
OVERSEAS_EMPLOYERS = {  # country: [(name, [aliases], kind)]
    "United Kingdom": [("Imperial College London", ["Imperial College"], "uni"), ("University of Manchester", ["Univ. of Manchester"], "uni"),
                       ("HSBC UK", ["HSBC"], "fin"), ("Rolls-Royce plc", ["Rolls-Royce"], "ent"), ("Huawei Technologies (UK) Co., Ltd", ["Huawei UK"], "ent"),
                       ("Bank of China (UK) Ltd", ["Bank of China London"], "fin"), ("Arup", ["Arup Group"], "ent"), ("NHS", ["National Health Service"], "hosp")],
    "Australia": [("University of Sydney", ["USYD"], "uni"), ("BHP", ["BHP Group"], "ent"), ("Rio Tinto", ["Rio Tinto Ltd"], "ent"),
                  ("Commonwealth Bank", ["CBA"], "fin"), ("Monash University", ["Monash"], "uni")],
    "Canada": [("University of Toronto", ["UofT"], "uni"), ("Royal Bank of Canada", ["RBC"], "fin"), ("Shopify", ["Shopify Inc."], "ent")],
    "United States": [("Google LLC", ["Google"], "ent"), ("Microsoft", ["Microsoft Corp."], "ent"), ("Apple Inc.", ["Apple"], "ent"),
                      ("Boston Children's Hospital", ["BCH"], "hosp"), ("Tesla, Inc.", ["Tesla"], "ent")],
    "Singapore": [("National University of Singapore", ["NUS"], "uni"), ("DBS Bank", ["DBS"], "fin"), ("Shopee", ["Sea Group"], "ent"),
                  ("ByteDance Singapore", ["TikTok"], "ent")],
    "Germany": [("Siemens AG", ["Siemens"], "ent"), ("BMW Group", ["BMW"], "ent"), ("Fraunhofer Institute", ["Fraunhofer"], "inst"),
                ("Technical University of Munich", ["TUM"], "uni")],
    "Japan": [("The University of Tokyo", ["UTokyo"], "uni"), ("Panasonic", ["Panasonic Corp."], "ent"), ("Rakuten", ["Rakuten Group"], "ent")],
}

# generic company names, by field: (industry word, kinds)
BRAND_WORDS = ["恒达", "鑫源", "华信", "天府", "蜀道", "锦程", "汇智", "盛世", "宏图", "博远", "瑞丰", "金诚",
               "云帆", "易联", "新锐", "川能", "西部", "嘉禾", "众信", "卓越", "德康", "安泰", "中昊", "远景",
               "星辰", "鼎盛", "金江", "钒钛", "阳光", "银杏", "万象", "同创", "启明", "优联", "蓝海", "宏远"]
INDUSTRY = {
    "metal": ["新材料科技", "钒钛科技", "冶金设备", "金属制品"],
    "it": ["科技", "信息技术", "软件", "网络科技", "数据科技", "智能科技"],
    "mech": ["机械", "智能装备", "电气", "自动化设备", "汽车零部件"],
    "civil": ["建设工程", "建筑设计", "工程咨询", "路桥工程"],
    "med": ["医药", "医疗器械", "生物科技"],
    "econ": ["投资管理", "贸易", "企业管理咨询", "财务咨询"],
    "edu": ["教育科技", "文化传播", "旅游开发"],
    "sci": ["环保科技", "生物技术", "检测技术"],
    "agri": ["农业科技", "农业开发", "食品"],
}

POSITIONS = {
    "ent": ["工程师", "高级工程师", "项目经理", "技术员", "部门经理", "研发工程师", "总监", "主管", "副总经理"],
    "inst": ["助理研究员", "副研究员", "研究员", "工程师", "课题组长", "副所长"],
    "uni": ["讲师", "副教授", "教授", "辅导员", "研究员", "实验师"],
    "hosp": ["住院医师", "主治医师", "副主任医师", "主任医师", "护士长", "主管护师"],
    "school": ["一级教师", "高级教师", "教研组长", "教师"],
    "fin": ["客户经理", "分析师", "审计师", "部门经理", "高级经理"],
    "gov": ["科员", "副主任科员", "科长", "主任"],
}
TITLES = {  # kind: (中级, 副高, 正高)
    "ent": ("工程师", "高级工程师", "正高级工程师"),
    "inst": ("助理研究员", "副研究员", "研究员"),
    "uni": ("讲师", "副教授", "教授"),
    "hosp": ("主治医师", "副主任医师", "主任医师"),
    "school": ("一级教师", "高级教师", "正高级教师"),
    "fin": ("经济师", "高级经济师", "正高级经济师"),
    "gov": ("经济师", "高级经济师", "正高级经济师"),
}
TALENT_KINDS = ["青年人才", "急需紧缺人才", "高技能人才", "领军人才", "青鹏人才", "其他"]
JOB_WISHES = ["钒钛新材料研发", "机械设计", "软件开发", "临床医生", "护士", "教师", "会计", "行政管理",
              "电气工程师", "土木施工", "市场营销", "数据分析", "康养服务", "农业技术员", "储能电池工艺"]
