"""Turn the hand-written labels (profiles.txt, background.txt) into the evaluation files.

    python bench/match_eval/build.py                            # the first set, beside this file
    python bench/match_eval/build.py bench/match_eval_holdout   # another set: its own build.json

Writes persons_consented.csv, persons_no_consent.csv and labels.json into the set's folder (a
build.json there may give another seed, background size and description). The people's
fields and every relevance grade come from profiles.txt (written by hand, without looking at the
matching code or its settings); only identities are generated here — names, resident ID numbers
(GB 11643 check digit, mostly Panzhihua area codes), phones and emails — with a fixed seed, so the
output is the same on every run. Nothing here imports the project's code: the labels must not depend
on what the code does.
"""
import csv
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261126
N_BACKGROUND = 1500
NO_CONSENT_BACKGROUND_SHARE = 0.25

# The expert's own reading of 学历 (independent of ingest/education.py), for checking the labels.
EDUCATION_RANK = {"博士研究生": 5, "博士": 5, "PhD": 5, "MD": 5, "硕士研究生": 4, "硕士": 4, "研究生": 4,
                  "Master": 4, "本科": 3, "大学本科": 3, "Bachelor": 3, "大专": 2, "中专": 1, "高中": 1, "初中": 0}
DEMAND_EDUCATION = {"大专": 2, "本科": 3, "硕士": 4, "博士": 5}

# Two rosters as offices send them: a talent-code sign-up export whose form had both consent boxes,
# and a job-fair / alumni sheet with no consent at all — different header wording on purpose.
HEADERS_CONSENTED = ["序号", "姓名", "性别", "身份证号", "手机号码", "电子邮箱", "最高学历", "毕业院校", "所学专业",
                     "工作单位", "职务", "职称", "研究方向", "现居城市", "籍贯"]
HEADERS_NO_CONSENT = ["姓名", "性别", "证件号码", "联系电话", "邮箱", "学历", "学校", "专业", "现单位", "岗位",
                      "专业技术职称", "专长", "所在城市", "家乡"]
FIELDS = ["name", "gender", "id_number", "phone", "email", "education", "school", "major", "employer", "position",
          "title", "expertise", "city", "hometown"]

PANZHIHUA_AREAS = [("510402", 25), ("510403", 15), ("510411", 15), ("510421", 12), ("510422", 10), ("510420", 3)]
OTHER_AREAS = ["510104", "510107", "510108", "513401", "510502", "530102", "500103", "511102"]  # born elsewhere
HOMETOWN_TEXT = ["四川攀枝花", "攀枝花市", "攀枝花市东区", "攀枝花市西区", "攀枝花市仁和区", "四川省米易县", "米易",
                 "盐边县", "四川盐边", "攀枝花"]
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏浩凯宇晨欣怡佳琪子涵梓轩雨婷思远"
         "俊毅志刚建国海波云峰文博天翔嘉豪晓东晓梅春兰秋菊冬梅德明家乐若曦诗琪梦瑶一鸣泽宇浩然雅琴慧敏丹阳")
YI_NAMES = ["吉克·阿呷", "阿苏·拉则", "沙马·木呷", "俄底·伍各", "马海·阿依", "吉伍·五呷", "阿尔·曲布", "海来·阿木",
            "勒格·日哈", "吉木·子洛", "曲比·阿果", "阿西·拉合", "倮伍·尔古", "苏呷·有格", "木乃·日火"]
SCHOOLS_CN = ["四川大学", "重庆大学", "西南大学", "攀枝花学院", "四川师范大学", "西华大学", "成都大学", "西南科技大学",
              "云南大学", "贵州大学", "西南交通大学", "四川农业大学", "成都理工大学", "昆明理工大学", "西南民族大学"]
SCHOOLS_EN = ["University of Toronto", "University of Melbourne", "Imperial College London", "University of Sydney",
              "Technical University of Munich", "University of British Columbia", "National University of Singapore"]
CITY_WEIGHTS = [("攀枝花", 30), ("成都", 25), ("重庆", 10), ("昆明", 5), ("西昌", 4), ("北京", 4), ("上海", 4),
                ("深圳", 4), ("广州", 3), ("西安", 3), ("米易县", 2), ("盐边", 2), ("杭州", 2), ("武汉", 2)]


@dataclass
class Person:
    code: str                 # D01-03 for labelled persons, B0001 for background
    grade: str                # 2, 1, C2, C1, E, S, or "" for background
    education: str
    major: str
    expertise: str
    employer: str
    position: str
    title: str
    city: str
    also: dict = field(default_factory=dict)   # other demand code -> grade
    section: str = ""        # the demand code the person was written under
    values: dict = field(default_factory=dict)
    consented: bool = True


def parse_profiles(path: Path):
    """-> ({code: (ref, split)}, [Person], [(person code, demand code, grade)] added in the review pass)"""
    demands, persons, review, current = {}, [], [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line == "== REVIEW":
            current = "REVIEW"
            continue
        if current == "REVIEW":  # the cross-check pass: more demands a labelled person fits
            who, also = [c.strip() for c in line.split("|")]
            person = next(p for p in persons if p.code == who)
            for a in also.split():
                code, grade = a.split(":")
                assert code not in person.also and code != person.section, (n, line)
                person.also[code] = int(grade)
                review.append((who, code, int(grade)))
            continue
        if line.startswith("=="):
            code, ref, split = line[2:].split()
            assert split in ("dev", "test"), (n, line)
            demands[code] = (ref, split)
            current, count = code, 0
            continue
        cells = [c.strip() for c in line.split("|")]
        assert len(cells) == 9, f"profiles.txt 第 {n} 行应有 9 列：{line}"
        grade, education, major, expertise, employer, position, title, city, also = cells
        assert grade in ("2", "1", "C2", "C1", "E", "S"), (n, grade)
        assert education in EDUCATION_RANK, (n, education)
        count += 1
        persons.append(Person(f"{current}-{count:02d}", grade, education, major, expertise, employer, position, title,
                              city, {a.split(":")[0]: int(a.split(":")[1]) for a in also.split()}, current,
                              consented=not grade.startswith("C")))
    return demands, persons, review


def parse_background(path: Path, rng: random.Random, n: int) -> list[Person]:
    pools = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            major, expertise, position, titles, educations, employers = [c.strip() for c in line.split("|")]
            pools.append((major, expertise, position, titles.split("/"), educations.split("/"), employers.split("/")))
    cities = [c for c, w in CITY_WEIGHTS for _ in range(w)]
    out = []
    for i in range(n):
        major, expertise, position, titles, educations, employers = rng.choice(pools)
        out.append(Person(f"B{i + 1:04d}", "", rng.choice(educations), major,
                          expertise if rng.random() < 0.7 else "", rng.choice(employers), position, rng.choice(titles),
                          rng.choice(cities), consented=rng.random() >= NO_CONSENT_BACKGROUND_SHARE))
    return out


def id_check_char(first17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]


def birth_year(p: Person, rng: random.Random) -> int:
    # seniority decides age: a 正高 is rarely under 40, a student rarely over 30
    if re.search(r"正高|教授|首席|主任医师|研究馆员|研究员", p.title + p.position) and "副" not in p.title:
        return rng.randint(1964, 1982)
    if re.search(r"高级|副", p.title):
        return rng.randint(1970, 1988)
    if re.search(r"在读|博士后|Postdoc|学生", p.position):
        return rng.randint(1993, 2000)
    return rng.randint(1978, 2001)


class Identities:
    """Unique names, ID numbers, phones and emails: dedupe must see distinct people."""

    def __init__(self, rng: random.Random):
        self.rng, self.names, self.ids, self.phones, self.emails = rng, set(), set(), set(), set()
        self.yi = list(YI_NAMES)
        rng.shuffle(self.yi)

    def name(self) -> str:
        rng = self.rng
        if self.yi and rng.random() < 0.01:
            return self.yi.pop()
        while True:
            given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")
            name = rng.choice(SURNAMES) + given
            if name not in self.names:
                self.names.add(name)
                return name

    def id_number(self, year: int, male: bool) -> tuple[str, bool]:
        rng = self.rng
        panzhihua = rng.random() < 0.82
        area = rng.choices([a for a, _ in PANZHIHUA_AREAS], [w for _, w in PANZHIHUA_AREAS])[0] if panzhihua \
            else rng.choice(OTHER_AREAS)
        while True:
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            seq = rng.randrange(1 if male else 0, 1000, 2)
            first17 = f"{area}{year:04d}{month:02d}{day:02d}{seq:03d}"
            number = first17 + id_check_char(first17)
            if number not in self.ids:
                self.ids.add(number)
                return number, panzhihua

    def phone(self) -> str:
        prefixes = ["138", "139", "135", "136", "137", "150", "151", "152", "158", "159", "182", "187", "188", "130",
                    "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177", "199"]
        while True:
            number = self.rng.choice(prefixes) + f"{self.rng.randrange(10 ** 8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def email(self) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.4:
                address = f"{rng.randrange(10 ** 7, 10 ** 10)}@qq.com"
            else:
                local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))
                address = f"{local}{rng.randint(1, 999)}@{rng.choice(['163.com', '126.com', 'gmail.com', 'outlook.com'])}"
            if address not in self.emails:
                self.emails.add(address)
                return address


def fill_identity(p: Person, ident: Identities, rng: random.Random):
    latin = bool(re.search(r"[A-Za-z]{3}", p.major + p.city))
    nursing = "护" in p.major + p.position + p.expertise or "Nurs" in p.major
    male = rng.random() < (0.15 if nursing else 0.5)
    number, panzhihua_id = ident.id_number(birth_year(p, rng), male)
    # everyone has a Panzhihua origin signal: the ID's area code, or 籍贯 when born elsewhere
    hometown = rng.choice(HOMETOWN_TEXT) if (not panzhihua_id or rng.random() < 0.5) else ""
    p.values = {"name": ident.name(), "gender": "男" if male else "女", "id_number": number, "phone": ident.phone(),
                "email": ident.email() if rng.random() < 0.7 else "", "education": p.education,
                "school": rng.choice(SCHOOLS_EN if latin else SCHOOLS_CN), "major": p.major,
                "employer": p.employer, "position": p.position, "title": p.title, "expertise": p.expertise,
                "city": p.city, "hometown": hometown}


def check_labels(demands: dict, persons: list[Person], demand_json: dict):
    """The labels must be coherent: a relevant person meets a required minimum, an E near-miss does not."""
    for p in persons:
        for code, grade in [(p.section, p.grade)] + list(p.also.items()):
            ref = demands[code][0]
            d = demand_json[ref]
            need = DEMAND_EDUCATION.get(d.get("min_education") or "") if d.get("education_required") else None
            have = EDUCATION_RANK[p.education]
            if grade == "E":
                assert need and have < need, (p.code, ref)
            elif grade != "S" and need:
                assert have >= need, f"{p.code} 对 {ref} 标为相关，但学历 {p.education} 低于硬性要求"


def main():
    global HERE, SEED, N_BACKGROUND
    import sys

    about = "人工标注的需求匹配评测集（issue 6）。"
    if len(sys.argv) > 1:  # another labelled set, in its own folder
        HERE = Path(sys.argv[1]).resolve()
        config = json.loads((HERE / "build.json").read_text(encoding="utf-8"))
        SEED, N_BACKGROUND, about = config["seed"], config["background"], config["about"]
    rng = random.Random(SEED)
    demand_json = {}
    for line in (HERE / "demands.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        assert d["ref"] not in demand_json
        demand_json[d["ref"]] = d
    demands, labelled, review = parse_profiles(HERE / "profiles.txt")
    assert {ref for ref, _ in demands.values()} == set(demand_json), "profiles.txt 与 demands.jsonl 的需求不一致"
    check_labels(demands, labelled, demand_json)
    background = parse_background(HERE / "background.txt", rng, N_BACKGROUND)
    ident = Identities(rng)
    everyone = labelled + background
    for p in everyone:
        fill_identity(p, ident, rng)

    # rosters: labelled people scattered among the background, as in a real export
    consented = [p for p in everyone if p.consented]
    no_consent = [p for p in everyone if not p.consented]
    rng.shuffle(consented)
    rng.shuffle(no_consent)
    with open(HERE / "persons_consented.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS_CONSENTED)
        for i, p in enumerate(consented, start=1):
            w.writerow([i] + [p.values[k] for k in FIELDS])
    with open(HERE / "persons_no_consent.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS_NO_CONSENT)
        for p in no_consent:
            w.writerow([p.values[k] for k in FIELDS])

    # labels: per demand ref, relevant keys with grades and the near-misses with their type
    out = {}
    for code, (ref, split) in demands.items():
        out[ref] = {"code": code, "split": split, "position": demand_json[ref]["position"], "relevant": {},
                    "near_misses": []}
    types = {"E": "education", "S": "similar_word"}
    for p in labelled:
        key = p.values["id_number"]
        for code, grade in [(p.section, p.grade)] + list(p.also.items()):
            label = out[demands[code][0]]
            if grade in types:
                label["near_misses"].append({"key": key, "type": types[grade]})
                continue
            label["relevant"][key] = int(str(grade).lstrip("C"))
            if not p.consented:  # relevant, but liaisons must not see them
                label["near_misses"].append({"key": key, "type": "consent"})
    persons = {p.values["id_number"]: {"name": p.values["name"], "code": p.code,
                                       "roster": "persons_consented.csv" if p.consented else "persons_no_consent.csv",
                                       "education": p.education, "major": p.major, "expertise": p.expertise,
                                       "position": p.position, "employer": p.employer}
               for p in labelled}
    labels = {"about": about + "relevant：人员键 -> 等级（2 理想，1 可以考虑）；"
                       "near_misses：education 学历低于硬性要求，consent 合适但未同意向企业推荐，"
                       "similar_word 字面相近但领域无关。人员键为名单中的身份证号。",
              "key_column": "身份证号", "rosters": {"persons_consented.csv": len(consented),
                                                "persons_no_consent.csv": len(no_consent)},
              "demands": out, "labelled_persons": persons,
              # relevance added in the second, cross-check pass (after the first run): kept apart so the
              # figures can be compared with and without them
              "review_additions": [{"ref": demands[code][0], "key": next(p for p in labelled if p.code == who)
                                    .values["id_number"], "grade": grade, "person": who} for who, code, grade in review]}
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_rel = [len(v["relevant"]) for v in out.values()]
    print(f"{len(out)} 个需求（dev {sum(v['split'] == 'dev' for v in out.values())}），标注人员 {len(labelled)}，"
          f"背景人员 {len(background)}；名单：已授权 {len(consented)} 行，未授权 {len(no_consent)} 行；"
          f"每个需求相关人选 {min(n_rel)}–{max(n_rel)} 人")


if __name__ == "__main__":
    main()
