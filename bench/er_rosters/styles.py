"""How offices write a person's values: names, IDs, dates, phones, schools, employers, places."""
import re
from collections import Counter

import pools as P
import tables as T
from basics import FW, OVERSEAS_KEYS, id_valid, pinyin_given, pinyin_surname, wchoice, school_city

VAR = Counter()  # kinds of variation written into the current set, for the README


# ----------------------------------------------------------------------------------------
# rendering values as the offices write them
def state_at(p, year):
    st = p.states[0][1]
    for y, s in p.states:
        if y <= year:
            st = s
    return st


def mobile_at(p, year):
    m = p.mobiles[0][1]
    for y, n in p.mobiles:
        if y <= year:
            m = n
    return m


def degrees_at(p, year):
    return [d for d in p.degrees if d["grad"] <= year]


DURATION = {"高中": 3, "专科": 3, "本科": 4, "硕士": 3, "博士": 4}


def student_at(p, year):
    if year < p.degrees[0]["grad"] - DURATION[p.degrees[0]["level"]]:
        return True
    return any(d["grad"] > year and d["grad"] - DURATION[d["level"]] <= year for d in p.degrees)


def to_trad(s):
    if s is None:
        return None
    if s in T.TRAD_PHRASES:
        return T.TRAD_PHRASES[s]
    return "".join(T.TRAD_CHARS.get(c, c) for c in s)


def typo_name(rng, name, surname_len, sichuan=0.2):
    """One character replaced by a homophone, a Sichuan-speech near-homophone, or (rarely) a surname homophone."""
    opts = []
    for i, ch in enumerate(name):
        groups = P.SURNAME_HOMOPHONES if i < surname_len else P.HOMOPHONES
        for g in groups:
            if ch in g:
                for alt in g:
                    if alt != ch:
                        opts.append((i, alt, 0.25 if i < surname_len else 1.0))
        if i >= surname_len:
            for g in P.SICHUAN_MERGERS:
                if ch in g:
                    for alt in g:
                        if alt != ch:
                            opts.append((i, alt, sichuan))
    if not opts:
        return name
    i, alt, _ = wchoice(rng, [((i, a, wt), wt) for i, a, wt in opts])
    return name[:i] + alt + name[i + 1:]


def shape_name(rng, name):
    opts = [(i, P.SHAPES[c]) for i, c in enumerate(name) if c in P.SHAPES]
    if not opts:
        return name
    i, alt = rng.choice(opts)
    return name[:i] + alt + name[i + 1:]


def render_name(p, rng, o, vintage):
    """o: options of the roster (rates and conventions)."""
    if p.yi:
        clan, personal, alias = p.yi
        if alias and rng.random() < o.get("han_alias", 0.3):
            name, slen = alias[0] + alias[1], len(alias[0])
            VAR["name: Yi person under the Han-style name"] += 1
        else:
            dots = o.get("yi_dots", [("·", 60), ("", 40)])
            dot = wchoice(rng, dots)
            VAR["name: Yi name written with %s" % ("dot " + dot if dot else "no dot")] += 1
            return clan + dot + personal
    else:
        name, slen = p.name, len(p.surname)
    r = rng.random()
    if r < o.get("typo", 0.015):
        t = typo_name(rng, name, slen)
        VAR["name: homophone / Sichuan-speech typo"] += t != name
        name = t
    elif r < o.get("typo", 0.015) + o.get("shape", 0.004):
        t = shape_name(rng, name)
        VAR["name: shape-similar character"] += t != name
        name = t
    if o.get("trad") and rng.random() < o["trad"]:
        t = to_trad(name)
        VAR["name: traditional characters"] += t != name
        name = t
    if len(name) == 2 and o.get("pad_fullwidth") and rng.random() < o["pad_fullwidth"]:
        name = name[0] + "\u3000" + name[1]
        VAR["name: two-character name padded with a full-width space"] += 1
    elif len(name) >= 2 and rng.random() < o.get("space", 0.006):
        name = name[:slen] + " " + name[slen:]
        VAR["name: space inside the name"] += 1
    if rng.random() < o.get("annot", 0):
        name += rng.choice(["(已调离)", "（%s）" % p.sex, "(在外)", "（已退休）" if p.year < 1965 else "（在外务工）", "*"])
        VAR["name: remark appended to the name"] += 1
    return name


def roman_name(p, rng):
    sur = pinyin_surname(p)
    giv = pinyin_given(p)
    u = rng.choice(["yu", "v", "u", "ü"])
    sur = sur.replace("ü", u)
    giv = [g.replace("ü", u) for g in giv]
    if len(p.surname) == 2 and not p.yi:  # compound surname
        parts = [T.PINYIN[c] for c in p.surname]
        sur = wchoice(rng, [("".join(parts), 5), ("-".join(x.capitalize() for x in parts), 2), (" ".join(parts), 2)])
    cap = lambda s: "-".join(x.capitalize() for x in s.split("-")) if "-" in s else " ".join(x.capitalize() for x in s.split(" "))  # noqa: E731
    if len(giv) == 1:
        g = giv[0].capitalize()
    else:
        g = wchoice(rng, [("".join(giv).capitalize(), 70), (" ".join(x.capitalize() for x in giv), 12),
                          ("-".join(x.capitalize() for x in giv), 12), ("-".join(giv).capitalize(), 6)])
    s = cap(sur)
    habit = wchoice(rng, [("sur_first", 28), ("west", 30), ("upper", 16), ("upper_west", 8), ("comma", 6), ("english", 12)])
    VAR["romanised name: " + {"sur_first": "surname first", "west": "given name first", "upper": "SURNAME first in capitals",
                              "upper_west": "given name first, SURNAME in capitals", "comma": "Surname, Given",
                              "english": "English first name added"}[habit]] += 1
    if habit == "sur_first":
        return "%s %s" % (s, g)
    if habit == "west":
        return "%s %s" % (g, s)
    if habit == "upper":
        return "%s %s" % (s.upper(), g)
    if habit == "upper_west":
        return "%s %s" % (g, s.upper())
    if habit == "comma":
        return "%s, %s" % (s.upper() if rng.random() < 0.5 else s, g)
    eng = rng.choice(["David", "Michael", "Kevin", "Jason", "Eric", "Tony", "Leo", "Jack", "Alex", "Daniel", "Peter",
                      "Frank", "Steven", "Henry"] if p.sex == "男" else
                     ["Grace", "Amy", "Lily", "Cathy", "Vivian", "Helen", "Cindy", "Sophia", "Emma", "Jessica", "Tina",
                      "Joyce", "Wendy", "Iris"])
    return "%s %s" % (eng, s) if rng.random() < 0.6 else "%s %s %s" % (eng, g, s)


ID_LABEL = {"none": "missing", "full": "full 18-digit number", "id15": "15-digit old number", "typo": "one digit mistyped",
            "transpose": "two adjacent digits swapped", "mask64": "masked 510422********1234", "mask44": "masked 5104**********1234",
            "mask14": "masked 51042219900101****", "excel": "damaged by a numeric Excel cell (5.10421E+17)",
            "spaced": "written with spaces", "fullwidth": "full-width digits", "lower_x": "check character as lower-case x"}


def render_id(p, rng, modes):
    s, mode = _render_id(p, rng, modes)
    VAR["ID: " + ID_LABEL["lower_x" if isinstance(s, str) and s.endswith("x") else mode]] += 1
    return s, mode


def _render_id(p, rng, modes):
    mode = wchoice(rng, modes)
    s = p.id18
    if mode == "id15" and p.year >= 1985:
        mode = "full"
    if mode == "excel" and s.endswith("X"):
        mode = "full"
    if mode == "none":
        return None, mode
    if mode == "full":
        if s.endswith("X") and rng.random() < 0.35:
            s = s[:-1] + "x"
        return s, mode
    if mode == "id15":
        return s[:6] + s[8:17], mode
    if mode == "typo":
        while True:
            i = rng.randrange(18)
            d = rng.choice("0123456789")
            t = s[:i] + d + s[i + 1:]
            if t != s and not id_valid(t):
                return t, mode
    if mode == "transpose":
        for _ in range(100):
            i = rng.randrange(16)
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if not id_valid(t):
                    return t, mode
        return s, "full"
    if mode == "mask64":
        return s[:6] + "*" * 8 + s[-4:], mode
    if mode == "mask44":
        return s[:4] + "*" * 10 + s[-4:], mode
    if mode == "mask14":
        return s[:14] + "****", mode
    if mode == "excel":
        return float(int(s[:15]) * 1000), mode
    if mode == "spaced":
        return "%s %s %s" % (s[:6], s[6:14], s[14:]), mode
    if mode == "fullwidth":
        return s.translate(FW), mode
    raise ValueError(mode)


def render_birth(d, style, rng=None):
    if d is None:
        return None
    VAR["birth date written " + style] += 1
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": lambda: "%04d-%02d-%02d" % (y, m, dd),
        "dot_ym": lambda: "%04d.%02d" % (y, m),
        "dash_ym": lambda: "%04d-%02d" % (y, m),
        "slash": lambda: "%d/%d/%d" % (y, m, dd),
        "excel": lambda: d,
        "cn_ym": lambda: "%d年%d月" % (y, m),
        "ym6": lambda: int("%04d%02d" % (y, m)),
        "cn_full": lambda: "%d年%02d月%02d日" % (y, m, dd),
        "dmy": lambda: "%02d/%02d/%04d" % (dd, m, y),
        "compact": lambda: "%04d%02d%02d" % (y, m, dd),
    }[style]()


MOBILE_LABEL = {"plain": "13812345678", "dash": "138-1234-5678", "space": "138 1234 5678", "+86sp": "+86 138 1234 5678",
                "+86": "+86 13812345678", "86": "8613812345678", "fullwidth": "full-width digits", "mask": "masked 138****5678"}


def fmt_mobile(m, style):
    VAR["phone: mobile written " + MOBILE_LABEL[style]] += 1
    if style == "plain":
        return m
    if style == "dash":
        return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
    if style == "space":
        return "%s %s %s" % (m[:3], m[3:7], m[7:])
    if style == "+86sp":
        return "+86 %s %s %s" % (m[:3], m[3:7], m[7:])
    if style == "+86":
        return "+86 " + m
    if style == "86":
        return "86" + m
    if style == "fullwidth":
        return m.translate(FW)
    if style == "mask":
        return m[:3] + "****" + m[7:]
    raise ValueError(style)


def fmt_landline(n, rng, styles=(("dash", 60), ("paren", 15), ("plain", 15), ("local", 10))):
    st = wchoice(rng, list(styles))
    if st == "dash":
        return n[:4] + "-" + n[4:]
    if st == "paren":
        return "(%s)%s" % (n[:4], n[4:])
    if st == "plain":
        return n
    return n[4:]


EDU_WORDS = {
    "full": {"高中": "高中", "中专": "中专", "专科": "大学专科", "本科": "大学本科", "硕士": "硕士研究生", "博士": "博士研究生"},
    "short": {"高中": "高中", "中专": "中专", "专科": "专科", "本科": "本科", "硕士": "硕士", "博士": "博士"},
    "mixed": {"高中": "高中", "中专": "中专", "专科": "大专", "本科": "本科", "硕士": "研究生", "博士": "博士研究生"},
}


def edu_word(p, rng, vintage, style):
    done = degrees_at(p, vintage)
    if not done:
        nxt = p.degrees[0]["level"]
        return {"本科": "本科在读", "专科": "专科在读", "高中": "高中"}.get(nxt, "在读")
    d = done[-1]
    lv = "中专" if d["level"] == "高中" and d.get("zhongzhuan") else d["level"]
    if style == "mixed":
        style = rng.choice(["full", "short", "mixed"])
    return EDU_WORDS[style][lv]


def school_name(skey, rng, alias_p, grad=None, lang="zh", old_p=0.6):
    if skey is None:
        return None
    canon, aliases, eng, _city, rename = P.SCHOOLS[skey]
    zh_aliases = [a for a in aliases if re.search(r"[\u4e00-\u9fff]", a)]
    en_aliases = [a for a in aliases if not re.search(r"[\u4e00-\u9fff]", a)]
    if lang == "en":
        if en_aliases and rng.random() < 0.25:
            return rng.choice(en_aliases)
        return eng
    if lang == "hk":
        if re.search(r"[A-Za-z]", canon):
            return canon
        if rng.random() < 0.25:
            return eng
        if en_aliases and rng.random() < 0.15:
            return rng.choice(en_aliases)
        return to_trad(canon if not (zh_aliases and rng.random() < alias_p) else rng.choice(zh_aliases))
    if rename and grad is not None and grad < rename[1] and rng.random() < old_p:
        VAR["school: name before the school was renamed"] += 1
        return rename[0]
    if skey in OVERSEAS_KEYS:
        return eng if rng.random() < 0.6 else canon
    if zh_aliases and rng.random() < alias_p:
        VAR["school: short name (川大, 成电 ...)"] += 1
        return rng.choice(zh_aliases)
    return canon


def major_name(major, rng, alias_p, lang="zh"):
    if major is None:
        return None
    canon, aliases, eng = major
    if lang == "en":
        return eng
    if aliases and rng.random() < alias_p:
        return rng.choice(aliases)
    return canon


def employer_name(p, rng, vintage, alias_p, lang="zh", student_words=("在读",)):
    if student_at(p, vintage):
        d = [x for x in p.degrees if x["grad"] > vintage]
        if d and rng.random() < 0.5 and d[0]["school"]:
            return school_name(d[0]["school"], rng, 0.3, lang=lang) + \
                {"en": "", "hk": "（在讀）"}.get(lang, "（在读）")
        return {"en": "Student", "hk": "在讀"}.get(lang, rng.choice(student_words))
    st = state_at(p, vintage)
    e = st["emp"]
    if e.get("abroad"):
        if lang in ("zh", "hk") and rng.random() < 0.35:
            return (p.abroad[3] if p.abroad else "") + e["name"]
        return rng.choice(e["aliases"]) if rng.random() < alias_p else e["name"]
    if e.get("hk"):
        if lang == "hk":
            return rng.choice(e["aliases"]) if rng.random() < alias_p else e["trad"]
        if lang == "en":
            return e["aliases"][0] if re.match(r"[A-Za-z]", e["aliases"][0]) else e["name"]
        return e["name"]
    if lang == "en":
        if e["key"] and rng.random() < 0.5:
            return e["name"]
        return e["name"]
    name = e["name"]
    if e["rename"] and (vintage < e["rename"][1] or rng.random() < 0.25):
        name = e["rename"][0]
        VAR["employer: name before the company was renamed"] += 1
    if rng.random() < alias_p and e["aliases"]:
        name = rng.choice(e["aliases"])
        VAR["employer: short or other name"] += 1
    if rng.random() < 0.06:
        VAR["employer: department or branch appended"] += 1
        if e["kind"] == "hosp":
            name += rng.choice(["心血管内科", "骨科", "儿科", "急诊科", "放射科", "普外科"])
        elif e["kind"] == "uni":
            name += rng.choice(["材料学院", "计算机学院", "机械学院", "经管学院"])
        elif e["kind"] == "ent" and e["key"]:
            name += rng.choice(["研发中心", "技术中心", st["city"] + "分公司"])
    if lang == "hk":
        name = to_trad(name)
    return name


def city_name(p, rng, vintage, variant_p=0.35, lang="zh"):
    if student_at(p, vintage):
        d = [x for x in p.degrees if x["grad"] > vintage]
        city = school_city(d[0]["school"]) if d and d[0]["school"] else state_at(p, vintage)["city"]
    else:
        st = state_at(p, vintage)
        if st.get("abroad"):
            country, city, _s, ccn, ctcn = p.abroad
            if lang == "en":
                return city
            return wchoice(rng, [(ccn + ctcn, 50), (ctcn, 30), (city, 20)]) if lang == "zh" else to_trad(ccn + ctcn)
        city = st["city"]
    if city == "香港":
        if lang == "en":
            return "Hong Kong"
        return wchoice(rng, [("香港", 70), ("香港九龍" if lang == "hk" else "香港九龙", 15), ("Hong Kong", 15)])
    variants = dict((c, v) for c, _w, v in P.CITIES).get(city, [city])
    if lang == "en":
        return P.CITY_PINYIN.get(city, city)
    return rng.choice(variants) if rng.random() < variant_p else variants[0]


def origin_text(p, rng, kind="籍贯", lang="zh"):
    code = p.origin
    if lang == "en":
        if code in P.PZH_AREAS:
            d = {"510421": "Miyi", "510422": "Yanbian", "510411": "Renhe"}.get(code)
            opts = [("Panzhihua, Sichuan", 40), ("Panzhihua", 25), ("Sichuan Panzhihua", 10)]
            if d:
                opts.append(("%s, Panzhihua" % d, 25))
            return wchoice(rng, opts)
        return wchoice(rng, [("Sichuan", 40), ("Panzhihua", 30), ("Yunnan" if code.startswith("53") else "Sichuan", 30)])
    if kind == "籍贯" and p.ancestral and rng.random() < 0.5:
        t = p.ancestral
    elif code in P.PZH_AREAS:
        dist = P.PZH_AREAS[code][0]
        opts = [("四川攀枝花", 25), ("四川省攀枝花市", 25), ("攀枝花", 15), ("攀枝花市" + dist, 20)]
        if code in ("510421", "510422"):
            opts += [(dist, 10), ("攀枝花" + dist[:2], 5), ("四川省攀枝花市" + dist, 8)]
        t = wchoice(rng, opts)
    else:
        area = [a for a in P.OTHER_AREAS if a[0] == code][0]
        t = wchoice(rng, [(area[2], 50), (area[2][:2] + "省" + area[2][2:] if area[2][:2] in ("四川", "云南", "辽宁") else area[2], 20),
                          ("攀枝花", 15), (area[1], 15)])
    return to_trad(t) if lang == "hk" else t


def title_at(p, vintage, kind):
    t_mid, t_sub, t_full = p.titles
    words = P.TITLES.get(kind, P.TITLES["ent"])
    if t_full and t_full <= vintage:
        return words[2]
    if t_sub and t_sub <= vintage:
        return words[1]
    if t_mid <= vintage:
        return words[0]
    return None


def pick_email(p, rng, work_p, missing):
    if rng.random() < missing:
        return None
    e = p.work_email if (p.work_email and rng.random() < work_p) else (p.email or p.work_email)
    if e == p.email and p.email2 and rng.random() < 0.45:
        e = p.email2
    if e is None:
        return None
    r = rng.random()
    if e in (p.work_email, p.email2):
        VAR["email: a work or second mailbox"] += 1
    if r < 0.03:
        local, dom = e.split("@")
        e = local.capitalize() + "@" + dom
        VAR["email: capitalised"] += 1
    elif r < 0.045:
        e = e.upper() if rng.random() < 0.3 else e + " "
        VAR["email: upper case or trailing space"] += 1
    return e


def phone_for(p, rng, vintage, styles, landline_p=0.0, missing=0.05, two_p=0.0):
    if rng.random() < missing:
        return None
    ll = p.household.get("landline") if p.household else None
    if ll and rng.random() < landline_p:
        VAR["phone: the household landline"] += 1
        return fmt_landline(ll, rng)
    st = state_at(p, vintage)
    if p.foreign_phone and (st.get("abroad") or st["city"] == "香港") and rng.random() < 0.75:
        f = p.foreign_phone
        VAR["phone: Hong Kong or foreign number"] += 1
        return f.replace(" ", "") if rng.random() < 0.15 else f
    m = mobile_at(p, vintage)
    if m != p.mobiles[0][1]:
        VAR["phone: a newer mobile number than in older rosters"] += 1
    if rng.random() < 0.06 and len(p.mobiles) > 1:  # an outdated number
        m = p.mobiles[0][1]
        VAR["phone: an outdated mobile number"] += 1
    out = fmt_mobile(m, wchoice(rng, styles))
    if ll and rng.random() < two_p:
        out = out + rng.choice(["/", "；", " ", "、"]) + fmt_landline(ll, rng)
        VAR["phone: mobile and landline in one cell"] += 1
    return out
