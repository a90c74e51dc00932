"""Demo data: messy, fake rosters like those a city talent office receives, plus the ground truth.

    from pzh_talent.demo import write_demo_rosters
    manifest = write_demo_rosters("demo", seed=2024, n_people=2000)           # the default set
    holdout = write_demo_rosters("demo-holdout", shape="holdout")              # judged, never tuned on

Each roster is described by a `RosterSpec` (file name, format, columns as written, who appears in it,
and a style: how its office writes names, phones, dates, IDs). People come from `demo_people`.
`truth.csv` maps every data row (file, sheet, Excel row number) to the true person; `people.csv` lists
the true persons. Same seed and shape give byte-identical files.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from . import demo_people as dp
from .demo_people import Person

FIXED_TIME = dt.datetime(2024, 6, 30, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# Roster descriptions


@dataclass(frozen=True)
class RosterSpec:
    key: str
    file_name: str
    fmt: str                                  # xlsx | xls | csv | txt | json | jsonl
    columns: tuple                            # ((header as written, kind of value), ...)
    who: str = "anyone"                       # anyone | alumni | student | abroad | expert | county
    weight: float = 1.0                       # how readily an eligible person lands in this roster
    epoch: int = 1                            # 0 older, 1 current, 2 newest: employer/city/phone shown
    encoding: str = "utf-8"
    title_lines: tuple = ()                   # rows above the header (merged across it in workbooks)
    sheet: str = "Sheet1"
    footer: tuple = ()                        # remark rows below the data
    blank_rate: float = 0.0                   # blank rows sprinkled between data rows
    dup_rate: float = 0.0                     # a person entered twice in the same roster
    order: str = "random"                     # random | time (sign-in sheets, registrations)
    style: dict = field(default_factory=dict)  # overrides of BASE_STYLE


BASE_STYLE = {
    "names": {"traditional": 0.01, "homophone": 0.012, "shape": 0.008, "space": 0.03, "annotation": 0.005},
    "yi_dot": "·",
    "phones": {"plain": 88, "space": 3, "dash": 3, "plus86": 2, "plus86_plain": 1, "fullwidth": 1, "trailing": 2},
    "landline_rate": 0.0,
    "dates": {"%Y-%m-%d": 1},
    "months": {"%Y-%m": 3, "%Y.%m": 2, "%Y年%-m月": 2, "%Y%m": 1},
    "ids": {"typo": 0.006, "lower_x": 0.3, "spaces": 0.01},
    "missing": 0.03,
    "missing_by": {"email": 0.15, "title": 0.1, "gender": 0.02},
    "alias": 0.35,
    "edu_alias": 0.5,
    "lang": "zh",
}

_T = "攀枝花市第三高级中学在外校友信息登记表"
DEFAULT_ROSTERS = [
    RosterSpec("talent_code", "攀枝花人才码注册导出_2024.xlsx", "xlsx", (
        ("序号", "serial"), ("姓名", "name"), ("性别", "gender"), ("身份证号", "id"), ("手机号码", "phone"),
        ("电子邮箱", "email"), ("最高学历", "education"), ("毕业院校", "school"), ("专业", "major"),
        ("工作单位", "employer"), ("职称", "title"), ("现居城市", "city"), ("籍贯", "hometown")),
        weight=1.0, epoch=1, sheet="人才码注册信息", dup_rate=0.01,
        style={"ids": {"typo": 0.006, "lower_x": 0.3, "spaces": 0.01, "float": 0.012},
               "phones": {"plain": 90, "number": 3, "space": 3, "plus86": 2, "trailing": 2}}),
    RosterSpec("alumni", "攀枝花三中在外校友名单.xlsx", "xlsx", (
        ("序号", "serial"), ("姓名", "name"), ("性别", "gender"), ("届别", "class"), ("现工作单位", "employer"),
        ("职务", "position"), ("联系电话", "phone"), ("现居地", "city"), ("备注", "remarks")),
        who="alumni", weight=6.0, epoch=0, title_lines=(_T, "填报单位：校友会　　填报日期：2024年3月"),
        footer=("备注：1. 本表信息由校友自愿填报，仅用于校友联络与人才服务，请勿外传。2. 联系电话以最新登记为准。",
                "填表人：XXX　审核人：XXX"), blank_rate=0.04,
        style={"school": "攀枝花三中", "classes": (2005, 2008, 2012), "landline_rate": 0.15,
               "names": {"traditional": 0.005, "homophone": 0.015, "shape": 0.01, "space": 0.08, "annotation": 0.04},
               "yi_dot": "•", "phones": {"plain": 80, "space": 6, "dash": 8, "number": 2, "lead0": 2, "trailing": 2}}),
    RosterSpec("university", "四川大学2023届攀枝花生源毕业生.csv", "csv", (
        ("姓名", "name"), ("性别", "gender"), ("学号", "student_no"), ("学院", "college"), ("专业", "major"),
        ("学历", "education"), ("学位", "degree"), ("生源地", "student_origin"), ("手机", "phone"),
        ("邮箱", "email"), ("出生日期", "birth")),
        who="student", weight=3.0, epoch=0, encoding="gb18030",
        style={"university": "四川大学", "grad_year": 2023, "edu_alias": 0.4, "missing_by": {"email": 0.05},
               "dates": {"%Y-%m-%d": 4, "%Y.%m": 1, "%Y年%-m月": 1, "%Y%m%d": 2, "%Y/%-m/%-d": 2}}),
    RosterSpec("job_fair", "人才招聘会签到表_2024春.csv", "csv", (
        ("姓名", "name"), ("电话", "phone"), ("学历", "education"), ("毕业院校", "school"),
        ("意向岗位", "intended_job"), ("签到时间", "signin")),
        weight=0.7, epoch=1, encoding="utf-8-sig", dup_rate=0.02, order="time",
        style={"signin_day": dt.date(2024, 3, 16), "edu_alias": 0.8, "alias": 0.6,
               "names": {"traditional": 0.0, "homophone": 0.03, "shape": 0.05, "space": 0.03, "annotation": 0.0},
               "yi_dot": ".", "phones": {"plain": 50, "space": 12, "dash": 10, "plus86": 8, "fullwidth": 8,
                                         "fullwidth0": 3, "lead0": 3, "trailing": 4, "86": 2}}),
    RosterSpec("overseas", "overseas_network.xlsx", "xlsx", (
        ("Full name", "name_roman"), ("Chinese name", "name_zh_opt"), ("Email", "email"), ("Phone", "phone_intl"),
        ("City", "city"), ("Country", "country"), ("University", "school"), ("Field of study", "major"),
        ("Employer", "employer"), ("Position", "position"), ("Hometown", "hometown")),
        who="abroad", weight=5.0, epoch=1, sheet="Members",
        style={"lang": "en", "zh_blank": 0.3, "yi_dot": "", "missing_by": {"email": 0.05}}),
    RosterSpec("experts", "专家库导出.json", "json", (
        ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_month"), ("身份证号", "id"), ("工作单位", "employer"),
        ("职称", "title"), ("研究方向", "expertise"), ("手机", "phone"), ("邮箱", "email"), ("人才项目", "programme")),
        who="expert", weight=1.2, epoch=0,
        style={"names": {"traditional": 0.12, "homophone": 0.005, "shape": 0.0, "space": 0.0, "annotation": 0.0},
               "ids": {"typo": 0.004, "legacy": 0.6, "lower_x": 0.1}, "phones": {"plain": 92, "number": 8}}),
    RosterSpec("talent_code_q2", "人才码增量_2024Q2.jsonl", "jsonl", (
        ("姓名", "name"), ("性别", "gender"), ("身份证号", "id"), ("手机号码", "phone"), ("电子邮箱", "email"),
        ("最高学历", "education"), ("毕业院校", "school"), ("专业", "major"), ("工作单位", "employer"),
        ("职称", "title"), ("现居城市", "city"), ("籍贯", "hometown"), ("注册时间", "registered")),
        weight=0.5, epoch=2, order="time", style={"registered_from": dt.datetime(2024, 4, 1)}),
    RosterSpec("miyi", "米易县在外人才统计表.xls", "xls", (
        ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_month"), ("身份证号码", "id"),
        ("工作单位", "employer"), ("职务职称", "position_title"), ("联系电话", "phone"), ("所在地", "city")),
        who="county", weight=2.5, epoch=0, title_lines=("米易县在外人才统计表",), sheet="在外人才",
        style={"county": "米易县", "landline_rate": 0.12, "ids": {"typo": 0.01, "legacy": 0.5, "lower_x": 0.4},
               "months": {"%Y.%m": 4, "%Y-%m": 1, "month_date": 2, "%Y年%-m月": 1},
               "phones": {"plain": 85, "number": 6, "dash": 5, "space": 4}}),
    RosterSpec("yanbian", "盐边县人才摸底.txt", "txt", (
        ("序号", "serial"), ("姓名", "name"), ("性别", "gender"), ("民族", "ethnicity"), ("出生年月", "birth_month"),
        ("身份证号", "id"), ("文化程度", "education"), ("毕业学校", "school"), ("工作单位", "employer"),
        ("职务", "position"), ("联系电话", "phone"), ("现居住地", "city")),
        who="county", weight=2.5, epoch=1, encoding="utf-16", title_lines=("盐边县在外人才摸底统计表",),
        style={"county": "盐边县", "landline_rate": 0.08, "yi_dot": "·"}),
]

_T7 = "攀枝花市第七高级中学校友通讯录（部分）"
HOLDOUT_ROSTERS = [
    RosterSpec("talent_code", "攀枝花人才码导出_2023年度.csv", "csv", (
        ("人才姓名", "name"), ("证件号码", "id"), ("性别", "gender"), ("出生日期", "birth"), ("联系方式", "phone"),
        ("邮箱", "email"), ("学历层次", "education"), ("毕业学校", "school"), ("所学专业", "major"),
        ("单位名称", "employer"), ("专业技术职称", "title"), ("所在城市", "city"), ("家乡", "hometown")),
        weight=1.0, epoch=1, title_lines=("攀枝花人才码注册信息导出", "导出时间：2023-12-31 23:59:59"),
        dup_rate=0.015, style={"ids": {"typo": 0.01, "lower_x": 0.5, "tab_prefix": 0.3, "spaces": 0.02},
                               "dates": {"%Y-%m-%d": 2, "%Y/%m/%d": 1}}),
    RosterSpec("alumni", "攀枝花七中校友通讯录.xlsx", "xlsx", (
        ("校友姓名", "name"), ("性别", "gender"), ("毕业年份", "class_year"), ("手机", "phone"),
        ("工作单位", "employer"), ("职务", "position"), ("所在城市", "city"), ("备注", "remarks")),
        who="alumni", weight=6.0, epoch=0, title_lines=(_T7, "更新时间：2023年10月"), blank_rate=0.06,
        footer=("合计：见各届人数", "说明：本通讯录仅限校友会内部使用。", "整理人：XXX"),
        style={"school": "攀枝花七中", "classes": (2003, 2010, 2014, 2016), "landline_rate": 0.2,
               "names": {"traditional": 0.01, "homophone": 0.02, "shape": 0.02, "space": 0.1, "annotation": 0.06},
               "yi_dot": "・", "phones": {"plain": 70, "space": 10, "dash": 10, "number": 5, "paren": 5}}),
    RosterSpec("university", "重庆大学2022届攀枝花籍毕业生.csv", "csv", (
        ("学号", "student_no"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth"),
        ("生源所在地", "student_origin"), ("学院", "college"), ("专业", "major"), ("学历层次", "education"),
        ("学位", "degree"), ("联系电话", "phone"), ("电子邮件", "email")),
        who="student", weight=3.0, epoch=0, encoding="gb18030",
        style={"university": "重庆大学", "grad_year": 2022,
               "dates": {"%Y%m%d": 3, "%Y.%m.%d": 2, "%Y-%m": 1, "%Y/%-m/%-d": 1}}),
    RosterSpec("job_fair", "校园招聘宣讲会签到_2023秋.xlsx", "xlsx", (
        ("序号", "serial"), ("姓名", "name"), ("手机号", "phone"), ("学校", "school"), ("专业", "major"),
        ("学历", "education"), ("签到时间", "signin")),
        weight=0.8, epoch=1, sheet="签到", dup_rate=0.03, order="time",
        style={"signin_day": dt.date(2023, 10, 21), "signin_cell": True,
               "names": {"traditional": 0.0, "homophone": 0.04, "shape": 0.07, "space": 0.02, "annotation": 0.0},
               "yi_dot": "", "phones": {"plain": 60, "space": 15, "dash": 10, "fullwidth": 10, "number": 5}}),
    RosterSpec("overseas", "海外攀枝花人才联谊会.csv", "csv", (
        ("Name (English)", "name_roman"), ("中文姓名", "name_zh_opt"), ("E-mail", "email"),
        ("WhatsApp/Phone", "phone_intl"), ("Location", "city"), ("Country/Region", "country"),
        ("Alma mater", "school"), ("Discipline", "major"), ("Affiliation", "employer"), ("Job title", "position"),
        ("Place of origin", "hometown")),
        who="abroad", weight=5.0, epoch=1, encoding="utf-8-sig",
        style={"lang": "en", "zh_blank": 0.45, "yi_dot": "‧"}),
    RosterSpec("experts", "评审专家库.jsonl", "jsonl", (
        ("专家姓名", "name"), ("性别", "gender"), ("出生日期", "birth"), ("公民身份号码", "id"), ("所在单位", "employer"),
        ("专业技术职务", "title"), ("专业特长", "expertise"), ("移动电话", "phone"), ("电子邮件", "email"),
        ("入选项目", "programme")),
        who="expert", weight=1.0, epoch=0,
        style={"names": {"traditional": 0.2, "homophone": 0.01, "shape": 0.0, "space": 0.02, "annotation": 0.0},
               "ids": {"typo": 0.008, "legacy": 0.7, "lower_x": 0.2}, "dates": {"%Y-%m-%d": 1, "%Y年%-m月%-d日": 1}}),
    RosterSpec("talent_code_q2", "人才码补录_2024.json", "json", (
        ("姓名", "name"), ("证件号", "id"), ("手机", "phone"), ("邮箱", "email"), ("学历", "education"),
        ("学校", "school"), ("专业", "major"), ("单位", "employer"), ("城市", "city"), ("籍贯", "hometown"),
        ("登记时间", "registered")),
        weight=0.6, epoch=2, order="time", style={"registered_from": dt.datetime(2024, 1, 2)}),
    RosterSpec("county_a", "仁和区在外人才登记表.xls", "xls", (
        ("序号", "serial"), ("姓名", "name"), ("性别", "gender"), ("出生年月", "birth_month"), ("身份证号", "id"),
        ("学历", "education"), ("毕业院校及专业", "school_major"), ("工作单位及职务", "employer_position"),
        ("联系电话", "phone"), ("现居住地", "city")),
        who="county", weight=2.5, epoch=0, sheet="登记表",
        title_lines=("仁和区在外优秀人才登记表", "填报单位：（盖章）　　　　　　填报时间："),
        style={"county": "仁和区", "landline_rate": 0.1, "months": {"month_date": 3, "%Y.%m": 2, "%Y%m": 1}}),
    RosterSpec("county_b", "东区人才摸底.txt", "txt", (
        ("姓名", "name"), ("性别", "gender"), ("出生日期", "birth"), ("证件号码", "id"), ("学历", "education"),
        ("工作单位", "employer"), ("职称", "title"), ("手机号码", "phone"), ("家庭电话", "landline"),
        ("常住地", "city")),
        who="county", weight=2.0, epoch=1, encoding="utf-16",
        style={"county": "东区", "dates": {"%Y-%m-%d": 1, "%Y/%-m/%-d": 1, "%Y%m%d": 1}}),
]


@dataclass(frozen=True)
class Shape:
    profile: dp.PeopleProfile
    rosters: list
    files_per_person: dict          # how many rosters a person appears in -> weight
    name_rate_scale: float = 1.0    # multiplies every roster's name-variant rates


SHAPES = {
    "default": Shape(dp.PeopleProfile(), DEFAULT_ROSTERS, {1: 38, 2: 32, 3: 20, 4: 10}),
    "holdout": Shape(dp.PeopleProfile(
        pool="b", origin_share=0.62, pzh_id_share=0.78, yi_share=0.05, common_name_share=0.09,
        compound_share=0.02, tricky_share=0.06, family_share=0.18, abroad_share=0.07, change_share=0.25,
        legacy_id_share=0.6, compound_pool=tuple(dp.COMPOUND_SURNAMES_MORE),
        pzh_county_weights={"510402": 20, "510403": 10, "510411": 25, "510421": 15, "510422": 15},
        other_area_weights={"510104": 10, "510107": 8, "500104": 10, "500103": 4, "530102": 8, "110105": 3,
                            "513401": 8, "513431": 4, "511102": 4, "210302": 8, "442000": 4, "510502": 3,
                            "511502": 5, "420102": 2}),
        HOLDOUT_ROSTERS, {1: 30, 2: 30, 3: 25, 4: 15}, name_rate_scale=1.5),
}


@dataclass
class DemoManifest:
    files: list[Path]
    truth_path: Path
    people_path: Path
    n_people: int
    n_rows: int
    shape: str = "default"
    # what a whole file stands for, as an officer would say with `ingest --set`: an alumni list's school
    file_settings: dict = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Who appears where


def _eligible(spec: RosterSpec, p: Person, st: dict) -> bool:
    if spec.who == "anyone":
        return True
    if spec.who == "alumni":
        return p.high_school == st["school"] and p.grad_class in st["classes"]
    if spec.who == "student":
        return p.origin and 21 <= st["grad_year"] - p.birth.year <= 29
    if spec.who == "abroad":
        return p.abroad
    if spec.who == "expert":
        return p.birth.year <= 1988 and (p.title_level <= 1 or p.programme in dp.PROGRAMMES_SENIOR)
    if spec.who == "county":
        return p.pzh_county == st["county"]
    raise ValueError(f"unknown roster population {spec.who!r}")


def _enrol_student(p: Person, st: dict, rng: random.Random) -> None:
    """A person listed by a university's graduate roster studied there: make the person agree."""
    age = st["grad_year"] - p.birth.year
    p.education = "大学本科" if age <= 23 else "硕士研究生" if age <= 26 else "博士研究生"
    p.school = st["university"]
    entry = st["grad_year"] - {"大学本科": 4, "硕士研究生": 3, "博士研究生": 4}[p.education]
    p.notes["student_no"] = f"{entry}{rng.randrange(1, 4)}{rng.randrange(10, 99)}{rng.randrange(100000, 999999)}"


def _assign(people: list[Person], shape: Shape, styles: list[dict], rng: random.Random) -> list[list[Person]]:
    """For each roster, the people listed in it (in draw order; duplicates allowed)."""
    members: list[list[Person]] = [[] for _ in shape.rosters]
    counts = list(shape.files_per_person)
    count_weights = list(shape.files_per_person.values())
    for p in people:
        options = [i for i, spec in enumerate(shape.rosters) if _eligible(spec, p, styles[i])]
        k = rng.choices(counts, weights=count_weights)[0]
        chosen = []
        while options and len(chosen) < k:
            i = rng.choices(options, weights=[shape.rosters[j].weight for j in options])[0]
            options.remove(i)
            chosen.append(i)
        for i in sorted(chosen):
            spec = shape.rosters[i]
            if spec.who == "student":
                _enrol_student(p, styles[i], rng)
            members[i].append(p)
            if rng.random() < spec.dup_rate:
                members[i].append(p)
    return members


# --------------------------------------------------------------------------------------------
# What a roster shows for a person

_GENDER_EN = {"男": ["M", "Male", "male"], "女": ["F", "Female", "female"]}
_INTENDED_JOBS = ["钒钛新材料研发", "冶金工艺工程师", "储能电池工程师", "临床医生", "护士", "中学教师", "软件开发",
                  "康养管理", "行政文员", "销售", "会计", "设备维护", "不限", "待定", "质量检验", "电气工程师"]
_NO_MISSING = {"name", "name_roman", "serial", "signin", "registered", "class", "class_year", "student_no",
               "name_zh_opt", "remarks"}


def _phone(p: Person, rng: random.Random, st: dict, epoch: int):
    if p.landline and rng.random() < st["landline_rate"]:
        return dp.landline_as_written(p.landline, rng)
    return dp.mobile_as_written(p.phone_at(epoch), rng, st["phones"])


def _email(p: Person, rng: random.Random) -> str:
    email = p.family_email if p.family_email and rng.random() < 0.5 else p.email
    r = rng.random()
    if r < 0.04:
        return email[0].upper() + email[1:]
    if r < 0.06:
        return email + " "
    if r < 0.065:
        return email.replace("@", "＠")
    return email


def _remarks(p: Person, rng: random.Random, epoch: int) -> str:
    if p.abroad and rng.random() < 0.6:
        return rng.choice(["在国外", "在国外", "现居国外"])
    if p.change_epoch and epoch < p.change_epoch and rng.random() < 0.5:
        return "已调离"
    return rng.choice(["", "", "", "", "", "", "", "联系方式待核实", "已退群"]) if rng.random() < 0.3 else ""


def _value(kind: str, p: Person, rng: random.Random, st: dict, epoch: int):
    en = st["lang"] == "en"
    if kind == "gender":
        return rng.choice(_GENDER_EN[p.gender]) if en else p.gender
    if kind == "birth":
        return dp.date_as_written(p.birth, rng, st["dates"])
    if kind == "birth_month":
        return dp.date_as_written(p.birth, rng, st["months"])
    if kind == "id":
        return dp.id_as_written(p, rng, st["ids"])
    if kind == "phone":
        return _phone(p, rng, st, epoch)
    if kind == "landline":
        return dp.landline_as_written(p.landline, rng) if p.landline else ""
    if kind == "phone_intl":
        if p.phone_abroad and rng.random() < 0.8:
            return p.phone_abroad
        return dp.mobile_as_written(p.phone_at(epoch), rng, {"plus86": 3, "plus86_plain": 2, "0086": 1, "plain": 1})
    if kind == "email":
        return _email(p, rng)
    if kind == "education":
        return dp.education_as_written(p.education, rng, st["edu_alias"], st["lang"])
    if kind == "degree":
        return p.degree
    if kind == "school":
        return dp.school_as_written(p.school, rng, st["alias"], st["lang"])
    if kind == "major":
        return dp.major_as_written(p.major, rng, st["lang"])
    if kind == "college":
        college = dp.MAJOR_INFO[p.major][2]
        return "华西临床医学院" if college == "医学院" and p.school == "四川大学" else college
    if kind == "school_major":
        return f"{dp.school_as_written(p.school, rng, st['alias'])}{rng.choice(['', ' ', '/', '，'])}{p.major}"
    if kind == "employer":
        return dp.employer_as_written(p.employer_at(epoch), rng, st["alias"], st["lang"])
    if kind == "employer_position":
        return dp.employer_as_written(p.employer_at(epoch), rng, st["alias"]) + rng.choice(["", " ", "/"]) + p.position
    if kind == "position":
        return dp.POSITIONS_EN.get(p.position, p.position) if en else p.position
    if kind == "title":
        return p.title
    if kind == "position_title":
        parts = [x for x in (p.position, p.title) if x]
        return rng.choice(["/".join(parts), "、".join(parts), parts[-1] if parts else ""])
    if kind == "city":
        return dp.city_as_written(p.city_at(epoch), rng, st["lang"])
    if kind == "country":
        return dp.country_as_written(p.city_at(epoch), rng, st["lang"])
    if kind == "hometown":
        return dp.hometown_as_written(p, rng, st["lang"])
    if kind == "student_origin":
        return dp.student_origin_as_written(p, rng)
    if kind == "class":
        return rng.choice([f"{p.grad_class}届", f"{p.grad_class}届", str(p.grad_class)])
    if kind == "class_year":
        return p.grad_class
    if kind == "remarks":
        return _remarks(p, rng, epoch)
    if kind == "student_no":
        return p.notes.get("student_no", "")
    if kind == "expertise":
        return p.expertise
    if kind == "programme":
        return p.programme
    if kind == "ethnicity":
        return "彝族" if p.is_yi else rng.choice(["汉族"] * 20 + ["傈僳族", "苗族"])
    if kind == "intended_job":
        return rng.choice(_INTENDED_JOBS)
    if kind == "name_roman":
        return dp.romanised_name(p, rng)
    raise ValueError(f"unknown column kind {kind!r}")


def _observe(spec: RosterSpec, st: dict, p: Person, rng: random.Random) -> tuple[dict, str]:
    """One row: kind -> value (None when the office left it empty), and the name form for the truth."""
    row, form = {}, "exact"
    for _, kind in spec.columns:
        if kind in ("serial", "signin", "registered"):
            continue
        if kind in ("name", "name_zh_opt"):
            if kind == "name_zh_opt" and rng.random() < st["zh_blank"]:
                row[kind], form = None, "romanised"
                continue
            row[kind], form = dp.name_as_written(p, rng, st["names"], st["yi_dot"])
            continue
        missing = st["missing_by"].get(kind, st["missing"])
        if kind not in _NO_MISSING and rng.random() < missing:
            row[kind] = None
            continue
        value = _value(kind, p, rng, st, spec.epoch)
        row[kind] = value if value != "" else None
    return row, form


# --------------------------------------------------------------------------------------------
# Laying rows out and writing files


@dataclass
class _Sheet:
    name: str
    rows: list = field(default_factory=list)      # cell values; [] is a blank row
    keys: list = field(default_factory=list)      # (person_key, name form) for data rows, else None
    merges: list = field(default_factory=list)    # (first row, last row, first col, last col), 0-based
    kinds: tuple = ()

    def add(self, row, key=None):
        self.rows.append(row)
        self.keys.append(key)


def _style(spec: RosterSpec, shape: Shape) -> dict:
    st = {**BASE_STYLE, **spec.style}
    st["missing_by"] = {**BASE_STYLE["missing_by"], **spec.style.get("missing_by", {})}
    st["names"] = {k: v * shape.name_rate_scale for k, v in st["names"].items()}
    st.setdefault("zh_blank", 0.0)
    return st


def _timed(rows: list, rng: random.Random, st: dict, kind: str) -> None:
    """Give each row a time and order them by it (sign-in sheets, registrations)."""
    if kind == "signin":
        start = dt.datetime.combine(st["signin_day"], dt.time(8, 30))
        span = 3.5 * 3600
    else:
        start, span = st["registered_from"], 88 * 86400
    for row in rows:
        row[1]["__time"] = start + dt.timedelta(seconds=rng.randrange(int(span)))
    rows.sort(key=lambda r: (r[1]["__time"], r[0].key))
    for row in rows:
        t = row[1].pop("__time")
        row[1][kind] = t if st.get("signin_cell") else t.strftime("%Y-%m-%d %H:%M:%S")


def _layout(spec: RosterSpec, st: dict, people: list[Person], rng: random.Random) -> list[_Sheet]:
    rows = [(p, *_observe(spec, st, p, rng)) for p in people]
    kinds = tuple(kind for _, kind in spec.columns)
    if spec.order == "time":
        _timed(rows, rng, st, "signin" if "signin" in kinds else "registered")
    else:
        rng.shuffle(rows)
    if spec.who == "alumni":
        groups = [(f"{c}届", [r for r in rows if r[0].grad_class == c]) for c in st["classes"]]
    else:
        groups = [(spec.sheet, rows)]
    headers = [h for h, _ in spec.columns]
    limit = 65000 if spec.fmt == "xls" else None
    sheets = []
    for name, group in groups:
        chunks = [group[i:i + limit] for i in range(0, len(group), limit)] if limit and group else [group]
        for n_chunk, chunk in enumerate(chunks):
            sheet = _Sheet(name if n_chunk == 0 else f"{name}{n_chunk + 1}", kinds=kinds)
            for line in spec.title_lines:
                if spec.fmt in ("xlsx", "xls"):
                    sheet.merges.append((len(sheet.rows), len(sheet.rows), 0, len(headers) - 1))
                sheet.add([line] + [None] * (len(headers) - 1) if spec.fmt == "txt" else [line])
            sheet.add(list(headers))
            for serial, (p, values, form) in enumerate(chunk, start=1):
                if spec.blank_rate and rng.random() < spec.blank_rate:
                    sheet.add([])
                cells = [serial if kind == "serial" else values.get(kind) for kind in kinds]
                sheet.add(cells, (p.key, form))
            if spec.footer:
                sheet.add([])
                for line in spec.footer:
                    if spec.fmt in ("xlsx", "xls"):
                        sheet.merges.append((len(sheet.rows), len(sheet.rows), 0, len(headers) - 1))
                    sheet.add([line.replace("XXX", _officer(rng), 1).replace("XXX", _officer(rng))])
            sheets.append(sheet)
    return sheets


def _officer(rng: random.Random) -> str:
    return rng.choice("李周吴郑冯陈") + rng.choice(["晓红", "建国", "老师", "明", "秀兰", "志强"])


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ")
    return str(value)


def _freeze_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps so that the same input gives the same bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", data)
            zout.writestr(fixed, data)


def _new_workbook() -> openpyxl.Workbook:
    wb = openpyxl.Workbook(write_only=True)
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def _save_workbook(wb: openpyxl.Workbook, path: Path) -> None:
    buf = io.BytesIO()
    wb.save(buf)
    _freeze_zip(buf.getvalue(), path)


def _write_xlsx(path: Path, sheets: list[_Sheet]) -> None:
    wb = _new_workbook()
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name)
        for i, width in enumerate(_widths(sheet), start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        for r1, r2, c1, c2 in sheet.merges:
            ws.merged_cells.add(f"{get_column_letter(c1 + 1)}{r1 + 1}:{get_column_letter(c2 + 1)}{r2 + 1}")
        for row in sheet.rows:
            ws.append(row)
    _save_workbook(wb, path)


def _widths(sheet: _Sheet) -> list[float]:
    return [{"name": 10, "id": 21, "phone": 15, "email": 24, "employer": 28, "signin": 19}.get(k, 12)
            for k in sheet.kinds]


def _write_xls(path: Path, sheets: list[_Sheet]) -> None:
    import xlwt  # only needed for the legacy format

    wb = xlwt.Workbook(encoding="utf-8")
    title = xlwt.easyxf("font: bold on, height 320; align: horiz center")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    month_style = xlwt.easyxf(num_format_str='yyyy"年"m"月"')
    for sheet in sheets:
        ws = wb.add_sheet(sheet.name)
        merged = {(r1, c1): (r2, c2) for r1, r2, c1, c2 in sheet.merges}
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if (r, c) in merged:
                    ws.write_merge(r, merged[r, c][0], c, merged[r, c][1], value, title)
                elif isinstance(value, dt.date):
                    ws.write(r, c, value, month_style if sheet.kinds[c] == "birth_month" else date_style)
                elif value is not None:
                    ws.write(r, c, value)
    wb.save(str(path))


def _write_delimited(path: Path, sheet: _Sheet, encoding: str, delimiter: str = ",") -> None:
    if encoding == "utf-16":  # Excel's "Unicode text": UTF-16 LE with BOM, tabs, CRLF
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
        for row in sheet.rows:
            writer.writerow([_text(v) for v in row])
        path.write_bytes(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
        return
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter, lineterminator="\r\n")
        for row in sheet.rows:
            writer.writerow([_text(v) for v in row])


def _write_json(path: Path, sheet: _Sheet, spec: RosterSpec, lines: bool) -> list[tuple]:
    """JSON exports leave out empty fields (JSON lines) or write them as null (arrays)."""
    headers = sheet.rows[0 + len(spec.title_lines)]
    records, keys = [], []
    for row, key in zip(sheet.rows, sheet.keys):
        if key is None:
            continue
        if lines:
            records.append({h: _json_value(v) for h, v in zip(headers, row) if v is not None})
        else:
            records.append({h: _json_value(v) for h, v in zip(headers, row)})
        keys.append(key)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        if lines:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            json.dump(records, f, ensure_ascii=False, indent=2)
            f.write("\n")
    return [(i, key) for i, key in enumerate(keys, start=1)]


def _json_value(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ")
    return value


def _write_roster(path: Path, spec: RosterSpec, sheets: list[_Sheet]) -> list[tuple]:
    """Write one roster; return truth rows (sheet, row number as seen in Excel, person key, name form)."""
    if spec.fmt in ("json", "jsonl"):
        return [("", n, key[0], key[1]) for n, key in _write_json(path, sheets[0], spec, spec.fmt == "jsonl")]
    if spec.fmt == "xlsx":
        _write_xlsx(path, sheets)
    elif spec.fmt == "xls":
        _write_xls(path, sheets)
    elif spec.fmt in ("csv", "txt"):
        _write_delimited(path, sheets[0], spec.encoding)
    else:
        raise ValueError(f"unknown format {spec.fmt!r}")
    workbook = spec.fmt in ("xlsx", "xls")
    return [(sheet.name if workbook else "", r, key[0], key[1])
            for sheet in sheets for r, key in enumerate(sheet.keys, start=1) if key is not None]


PEOPLE_COLUMNS = ["person_key", "name", "name_pinyin", "gender", "birth_date", "id_number", "id_number_15",
                  "panzhihua_origin", "origin_evidence", "pzh_county", "hometown", "family_key", "family_role",
                  "is_yi", "phone", "phone_old", "phone_abroad", "landline", "email", "family_email",
                  "education", "degree", "school", "major", "sector", "employer", "employer_old", "city",
                  "city_old", "abroad", "title", "position", "expertise", "programme", "high_school",
                  "grad_class", "n_files", "n_rows"]


def _people_row(p: Person, n_files: int, n_rows: int) -> list:
    return [p.key, p.name, p.name_pinyin, p.gender, p.birth.isoformat(), p.id18, p.id15, int(p.origin),
            p.origin_evidence, p.pzh_county, dp.AREAS[p.hometown_area][2][0], p.family_key, p.family_role,
            int(p.is_yi), p.phone, p.phone_old, p.phone_abroad, p.landline, p.email, p.family_email,
            p.education, p.degree, p.school, p.major, p.sector, p.employer, p.employer_old, p.city,
            p.city_old, int(p.abroad), p.title, p.position, p.expertise, p.programme, p.high_school,
            p.grad_class or "", n_files, n_rows]


def write_demo_rosters(out_dir, seed: int = 2024, n_people: int = 2000, shape: str = "default") -> DemoManifest:
    """Write the rosters, truth.csv and people.csv for n_people fake persons into out_dir."""
    if shape not in SHAPES:
        raise ValueError(f"unknown demo shape {shape!r}; choose one of {sorted(SHAPES)}")
    the_shape = SHAPES[shape]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    people_rng = random.Random(seed) if shape == "default" else random.Random(f"{shape}:{seed}")
    people = dp.make_people(people_rng, n_people, the_shape.profile)
    styles = [_style(spec, the_shape) for spec in the_shape.rosters]
    members = _assign(people, the_shape, styles, random.Random(f"{shape}:{seed}:assign"))

    files, truth, file_settings = [], [], {}
    for spec, st, listed in zip(the_shape.rosters, styles, members):
        rng = random.Random(f"{shape}:{seed}:{spec.key}")
        path = out / spec.file_name
        sheets = _layout(spec, st, listed, rng)
        truth.extend((spec.file_name, *row) for row in _write_roster(path, spec, sheets))
        files.append(path)
        if spec.who == "alumni":
            file_settings[path.name] = {"school": st["school"]}

    truth_path = _write_truth(out / "truth.csv", truth)
    (out / "manifest.json").write_text(json.dumps(
        {"seed": seed, "n_people": n_people, "shape": shape, "n_rows": len(truth),
         "files": [f.name for f in files], "file_settings": file_settings}, ensure_ascii=False, indent=1))

    n_rows, n_files = {}, {}
    for file_name, _, _, key, _ in truth:
        n_rows[key] = n_rows.get(key, 0) + 1
        n_files.setdefault(key, set()).add(file_name)
    people_path = out / "people.csv"
    with open(people_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(PEOPLE_COLUMNS)
        for p in people:
            writer.writerow(_people_row(p, len(n_files.get(p.key, ())), n_rows.get(p.key, 0)))
    return DemoManifest(files=files, truth_path=truth_path, people_path=people_path, n_people=len(people),
                        n_rows=len(truth), shape=shape, file_settings=file_settings)


def _write_truth(path: Path, truth: list) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["file_name", "sheet", "row_number", "person_key", "name_form"])
        writer.writerows(truth)
    return path


def read_manifest(out_dir) -> DemoManifest | None:
    """The manifest write_demo_rosters left in out_dir, or None."""
    out = Path(out_dir)
    if not (out / "manifest.json").exists():
        return None
    m = json.loads((out / "manifest.json").read_text())
    return DemoManifest(files=[out / f for f in m["files"]], truth_path=out / "truth.csv",
                        people_path=out / "people.csv", n_people=m["n_people"], n_rows=m["n_rows"],
                        shape=m["shape"], file_settings=m["file_settings"])


def write_daily_roster(out_dir, seed: int, n_people: int, shape: str = "default", n_rows: int = 1000,
                       day: int = 1, new_share: float = 0.3) -> tuple[Path, Path]:
    """The daily case: one more roster (a talent-code export) for the population that
    write_demo_rosters(seed, n_people, shape) drew. Most rows are people the registry already has;
    `new_share` are people it has never seen. Returns (roster, its truth.csv)."""
    the_shape = SHAPES[shape]
    people_rng = random.Random(seed) if shape == "default" else random.Random(f"{shape}:{seed}")
    n_new = round(n_rows * new_share)
    # the same draws, continued: the first n_people are the registry's people, those after are new
    # (the last few before n_people may differ, as a household at the end is cut short)
    people = dp.make_people(people_rng, n_people + 10 + n_new, the_shape.profile)
    rng = random.Random(f"{shape}:{seed}:daily:{day}")
    listed = rng.sample(people[:n_people - 10], n_rows - n_new) + people[n_people + 10:]
    rng.shuffle(listed)
    spec = next(r for r in the_shape.rosters if r.who == "anyone")
    spec = replace(spec, key=f"daily_{day}", file_name=f"人才码每日新增_{day:03d}.csv", dup_rate=0.0)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / spec.file_name
    truth = [(spec.file_name, *row) for row in _write_roster(path, spec, _layout(spec, _style(spec, the_shape),
                                                                                   listed, rng))]
    return path, _write_truth(out / f"truth_daily_{day:03d}.csv", truth)


# --------------------------------------------------------------------------------------------
# Big files for the ingestion benchmark

BIG_HEADERS = ["序号", "姓名", "性别", "身份证号", "手机号码", "电子邮箱", "最高学历", "毕业院校", "专业", "工作单位",
               "职称", "现居城市", "籍贯", "注册时间"]


def _big_rows(n_rows: int, seed: int):
    """Rows of a talent-code export: fast, random, realistic enough, with messy values mixed in.

    Pools are prepared once; the loop only indexes them with rng.random() (random.choice is the
    bottleneck otherwise). ID check characters come from precomputed partial sums.
    """
    rng = random.Random(seed)
    rand = rng.random
    surnames = dp.SURNAMES[:40] * 4 + dp.SURNAMES + dp.TRICKY_SURNAMES + dp.COMPOUND_SURNAMES
    given = (dp.GIVEN["a"]["女"], dp.GIVEN["a"]["男"])
    firsts = dp.GIVEN["a"]["first"]
    areas = list(dp.PZH_AREAS)[:5] * 3 + list(dp.OTHER_AREAS)
    areas = [(a, sum(int(c) * w for c, w in zip(a, dp._ID_WEIGHTS[:6]))) for a in areas]
    start = dt.date(1960, 1, 1)
    days = [(start + dt.timedelta(days=i)).strftime("%Y%m%d") for i in range(16071)]  # to 2003-12-31
    dates = [(d, sum(int(c) * w for c, w in zip(d, dp._ID_WEIGHTS[6:14]))) for d in days]
    seqs = [(f"{s:03d}", sum(int(c) * w for c, w in zip(f"{s:03d}", dp._ID_WEIGHTS[14:]))) for s in range(1000)]
    check = "10X98765432"
    prefixes = dp._MOBILE_PREFIXES
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    domains = ["qq.com", "163.com", "126.com", "gmail.com", "foxmail.com", "sina.com"]
    educations = [w for ws in dp.EDUCATION_WORDINGS.values() for w in ws]
    schools = [s for s, aliases, _ in dp.SCHOOLS] * 3 + [a for _, aliases, _ in dp.SCHOOLS for a in aliases]
    majors = [m[0] for m in dp.MAJORS]
    employers = [e[0] for e in dp.EMPLOYERS] * 2 + [a for e in dp.EMPLOYERS for a in e[1]]
    titles = [t for ts in dp.TITLES.values() for t in ts if t]
    cities = [w for c in dp.DOMESTIC_CITY_WEIGHTS for w in dp.CITIES[c][0]]
    hometowns = [w for a in dp.AREAS.values() for w in a[2]]
    t0 = dt.datetime(2024, 1, 1)
    times = sorted((t0 + dt.timedelta(seconds=int(rand() * 15_000_000))).strftime("%Y-%m-%d %H:%M:%S")
                   for _ in range(20_000))

    def pick(pool):  # one closure per pool keeps the loop readable
        n = len(pool)
        return lambda: pool[int(rand() * n)]

    surname, first, area_of, date_of = pick(surnames), pick(firsts), pick(areas), pick(dates)
    prefix, domain, education, school = pick(prefixes), pick(domains), pick(educations), pick(schools)
    major, employer, title, city, hometown = pick(majors), pick(employers), pick(titles), pick(cities), pick(hometowns)
    n_given = (len(given[0]), len(given[1]))
    for i in range(1, n_rows + 1):
        male = rand() < 0.52
        pool = given[male]
        g = pool[int(rand() * n_given[male])]
        name = surname() + (g if rand() < 0.3 else first() + g)
        if rand() < 0.02:
            name = name[0] + "\u3000" + name[1:]
        area, area_sum = area_of()
        ymd, date_sum = date_of()
        seq, seq_sum = seqs[int(rand() * 500) * 2 + male]
        id_number = f"{area}{ymd}{seq}{check[(area_sum + date_sum + seq_sum) % 11]}"
        r = rand()
        if r < 0.01:
            id_number = id_number[:6] + id_number[8:17]          # a 15-digit legacy ID
        elif r < 0.015:
            id_number = id_number[:-1] + str(int(rand() * 10))   # maybe a typo in the check character
        elif r < 0.02:
            id_number = id_number.lower()
        phone = f"{prefix()}{int(rand() * 100_000_000):08d}"
        r = rand()
        if r < 0.05:
            phone = f"{phone[:3]} {phone[3:7]} {phone[7:]}"
        elif r < 0.08:
            phone = "+86 " + phone
        elif r < 0.09:
            phone = phone.translate(fw)
        elif r < 0.11:
            phone = ""
        r = rand()
        email = (f"{100_000_000 + int(rand() * 2_900_000_000)}@qq.com" if r < 0.4 else
                 f"user{int(rand() * 10_000_000)}@{domain()}" if r < 0.94 else "")
        yield [i, name, "" if rand() < 0.01 else ("男" if male else "女"), id_number, phone, email, education(),
               school(), major(), employer(), title() if rand() < 0.6 else "", city(), hometown(),
               times[int(rand() * 20_000)]]


def write_big_csv(path, n_rows: int, seed: int = 1) -> Path:
    """Stream n_rows talent-code rows into a UTF-8 CSV (header + rows)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(BIG_HEADERS)
        for row in _big_rows(n_rows, seed):
            writer.writerow(row)
    return path


def write_big_xlsx(path, n_rows: int = 200_000, seed: int = 1) -> Path:
    """The same rows as an XLSX (write-only openpyxl; one sheet, header in row 1)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = _new_workbook()
    ws = wb.create_sheet("人才码注册信息")
    ws.append(BIG_HEADERS)
    for row in _big_rows(n_rows, seed):
        ws.append(row)
    _save_workbook(wb, path)
    return path


# What the demo adds after the rosters, so that every page of the officers' guide has content:
# demand from three demo enterprises, matching, a saved segment, a campaign with some outcomes,
# and demo accounts.
DEMO_DEMANDS = [
    {"ref": "ZH-2027-01", "enterprise": "攀枝花中和钒钛科技有限公司", "position": "钒钛冶金工程师", "industry": "钒钛",
     "keywords": ["冶金工程", "钒钛", "提钒工艺"], "min_education": "硕士及以上", "location": "攀枝花市东区",
     "headcount": 3, "deadline": "长期"},
    {"ref": "ZH-2027-02", "enterprise": "攀枝花中和钒钛科技有限公司", "position": "钛合金材料研发", "industry": "钒钛",
     "keywords": ["钛合金", "材料科学与工程", "高温合金"], "min_education": "博士", "min_title_level": "中级及以上",
     "location": "攀枝花市钒钛高新区", "headcount": 2},
    {"ref": "KY-07", "enterprise": "攀枝花阳光康养集团有限公司", "position": "康复治疗师", "industry": "康养",
     "keywords": ["康复", "护理", "临床医学"], "min_education": "本科及以上", "location": "攀枝花市仁和区", "headcount": 5},
    {"ref": "CN-1", "enterprise": "攀西储能科技有限公司", "position": "储能系统工程师", "industry": "新能源",
     "keywords": ["电池储能", "储能系统集成", "电气工程"], "min_education": "本科", "location": "攀枝花市西区",
     "headcount": 4, "remote_ok": True},
]
DEMO_ACCOUNTS = [("admin", "admin", None), ("wang", "officer", None), ("li", "liaison", "攀枝花中和钒钛科技有限公司")]


def populate_demo(conn, folder: Path, users_file: Path, say=print) -> dict:
    """Demand, matching, a segment, a campaign with outcomes and accounts for the demo registry.
    Accounts that already exist are kept (their passwords are printed only when created)."""
    import secrets

    from pzh_talent.ingest.demand import ensure_enterprise, import_demands
    from pzh_talent.matching.match import load_settings, match
    from pzh_talent.outreach.campaigns import create_campaign, save_segment, set_status
    from pzh_talent.serve import add_user, read_users

    demands = folder / "企业需求.json"
    demands.write_text(json.dumps(DEMO_DEMANDS, ensure_ascii=False, indent=1), encoding="utf-8")
    imported = import_demands(conn, demands, actor="demo")
    matched = match(conn, load_settings(), actor="demo")
    existing = {r[0] for r in conn.execute("SELECT name FROM segments")}
    if "米易县的人才" not in existing:
        save_segment(conn, "米易县的人才", "籍贯区县 = '米易县'", description="籍贯米易县的全部人才", actor="demo")
    campaign = None
    if not conn.execute("SELECT 1 FROM campaigns WHERE name = '春节返乡座谈会'").fetchone():
        campaign = create_campaign(conn, "春节返乡座谈会", "email", where="籍贯区县 IS NOT NULL", purpose="春节返乡人才座谈",
                                   actor="demo", target="引进人才")
        keys = [r[0] for r in conn.execute("SELECT member_key FROM campaign_members WHERE campaign_id = ? AND "
                                           "suppressed IS NULL ORDER BY id", (campaign.campaign_id,))]
        rng = random.Random(7)
        for key, status in zip(rng.sample(keys, min(len(keys), 12)),
                               ["已联系"] * 5 + ["已回复"] * 3 + ["有意向"] * 2 + ["已回攀", "婉拒"]):
            set_status(conn, key, status, actor="demo")
    users = read_users(users_file)["users"]
    created = []
    for name, role, enterprise in DEMO_ACCOUNTS:
        if name not in users:
            password = secrets.token_urlsafe(9)
            add_user(users_file, name, role, password, enterprise)
            created.append((name, role, password))
        if enterprise:
            ensure_enterprise(conn, enterprise, liaison=name)
    return {"demands": imported.created + imported.updated, "matches": matched.matches, "campaign": campaign,
            "accounts": created}
