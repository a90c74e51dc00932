"""The invented population of one set: who each person is, and which rosters they appear on."""
import datetime as dt
import random
from collections import Counter

import pools as P
from basics import Person, check_char, ensure_landline, new_household, wchoice
from careers import complete, set_work_email, named_employer


# ----------------------------------------------------------------------------------------
# the population of one set
class World:
    def __init__(self, cfg):
        self.cfg = cfg
        self.rng = random.Random(cfg["seed"])
        self.sources = cfg["sources"]
        self.src_by_key = {s["key"]: s for s in self.sources}
        self.people = []
        self.used_ids, self.used_mobiles, self.used_emails = set(), set(), set()
        self.used_landlines, self.used_qq, self.used_seq = set(), set(), set()
        self.area_weights = [(code, w[1 + cfg["area_col"]]) for code, w in P.PZH_AREAS.items()]
        self.notes = Counter()  # counts of deliberate hard negatives, for the README

    # --- sources a person appears in -----------------------------------------------------
    def draw_k(self, rng):
        return wchoice(rng, [(1, 55), (2, 30), (3, 12), (4, 3)])

    def compatible(self, keys):
        c = merge_constraints([self.src_by_key[k]["need"] for k in keys])
        return c is not None

    def draw_sources(self, rng, core=None):
        k = self.draw_k(rng)
        for _ in range(200):
            pool = [(s["key"], s["weight"]) for s in self.sources if core is None or eligible(s["need"], core)]
            keys = []
            while len(keys) < k and pool:
                key = wchoice(rng, pool)
                pool = [(a, b) for a, b in pool if a != key]
                keys.append(key)
            if self.compatible(keys):
                return keys
            k = max(1, k - (1 if rng.random() < 0.3 else 0))
        return keys[:1]


def merge_constraints(needs):
    out = {"birth": (1960, 2003), "origin": None, "hs": None, "loc": None, "school": [],
           "expert": False, "young": False}
    for n in needs:
        lo, hi = n.get("birth", (1960, 2003))
        out["birth"] = (max(out["birth"][0], lo), min(out["birth"][1], hi))
        for f in ("origin", "hs", "loc"):
            if n.get(f):
                if out[f] and out[f] != n[f]:
                    return None
                out[f] = n[f]
        if n.get("school"):
            out["school"].append(n["school"])
        out["expert"] |= bool(n.get("expert"))
        out["young"] |= bool(n.get("young"))
    if out["birth"][0] > out["birth"][1]:
        return None
    if out["loc"] and out["expert"] and out["young"]:
        return None
    return out


def eligible(need, core):
    lo, hi = need.get("birth", (1960, 2003))
    if not lo <= core["year"] <= hi:
        return False
    if need.get("origin") and need["origin"] != core["origin"]:
        return False
    if need.get("hs") and core.get("hs") and need["hs"] != core["hs"]:
        return False
    return True


# ----------------------------------------------------------------------------------------
# people
BIRTH_DECADES = [((1960, 1969), 8), ((1970, 1979), 15), ((1980, 1989), 30), ((1990, 1999), 38), ((2000, 2003), 9)]


def draw_year(rng, lo, hi):
    for _ in range(100):
        a, b = wchoice(rng, BIRTH_DECADES)
        y = rng.randint(a, b)
        if lo <= y <= hi:
            return y
    return rng.randint(lo, hi)


def random_date(rng, year):
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def given_name(rng, year, sex):
    co = P.cohort(year)
    chars = P.GIVEN[(co, sex)]
    if rng.random() < P.SINGLE_GIVEN[co]:
        return rng.choice(chars)
    if rng.random() < 0.02:
        a = rng.choice(chars)
        return a + a
    first, second = P.GIVEN2[(co, sex)]
    a = rng.choice(first)
    b = rng.choice(second)
    while b == a:
        b = rng.choice(second)
    return a + b


def new_id(w, rng, area, birth, sex, near=None):
    stem = area + birth.strftime("%Y%m%d")
    for _ in range(1000):
        if near is not None:
            seq = near + rng.choice([-4, -2, 2, 4]) if rng.random() < 0.8 else rng.randint(1, 999)
        else:
            seq = rng.randint(1, 999)
        if not 1 <= seq <= 995:
            continue
        if (seq % 2 == 1) != (sex == "男"):
            seq += 1 if seq < 995 else -1
        if (stem, seq) in w.used_seq:
            continue
        w.used_seq.add((stem, seq))
        first17 = stem + "%03d" % seq
        return first17 + check_char(first17), seq
    raise RuntimeError("no free sequence number")


def make_core(w, rng, need, sex=None):
    year = draw_year(rng, *need["birth"])
    if sex is None:
        sex = "男" if rng.random() < (0.68 if need["expert"] else 0.5) else "女"
    if need["origin"]:
        origin = need["origin"]
    elif need["hs"] == "miyi":
        origin = "510421" if rng.random() < 0.85 else rng.choice(["510411", "510402", "510422"])
    elif need["hs"] == "yanbian":
        origin = "510422" if rng.random() < 0.85 else "510402"
    elif need["hs"] in ("pzh3", "pzh7", "pzh1", "pzh12", "pzh15", "dahe"):
        origin = wchoice(rng, [("510402", 50), ("510403", 16), ("510411", 14), ("510421", 5), ("510422", 5),
                               ("OTHER", 10)])
    else:
        origin = wchoice(rng, w.area_weights + [("OTHER", 15)])
    if origin == "OTHER":
        origin = rng.choice(P.OTHER_AREAS)[0]
    return {"year": year, "sex": sex, "origin": origin, "hs": need["hs"]}


def name_for(w, rng, core, ethnic):
    """Returns (surname, given, yi) where yi is (clan, personal, han_alias) or None."""
    year, sex = core["year"], core["sex"]
    if ethnic == "彝族" and rng.random() < 0.55:
        clan = rng.choice(P.YI_CLANS)
        personal = rng.choice(P.YI_GIVEN[sex])
        alias = None
        if clan in P.YI_CLAN_HAN and rng.random() < 0.35:
            alias = (P.YI_CLAN_HAN[clan], given_name(rng, year, sex))
        return clan, personal, (clan, personal, alias)
    if ethnic == "彝族":
        sur = wchoice(rng, P.YI_HAN_SURNAMES)
    else:
        sur = wchoice(rng, P.SURNAMES)
    return sur, given_name(rng, year, sex), None


def common_name(rng, core):
    co = P.cohort(core["year"])[0]
    opts = [n for n, s, cos in P.COMMON_NAMES if s == core["sex"] and co in cos]
    if not opts:
        return None
    n = rng.choice(opts)
    return n[0], n[1:]


def new_person(w, rng, need, core=None, surname=None, given=None, origin=None, birth=None, near_seq=None,
               household=None, ethnic=None):
    if core is None:
        core = make_core(w, rng, need)
    if origin:
        core["origin"] = origin
    year, sex = core["year"], core["sex"]
    if ethnic is None:
        if core["origin"] in ("510421", "510422", "510411"):
            ethnic = wchoice(rng, [("汉族", 78), ("彝族", 16)] + P.ETHNIC_OTHER)
        else:
            ethnic = wchoice(rng, [("汉族", 94), ("彝族", 3)] + P.ETHNIC_OTHER)
    yi = None
    if surname is None:
        if ethnic != "彝族" and rng.random() < 0.05:
            cn = common_name(rng, core)
            if cn:
                surname, given = cn
        if surname is None:
            surname, given, yi = name_for(w, rng, core, ethnic)
    elif given is None:
        given = given_name(rng, year, sex)
    if birth is None:
        birth = random_date(rng, year)
    id18, seq = new_id(w, rng, core["origin"], birth, sex, near=near_seq)
    w.used_ids.add(id18)
    self_birth = birth
    if rng.random() < 0.04:  # the date a person gives is not the one on the ID card
        if rng.random() < 0.7:
            self_birth = birth + dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(10, 60))
        else:
            self_birth = birth.replace(year=birth.year + rng.choice([-1, 1])) if not (
                birth.month == 2 and birth.day == 29) else birth
    p = Person(pid=None, sex=sex, year=year, birth=birth, self_birth=self_birth, origin=core["origin"],
               id18=id18, seq=seq, ethnic=ethnic, surname=surname, given=given, yi=yi,
               hs=core.get("hs"), household=household, sources=[], relation=None, extra_rows={})
    p.name = surname + given
    if p.household is None:
        p.household = new_household(w, rng, p.origin, landline_p=0.07)
    p.ancestral = rng.choice(P.ANCESTRAL) if core["origin"] in P.PZH_AREAS and rng.random() < 0.2 else None
    return p


# ----------------------------------------------------------------------------------------
# building a population
def build_population(w):
    rng = w.rng
    cfg = w.cfg
    people = []

    def finish(p, keys):
        need = merge_constraints([w.src_by_key[k]["need"] for k in keys])
        need = dict(need)
        need["loc_vintage"] = max([w.src_by_key[k]["vintage"] for k in keys if w.src_by_key[k]["need"].get("loc")] or [0])
        need["expert_vintage"] = max([w.src_by_key[k]["vintage"] for k in keys if w.src_by_key[k]["need"].get("expert")] or [0])
        p.sources = keys
        if need["hs"]:
            p.hs = need["hs"]
        complete(w, rng, p, need)
        people.append(p)
        return p

    for _ in range(cfg["n_people"]):
        keys = w.draw_sources(rng)
        need = merge_constraints([w.src_by_key[k]["need"] for k in keys])
        p = new_person(w, rng, need)
        finish(p, keys)

    base = list(people)

    def relative_sources(core):
        return w.draw_sources(rng, core=core)

    landline_rosters = [s for s in w.sources if s["kind"] in ("county", "highschool")]
    ll_keys = {s["key"] for s in landline_rosters}

    def anchors(pool, n):
        """Families are drawn mostly from people on rosters that carry a household phone."""
        on = [p for p in pool if ll_keys & set(p.sources)]
        off = [p for p in pool if not ll_keys & set(p.sources)]
        k = min(len(on), round(0.7 * n))
        return rng.sample(on, k) + rng.sample(off, n - k)

    def family_sources(a, core):
        """A relative's rosters; often one of them is a roster with the household landline that lists the anchor too."""
        keys = relative_sources(core)
        if rng.random() < 0.65:
            anchor = {"year": a.year, "origin": a.origin, "hs": a.hs}
            opts = [s["key"] for s in landline_rosters if eligible(s["need"], core) and eligible(s["need"], anchor)]
            if opts:
                k = rng.choice(opts)
                if k not in a.sources and len(a.sources) < 4 and w.compatible(a.sources + [k]):
                    a.sources.append(k)
                    if w.src_by_key[k]["need"].get("hs"):
                        a.hs = w.src_by_key[k]["need"]["hs"]
                if k in a.sources and k not in keys:
                    cand = keys + [k] if len(keys) < 4 else keys[:3] + [k]
                    if w.compatible(cand):
                        keys = cand
        return keys

    # twins: same surname, birth date, household; different given names
    twins = [p for p in base if p.yi is None and not p.abroad and p.year >= 1975 and p.household.get("landline") is None]
    for a in anchors(twins, cfg["twins"]):
        ensure_landline(w, rng, a)
        sex = a.sex if rng.random() < 0.6 else ("女" if a.sex == "男" else "男")
        if len(a.given) == 2 and rng.random() < 0.6:
            chars = P.GIVEN2[(P.cohort(a.year), sex)][1]
            g = a.given[0] + rng.choice([c for c in chars if c not in a.given])
        else:
            g = given_name(rng, a.year, sex)
            while g == a.given:
                g = given_name(rng, a.year, sex)
        core = {"year": a.year, "sex": sex, "origin": a.origin, "hs": a.hs}
        keys = family_sources(a, core)
        b = new_person(w, rng, None, core=core,
                       surname=a.surname, given=g, birth=a.birth, near_seq=a.seq, household=a.household, ethnic=a.ethnic)
        b.relation = ("twin", a)
        finish(b, keys)
        w.notes["twin pairs"] += 1

    # father (or mother) and child sharing a landline and a surname
    kids = [p for p in base if p.yi is None and 1986 <= p.year <= 2002 and p.relation is None]
    for c in anchors(kids, cfg["parents"]):
        fy = max(1960, c.year - rng.randint(24, 33))
        if fy > 1976:
            continue
        ensure_landline(w, rng, c)
        core = {"year": fy, "sex": "男", "origin": c.origin if rng.random() < 0.85 else rng.choice(list(P.PZH_AREAS)),
                "hs": None}
        keys = family_sources(c, core)
        f = new_person(w, rng, None, core=core,
                       surname=c.surname, household=c.household, ethnic=c.ethnic)
        f.relation = ("parent", c)
        finish(f, keys)
        if rng.random() < 0.15 and f.email:
            c.email = f.email  # the family's one mailbox
            w.notes["parent/child pairs sharing an email"] += 1
        w.notes["parent/child pairs (shared landline, surname)"] += 1

    # brothers and sisters (not twins) sharing the household landline
    sibs = [p for p in base if p.yi is None and p.relation is None and 1970 <= p.year <= 2000 and not p.abroad]
    for a in anchors(sibs, cfg["siblings"]):
        ensure_landline(w, rng, a)
        yr = min(2003, max(1960, a.year + rng.choice([-1, 1]) * rng.randint(2, 7)))
        core = {"year": yr, "sex": rng.choice("男女"), "origin": a.origin, "hs": a.hs}
        keys = family_sources(a, core)
        b = new_person(w, rng, None, core=core,
                       surname=a.surname, household=a.household, ethnic=a.ethnic)
        b.relation = ("sibling", a)
        finish(b, keys)
        w.notes["sibling pairs (shared landline, surname)"] += 1

    # same name, same birth year, same big employer
    cands = [p for p in base if p.yi is None and not p.abroad and p.year <= 1996 and p.relation is None
             and len(p.states) == 1 and p.need["loc"] is None]
    common = {n for n, _, _ in P.COMMON_NAMES}
    cands = [p for p in cands if p.name in common] + [p for p in cands if p.name not in common]
    chosen = cands[: cfg["same_employer"] * 3]
    for a in rng.sample(chosen, cfg["same_employer"]):
        key = rng.choice(P.BIG_EMPLOYERS)
        city = rng.choice(P.EMPLOYERS[key][2])
        a.states = [(0, {"city": city, "emp": named_employer(key, city), "pos": rng.choice(P.POSITIONS[P.EMPLOYERS[key][4]])})]
        set_work_email(w, rng, a)
        core = {"year": a.year, "sex": a.sex, "origin": rng.choice(list(P.PZH_AREAS)), "hs": None}
        keys = [k for k in relative_sources(core) if not w.src_by_key[k]["need"].get("loc")] or ["T1" if "T1" in w.src_by_key else "H1"]
        b = new_person(w, rng, None, core=core, surname=a.surname, given=a.given, ethnic="汉族")
        b.relation = ("namesake at the same employer", a)
        finish(b, keys)
        b.states = [(0, {"city": city, "emp": named_employer(key, city), "pos": rng.choice(P.POSITIONS[P.EMPLOYERS[key][4]])})]
        set_work_email(w, rng, b)
        w.notes["same name + birth year + employer pairs"] += 1

    # same name and the same birth date, different people
    cands = [p for p in base if p.yi is None and p.relation is None and p.name in {n for n, _, _ in P.COMMON_NAMES}]
    for a in rng.sample(cands, min(len(cands), cfg["same_birthday"])):
        other = [c for c in P.PZH_AREAS if c != a.origin]
        core = {"year": a.year, "sex": a.sex, "origin": rng.choice(other), "hs": None}
        keys = relative_sources(core)
        b = new_person(w, rng, None, core=core, surname=a.surname, given=a.given, birth=a.birth, ethnic="汉族")
        b.relation = ("namesake born the same day", a)
        finish(b, keys)
        w.notes["same name + same birth date pairs"] += 1

    # one person registered twice on a platform (the second account with another phone)
    for src in w.sources:
        rate = src.get("double_rate", 0)
        if rate:
            for p in people:
                if src["key"] in p.sources and rng.random() < rate:
                    p.extra_rows[src["key"]] = 1
                    w.notes["second registrations on %s" % src["file"]] += 1

    order = list(range(len(people)))
    rng.shuffle(order)
    for i, idx in enumerate(order):
        people[idx].pid = "P%06d" % (i + 1)
    w.people = people
    return people
