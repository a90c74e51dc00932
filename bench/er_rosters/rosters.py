"""The rosters of the two sets: what each office's file looks like, and the conventions it follows."""
import datetime as dt

import pools as P
from basics import OVERSEAS_KEYS, new_mobile, wchoice
from styles import (VAR, city_name, degrees_at, edu_word, employer_name, major_name, mobile_at, origin_text, phone_for,
                    pick_email, render_birth, render_id, render_name, roman_name, school_name, state_at, student_at,
                    title_at, to_trad)


# ----------------------------------------------------------------------------------------
# the rosters: one function per kind of roster. Each returns {column: value or a function that
# makes the value}; only the columns a roster has are made, so a roster spends no chance on
# columns it does not have.
def r_platform(p, rng, s, extra=False):
    """A talent-code platform export: everyone registered with a resident ID."""
    v, o = s["vintage"], s["o"]
    if extra and any(m == "full" for m, _ in o["id_modes"]):  # a second account, sometimes with a mistyped ID
        o = dict(o, id_modes=[("full", 55), ("typo", 30), ("none", 15)])
    st = state_at(p, v)
    done = degrees_at(p, v)
    top = done[-1] if done else None
    studying = student_at(p, v)

    def phone():
        if extra:  # the second account was opened with another number
            other = [n for _, n in p.mobiles if n != mobile_at(p, v)]
            return other[0] if other else new_mobile(s["world"], rng)
        return phone_for(p, rng, v, o["phone_styles"], missing=0.01)

    def school():
        if top and top["school"]:
            return school_name(top["school"], rng, 0.15, top["grad"])
        return P.HIGH_SCHOOLS[p.hs][0] if p.hs and rng.random() < 0.5 else None

    def title():
        if studying:
            return None
        return title_at(p, v, st["emp"]["kind"]) or st.get("pos")

    def registered():
        start, end = dt.datetime(v - 2, 3, 1), dt.datetime(v, 6, 14)
        return (start + dt.timedelta(seconds=rng.randrange(int((end - start).total_seconds())))).strftime("%Y-%m-%d %H:%M:%S")

    reg = registered()
    ident = render_id(p, rng, o["id_modes"])[0]
    row = {
        "用户编号": lambda: "RC%d%07d" % (v - rng.randint(0, 2), rng.randrange(10 ** 7)),
        "姓名": lambda: render_name(p, rng, o["name"], v),
        "性别": lambda: p.sex if rng.random() > 0.01 else None,
        "证件类型": "居民身份证",
        "证件号码": ident, "身份证号": ident,
        "出生日期": lambda: render_birth(p.birth, o["birth"]),
        "手机号码": phone,
        "电子邮箱": lambda: pick_email(p, rng, 0.35, 0.12),
        "最高学历": lambda: edu_word(p, rng, v, o["edu"]),
        "毕业院校": school,
        "所学专业": lambda: major_name(top["major"], rng, 0.15) if top else None,
        "工作单位": lambda: employer_name(p, rng, v, 0.3),
        "职务/职称": title,
        "现居住城市": lambda: city_name(p, rng, v, 0.35),
        "人才类别": lambda: rng.choice(P.TALENT_KINDS),
        "注册时间": reg, "注册日期": reg[:10],
    }
    for a, b in [("出生年月", "出生日期"), ("联系电话", "手机号码"), ("邮箱", "电子邮箱"), ("学历", "最高学历"),
                 ("毕业学校", "毕业院校"), ("专业", "所学专业"), ("单位名称", "工作单位"), ("所在城市", "现居住城市"),
                 ("人才层次", "人才类别")]:
        row[a] = row[b]
    return row


def r_alumni(p, rng, s):
    """A university's list of its Panzhihua-origin graduates."""
    v, o, skey = s["vintage"], s["o"], s["school"]
    d = [x for x in p.degrees if x["school"] == skey and x["grad"] <= v and x["level"] in s["levels"]][-1]
    enter = d["grad"] - {"本科": 4, "硕士": 3, "博士": 4}.get(d["level"], 4)
    row = {
        "学号": lambda: "%d%s%06d" % (enter, o.get("campus", "14"), rng.randrange(10 ** 6)),
        "姓名": lambda: render_name(p, rng, o["name"], v),
        "性别": p.sex,
        "出生年月": lambda: render_birth(p.self_birth, o["birth"]),
        "学院": P.COLLEGES[skey][p.field],
        "专业": lambda: major_name(d["major"], rng, 0.05),
        "学历层次": {"本科": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[d["level"]],
        "学位": {"本科": "学士", "硕士": "硕士", "博士": "博士"}[d["level"]],
        "入学年份": enter, "毕业年份": d["grad"],
        "工作单位": lambda: employer_name(p, rng, v, 0.25) if rng.random() > 0.12 else None,
        "所在城市": lambda: city_name(p, rng, v, 0.3) if rng.random() > 0.08 else None,
        "联系方式": lambda: phone_for(p, rng, v, o["phone_styles"], missing=0.12),
        "邮箱": lambda: pick_email(p, rng, 0.2, 0.3),
        "生源地": lambda: origin_text(p, rng, "生源地"),
        "家乡": lambda: origin_text(p, rng, "籍贯"),
    }
    row["出生日期"], row["工作城市"], row["手机"] = row["出生年月"], row["所在城市"], row["联系方式"]
    return row


def r_highschool(p, rng, s):
    """A high school's list of former pupils working elsewhere (collected by teachers and classmates)."""
    v, o = s["vintage"], s["o"]
    first = [d for d in p.degrees if d["level"] in ("本科", "专科")]

    def uni():
        if first and first[0]["grad"] - 3 <= v:
            return school_name(first[0]["school"], rng, o.get("school_alias", 0.45), first[0]["grad"], old_p=0.8)
        return None

    row = {
        "姓名": lambda: render_name(p, rng, o["name"], v),
        "性别": lambda: p.sex if rng.random() > 0.02 else None,
        "毕业届别": "%d届" % p.hs_grad,
        "班级": "高%d届%d班" % (p.hs_grad, p.hs_class),
        "考取院校": uni,
        "最高学历": lambda: edu_word(p, rng, v, "short") if degrees_at(p, v) else None,
        "现工作单位": lambda: employer_name(p, rng, v, 0.4, student_words=("在读", "读书", "")) if rng.random() > 0.1 else None,
        "现居住城市": lambda: city_name(p, rng, v, 0.3) if rng.random() > 0.05 else None,
        "联系电话": lambda: phone_for(p, rng, v, o["phone_styles"], landline_p=0.6, missing=0.15),
        "备注": lambda: wchoice(rng, [(None, 85), ("家长提供", 5), ("优秀校友", 4), ("已联系", 4),
                                    ("博士在读" if student_at(p, v) else "在外工作", 2)]),
        "QQ": lambda: p.qq if p.qq and rng.random() < 0.65 else None,
        "_sort": "%d-%02d" % (p.hs_grad, p.hs_class),
    }
    row["届别"], row["大学"], row["现单位"] = row["毕业届别"], row["考取院校"], row["现工作单位"]
    row["所在城市"], row["电话"] = row["现居住城市"], row["联系电话"]
    return row


def r_county(p, rng, s):
    """A county office's register of its people working elsewhere (from household records)."""
    v, o = s["vintage"], s["o"]
    ident, mode = render_id(p, rng, o["id_modes"])
    born = p.birth if mode != "none" else p.self_birth
    row = {
        "乡镇": p.household.get("township"),
        "姓名": lambda: render_name(p, rng, o["name"], v),
        "性别": p.sex,
        "民族": lambda: p.ethnic if rng.random() > 0.03 else p.ethnic[:-1],
        "身份证号": ident, "公民身份号码": ident,
        "出生年月": lambda: render_birth(born, o["birth"]) if rng.random() > 0.03 else None,
        "文化程度": lambda: edu_word(p, rng, v, "mixed"),
        "户籍地址": p.household["address"],
        "外出地点": lambda: city_name(p, rng, v, 0.5),
        "工作单位": lambda: employer_name(p, rng, v, 0.45, student_words=("在读", "学生", "")) if rng.random() > 0.06 else None,
        "联系电话": lambda: phone_for(p, rng, v, o["phone_styles"], landline_p=0.5, missing=0.04, two_p=o.get("two_phones", 0)),
    }
    row["学历"], row["现居地"] = row["文化程度"], row["外出地点"]
    return row


def r_jobfair(p, rng, s):
    """A job fair's sign-in sheet, typed in by volunteers."""
    v, o = s["vintage"], s["o"]
    done = degrees_at(p, v)
    nxt = [d for d in p.degrees if d["grad"] >= v]
    d = nxt[0] if nxt and (not done or rng.random() < 0.5) else (done[-1] if done else p.degrees[-1])

    def age():
        a = v - p.year - (1 if (p.birth.month, p.birth.day) > (11, 10) else 0)
        return a + 1 if rng.random() < 0.1 else a  # some count the Chinese way

    def email():
        e = pick_email(p, rng, 0.0, 0.3)
        if e and o.get("fw_at") and rng.random() < o["fw_at"]:
            VAR["email: full-width ＠"] += 1
            e = e.replace("@", "＠")
        return e

    def edu():
        if done:
            return edu_word(p, rng, v, "mixed")
        return {"本科": "本科（应届）", "硕士": "硕士（应届）"}.get(d["level"], "应届")

    row = {
        "签到时间": "%d-%s %02d:%02d" % (v, o["date"], rng.randint(8, 15), rng.randint(0, 59)),
        "姓名": lambda: render_name(p, rng, o["name"], v),
        "性别": p.sex,
        "年龄": age,
        "手机": lambda: phone_for(p, rng, v, o["phone_styles"], missing=0.01),
        "身份证号码": lambda: render_id(p, rng, o["id_modes"])[0],
        "学历": edu,
        "毕业院校": lambda: school_name(d["school"], rng, 0.3, d["grad"]) if d["school"] else None,
        "专业": lambda: major_name(d["major"], rng, 0.35) if d["major"] else None,
        "毕业时间": lambda: rng.choice(["%d.06" % d["grad"], "%d年" % d["grad"], "%d-07" % d["grad"], str(d["grad"])]),
        "意向岗位": lambda: rng.choice(P.JOB_WISHES),
        "现所在地": lambda: city_name(p, rng, v, 0.4),
        "邮箱": email,
    }
    row["手机号"], row["身份证"], row["最高学历"] = row["手机"], row["身份证号码"], row["学历"]
    row["求职意向"], row["现居地"] = row["意向岗位"], row["现所在地"]
    return row


def r_expert(p, rng, s):
    """The expert database for reviewing talent programmes (filled in by the experts, IDs masked)."""
    v, o = s["vintage"], s["o"]
    st = state_at(p, v)
    top = degrees_at(p, v)[-1]

    def phone():
        ph = phone_for(p, rng, v, o["phone_styles"], missing=0.03)
        return int(ph) if o.get("phone_int") and ph and ph.isdigit() else ph

    row = {
        "专家编号": lambda: "ZJ%d%04d" % (v, rng.randrange(10 ** 4)),
        "姓名": lambda: render_name(p, rng, o["name"], v),
        "性别": p.sex,
        "出生日期": lambda: render_birth(p.self_birth if rng.random() < 0.6 else p.birth, o["birth"]) if rng.random() > 0.03 else None,
        "证件号码": lambda: render_id(p, rng, o["id_modes"])[0],
        "工作单位": lambda: employer_name(p, rng, v, 0.3),
        "职务": lambda: st.get("pos") if rng.random() < 0.7 else None,
        "职称": title_at(p, v, st["emp"]["kind"]),
        "最高学历": lambda: edu_word(p, rng, v, "full"),
        "最高学位": {"博士": "博士", "硕士": "硕士", "本科": "学士"}.get(top["level"]),
        "毕业院校": lambda: school_name(top["school"], rng, 0.1, top["grad"]),
        "所学专业": lambda: major_name(top["major"], rng, 0.1),
        "研究方向": p.research,
        "手机": phone,
        "电子邮箱": lambda: pick_email(p, rng, 0.6, 0.08),
        "籍贯": lambda: origin_text(p, rng, "籍贯"),
    }
    row["单位"], row["专业领域"], row["出生年月"] = row["工作单位"], row["研究方向"], row["出生日期"]
    return row


def r_hk(p, rng, s):
    """A Hong Kong association's member roll, in traditional characters."""
    v, o = s["vintage"], s["o"]
    st = state_at(p, v)
    done = degrees_at(p, v)
    top = done[-1] if done else None
    return {
        "會員編號": lambda: "HKPZH-%04d" % rng.randrange(1, 10 ** 4),
        "姓名": lambda: render_name(p, rng, o["name"], v),
        "性別": p.sex,
        "出生年月": lambda: render_birth(p.self_birth, o["birth"]) if rng.random() > 0.08 else None,
        "籍貫": lambda: origin_text(p, rng, "籍贯", lang="hk"),
        "聯絡電話": lambda: phone_for(p, rng, v, o["phone_styles"], missing=0.05),
        "電郵": lambda: pick_email(p, rng, 0.3, 0.15),
        "工作單位": lambda: employer_name(p, rng, v, 0.3, lang="hk"),
        "職位": lambda: to_trad(st.get("pos")) if st.get("pos") and rng.random() < 0.7 else None,
        "畢業院校": lambda: school_name(top["school"], rng, 0.2, lang="hk") if top and top["school"] else None,
        "入會年份": lambda: rng.randint(max(2012, top["grad"] if top else 2012), v),
    }


def r_overseas(p, rng, s):
    """An overseas association's member list, in English."""
    v, o = s["vintage"], s["o"]
    st = state_at(p, v)
    done = degrees_at(p, v)
    abroad = [d for d in p.degrees if d["school"] in OVERSEAS_KEYS]
    d = abroad[-1] if abroad and rng.random() < 0.85 else (done[-1] if done else p.degrees[-1])

    def degree():
        return {"本科": rng.choice(["BEng", "BSc", "BA", "Bachelor"]), "硕士": rng.choice(["MSc", "MEng", "Master", "MBA", "MSc"]),
                "博士": rng.choice(["PhD", "Ph.D.", "PhD", "DPhil"])}.get(d["level"], "")

    return {
        "Name": lambda: roman_name(p, rng),
        "Chinese Name": lambda: render_name(p, rng, o["name"], v) if rng.random() < 0.45 else None,
        "Gender": lambda: wchoice(rng, [({"男": "M", "女": "F"}[p.sex], 60), ({"男": "Male", "女": "Female"}[p.sex], 35), (None, 5)]),
        "Date of Birth": lambda: render_birth(p.self_birth, o["birth"]) if rng.random() > 0.15 else None,
        "Email": lambda: pick_email(p, rng, 0.2, 0.04),
        "Phone": lambda: phone_for(p, rng, v, o["phone_styles"], missing=0.08),
        "Country": (p.abroad[0] if p.abroad else "") if st.get("abroad") else "China",
        "City": lambda: city_name(p, rng, v, lang="en"),
        "University": lambda: school_name(d["school"], rng, 0.2, lang="en") if d["school"] else None,
        "Degree": degree,
        "Field of Study": lambda: major_name(d["major"], rng, 0, lang="en") if d["major"] else None,
        "Organisation": lambda: employer_name(p, rng, v, 0.3, lang="en"),
        "Hometown": lambda: origin_text(p, rng, lang="en"),
        "Member Since": lambda: rng.randint(2015, v),
    }


RENDER = {"platform": r_platform, "alumni": r_alumni, "highschool": r_highschool, "county": r_county,
          "jobfair": r_jobfair, "expert": r_expert, "hk": r_hk, "overseas": r_overseas}


# ----------------------------------------------------------------------------------------
# the two sets
def tune_sources():
    name_default = {"typo": 0.014, "shape": 0.003, "space": 0.005, "yi_dots": [("·", 50), ("", 50)], "han_alias": 0.5}
    return [
        dict(key="T1", kind="platform", file="攀枝花人才码平台导出_20240615.xlsx", fmt="xlsx", sheet="人才信息", vintage=2024,
             weight=2300, need={}, double_rate=0.012,
             header=["序号", "用户编号", "姓名", "性别", "证件类型", "证件号码", "出生日期", "手机号码", "电子邮箱", "最高学历",
                     "毕业院校", "所学专业", "工作单位", "职务/职称", "现居住城市", "人才类别", "注册时间"],
             o=dict(name=name_default, id_modes=[("full", 962), ("typo", 6), ("transpose", 2), ("none", 30)],
                    birth="iso", phone_styles=[("plain", 100)], edu="full"), sort="注册时间"),
        dict(key="T2", kind="alumni", file="四川大学攀枝花籍校友名单.csv", fmt="csv", encoding="utf-8-sig", vintage=2022,
             weight=1300, school="scu", levels=("本科", "硕士", "博士"),
             need={"birth": (1960, 2000), "school": ("scu", ("本科", "硕士", "博士"), 2022)},
             header=["学号", "姓名", "性别", "出生年月", "学院", "专业", "学历层次", "毕业年份", "工作单位", "所在城市", "联系方式",
                     "邮箱", "生源地"],
             o=dict(name=dict(name_default, typo=0.015, space=0.006, yi_dots=[("·", 60), ("", 40)], han_alias=0.4),
                    birth="dot_ym", phone_styles=[("plain", 85), ("space", 15)]), sort="学院"),
        dict(key="T3", kind="highschool", file="攀枝花三中在外校友信息统计表.xlsx", fmt="xlsx", sheet="在外校友", vintage=2020,
             weight=1150, need={"birth": (1960, 2001), "hs": "pzh3"},
             title=["攀枝花市第三高级中学在外优秀校友信息统计表"],
             header=["序号", "姓名", "性别", "毕业届别", "班级", "考取院校", "最高学历", "现工作单位", "现居住城市", "联系电话", "备注"],
             o=dict(name=dict(name_default, typo=0.02, shape=0.012, space=0.01), phone_styles=[("plain", 80), ("dash", 20)]),
             sort="_sort"),
        dict(key="T4", kind="county", file="盐边县在外人员登记表.csv", fmt="csv", encoding="gbk", vintage=2023, weight=800,
             need={"origin": "510422"},
             header=["序号", "乡镇", "姓名", "性别", "民族", "身份证号", "出生年月", "文化程度", "户籍地址", "外出地点", "工作单位", "联系电话"],
             o=dict(name=dict(name_default, typo=0.02, shape=0.006, space=0.01, yi_dots=[("·", 75), ("", 25)], han_alias=0.15),
                    id_modes=[("full", 860), ("id15", 60), ("typo", 25), ("transpose", 10), ("none", 45)],
                    birth="slash", phone_styles=[("plain", 90), ("dash", 10)]), sort="乡镇"),
        dict(key="T5", kind="jobfair", file="2024攀枝花人才招聘会成都专场签到表.csv", fmt="csv", encoding="utf-8", vintage=2024,
             weight=950, need={"birth": (1990, 2002), "young": True},
             header=["序号", "签到时间", "姓名", "手机", "身份证号码", "学历", "毕业院校", "专业", "毕业时间", "意向岗位", "现所在地"],
             o=dict(name=dict(name_default, typo=0.035, shape=0.005, space=0.015, yi_dots=[("·", 30), ("", 70)]),
                    id_modes=[("full", 500), ("typo", 30), ("transpose", 15), ("none", 455)], date="03-16",
                    phone_styles=[("plain", 60), ("dash", 25), ("space", 15)]), sort="签到时间"),
        dict(key="T6", kind="expert", file="人才项目评审专家库_2021.xlsx", fmt="xlsx", sheet="专家名单", vintage=2021, weight=850,
             need={"birth": (1960, 1986), "expert": True},
             header=["专家编号", "姓名", "性别", "出生日期", "证件号码", "工作单位", "职务", "职称", "最高学历", "最高学位", "毕业院校",
                     "所学专业", "研究方向", "手机", "电子邮箱", "籍贯"],
             o=dict(name=dict(name_default, typo=0.01), id_modes=[("mask64", 93), ("none", 7)], birth="excel",
                    phone_styles=[("plain", 100)], phone_int=True), sort="研究方向"),
        dict(key="T7", kind="hk", file="香港攀枝花同鄉會會員名冊.xlsx", fmt="xlsx", sheet="會員名冊", vintage=2023, weight=400,
             need={"birth": (1960, 1998), "loc": "HK"}, title=["香港攀枝花同鄉會會員名冊（2023年）"],
             header=["會員編號", "姓名", "性別", "出生年月", "籍貫", "聯絡電話", "電郵", "工作單位", "職位", "畢業院校", "入會年份"],
             o=dict(name=dict(name_default, typo=0.01, trad=0.85, yi_dots=[("·", 70), ("", 30)]), birth="dash_ym",
                    phone_styles=[("+86sp", 70), ("plain", 30)]), sort="會員編號"),
    ]


def holdout_sources():
    name_default = {"typo": 0.014, "shape": 0.003, "space": 0.005, "yi_dots": [("•", 40), ("·", 20), ("", 40)], "han_alias": 0.5}
    return [
        dict(key="H1", kind="platform", file="攀枝花人才码注册用户_2024年6月.csv", fmt="csv", encoding="utf-8-sig", vintage=2024,
             weight=2200, need={}, double_rate=0.012,
             header=["姓名", "性别", "身份证号", "出生年月", "联系电话", "邮箱", "学历", "毕业学校", "专业", "单位名称", "所在城市",
                     "人才层次", "注册日期"],
             o=dict(name=name_default, id_modes=[("mask14", 94), ("none", 6)], birth="cn_ym",
                    phone_styles=[("plain", 70), ("+86", 30)], edu="short"), sort="注册日期"),
        dict(key="H2a", kind="alumni", file="电子科技大学攀枝花籍校友.xlsx", fmt="xlsx", sheet="本科校友", vintage=2023, weight=900,
             school="uestc", levels=("本科",), need={"birth": (1960, 2001), "school": ("uestc", ("本科",), 2023)},
             header=["姓名", "性别", "出生日期", "入学年份", "毕业年份", "学院", "专业", "学位", "工作单位", "工作城市", "手机", "邮箱", "家乡"],
             o=dict(name=dict(name_default, typo=0.015, space=0.006), birth="excel", campus="03",
                    phone_styles=[("plain", 90), ("+86", 10)]), sort="入学年份"),
        dict(key="H2b", kind="alumni", file="电子科技大学攀枝花籍校友.xlsx", fmt="xlsx", sheet="研究生校友", vintage=2023, weight=450,
             school="uestc", levels=("硕士", "博士"), need={"birth": (1960, 1998), "school": ("uestc", ("硕士", "博士"), 2023)},
             header=["姓名", "性别", "出生日期", "入学年份", "毕业年份", "学院", "专业", "学位", "工作单位", "工作城市", "手机", "邮箱", "家乡"],
             o=dict(name=dict(name_default, typo=0.015, space=0.006), birth="excel", campus="20",
                    phone_styles=[("plain", 90), ("+86", 10)]), sort="入学年份"),
        dict(key="H3", kind="highschool", file="米易中学在外校友联络表.xlsx", fmt="xlsx", sheet="校友", vintage=2021, weight=1050,
             need={"birth": (1960, 2002), "hs": "miyi"}, title=["四川省米易中学在外校友联络表", "（校友会整理，2021年）"],
             blank_between="届别",
             header=["姓名", "性别", "届别", "大学", "现单位", "所在城市", "电话", "QQ"],
             o=dict(name=dict(name_default, typo=0.02, shape=0.012, space=0.0, pad_fullwidth=0.85,
                              yi_dots=[("．", 30), ("·", 30), ("", 40)]),
                    phone_styles=[("plain", 85), ("space", 15)], school_alias=0.5), sort="届别"),
        dict(key="H4", kind="county", file="米易县在外人才登记表.xlsx", fmt="xlsx", sheet="乡镇", vintage=2023, weight=850,
             need={"origin": "510421"},
             title=["米易县在外人才信息登记表", "填报单位：{sheet}人民政府　　　　填报时间：2023年8月"],
             header=["序号", "姓名", "性别", "民族", "公民身份号码", "出生年月", "学历", "户籍地址", "工作单位", "现居地", "联系电话"],
             o=dict(name=dict(name_default, typo=0.02, shape=0.006, space=0.008, annot=0.025, han_alias=0.15,
                              yi_dots=[("．", 30), ("·", 30), ("", 40)]),
                    id_modes=[("full", 800), ("excel", 60), ("id15", 60), ("typo", 25), ("transpose", 10), ("none", 45)],
                    birth="ym6", phone_styles=[("plain", 90), ("space", 10)], two_phones=0.25), sort=None),
        dict(key="H5", kind="jobfair", file="2023年攀枝花重庆专场招聘会签到.csv", fmt="csv", encoding="gbk", vintage=2023, weight=900,
             need={"birth": (1990, 2002), "young": True},
             header=["编号", "姓名", "性别", "年龄", "手机号", "身份证", "最高学历", "毕业院校", "专业", "求职意向", "现居地", "邮箱"],
             o=dict(name=dict(name_default, typo=0.035, shape=0.005, space=0.015, yi_dots=[("·", 30), ("", 70)]),
                    id_modes=[("full", 400), ("spaced", 60), ("fullwidth", 40), ("typo", 30), ("transpose", 15), ("none", 455)],
                    date="11-18", phone_styles=[("plain", 60), ("dash", 10), ("+86", 10), ("fullwidth", 10), ("86", 10)],
                    fw_at=0.05), sort="签到时间"),
        dict(key="H6", kind="expert", file="攀枝花市人才项目评审专家库（2022）.csv", fmt="csv", encoding="gbk", vintage=2022, weight=750,
             need={"birth": (1960, 1987), "expert": True},
             header=["姓名", "性别", "出生年月", "证件号码", "单位", "职称", "专业领域", "手机", "电子邮箱", "最高学历"],
             o=dict(name=dict(name_default, typo=0.01, yi_dots=[("·", 60), ("", 40)]), id_modes=[("mask44", 92), ("none", 8)],
                    birth="compact", phone_styles=[("mask", 55), ("plain", 45)]), sort="专业领域"),
        dict(key="H7", kind="overseas", file="攀枝花海外联谊会会员名单_Overseas_Members.csv", fmt="csv", encoding="utf-8", vintage=2022,
             weight=450, need={"birth": (1960, 1997), "loc": "abroad"},
             header=["No.", "Name", "Chinese Name", "Gender", "Date of Birth", "Email", "Phone", "Country", "City", "University",
                     "Degree", "Field of Study", "Organisation", "Hometown", "Member Since"],
             o=dict(name=dict(name_default, typo=0.01), birth="dmy", phone_styles=[("+86", 60), ("plain", 40)]), sort="Member Since"),
    ]


SETS = [
    dict(name="tune", seed=20240611, n_people=4650, area_col=0, twins=22, parents=44, siblings=40, same_employer=18,
         same_birthday=4, sources=tune_sources()),
    dict(name="holdout", seed=90817763, n_people=4600, area_col=1, twins=20, parents=42, siblings=42, same_employer=20,
         same_birthday=4, sources=holdout_sources()),
]
