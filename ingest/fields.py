"""Canonical roster fields and the header texts that mean them.

One place for the vocabulary: readers map a file's headers onto these names, normalisers read
them, and the demo generator writes headers drawn from the same synonyms.
"""
import functools
import re
import unicodedata

# field -> (Chinese label shown to officers, header synonyms seen in real exports)
FIELDS: dict[str, tuple[str, list[str]]] = {
    "serial": ("序号", ["序号", "编号", "No", "No.", "#", "S/N", "Serial"]),
    "name": ("姓名", ["姓名", "名字", "人才姓名", "学生姓名", "校友姓名", "专家姓名", "中文名",
                      "中文姓名", "Name", "Full name", "Fullname", "Chinese name"]),
    "name_en": ("英文名", ["英文名", "英文姓名", "拼音", "姓名拼音", "English name", "Name (English)",
                          "Romanized name", "Pinyin"]),
    # some forms split the name: 姓 | 名, Last name | First name
    "family_name": ("姓", ["姓", "姓氏", "Last name", "Lastname", "Surname", "Family name"]),
    "given_name": ("名", ["名", "First name", "Firstname", "Given name", "Given names", "Forename"]),
    "gender": ("性别", ["性别", "Gender", "Sex"]),
    "birth_date": ("出生日期", ["出生年月", "出生日期", "生日", "出生年月日", "Date of birth", "DOB",
                               "Birth date", "Birthday", "Born"]),
    "id_number": ("身份证号", ["身份证号", "身份证号码", "证件号码", "公民身份号码", "身份证", "证件号",
                              "ID No.", "ID number", "ID", "ID card", "Resident ID"]),
    "phone": ("手机", ["手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "移动电话",
                       "国家/地区区号", "国家区号", "国际区号", "国家码", "Country code",  # +44 | 7911123456
                       "电话号码", "办公电话", "固定电话", "Mobile", "Phone", "Tel", "Telephone",
                       "Cell", "Mobile phone", "Phone number", "Contact number", "WhatsApp/Phone"]),
    "email": ("邮箱", ["邮箱", "电子邮箱", "电子邮件", "邮件", "电邮", "Email", "E-mail", "Mail",
                       "Email address"]),
    "hometown": ("籍贯", ["籍贯", "家乡", "老家", "祖籍", "Hometown", "Place of origin", "Native place",
                          "Origin"]),
    "birthplace": ("出生地", ["出生地", "出生地点", "Birthplace", "Place of birth"]),
    "household": ("户籍所在地", ["户籍所在地", "户籍地", "户口所在地", "户籍", "户口", "Household registration"]),
    "student_origin": ("生源地", ["生源地", "生源所在地", "入学前户籍", "Student origin"]),
    # a roster's 县区 column: the Panzhihua county a person is registered under (返乡 lists, county
    # reports); read by the origin check only, kept in raw_json
    "county": ("县区", ["县区", "区县", "所在县区", "所属县区", "所在区县", "所属区县", "县（区）", "县(区)",
                       "县（市、区）", "县(市、区)", "区（县）"]),
    "education": ("学历", ["学历", "最高学历", "文化程度", "学历层次", "学历学位", "最高学历学位",
                           "Education", "Highest education", "Education level"]),
    "degree": ("学位", ["学位", "最高学位", "Degree", "Highest degree"]),
    "school": ("毕业院校", ["毕业院校", "毕业学校", "学校", "院校", "毕业高中", "就读学校", "所在院校",
                            "University", "School", "Alma mater", "Graduated from", "Institution"]),
    "major": ("专业", ["专业", "所学专业", "毕业专业", "学科", "Major", "Field of study", "Discipline",
                       "Subject"]),
    "graduation_year": ("毕业年份", ["毕业年份", "毕业时间", "毕业年度", "届别", "届", "Graduation year",
                                     "Class of", "Year of graduation"]),
    "employer": ("工作单位", ["工作单位", "现单位", "单位", "现工作单位", "单位名称", "就职单位",
                              "所在单位", "公司", "企业", "任职单位", "现职机构", "任职机构", "工作机构",
                              "所在机构", "Employer", "Organisation",
                              "Organization", "Company", "Affiliation", "Workplace"]),
    "department": ("部门", ["部门", "所在部门", "院系", "科室", "Department", "Dept"]),
    "position": ("职务", ["职务", "岗位", "现任职务", "职位", "Position", "Job title", "Role"]),
    "title": ("职称", ["职称", "专业技术职称", "技术职称", "专业技术职务", "职称级别", "Title",
                       "Professional title", "Academic title", "Rank"]),
    "city": ("现居城市", ["现居城市", "所在地", "所在城市", "现居住地", "现居地", "工作地", "工作城市",
                          "工作地点", "常住地", "现所在地", "City", "Current city", "Location",
                          "Based in", "City of residence"]),
    "country": ("国家/地区", ["国家", "国家/地区", "所在国家", "国别", "Country", "Country/Region",
                              "Country of residence"]),
    "address": ("通讯地址", ["通讯地址", "联系地址", "地址", "家庭住址", "住址", "邮寄地址",
                             "Address", "Mailing address", "Postal address"]),
    "expertise": ("研究方向", ["研究方向", "专长", "专业特长", "擅长领域", "技术专长", "研究领域",
                               "Expertise", "Research interests", "Research area", "Specialty",
                               "Speciality", "Skills"]),
    "industry": ("行业", ["行业", "所属行业", "从事行业", "行业领域", "产业", "Industry", "Sector"]),
    "programme": ("人才项目", ["人才项目", "人才类别", "人才类型", "入选项目", "人才计划", "Programme",
                               "Program", "Talent programme"]),
    "wechat": ("微信", ["微信", "微信号", "WeChat", "WeChat ID"]),
    "qq": ("QQ", ["QQ", "QQ号"]),
    "remarks": ("备注", ["备注", "说明", "Remarks", "Notes", "Note", "Comment", "Comments"]),
}

FIELD_LABELS = {f: label for f, (label, _) in FIELDS.items()}

# Columns that name the person: a table needs one of these (or both name parts) to hold people.
PERSON_NAME_FIELDS = {"name", "name_en", "family_name", "given_name"}

# Fields whose values the origin check reads, strongest meaning first.
PLACE_OF_ORIGIN_FIELDS = ("hometown", "birthplace", "household", "student_origin")


@functools.lru_cache(maxsize=1)
def t2s():
    """The one traditional -> simplified converter (building one costs about 0.5 ms)."""
    import opencc
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """聯絡電話 -> 联络电话, 碩士 -> 硕士: Hong Kong and Taiwan forms write in traditional characters.
    Cached: meant for the few distinct texts of headers and levels, not for every name."""
    return t2s().convert(text)


def header_key(text) -> str:
    """Reduce a header cell to a comparable key: width, script, case, spaces, '*' and (必填) go."""
    s = unicodedata.normalize("NFKC", str(text))
    if not s.isascii():
        s = simplified(s)
    s = re.sub(r"[\(\[（【][^\)\]）】]*[\)\]）】]", "", s)  # 手机号码(必填), 出生年月（格式：1990-01）
    s = s.replace("*", "").replace("：", "").replace(":", "")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return s


_SYNONYMS = {header_key(syn): field for field, (label, syns) in FIELDS.items() for syn in syns + [label]}


# header words as written (姓名, 电子邮箱): a name cell holding one is no name
HEADER_WORDS = frozenset(syn for _, (label, syns) in FIELDS.items() for syn in syns + [label])


def is_header_text(text) -> bool:
    """姓名, 电子邮箱, "姓名 / Name", "性别：": a header's words, not a person's value (a name cell that
    says 姓名 is a repeated header or a card-style sheet, not a person)."""
    text = str(text)
    if len(text) > 40:
        return False
    parts = [header_key(p) for p in re.split(r"\s*[/／|]\s*", text)]
    return bool(parts) and all(p in _SYNONYMS for p in parts)

# Headers that contain these words mean the field even when the whole text is new to us,
# e.g. 本人手机号码, 毕业院校（最高学历）. Ordered: first match wins.
_CONTAINS = [
    ("身份证", "id_number"), ("证件号", "id_number"), ("英文", "name_en"), ("拼音", "name_en"),
    ("姓名", "name"), ("手机", "phone"), ("电话", "phone"), ("邮箱", "email"), ("email", "email"),
    ("e-mail", "email"), ("籍贯", "hometown"), ("生源", "student_origin"), ("户籍", "household"),
    ("出生地", "birthplace"), ("出生", "birth_date"), ("学历", "education"), ("学位", "degree"),
    ("院校", "school"), ("学校", "school"), ("专业", "major"), ("单位", "employer"),
    ("职称", "title"), ("职务", "position"), ("研究方向", "expertise"), ("专长", "expertise"),
    ("现居", "city"), ("城市", "city"), ("地址", "address"), ("性别", "gender"), ("备注", "remarks"),
]


_NOT_THE_PERSONS = re.compile(r"(意向|期望|应聘|求职|推荐|填报|报送|主管|招聘)")


def field_for_header(text) -> str | None:
    """The canonical field a header names, or None when we do not recognise it."""
    key = header_key(text)
    if not key:
        return None
    if key in _SYNONYMS:
        return _SYNONYMS[key]
    if "." in key and key.rsplit(".", 1)[1] in _SYNONYMS:  # nested JSON: 基本信息.姓名
        return _SYNONYMS[key.rsplit(".", 1)[1]]
    if len(key) > 30:  # a sentence, not a header
        return None
    if re.match(r"第\s*\d+\s*题", key):  # 第1题：您的姓名 [填空题]: a survey's statistics report, not a header
        return None
    if _NOT_THE_PERSONS.match(key):  # 意向招聘单位, 期望工作城市, 推荐单位: not where the person works or lives
        return None
    for word, field in _CONTAINS:
        if word in key:
            return field
    return None
