"""What the generator's other modules share: weighted choice, ID checksums, people, phone numbers."""

import pools as P
import tables as T

LEVELS = ["高中", "专科", "本科", "硕士", "博士"]
RANK = {lv: i for i, lv in enumerate(LEVELS)}


# ----------------------------------------------------------------------------------------
# ID numbers (GB 11643)
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_char(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def id_valid(s):
    return (isinstance(s, str) and len(s) == 18 and s[:17].isdigit()
            and s[17].upper() == check_char(s[:17]))


def wchoice(rng, pairs):
    """pairs: [(item, weight)]"""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


OVERSEAS_KEYS = {k for v in P.OVERSEAS_SCHOOLS.values() for k in v}
FW = str.maketrans("0123456789", "０１２３４５６７８９")


class Person:
    def __init__(self, **kw):
        self.__dict__.update(kw)



def new_mobile(w, rng):
    prefixes = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "187", "188", "189",
                "191", "198", "199"]
    while True:
        m = rng.choice(prefixes) + "%08d" % rng.randrange(10 ** 8)
        if m not in w.used_mobiles:
            w.used_mobiles.add(m)
            return m


def new_landline(w, rng):
    while True:
        n = "0812" + rng.choice("23568") + "%06d" % rng.randrange(10 ** 6)
        if n not in w.used_landlines:
            w.used_landlines.add(n)
            return n


def new_foreign(rng, style):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return {
        "uk": lambda: "+44 7%s %s" % (d(3), d(6)),
        "au": lambda: "+61 4%s %s %s" % (d(2), d(3), d(3)),
        "na": lambda: "+1 (%s%s) %s-%s" % (rng.choice("2345678"), d(2), d(3), d(4)),
        "sg": lambda: "+65 %s%s %s" % (rng.choice("89"), d(3), d(4)),
        "de": lambda: "+49 15%s %s" % (d(1), d(8)),
        "jp": lambda: "+81 90-%s-%s" % (d(4), d(4)),
        "hk": lambda: "+852 %s%s %s" % (rng.choice("5679"), d(3), d(4)),
    }[style]()


def new_household(w, rng, origin, landline_p=0.85):
    township = None
    if origin in P.TOWNSHIPS and (origin != "510411" or rng.random() < 0.5):
        towns = P.TOWNSHIPS[origin]
        township = wchoice(rng, [(t, 3 if i == 0 else (1.6 if i < 3 else 1)) for i, t in enumerate(towns)])
        county = P.PZH_AREAS[origin][0]
        addr = "%s%s%s村%d组" % (county, township, rng.choice(P.VILLAGES), rng.randint(1, 12))
        if origin == "510411":
            addr = "攀枝花市" + addr
    elif origin in P.URBAN_STREETS:
        addr = "攀枝花市%s%s%d号" % (P.PZH_AREAS[origin][0], rng.choice(P.URBAN_STREETS[origin]), rng.randint(1, 300))
        if rng.random() < 0.6:
            addr += "%d栋%d单元%d号" % (rng.randint(1, 30), rng.randint(1, 6), rng.randint(101, 1804))
    else:
        area = [a for a in P.OTHER_AREAS if a[0] == origin]
        addr = (area[0][2] if area else "四川") + "%s路%d号" % (rng.choice(P.VILLAGES), rng.randint(1, 200))
    return {"landline": new_landline(w, rng) if rng.random() < landline_p else None, "address": addr,
            "township": township}


def ensure_landline(w, rng, p):
    if p.household.get("landline") is None:
        p.household["landline"] = new_landline(w, rng)


def pinyin_surname(p):
    if p.yi:
        return "".join(T.PINYIN[c] for c in p.yi[0])
    return T.SURNAME_PINYIN.get(p.surname) or "".join(T.PINYIN[c] for c in p.surname)


def pinyin_given(p):
    g = p.yi[1] if p.yi else p.given
    return [T.PINYIN[c] for c in g]


def school_city(skey):
    return P.SCHOOLS[skey][3]
