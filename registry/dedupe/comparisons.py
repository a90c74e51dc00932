"""Comparisons: for a candidate pair, how well each field agrees, as a named level.

Levels are ordered from the strongest agreement to "else" (disagreement); a field missing on
either side is None and says nothing. The model (next step) learns how much each level is worth;
the review queue shows the levels with their Chinese labels.
"""
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein, JaroWinkler

from pzh_talent.ingest.names import pinyin


@dataclass(frozen=True)
class Comparison:
    name: str
    label: str            # shown to officers
    levels: tuple         # best first; the last is always "else"


COMPARISONS = [
    Comparison("name", "姓名", ("exact", "same_pinyin", "romanised", "shape_similar", "one_char", "similar",
                               "else")),
    Comparison("id_number", "身份证号", ("exact", "one_typo", "else")),
    Comparison("birth_date", "出生日期", ("exact", "year_month", "one_typo", "year", "else")),
    Comparison("gender", "性别", ("exact", "else")),
    Comparison("phone", "电话", ("exact", "landline", "else")),
    Comparison("email", "邮箱", ("exact", "else")),
    Comparison("employer", "工作单位", ("exact", "similar", "else")),
    Comparison("school", "毕业院校", ("exact", "similar", "else")),
    Comparison("city", "现居城市", ("exact", "else")),
]

LEVEL_LABELS = {"exact": "相同", "same_pinyin": "同音", "romanised": "拼音/外文写法相符", "shape_similar": "形近字",
                "one_char": "差一个字", "landline": "同一座机（可能是家人）", "similar": "相近",
                "one_typo": "差一位", "year_month": "年月相同", "year": "同年", "else": "不同"}

# Characters that handwriting and OCR confuse; a name differing only in such a pair is probably one name.
SHAPE_SIMILAR = [
    "己已巳", "候侯", "未末", "士土", "戊戌戍", "日曰", "人入", "大太犬", "王玉主", "刀力", "干千于",
    "贝见", "斤斥", "今令", "免兔", "代伐", "折拆", "季李", "杨扬", "徐涂", "陈陆", "祖组", "鸟乌",
    "晴睛", "辩辨辫", "茂戊", "宏宠", "丽莉", "建健", "红虹", "萍苹", "婷停", "琳林", "斌彬",
]
_SHAPE = {ch: group for group in SHAPE_SIMILAR for ch in group}


def valid_id(record: dict) -> str | None:
    """The record's ID number when it passed the checksum (or came from a 15-digit ID), else None."""
    return record.get("id_number") if record.get("id_status") in ("valid", "converted_from_15") else None


def _shape_similar(a: str, b: str) -> bool:
    if len(a) != len(b) or a == b:
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diffs) == 1 and diffs[0][1] in _SHAPE.get(diffs[0][0], "")


def compare_name(a: dict, b: dict) -> str | None:
    na, nb = a.get("name"), b.get("name")
    if not na or not nb:
        return None
    plain_a, plain_b = na.replace("·", "").replace(" ", ""), nb.replace("·", "").replace(" ", "")
    if plain_a == plain_b:
        return "exact"
    both_han = a.get("name_script") == b.get("name_script") == "han"
    if a.get("name_key") and a.get("name_key") == b.get("name_key"):
        # 张伟/张玮 (a homophone typed with pinyin input) is rarer than Zhang Wei / Wei ZHANG / 张伟
        # (a romanised form): two levels, so the model learns each one's worth
        return "same_pinyin" if both_han else "romanised"
    if both_han and pinyin(plain_a) == pinyin(plain_b):
        return "same_pinyin"  # 吉克阿呷 / 吉克·阿呷 split into surname and given name differently
    if _shape_similar(plain_a, plain_b):
        return "shape_similar"
    if both_han and len(plain_a) == len(plain_b) >= 3 and sum(x != y for x, y in zip(plain_a, plain_b)) == 1:
        return "one_char"  # 刘世彬/刘世杉: a misread character, or a sibling — the other fields decide
    if JaroWinkler.normalized_similarity(plain_a, plain_b) >= 0.88:
        return "similar"
    return "else"


def compare_id(a: dict, b: dict) -> str | None:
    x, y = a.get("id_number"), b.get("id_number")
    if not x or not y:
        return None
    if x == y:
        return "exact"
    if len(x) == len(y) and DamerauLevenshtein.distance(x, y) == 1:
        return "one_typo"
    return "else"


def compare_birth(a: dict, b: dict) -> str | None:
    x, y = a.get("birth_date"), b.get("birth_date")
    if not x or not y:
        return None
    if x == y:
        return "exact"
    if len(x) >= 7 and len(y) >= 7 and x[:7] == y[:7]:
        return "year_month"  # 1990-05 and 1990-05-01: a record that knows only the month agrees
    if len(x) == len(y) == 10 and DamerauLevenshtein.distance(x, y) == 1:
        return "one_typo"
    if x[:4] == y[:4]:
        return "year"
    return "else"


def compare_phone(a: dict, b: dict) -> str | None:
    x, y = a.get("phone"), b.get("phone")
    if not x or not y:
        return None
    if x != y:
        return "else"
    # a landline rings in a household: father and son share it, so it says less than a mobile
    return "landline" if a.get("phone_kind") == "landline" or b.get("phone_kind") == "landline" else "exact"


def _exact(field):
    def compare(a: dict, b: dict) -> str | None:
        x, y = a.get(field), b.get(field)
        if not x or not y:
            return None
        return "exact" if x == y else "else"
    return compare


def _text(field, threshold=0.8):
    def compare(a: dict, b: dict) -> str | None:
        x, y = a.get(field), b.get(field)
        if not x or not y:
            return None
        if x == y:
            return "exact"
        if JaroWinkler.normalized_similarity(x, y) >= threshold or x in y or y in x:
            return "similar"  # 攀钢 / 攀钢集团有限公司
        return "else"
    return compare


COMPARE = {
    "name": compare_name,
    "id_number": compare_id,
    "birth_date": compare_birth,
    "gender": _exact("gender"),
    "phone": compare_phone,
    "email": _exact("email"),
    "employer": _text("employer"),
    "school": _text("school"),
    "city": _exact("city"),
}


def compare_pair(a: dict, b: dict) -> dict[str, str | None]:
    """{comparison name: level or None} for two source records (dicts of their columns)."""
    return {c.name: COMPARE[c.name](a, b) for c in COMPARISONS}


# A pair's levels packed into one small int, 3 bits per comparison (7 = missing): millions of pairs
# fit in a numpy array, and the model weighs each distinct pattern once.
_INDEX = [{level: i for i, level in enumerate(c.levels)} for c in COMPARISONS]
_FUNCS = [COMPARE[c.name] for c in COMPARISONS]
MISSING = 7
POSITION = {c.name: i for i, c in enumerate(COMPARISONS)}


def pattern(a: dict, b: dict) -> int:
    """compare_pair(a, b), packed: see levels_of."""
    code = 0
    for i, compare in enumerate(_FUNCS):
        level = compare(a, b)
        code |= (MISSING if level is None else _INDEX[i][level]) << (3 * i)
    return code


@lru_cache(maxsize=None)
def levels_of(code: int) -> dict[str, str | None]:
    """The {comparison: level or None} a packed pattern stands for."""
    out = {}
    for i, c in enumerate(COMPARISONS):
        k = (code >> (3 * i)) & 7
        out[c.name] = None if k == MISSING else c.levels[k]
    return out


def level_code(comparison: str, level: str | None) -> tuple[int, int]:
    """(shift, value) to test one comparison's level in packed patterns: (code >> shift) & 7 == value."""
    i = POSITION[comparison]
    return 3 * i, MISSING if level is None else _INDEX[i][level]
