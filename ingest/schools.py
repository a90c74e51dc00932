"""Universities under one name: rosters write 川大, 四川大学 and Sichuan University for one school.

The table lists a school's full Chinese name with the short forms and English names in common use.
Short forms that name more than one school (东大: 东北大学 or 东南大学; 西大: 西北大学 or 广西大学;
中南: 中南大学 or 中南财经政法大学; 多大) are left out on purpose: guessing would merge people wrongly.
A name not in the table is kept as written.
"""
import re

SCHOOLS = {
    # Panzhihua and Sichuan
    "攀枝花学院": ["攀大", "攀院", "Panzhihua University", "Panzhihua College"],
    "四川大学": ["川大", "Sichuan University", "SCU"],
    "电子科技大学": ["成电", "电子科大", "UESTC", "University of Electronic Science and Technology of China"],
    "西南交通大学": ["西南交大", "Southwest Jiaotong University", "SWJTU"],
    "西南财经大学": ["西财", "Southwestern University of Finance and Economics", "SWUFE"],
    "四川农业大学": ["川农", "川农大", "Sichuan Agricultural University"],
    "西南科技大学": ["西科大", "Southwest University of Science and Technology"],
    "成都理工大学": ["成理", "成都理工", "Chengdu University of Technology"],
    "西南石油大学": ["西南石大", "Southwest Petroleum University"],
    "四川师范大学": ["川师", "川师大", "Sichuan Normal University"],
    "西华大学": ["Xihua University"],
    "西华师范大学": ["西华师大", "China West Normal University"],
    "成都中医药大学": ["成中医", "Chengdu University of TCM", "Chengdu University of Traditional Chinese Medicine"],
    "西南医科大学": ["西南医大", "泸州医学院", "Southwest Medical University"],
    "川北医学院": ["North Sichuan Medical College"],
    "成都信息工程大学": ["成信大", "成都信息工程学院", "Chengdu University of Information Technology"],
    "成都大学": ["Chengdu University"],
    "西南民族大学": ["西南民大", "Southwest Minzu University"],
    "四川轻化工大学": ["四川理工学院", "Sichuan University of Science and Engineering"],
    "西昌学院": ["Xichang University"],
    "乐山师范学院": ["乐师", "Leshan Normal University"],
    # Chongqing and Yunnan
    "重庆大学": ["重大", "Chongqing University", "CQU"],
    "西南大学": ["西南大", "Southwest University"],
    "重庆医科大学": ["重医", "Chongqing Medical University"],
    "重庆邮电大学": ["重邮", "Chongqing University of Posts and Telecommunications"],
    "重庆交通大学": ["重交", "Chongqing Jiaotong University"],
    "西南政法大学": ["西政", "Southwest University of Political Science and Law"],
    "云南大学": ["云大", "Yunnan University"],
    "昆明理工大学": ["昆工", "昆明理工", "Kunming University of Science and Technology"],
    # elsewhere in China
    "清华大学": ["清华", "Tsinghua University", "Tsinghua"],
    "北京大学": ["北大", "Peking University", "PKU"],
    "浙江大学": ["浙大", "Zhejiang University", "ZJU"],
    "复旦大学": ["复旦", "Fudan University"],
    "上海交通大学": ["上交", "上海交大", "Shanghai Jiao Tong University", "SJTU"],
    "中国科学技术大学": ["中科大", "University of Science and Technology of China", "USTC"],
    "南京大学": ["南大", "Nanjing University"],
    "武汉大学": ["武大", "Wuhan University"],
    "华中科技大学": ["华科", "华中科大", "华中理工大学", "Huazhong University of Science and Technology", "HUST"],
    "西安交通大学": ["西交", "西安交大", "Xi'an Jiaotong University", "XJTU"],
    "哈尔滨工业大学": ["哈工大", "Harbin Institute of Technology", "HIT"],
    "同济大学": ["同济", "Tongji University"],
    "中山大学": ["中大", "Sun Yat-sen University", "SYSU"],
    "北京科技大学": ["北科大", "北科", "University of Science and Technology Beijing", "USTB"],
    "北京航空航天大学": ["北航", "Beihang University"],
    "北京理工大学": ["北理工", "Beijing Institute of Technology"],
    "中国人民大学": ["人大", "人民大学", "Renmin University of China"],
    "北京师范大学": ["北师大", "Beijing Normal University"],
    "中南大学": ["Central South University"],
    "东北大学": ["Northeastern University (China)"],
    "东南大学": ["Southeast University"],
    "大连理工大学": ["大工", "大连理工", "Dalian University of Technology"],
    "中国矿业大学": ["矿大", "China University of Mining and Technology"],
    "兰州大学": ["兰大", "Lanzhou University"],
    # abroad
    "新加坡国立大学": ["新国大", "NUS", "National University of Singapore"],
    "南洋理工大学": ["南洋理工", "NTU Singapore", "Nanyang Technological University"],
    "多伦多大学": ["University of Toronto", "U of T", "UofT"],
    "墨尔本大学": ["墨大", "University of Melbourne", "The University of Melbourne"],
    "悉尼大学": ["University of Sydney", "The University of Sydney"],
    "亚琛工业大学": ["RWTH", "RWTH Aachen", "RWTH Aachen University"],
    "慕尼黑工业大学": ["TUM", "Technical University of Munich", "TU Munich"],
    "曼彻斯特大学": ["曼大", "University of Manchester", "The University of Manchester"],
    "帝国理工学院": ["帝国理工", "Imperial College", "Imperial College London"],
    "伦敦大学学院": ["UCL", "University College London"],
    "剑桥大学": ["University of Cambridge", "Cambridge University"],
    "牛津大学": ["University of Oxford", "Oxford University"],
    "普渡大学": ["普渡", "Purdue University", "Purdue"],
    "麻省理工学院": ["麻省理工", "MIT", "Massachusetts Institute of Technology"],
    "斯坦福大学": ["斯坦福", "Stanford University", "Stanford"],
    "加州大学伯克利分校": ["伯克利", "UC Berkeley", "University of California, Berkeley"],
    "东京大学": ["东大（日本）", "University of Tokyo", "The University of Tokyo"],
    "香港大学": ["港大", "HKU", "University of Hong Kong", "The University of Hong Kong"],
    "香港科技大学": ["港科大", "HKUST", "Hong Kong University of Science and Technology"],
    "香港中文大学": ["港中大", "CUHK", "Chinese University of Hong Kong", "The Chinese University of Hong Kong"],
}


def _key(text: str) -> str:
    """Case, spaces, punctuation and a leading "The" do not matter."""
    text = re.sub(r"^the\s+", "", text.strip().casefold())
    return re.sub(r"[\s\.,'’\-()（）]", "", text)


_CANONICAL = {_key(alias): name for name, aliases in SCHOOLS.items() for alias in [name, *aliases]}


def canonical_school(text: str | None) -> str | None:
    """The full Chinese name of a school written as a known short form or English name, else None."""
    if not text:
        return None
    found = _CANONICAL.get(_key(text))
    if found is None and not text.isascii():  # 四川農業大學, 香港大學: Hong Kong and Taiwan lists
        from .fields import simplified
        found = _CANONICAL.get(_key(simplified(text)))
    return found
