"""Education, jobs, titles, phones and mailboxes of a person, consistent with the rosters they are on."""
import re

import pools as P
from basics import OVERSEAS_KEYS, RANK, new_foreign, new_mobile, pinyin_given, pinyin_surname, wchoice


# ----------------------------------------------------------------------------------------
# education, career and contacts
FIELD_BACHELOR = {
    "med": [("scu", 4), ("swmu", 4), ("cdutcm", 3), ("cqmu", 3), ("pzhu", 2), ("cdu", 1), ("kust", 0.5)],
    "econ": [("swufe", 6), ("scu", 2), ("xhu", 2), ("sicnu", 1), ("cqu", 1), ("pzhu", 2), ("cdu", 1), ("ynu", 1)],
    "agri": [("sicau", 6), ("swu", 2), ("ynu", 1), ("pzhu", 1)],
    "edu": [("sicnu", 5), ("pzhu", 4), ("swu", 3), ("scu", 1), ("cdu", 1), ("swun", 2)],
    "metal": [("kust", 4), ("ustb", 3), ("neu", 3), ("csu", 3), ("cqu", 3), ("scu", 3), ("pzhu", 5), ("suse", 2),
              ("swust", 2), ("swpu", 1)],
}
FIELD_GRAD = {"med": [("scu", 6), ("cqmu", 3), ("cdutcm", 2), ("swmu", 1), ("pku", 1), ("fdu", 1), ("csu", 1)],
              "metal": [("ustb", 4), ("neu", 3), ("csu", 3), ("cqu", 3), ("scu", 3), ("kust", 3), ("ucas", 3)]}


def draw_level(rng, need, p):
    minlv = 0
    for skey, levels, _v in need["school"]:
        minlv = max(minlv, min(RANK[x] for x in levels))
    if need["expert"]:
        dist = [("博士", 45), ("硕士", 35), ("本科", 20)]
    elif need["loc"] == "abroad":
        dist = [("博士", 35), ("硕士", 60), ("本科", 5)]
    elif need["loc"] == "HK":
        dist = [("博士", 20), ("硕士", 55), ("本科", 25)]
    else:
        dist = [("博士", 8), ("硕士", 26), ("本科", 47), ("专科", 13), ("高中", 6)]
    dist = [(lv, wt) for lv, wt in dist if RANK[lv] >= minlv] or [("本科", 1)]
    lv = wchoice(rng, dist)
    if p.year > 1998 and lv == "博士":
        lv = "硕士"
    return lv


def make_education(w, rng, p, need):
    p.field = wchoice(rng, P.FIELDS)
    if not p.hs:
        if p.origin in P.PZH_AREAS or rng.random() < 0.6:
            by_origin = {"510421": "miyi", "510422": "yanbian", "510411": "renhe"}
            p.hs = by_origin.get(p.origin) if rng.random() < 0.7 else None
            p.hs = p.hs or wchoice(rng, [("pzh3", 25), ("pzh7", 18), ("pzh1", 12), ("pzh12", 10), ("pzh15", 8),
                                         ("dahe", 8), ("miyi", 8), ("yanbian", 6), ("renhe", 5)])
        else:
            p.hs = None
    p.hs_grad = p.year + 18 + (1 if rng.random() < 0.25 else 0)
    p.hs_class = rng.randint(1, 14)
    for attempt in range(50):
        lv = draw_level(rng, need, p)
        degrees = []
        by = p.year
        if lv == "高中":
            degrees.append({"level": "高中", "school": None, "major": None, "grad": p.hs_grad,
                            "zhongzhuan": rng.random() < 0.4})
        elif lv == "专科":
            degrees.append({"level": "专科", "school": wchoice(rng, P.VOCATIONAL_SCHOOLS),
                            "major": rng.choice(P.MAJORS[p.field]), "grad": by + 21 + (rng.random() < 0.2)})
        else:
            b_grad = by + 22 + wchoice(rng, [(0, 70), (1, 20), (-1, 10)])
            b_school = wchoice(rng, FIELD_BACHELOR.get(p.field, P.BACHELOR_SCHOOLS))
            degrees.append({"level": "本科", "school": b_school, "major": rng.choice(P.MAJORS[p.field]), "grad": b_grad})
            if lv in ("硕士", "博士"):
                m_grad = b_grad + 3 + (rng.randint(1, 3) if rng.random() < 0.25 else 0)
                if rng.random() < 0.35 and b_school in dict(P.GRAD_SCHOOLS):
                    m_school = b_school
                else:
                    m_school = wchoice(rng, FIELD_GRAD.get(p.field, P.GRAD_SCHOOLS))
                major = degrees[0]["major"] if rng.random() < 0.6 else rng.choice(P.MAJORS[p.field])
                if lv == "硕士" or rng.random() < 0.8:
                    degrees.append({"level": "硕士", "school": m_school, "major": major, "grad": m_grad})
                if lv == "博士":
                    d_school = m_school if rng.random() < 0.55 else wchoice(rng, FIELD_GRAD.get(p.field, P.GRAD_SCHOOLS))
                    degrees.append({"level": "博士", "school": d_school, "major": major,
                                    "grad": m_grad + rng.choice([3, 3, 4, 4, 5])})
        # abroad / Hong Kong: the last degree was taken there
        if need["loc"] in ("abroad", "HK") and degrees[-1]["level"] in ("硕士", "博士", "本科"):
            if need["loc"] == "HK" and rng.random() < 0.6 and degrees[-1]["level"] != "本科":
                degrees[-1]["school"] = wchoice(rng, P.HK_SCHOOLS)
            elif need["loc"] == "abroad" and degrees[-1]["level"] != "本科":
                degrees[-1]["school"] = rng.choice(P.OVERSEAS_SCHOOLS[p.abroad[1]])
        if need["loc"] in ("abroad", "HK") and degrees[-1]["level"] != "高中" and degrees[-1]["grad"] > need["loc_vintage"]:
            # still studying when the association listed them: studying there
            degrees[-1]["school"] = wchoice(rng, P.HK_SCHOOLS) if need["loc"] == "HK" else \
                rng.choice(P.OVERSEAS_SCHOOLS[p.abroad[1]])
        ok = True
        for skey, levels, vint in need["school"]:
            cands = [d for d in degrees if d["level"] in levels and d["grad"] <= vint]
            if not cands:
                ok = False
                break
            rng.choice(cands)["school"] = skey
        if ok and need["loc"] in ("abroad", "HK") and attempt < 40:
            # listed by an association abroad: not still studying at home then
            away = OVERSEAS_KEYS if need["loc"] == "abroad" else {k for k, _ in P.HK_SCHOOLS}
            ok = not any(d["grad"] > need["loc_vintage"] and d["grad"] - 4 < need["loc_vintage"] and d["school"] not in away
                         for d in degrees if d["level"] != "高中")
        if ok:
            p.degrees = degrees
            return
    raise RuntimeError("cannot satisfy school requirement for %s" % p.name)


def generic_employer(rng, city, field):
    brand = rng.choice(P.BRAND_WORDS)
    if field == "med" and rng.random() < 0.6:
        n = rng.choice("一二三四五六七八")
        return {"key": None, "name": "%s市第%s人民医院" % (city, n), "aliases": ["%s市%s医院" % (city, n), "%s%s医院" % (city, n)],
                "city": city, "kind": "hosp", "domain": None, "rename": None}
    if field == "edu" and rng.random() < 0.5:
        n = rng.choice(["一", "三", "五", "七", "九", "十二"])
        return {"key": None, "name": "%s市第%s中学" % (city, n), "aliases": ["%s%s中" % (city, n)],
                "city": city, "kind": "school", "domain": None, "rename": None}
    ind = rng.choice(P.INDUSTRY[field])
    full = "%s%s%s有限公司" % (city, brand, ind)
    return {"key": None, "name": full, "aliases": [brand + ind, "%s%s%s公司" % (city, brand, ind), brand + ind + "有限公司"],
            "city": city, "kind": "ent", "domain": None, "rename": None}


def named_employer(key, city):
    full, aliases, cities, fields, kind, weight, domain, rename = P.EMPLOYERS[key]
    return {"key": key, "name": full, "aliases": aliases, "city": city, "kind": kind, "domain": domain, "rename": rename}


def employer_in(rng, city, field):
    cands = [(k, e[5]) for k, e in P.EMPLOYERS.items() if city in e[2] and field in e[3].split()]
    if cands and rng.random() < 0.62:
        return named_employer(wchoice(rng, cands), city)
    return generic_employer(rng, city, field)


def draw_city(rng, exclude=None):
    return wchoice(rng, [(c, wt) for c, wt, _ in P.CITIES if c != exclude])


FIELD_KINDS = {"med": ("hosp", "uni"), "econ": ("fin",), "edu": ("uni", "fin"), "sci": ("uni", "inst", "ent"),
               "agri": ("uni", "inst", "ent")}


def by_field(rng, items, kind_of, field):
    want = FIELD_KINDS.get(field, ("ent", "uni", "inst"))
    good = [x for x in items if kind_of(x) in want]
    return rng.choice(good if good and rng.random() < 0.85 else items)


def abroad_employer(rng, country, field, city):
    name, aliases, kind = by_field(rng, P.OVERSEAS_EMPLOYERS[country], lambda x: x[2], field)
    if kind == "uni":  # a university of the city the person lives in
        skey = rng.choice(P.OVERSEAS_SCHOOLS[city])
        name = P.SCHOOLS[skey][2]
        aliases = [a for a in P.SCHOOLS[skey][1] if re.match(r"[A-Za-z]", a)] or [name]
    return {"key": None, "name": name, "aliases": aliases, "city": None, "kind": kind, "domain": None,
            "rename": None, "abroad": True}


def hk_employer(rng, field):
    s, t, short, kind = by_field(rng, P.HK_EMPLOYERS, lambda x: x[3], field)
    return {"key": None, "name": s, "trad": t, "aliases": [short], "city": "香港", "kind": kind, "domain": None,
            "rename": None, "hk": True}


def make_career(w, rng, p, need):
    start = max(d["grad"] for d in p.degrees)
    p.start = start
    states = []
    if need["loc"] == "HK":
        emp = hk_employer(rng, p.field)
        states.append((0, {"city": "香港", "emp": emp, "pos": rng.choice(P.POSITIONS.get(emp["kind"], P.POSITIONS["ent"]))}))
    elif need["loc"] == "abroad":
        country, city = p.abroad[0], p.abroad[1]
        emp = abroad_employer(rng, country, p.field, city)
        states.append((0, {"city": city, "abroad": p.abroad, "emp": emp, "pos": None}))
    else:
        city = draw_city(rng)
        emp = employer_in(rng, city, p.field)
        states.append((0, {"city": city, "emp": emp, "pos": rng.choice(P.POSITIONS[emp["kind"]])}))
    if need["loc"] in ("HK", "abroad"):
        if rng.random() < 0.2:  # came back (回攀 / 回国)
            yr = need["loc_vintage"] + rng.randint(1, 2)
            city = draw_city(rng)
            emp = employer_in(rng, city, p.field)
            states.append((yr, {"city": city, "emp": emp, "pos": rng.choice(P.POSITIONS[emp["kind"]]), "returned": True}))
    elif rng.random() < 0.22:
        yr = rng.randint(max(start + 2, 2018), 2024) if start + 2 <= 2024 else None
        if yr:
            city = states[0][1]["city"] if rng.random() < 0.55 else draw_city(rng, exclude=states[0][1]["city"])
            emp = employer_in(rng, city, p.field)
            states.append((yr, {"city": city, "emp": emp, "pos": rng.choice(P.POSITIONS[emp["kind"]])}))
    p.states = states
    # titles: 中级 / 副高 / 正高
    t_mid = start + rng.randint(3, 6)
    t_sub = t_mid + rng.randint(5, 9) if rng.random() < 0.65 else None
    t_full = t_sub + rng.randint(5, 9) if t_sub and rng.random() < 0.45 else None
    if need["expert"]:
        v = need["expert_vintage"]
        if not t_sub or t_sub > v - 1:
            t_sub = min(v - 1, max(start + 4, v - 8))
            t_mid = min(t_mid, t_sub - 3)
            if t_full and t_full <= t_sub:
                t_full = None
    if p.degrees[-1]["level"] in ("高中", "专科"):
        t_full = None
    p.titles = (t_mid, t_sub, t_full)
    p.research = rng.choice(P.RESEARCH[p.field])


def make_contacts(w, rng, p):
    p.mobiles = [(0, new_mobile(w, rng))]
    if rng.random() < 0.24:
        p.mobiles.append((rng.randint(2018, 2024), new_mobile(w, rng)))
    p.foreign_phone = None
    for _, st in p.states:
        if st.get("abroad"):
            p.foreign_phone = new_foreign(rng, p.abroad[2])
        elif st["city"] == "香港":
            p.foreign_phone = new_foreign(rng, "hk")
    p.qq = None
    if rng.random() < 0.55:
        while True:
            q = str(rng.randint(10 ** 5, 3 * 10 ** 9))
            if q not in w.used_qq:
                w.used_qq.add(q)
                p.qq = q
                break
    sur = pinyin_surname(p).replace("ü", "v")
    giv = "".join(pinyin_given(p)).replace("ü", "v")
    ini = "".join(s[0] for s in pinyin_given(p))
    yy = "%02d" % (p.year % 100)

    def unique(local, domain):
        e = "%s@%s" % (local, domain)
        n = 0
        while e in w.used_emails:
            n += 1
            e = "%s%s@%s" % (local, rng.choice([str(rng.randint(1, 99)), yy, str(p.year)]), domain)
        w.used_emails.add(e)
        return e

    p.email = None
    if rng.random() < 0.9:
        if p.qq and rng.random() < 0.4:
            p.email = unique(p.qq, "qq.com")
        else:
            style = rng.random()
            if style < 0.35:
                local = sur + giv + rng.choice(["", yy, str(p.year), str(rng.randint(1, 999))])
            elif style < 0.5:
                local = giv + sur + rng.choice(["", yy, str(rng.randint(1, 99))])
            elif style < 0.65:
                local = sur + ini + rng.choice([yy, str(p.year), "%02d%02d" % (p.birth.month, p.birth.day)])
            elif style < 0.78:
                local = sur + rng.choice([".", "_"]) + giv
            elif style < 0.88:
                local = ini + sur + str(rng.randint(10, 9999))
            else:
                local = rng.choice(["sunny", "lucky", "happy", "blue", "tiger", "panda", "river", "star"]) + \
                    rng.choice(["_", ""]) + sur + str(rng.randint(1, 999))
            dom = wchoice(rng, [("163.com", 32), ("126.com", 12), ("sina.com", 6), ("foxmail.com", 6), ("hotmail.com", 5),
                                ("gmail.com", 5), ("outlook.com", 4), ("yeah.net", 3), ("139.com", 3), ("sohu.com", 2)])
            if any(st.get("abroad") for _, st in p.states):
                dom = wchoice(rng, [("gmail.com", 50), ("outlook.com", 15), ("hotmail.com", 15), ("163.com", 10), ("icloud.com", 10)])
            p.email = unique(local, dom)
    p.unique_email = unique
    p.email2 = None
    if p.email and rng.random() < 0.22:
        if p.qq and not p.email.startswith(p.qq):
            p.email2 = unique(p.qq, "qq.com")
        else:
            p.email2 = unique(sur + giv + str(rng.randint(1, 9999)), rng.choice(["163.com", "126.com", "sina.com", "foxmail.com"]))
    set_work_email(w, rng, p)


def set_work_email(w, rng, p):
    sur = pinyin_surname(p).replace("ü", "v")
    giv = "".join(pinyin_given(p)).replace("ü", "v")
    ini = "".join(s[0] for s in pinyin_given(p))
    p.work_email = None
    for _, st in p.states:
        d = st["emp"].get("domain")
        if d and rng.random() < 0.7:
            local = rng.choice([sur + giv, ini + sur, sur + ini, sur + giv + str(rng.randint(1, 9))])
            p.work_email = p.unique_email(local, d)


def complete(w, rng, p, need):
    if need["loc"] == "abroad":
        country, city, _ccn, _ctcn, style, _wt = wchoice(rng, [(o, o[5]) for o in P.OVERSEAS])
        p.abroad = (country, city, style, _ccn, _ctcn)
    else:
        p.abroad = None
    p.need = need
    make_education(w, rng, p, need)
    make_career(w, rng, p, need)
    make_contacts(w, rng, p)
