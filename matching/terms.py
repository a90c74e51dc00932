"""What a person and a demand are compared by, shared by the candidate search (fast.py) and the
scorer that explains each point (match.py): the education scale of a demand, the person columns read,
an organisation's name as people write it, a term as found in text."""
import bisect
import re
import unicodedata
from functools import lru_cache

from pzh_talent.ingest.education import EDUCATION_RANK

from pzh_talent.ingest.demand import EDUCATION_LEVELS

# a demand's 大专/本科/硕士/博士 on the same scale as a person's normalised education
DEMAND_EDUCATION_RANK = {short: EDUCATION_RANK[full] for short, full in EDUCATION_LEVELS.items()}
PERSON_COLUMNS = ("id", "name", "education", "title", "title_level", "major", "expertise", "position", "employer",
                  "school", "industry", "city", "province", "overseas", "origin_strength", "origin_county")


# An organisation as people write it: 攀枝花钢城集团有限公司, 钢城集团, 四川攀枝花钢城集团 are one
_LEGAL_FORMS = re.compile(r"股份有限公司|有限责任公司|有限公司|集团公司|集团|股份|公司")
# 四川 before a company's name is decoration (四川攀钢 is 攀钢); 四川省 alone names the provincial body
# (四川省疾病预防控制中心 is not 攀枝花市疾病预防控制中心): only 四川省攀枝花… drops it
_PLACE_PREFIX = re.compile(r"^(?:四川省(?=攀枝花)|四川(?!省))?(?:攀枝花市|攀枝花)?")


@lru_cache(maxsize=200_000)
def employer_keys(name: str) -> tuple[str, str]:
    """(full, short) comparison keys of an organisation's name: without spaces, punctuation and
    legal forms (有限公司, 集团 …); `short` also without a leading 攀枝花 and a decorative 四川."""
    text = re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", name or "").casefold())
    full = _LEGAL_FORMS.sub("", text)
    return full, _PLACE_PREFIX.sub("", full)


def same_employer(employer: str | None, enterprise: str | None) -> bool:
    """Whether a person's employer is the enterprise, or a part of it (攀钢集团研究院钒钛所 for
    攀钢集团研究院): its own staff are no candidates for its demand. The short keys must be equal
    (攀枝花学院 is not 学院路小学), the full ones may continue (a department, a branch)."""
    if not employer or not enterprise:
        return False
    e_full, e_short = employer_keys(enterprise)
    p_full, p_short = employer_keys(employer)
    return len(e_full) >= 2 and (p_full.startswith(e_full) or (len(e_short) >= 2 and p_short == e_short))


class EmployerIndex:
    """The distinct employer values of the registry, found by enterprise in a few look-ups (a
    million persons, thousands of enterprises): full keys sorted for the prefix rule, short keys hashed."""

    def __init__(self, values: list[str]):
        keyed = [(employer_keys(v), code) for code, v in enumerate(values)]
        self.full = sorted((k[0], code) for k, code in keyed)
        self.short: dict = {}
        for (_, short), code in keyed:
            self.short.setdefault(short, []).append(code)

    def codes(self, enterprise: str) -> set[int]:
        """Codes of the values same_employer() says are the enterprise."""
        e_full, e_short = employer_keys(enterprise)
        if len(e_full) < 2:
            return set()
        out = set(self.short.get(e_short, ())) if len(e_short) >= 2 else set()
        i = bisect.bisect_left(self.full, (e_full, -1))
        while i < len(self.full) and self.full[i][0].startswith(e_full):
            out.add(self.full[i][1])
            i += 1
        return out


@lru_cache(maxsize=None)
def term_pattern(term: str) -> re.Pattern:
    """A term as found in lower-case text: anywhere for Chinese; at the start of a word for
    English, so that art is not found in department."""
    return re.compile((r"(?<![a-z])" if term.isascii() else "") + re.escape(term))


def term_in(term: str, text: str) -> bool:
    if term.isascii():
        return term_pattern(term).search(text) is not None
    return term in text
