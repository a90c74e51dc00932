"""Person names: Chinese (simplified or traditional), Yi names with dots, romanised names.

`normalise_name` keeps what it removed (annotations) and says what it changed (flags), so the
raw value plus this result explain every decision.
"""
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from .fields import HEADER_WORDS, is_header_text, t2s

_T2S = t2s()

# Dots people type between the parts of Yi (and other minority / foreign) names. NFKC keeps them
# apart, so they are mapped to one middle dot by hand.
_DOTS = "·•‧・･．.∙⋅◦●﹒"
_DOT_RE = re.compile("[" + re.escape(_DOTS) + "]+")

# Compound surnames, longest first is not needed (all are two characters).
COMPOUND_SURNAMES = {
    "欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "司徒", "西门", "慕容", "尉迟", "长孙", "宇文",
    "公孙", "令狐", "夏侯", "端木", "独孤", "南宫", "呼延", "轩辕", "万俟", "闻人", "澹台", "公冶",
    "太史", "申屠", "钟离", "濮阳", "淳于", "单于", "赫连", "司空", "百里", "东郭", "左丘", "第五",
}

# Surnames that pypinyin reads with their common, not their surname, pronunciation.
SURNAME_PINYIN = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "朴": "piao", "查": "zha",
    "乐": "yue", "覃": "qin", "翟": "zhai", "盖": "ge", "缪": "miao", "尉迟": "yuchi", "万俟": "moqi",
    "长孙": "zhangsun", "单于": "chanyu", "燕": "yan", "華": "hua", "华": "hua", "任": "ren",
    "员": "yun", "句": "gou", "秘": "bi", "繁": "po", "祭": "zhai", "过": "guo", "种": "chong",
    "冼": "xian", "晟": "cheng", "召": "shao", "都": "du", "重": "chong", "沈": "shen", "柏": "bai",
    "褚": "chu", "佴": "nai", "隗": "wei", "宓": "mi", "阚": "kan", "訾": "zi", "靳": "jin",
}

_ANNOTATION_RE = re.compile(r"[\(\[（【〔<《]([^\)\]）】〕>》]*)[\)\]）】〕>》]")
_HAN_RE = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_TRAILING_MARKS = "*＊★☆#※√✓"


@dataclass(slots=True)
class Name:
    name: str | None            # cleaned name as officers would write it: 张伟, 吉克·阿呷, Zhang Wei
    script: str | None = None   # 'han' | 'latin' | 'mixed'
    surname: str | None = None
    given: str | None = None
    latin: str | None = None    # a romanised form found beside the Chinese one (张伟 Zhang Wei)
    key: str | None = None      # romanised comparison key: lowercase syllable groups, sorted
    annotation: str | None = None
    flags: list[str] = field(default_factory=list)


_CHAR_PINYIN: dict[str, str] = {}


def pinyin(text: str) -> str:
    # Character by character: names are not phrases, and a per-character table is ~100x faster
    # than converting every distinct name.
    try:
        return "".join([_CHAR_PINYIN[ch] for ch in text])
    except KeyError:
        for ch in text:
            if ch not in _CHAR_PINYIN:
                _CHAR_PINYIN[ch] = "".join(lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")).replace("ü", "v")
        return "".join([_CHAR_PINYIN[ch] for ch in text])


def split_surname(han: str) -> tuple[str, str]:
    """张伟 -> (张, 伟); 欧阳子墨 -> (欧阳, 子墨); 吉克·阿呷 -> (吉克, 阿呷)."""
    if "·" in han:
        first, _, rest = han.partition("·")
        return first, rest.replace("·", "")
    if len(han) >= 3 and han[:2] in COMPOUND_SURNAMES:
        return han[:2], han[2:]
    return han[:1], han[1:]


def surname_pinyin(surname: str) -> str:
    if surname in SURNAME_PINYIN:
        return SURNAME_PINYIN[surname]
    return pinyin(surname)


def _latin_token(tok: str) -> str:
    tok = tok.lower().replace("-", "").replace("'", "").replace("’", "")
    tok = tok.replace("ü", "v").replace("u:", "v")
    # Passports write 吕 as LYU (since 2012) or LV; pypinyin gives lv.
    tok = re.sub(r"^(l|n)yu", r"\1v", tok)
    return tok


def latin_key(text: str) -> str | None:
    """'Xiao-Ming ZHANG' and 'Zhang, Xiaoming' -> 'xiaoming zhang'."""
    tokens = [_latin_token(t) for t in re.split(r"[\s,，/]+", text) if t]
    tokens = [t for t in tokens if t and t.isalpha()]
    return " ".join(sorted(tokens)) or None


def han_key(han: str) -> str:
    surname, given = split_surname(han)
    a, b = surname_pinyin(surname), pinyin(given)
    if not (a and b):
        return a or b
    return f"{a} {b}" if a <= b else f"{b} {a}"


@lru_cache(maxsize=1)
def _traditional() -> frozenset:
    """The characters OpenCC changes on their own: a name without any needs no conversion."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    converted = _T2S.convert("\n".join(chars)).split("\n")
    return frozenset(a for a, b in zip(chars, converted) if a != b)


_PLAIN_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _is_plain_han(s: str) -> bool:
    return _PLAIN_HAN.fullmatch(s) is not None


# answers, not names: a cell in the 姓名 column holding one of these names no one
_NOT_NAMES = frozenset({"男", "女", "是", "否", "无", "暂无", "不详", "未知", "其他", "空", "略"})


@lru_cache(maxsize=500_000)
def normalise_name(raw) -> Name:
    if raw is None:
        return Name(None)
    if type(raw) is str and _is_plain_han(raw):
        if raw in HEADER_WORDS or raw in _NOT_NAMES:
            return Name(None, flags=["name_is_a_header"])
        # most names: two to four Chinese characters, nothing to strip
        simplified = raw if _traditional().isdisjoint(raw) else _T2S.convert(raw)
        surname, given = split_surname(simplified)
        return Name(simplified, "han", surname, given, None, han_key(simplified), None,
                    ["traditional_converted"] if simplified != raw else [])
    if type(raw) is str and raw.strip() in _NOT_NAMES:
        return Name(None, flags=["name_is_a_header"])
    if (type(raw) is not str or raw.isascii() or "/" in raw or ":" in raw or "：" in raw) and is_header_text(raw):
        return Name(None, flags=["name_is_a_header"])  # Name, 姓名 / Name, 姓名：
    s = unicodedata.normalize("NFKC", str(raw))
    if "@" in s:
        return Name(None, flags=["name_is_an_email"])  # a person's second line, 邮箱 under 姓名
    flags = []
    annotations = [a.strip() for a in _ANNOTATION_RE.findall(s) if a.strip()]
    if annotations:
        s = _ANNOTATION_RE.sub(" ", s)
        flags.append("annotation_removed")
    s = s.strip().strip(_TRAILING_MARKS).strip()
    if not s:
        return Name(None, annotation="；".join(annotations) or None, flags=flags)
    has_han = bool(_HAN_RE.search(s))
    has_latin = bool(_LATIN_RE.search(s))
    if re.search(r"\d", s):
        flags.append("digits_in_name")
    if has_han:
        han_part = "".join(ch for ch in s if _HAN_RE.match(ch) or ch in _DOTS)
        latin_part = " ".join(re.findall(r"[A-Za-z][A-Za-z\-'’]*", s)) if has_latin else None
        if re.search(r"\s", s.strip()) and not has_latin:
            flags.append("inner_space_removed")
        simplified = _T2S.convert(han_part)
        if simplified != han_part:
            flags.append("traditional_converted")
        simplified = _DOT_RE.sub("·", simplified).strip("·")
        if "·" in simplified and any(d in han_part for d in _DOTS.replace("·", "")):
            flags.append("dot_unified")
        surname, given = split_surname(simplified)
        name = Name(
            name=simplified,
            script="mixed" if has_latin else "han",
            surname=surname,
            given=given,
            latin=latin_part or None,
            key=han_key(simplified),
            annotation="；".join(annotations) or None,
            flags=flags,
        )
        if len(simplified.replace("·", "")) > 6 and "·" not in simplified:
            name.flags.append("long_name")
        if len(simplified) == 1:
            name.flags.append("single_character")
        return name
    if has_latin:
        cleaned = re.sub(r"\s+", " ", s).strip(" ,")
        surname = given = None
        if "," in cleaned:  # 'Zhang, Wei': surname first by convention
            surname, _, given = (p.strip() for p in cleaned.partition(","))
        else:
            tokens = cleaned.split(" ")
            upper = [t for t in tokens if len(t) > 1 and t.isupper()]
            if len(upper) == 1 and len(tokens) > 1:  # 'ZHANG Wei', 'Wei ZHANG'
                surname = upper[0]
                given = " ".join(t for t in tokens if t is not upper[0])
        return Name(
            name=cleaned,
            script="latin",
            surname=surname.title() if surname else None,
            given=given or None,
            latin=cleaned,
            key=latin_key(cleaned),
            annotation="；".join(annotations) or None,
            flags=flags,
        )
    return Name(None, annotation="；".join(annotations) or None, flags=flags + ["no_letters"])
