"""What a roster's title rows, sheet names and file name say about everyone on it (domain.md §10).

    roster_context("攀枝花三中在外校友名单.xlsx", ["2008届"], ["攀枝花市第三高级中学2008届在外校友名单"])
    -> [RosterFact(kind='school', value='攀枝花市第三高级中学', source='标题',
                   text='攀枝花市第三高级中学2008届在外校友名单', strength='medium', county=None)]
    fact_evidence(facts[0]) -> Evidence('roster', …, '名单标题“攀枝花市第三高级中学2008届在外校友名单”：'
                                        '攀枝花市第三高级中学校友', 'medium', None)

Kinds, and the origin strength each gives every person on the roster (origin.py's scale):
  school   the roster is a school's alumni/graduate list (校友, 毕业生, 届, 2008级, alumni …).
           value: the school's canonical name (schools.py; Panzhihua's numbered schools 攀枝花N中 /
           攀N中 / 攀枝花市第N中学 as 攀枝花市第N(高级)中学).
           A Panzhihua secondary school -> what origin.py gives a school column naming it ('medium':
           going to school there is not being born there). A university or college, 攀枝花学院
           included, or a school elsewhere -> None: 攀枝花学院's students come from all over China,
           and 四川大学's alumni are no more of Panzhihua than anyone.
  origin   the text states the people's origin: 攀枝花籍, 攀籍, 米易县生源, 户籍攀枝花, natives of Panzhihua.
           value: the county's official name, or 攀枝花市. It is a 籍贯/生源地 column written once for
           everyone, so it is rated as origin.py rates that column ('strong'; a bare 仁和 'medium').
  county   a Panzhihua county's (or the city's) own list of its people away or back home.
           value: 东区/西区/仁和区/米易县/盐边县, or 攀枝花市.
           在外/外出/海外/在京 … lists 'strong': "在外人才" is how a county names its natives working
           elsewhere, compiled from its own records of them. 返乡/回乡/返攀 lists 'medium': whoever
           came back for the holiday signs, spouses, children born elsewhere and visiting in-laws too.
  network  an association of Panzhihua people: 同乡会, 联谊会, 海外攀枝花人才联谊会, 攀枝花北京商会.
           value: the association's name as written. 'weak', below all the above: membership is
           self-declared and open to spouses, friends, business partners; a person whose only evidence
           is weak is reviewed, not counted. Local bodies (攀枝花市钒钛产业协会, 攀枝花市浙江商会 — 浙江
           merchants in Panzhihua) give nothing: 商会/协会/学会 need a sign of being away (在京, 海外,
           another city's name).

What gives nothing (except an explicit 攀枝花籍, which is always believed): recruitment of any kind
(招聘会, 宣讲会, 双选会, 面试; people came to find work in Panzhihua); guests of a gathering (签到 at a
论坛/会议 with 海外嘉宾); an enterprise's, hospital's or institute's staff; people who came to Panzhihua
(在攀, 来攀, 引进, 外籍, 非攀籍); a school's staff (教职工). A gathering's sign-in sheet is read for who it
was for: 校友聚会签到 is alumni, 返乡人才座谈会签到 returnees; 海外嘉宾 at a forum in Panzhihua no one.

Scope: a fact whose source is 标题 or 文件名 holds for every row of the file, a 工作表名 fact only for the
rows of that sheet (its `text` is the sheet's name). Facts repeat at most once per (kind, value): a sheet
fact that the file's title or name already gives is left out. A recruitment or gathering word in the
file's name or titles is read for the whole file, in a sheet name for that sheet.

Words are data (context_words.json, read once); places come from origin.py and places.py, school names
from schools.py. A call reads a few short strings: microseconds, once per file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .origin import Evidence, field_evidence
from .places import clean_text, parse_place
from .schools import SCHOOLS, canonical_school

__all__ = ["RosterFact", "roster_context", "fact_evidence", "KINDS", "SOURCES"]

KINDS = ("school", "origin", "county", "network")
SOURCES = ("标题", "工作表名", "文件名")
_SOURCE_LABEL = {"标题": "名单标题", "工作表名": "工作表名", "文件名": "文件名"}
_RANK = {"strong": 0, "medium": 1, "weak": 2}


@dataclass(frozen=True)
class RosterFact:
    kind: str            # 'school' | 'origin' | 'county' | 'network' (module docstring)
    value: str           # school's canonical name | county's official name or 攀枝花市 | association's name
    source: str          # '标题' | '工作表名' | '文件名'
    text: str            # the title / sheet name / file name that said so, as written
    strength: str | None  # origin strength for every person on the roster: 'strong' | 'medium' | 'weak' | None
    county: str | None   # the Panzhihua county/district it points to, when it does


# --------------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------------

WORDS: dict = json.loads((Path(__file__).parent / "context_words.json").read_text(encoding="utf-8"))


def _alt(words) -> str:
    """One regex alternation, longest first; ASCII words only as whole words."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w).replace(r"\ ", r"\s+")
        parts.append(rf"(?<![a-z]){e}(?![a-z])" if w.isascii() else e)
    return "|".join(parts)


def _rx(*keys: str) -> re.Pattern:
    return re.compile(_alt([w for k in keys for w in WORDS[k]]), re.I)


_ALUMNI = re.compile(_alt(WORDS["alumni"] + WORDS["alumni_en"]) + r"|(?<!\d)(?:\d{2}|\d{4})级", re.I)
_STAFF = _rx("staff")
_RECRUIT = _rx("recruitment")
_GATHERING = _rx("gathering")
_ENTERPRISE = _rx("enterprise")
_NOT_ORIGIN = _rx("not_origin")
_AWAY = re.compile(_alt(WORDS["away"])
                   + r"|[市县区]外(?=" + _alt(WORDS["away_outside_before"]) + ")"
                   + r"|[在旅驻](?:" + _alt(WORDS["away_in"]) + ")", re.I)
_RETURN = _rx("return")
_RETURN_CITY = _rx("return_city")
_NET_PEOPLE = _rx("network_people")
_NET_ZH = re.compile(_alt([w for k in ("network_people", "network_local") for w in WORDS[k] if not w.isascii()]))
_NET_EN = re.compile(_alt([w for k in ("network_people", "network_local") for w in WORDS[k] if w.isascii()]), re.I)
_LEAD_NOISE = re.compile(r"^(?:" + _alt(WORDS["lead_noise"]) + r")+")
_YEAR_NOISE = re.compile(r"^(?:年度|年|届|级|月|季度)+")
_FILE_NOISE = re.compile(_alt(WORDS["file_noise"]), re.I)
_HIGH = set(WORDS["high_school_numbers"])

# Panzhihua named as a place. 渡口 only as 渡口市 (大渡口 is in 重庆); 东区/西区 only after the city.
_CITY = r"(?:攀枝花|(?<!大)渡口(?=市))市?"
_PZH = rf"(?:{_CITY}\s?(?:东区|西区|仁和区|米易县?|盐边县?)?|米易县?|盐边县?|仁和区)"
_LATIN = r"pan\s*-?\s*zhi\s*-?\s*hua|miyi"
_PZH_ANY = re.compile(rf"{_PZH}|(?<![a-z]){_LATIN}(?![a-z])", re.I)

# explicit statements of origin
_ORIGIN = [
    re.compile(rf"(?<![非不无])(?P<place>{_PZH}|攀(?!枝))\s?(?:市|县|区)?(?:{_alt(WORDS['origin_suffix'])})"),
    re.compile(rf"(?:{_alt(WORDS['origin_prefix'])})\s*(?:为|是|在|属|:)?\s*(?P<place>{_PZH})"),
    re.compile(rf"(?:{_alt(WORDS['origin_en'])})\s*:?\s+(?P<place>{_LATIN})(?![a-z])"
               r"(?!\s*(?:university|college|institute|school|no\b|steel|iron|vanadium|group|airport))", re.I),
    re.compile(rf"(?<![a-z])(?P<place>{_LATIN})[\s-]+(?:{_alt(WORDS['origin_en_after'])})", re.I),
]

# schools
_ZH_DIGITS = "零一二三四五六七八九"
_NUM = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
_NUMBERED = re.compile(rf"(?:{_CITY}|(?<![来在返回入驻留])攀(?!枝))第?(?P<n>{_NUM})"
                       r"(?:高级中学|初级中学|中学|高中|中)(?:校(?!友))?")
_BARE_NUMBERED = re.compile(rf"^市?第?(?:{_NUM})(?:高级中学|初级中学|中学|高中|中)")
_NUMBERED_EN = re.compile(rf"(?:{_LATIN})\s+no\.?\s*(?P<n>\d{{1,2}})\s+(?:senior\s+|middle\s+)?"
                          r"(?:high|middle|secondary)\s+school", re.I)
_LATIN_SCHOOLS = {a.casefold(): name for name, aliases in SCHOOLS.items() for a in aliases
                  if a.isascii() and (len(a) >= 6 or " " in a)}
_SCHOOL_EN = re.compile(_alt(_LATIN_SCHOOLS), re.I) if _LATIN_SCHOOLS else None
_TERTIARY = re.compile(rf"[\u4e00-\u9fff]{{1,16}}?(?:{_alt(WORDS['tertiary_suffixes'])})(?!生)")
_SECONDARY = re.compile(rf"[\u4e00-\u9fff]{{1,12}}?(?:{_alt(WORDS['school_suffixes'])}|[一二三四五六七八九十]{{1,3}}中)"
                        r"(?:校(?!友))?(?!生)")   # 中学生 is a pupil, not a school
_SCHOOL_START = re.compile(r"攀枝花|米易|盐边|仁和|攀钢|大河|(?<!大)渡口市|攀")
_RUN_CUT = re.compile(r".*[届年级籍的和与及]")


def _zh_number(n: str) -> str:
    if not n.isdigit():
        return n
    tens, ones = divmod(int(n), 10)
    head = "" if tens == 0 else "十" if tens == 1 else _ZH_DIGITS[tens] + "十"
    return head + (_ZH_DIGITS[ones] if ones or not head else "")


@dataclass(frozen=True)
class _School:
    name: str
    panzhihua: bool       # a Panzhihua school below university: going there is evidence of origin
    strength: str | None
    county: str | None


def _numbered(written: str, n: str) -> _School:
    n = _zh_number(n)
    high = n in _HIGH or "高级中学" in written      # as written when the title spells the full name
    name = canonical_school(written) or (f"攀枝花市第{n}高级中学" if high else f"攀枝花市第{n}中学")
    ev = field_evidence("school", f"攀枝花{n}中")
    return _School(name, True, ev.strength if ev else None, ev.county if ev else None)


def _trim(run: str) -> str:
    run = _LEAD_NOISE.sub("", run)
    return _RUN_CUT.sub("", run)


def _schools(t: str) -> list[_School]:
    found: list[tuple[int, _School]] = []
    spans: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in spans)

    for m in _NUMBERED.finditer(t):
        found.append((m.start(), _numbered(m.group(0), m.group("n"))))
        spans.append(m.span())
    for m in _NUMBERED_EN.finditer(t):
        found.append((m.start(), _numbered(m.group(0), m.group("n"))))
        spans.append(m.span())
    if _SCHOOL_EN is not None:
        for m in _SCHOOL_EN.finditer(t):
            if free(*m.span()):
                found.append((m.start(), _School(_LATIN_SCHOOLS[re.sub(r"\s+", " ", m.group(0)).casefold()],
                                                 False, None, None)))
                spans.append(m.span())
    last_end = -1
    for m in _TERTIARY.finditer(t):
        if not free(*m.span()):
            continue
        run = m.group(0)
        name = next((c for c in (canonical_school(run[i:]) for i in range(len(run) - 1)) if c), None)
        if name is None:
            if m.start() == last_end:       # 四川大学|华西临床医学院: a part of the school before it
                continue
            name = _trim(run)
            if len(name) < 4:
                continue
        found.append((m.start(), _School(name, False, None, None)))   # universities: not origin
        spans.append(m.span())
        last_end = m.end()
    for m in _SECONDARY.finditer(t):
        if not free(*m.span()) or m.start() in (e for _, e in spans):
            continue
        run = _LEAD_NOISE.sub("", m.group(0))
        ev = field_evidence("school", run)
        start = _SCHOOL_START.search(run) if ev else None
        name = run[start.start():] if start else _trim(run)
        if name.endswith("校") and not name.endswith("学校"):
            name = name[:-1]
        if len(name) < 4:
            continue
        found.append((m.start(), _School(name, ev is not None, ev.strength if ev else None,
                                         ev.county if ev else None)))
        spans.append(m.span())
    found.sort(key=lambda x: x[0])
    return [s for _, s in found]


# --------------------------------------------------------------------------------------------
# one text
# --------------------------------------------------------------------------------------------

@dataclass
class _Read:
    source: str
    text: str          # as written
    t: str             # normalised
    recruit: bool
    gathering: bool
    alumni: bool
    staff: bool
    origins: list      # (value, strength, county)
    schools: list
    other: list        # county / network facts: (kind, value, strength, county)


def _clean_file_name(name: str) -> str:
    s = re.split(r"[\\/]", name)[-1]
    for _ in range(2):
        s = re.sub(r"\.(?:xlsx|xlsm|xls|ods|et|csv|tsv|txt|json|jsonl|ndjson|html?|xml|zip|gz|wps)$", "", s, flags=re.I)
    s = re.sub(r"[_]+", " ", s)
    s = _FILE_NOISE.sub(" ", s)
    s = re.sub(r"(?<!\d)(?:19|20)\d{6}(?:\d{4,6})?(?!\d)", " ", s)                 # 20240601, 20240601153000
    s = re.sub(r"(?<!\d)(?:19|20)\d{2}[-.](?:0?[1-9]|1[0-2])[-.]\d{1,2}(?!\d)", " ", s)  # 2024-06-01
    s = re.sub(r"[(（]\s*\d+(?:\s*[-~～]\s*\d+)?\s*[)）]", " ", s)                  # (1) (1-26)
    s = re.sub(r"^\s*(?:\d+[\s-]+)+", " ", s)                                      # 248613377 2 …
    s = re.sub(r"(?<![a-z])v\d+(?![a-z])", " ", s, flags=re.I)
    return s


def _origin_statements(t: str) -> list[tuple[str, str, str | None, str]]:
    out = []
    for rx in _ORIGIN:
        for m in rx.finditer(t):
            place = m.group("place")
            ev = field_evidence("hometown", "攀枝花" if place == "攀" else place)
            if ev is None:
                continue
            county = ev.county if ev.county and _one_county(t) == ev.county else None  # 米易、盐边籍: either
            out.append((county or "攀枝花市", ev.strength, county, m.group(0)))
    return out


def _elsewhere(s: str) -> bool:
    """Does this short text name a place outside Panzhihua (北京, 温州, 美国)?"""
    s = s.strip()
    if len(s) < 2:
        return False
    for i in range(len(s) - 1):
        p = parse_place(s[i:])
        if p is not None and (p.country != "CN" or (p.adcode and not p.adcode.startswith("5104")
                                                     and p.adcode != "510000")):
            return True
    return False


def _elsewhere_latin(s: str) -> bool:
    words = re.findall(r"[A-Za-z]+", s)
    return any(_elsewhere(" ".join(words[i:i + n])) for n in (2, 1) for i in range(len(words) - n + 1)
               if len(words[i]) > 2)


_COUNTY_NAMES = re.compile(r"米易|盐边|仁和区|(?<=[市花])\s?(?:东区|西区)|\bmiyi\b", re.I)


def _one_county(t: str) -> str | None:
    """The one Panzhihua county a text names; None for none or several (米易盐边在外人才: either)."""
    named = {field_evidence("hometown", "攀枝花" + m.group(0).strip()).county for m in _COUNTY_NAMES.finditer(t)}
    return named.pop() if len(named) == 1 else None


def _network_name(t: str, start: int, end: int) -> str:
    i = start
    if t[start].isascii():
        while i > 0 and (t[i - 1].isascii() and (t[i - 1].isalpha() or t[i - 1] in " .'&-")):
            i -= 1
    else:
        while i > 0 and "\u4e00" <= t[i - 1] <= "\u9fff":
            i -= 1
    return _YEAR_NOISE.sub("", t[i:end].strip())


def _network(t: str) -> tuple | None:
    ms = list(_NET_ZH.finditer(t)) or list(_NET_EN.finditer(t))
    if not ms:
        return None
    m = ms[0]
    run_end = m.end()                         # 海外攀枝花同乡联谊会: the name runs to its last association word
    while run_end < len(t) and ("\u4e00" <= t[run_end] <= "\u9fff" or (t[run_end].isascii() and t[run_end].isalpha())
                                or (m.group(0).isascii() and t[run_end] == " ")):
        run_end += 1
    chain = [x for x in ms if x.start() < run_end]
    end = chain[-1].end()
    before = t[:m.start()]
    pz = None
    for pz in _PZH_ANY.finditer(before):
        pass                                  # the last Panzhihua name before the association word
    if pz is None:                            # 四川大学攀枝花校友会, 浙江商会攀枝花分会: 攀枝花 is where it meets
        return None
    between = before[pz.end():]
    if pz.group(0).endswith("市") and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", between or "") and _elsewhere(between):
        return None                           # 攀枝花市浙江商会: 浙江 people in Panzhihua
    if not any(_NET_PEOPLE.fullmatch(x.group(0)) for x in chain):
        word = m.group(0)
        if not (_AWAY.search(t) or _elsewhere(re.sub(r"^[在旅驻]", "", before[max(0, pz.start() - 4):pz.start()]))
                or _elsewhere(between[:4]) or (word.isascii() and _elsewhere_latin(t[end:end + 40]))):
            return None                       # 攀枝花市钒钛产业协会: a local body
    return ("network", _network_name(t, m.start(), end), "weak", _one_county(t))


def _county(t: str, away: bool) -> tuple | None:
    ev = field_evidence("hometown", t) if _PZH_ANY.search(t) else None
    if ev is None and not _RETURN_CITY.search(t):
        return None
    strength = "strong" if away else "medium"
    if ev is not None and _RANK[ev.strength] > _RANK[strength]:
        strength = ev.strength
    county = _one_county(t) if ev is not None and ev.county else None
    return ("county", county or "攀枝花市", strength, county)


def _read(source: str, text: str, t: str) -> _Read:
    recruit = bool(_RECRUIT.search(t))
    gathering = bool(_GATHERING.search(t))
    r = _Read(source, text, t, recruit, gathering, bool(_ALUMNI.search(t)), bool(_STAFF.search(t)),
              _origin_statements(t), [], [])
    if recruit:
        return r
    r.schools = _schools(t)
    if r.schools or r.origins or _NOT_ORIGIN.search(t) or _ENTERPRISE.search(t):
        return r
    away = bool(_AWAY.search(t))
    if _NET_ZH.search(t) or _NET_EN.search(t):
        fact = None if gathering else _network(t)
    elif away and not gathering:
        fact = _county(t, True)
    elif _RETURN.search(t):
        fact = _county(t, False)
    else:
        fact = None
    if fact is not None:
        r.other.append(fact)
    return r


def _facts(r: _Read, *, alumni: bool, recruit: bool, staff: bool) -> list[RosterFact]:
    out = [RosterFact("origin", v, r.source, r.text, s, c) for v, s, c, _ in r.origins]
    if recruit or r.recruit:
        return out
    if (alumni or r.alumni) and not (staff or r.staff):
        out += [RosterFact("school", s.name, r.source, r.text, s.strength if s.panzhihua else None,
                           s.county if s.panzhihua else None) for s in r.schools]
    out += [RosterFact(k, v, r.source, r.text, s, c) for k, v, s, c in r.other]
    return out


# --------------------------------------------------------------------------------------------
# the roster
# --------------------------------------------------------------------------------------------

def roster_context(file_name: str, sheets: list[str | None], titles: list[str]) -> list[RosterFact]:
    """The facts a roster's titles, sheet names and file name state about everyone on it.

    `titles`: the title rows above the header (any sheet), as read; `sheets`: the workbook's sheet
    names (None or [] for CSV/JSON). Titles come first, then the file name, then sheet names.
    """
    titles = [x for x in (titles or []) if isinstance(x, str) and x.strip()]
    texts: list[tuple[str, str, str]] = [("标题", x, clean_text(x)) for x in titles]
    if len(titles) > 1:                       # 攀枝花市第三高级中学 / 2008届在外校友名单 on two rows
        joined = " ".join(x.strip() for x in titles)
        texts.append(("标题", joined, clean_text(joined)))
    if file_name:
        base = re.split(r"[\\/]", str(file_name))[-1]
        texts.append(("文件名", base, clean_text(_clean_file_name(base))))
    n_file = len(texts)
    texts += [("工作表名", x, clean_text(x)) for x in (sheets or []) if isinstance(x, str) and x.strip()]
    if any(_PZH_ANY.search(t) for _, _, t in texts[:n_file]):
        # a sheet 三中 (or a title 七中2008届校友) in a Panzhihua file is that Panzhihua school
        texts = [(s, x, "攀枝花" + t if _BARE_NUMBERED.match(t) else t) for s, x, t in texts]
    file_level = [_read(*x) for x in texts[:n_file]]
    sheet_level = [_read(*x) for x in texts[n_file:]]

    everywhere = file_level + sheet_level
    alumni = any(r.alumni for r in everywhere)
    recruit = any(r.recruit for r in file_level)
    staff = any(r.staff for r in file_level)

    out: list[RosterFact] = []
    seen: set[tuple[str, str]] = set()
    for r in file_level:
        for f in _facts(r, alumni=alumni, recruit=recruit, staff=staff):
            if (f.kind, f.value) not in seen:
                seen.add((f.kind, f.value))
                out.append(f)
    per_sheet: set[tuple[str, str, str]] = set()
    for r in sheet_level:
        for f in _facts(r, alumni=alumni and not r.staff, recruit=recruit, staff=staff):
            if (f.kind, f.value) not in seen and (f.kind, f.value, f.text) not in per_sheet:
                per_sheet.add((f.kind, f.value, f.text))
                out.append(f)
    return out


def fact_evidence(fact: RosterFact) -> Evidence | None:
    """The origin evidence a roster fact gives each person on it (None when it gives none).

    field 'roster', value the text that said so; the reason names the source, e.g.
    名单标题“攀枝花三中在外校友名单”：攀枝花市第三高级中学校友.
    """
    if fact.strength is None:
        return None
    where = f"{_SOURCE_LABEL.get(fact.source, fact.source)}“{fact.text}”"
    if fact.kind == "school":
        what = f"{fact.value}校友"
    elif fact.kind == "origin":
        said = next((p for _, _, _, p in _origin_statements(clean_text(fact.text))), None)
        what = f"写明“{said}”" if said else f"写明{fact.value}籍"
    elif fact.kind == "county":
        what = (f"{fact.value}在外人员名单" if fact.strength == "strong"
                else f"{fact.value}返乡人员名单（返乡者中也有随行家属）")
    else:
        what = f"攀枝花人的联谊组织“{fact.value}”成员（入会不问籍贯）"
    return Evidence("roster", fact.text, f"{where}：{what}", fact.strength, fact.county)
