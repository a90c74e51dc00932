"""Education level (学历), degree (学位) and professional title level (职称).

学历 and 学位 are separate facts: a 学历 cell saying 博士 gives the level, not the degree, unless the
cell is a combined 学历/学位 like 研究生/硕士.
"""
import re
import unicodedata
from functools import lru_cache

from pzh_talent.labels import LABELS

from .fields import simplified

# level -> rank; rank orders levels for "at least" filters.
EDUCATION_RANK = LABELS.education_rank  # 初中及以下 0 … 博士研究生 5 (pzh_talent/labels.json)
TITLE_RANK = LABELS.title_rank          # 初级 1 … 正高 4

# First match wins: specific before general (博士后 is a position, not a level).
_EDUCATION_PATTERNS = [
    (r"博士后|post-?doc", None),
    # an MD (Doctor of Medicine) counts as a doctorate, as China's degree recognition has it (医学博士)
    (r"博士|ph\.?\s?d|doctor|doctorate|d\.?phil|md-phd|\bm\.?d\.?(?![a-z])", "博士研究生"),
    (r"硕士|研究生|master|\bmsc\b|\bm\.?s\.?\b|\bma\b|\bmba\b|\bemba\b|\bmeng\b|\bmphil\b|mpa|postgraduate|"
     r"\bm\.\s?(eng|sc|a|phil|ed|arch|s|b\.?a)\b", "硕士研究生"),
    (r"大专|专科|高职|associate|diploma", "大学专科"),  # before 大学: 大学专科 is 专科
    (r"本科|学士|大学|bachelor|\bbsc\b|\bb\.?s\.?\b|\bba\b|\bbeng\b|undergraduate|college|"
     r"\bb\.\s?(eng|sc|a|ed|arch)\b", "大学本科"),
    (r"高中|中专|中技|职高|技校|中职|high school|secondary", "高中/中专"),
    (r"初中|小学|primary|junior", "初中及以下"),
]
_DEGREE_PATTERNS = [
    (r"博士|ph\.?\s?d|doctor|doctorate|\bm\.?d\.?(?![a-z])", "博士"),
    (r"硕士|master|\bmsc\b|\bma\b|\bmba\b|\bmeng\b", "硕士"),
    (r"学士|bachelor|\bbsc\b|\bba\b|\bbeng\b", "学士"),
]


# a degree's level, for a row that gives a 学位 and no 学历
LEVEL_OF_DEGREE = {"博士": "博士研究生", "硕士": "硕士研究生", "学士": "大学本科"}


def doctoral_if_degree_says(level, degree, education_text) -> str | None:
    """学历 研究生 with 学位 博士 (in one cell, 研究生/博士, or in two columns) is a doctoral
    postgraduate; 研究生 alone reads as 硕士研究生."""
    if level == "硕士研究生" and degree == "博士" and "硕士" not in (education_text or ""):
        return "博士研究生"
    return level


def _clean(raw) -> str:
    text = unicodedata.normalize("NFKC", str(raw)).strip().lower()
    return text if text.isascii() else simplified(text)  # 碩士研究生, 學士


def _first(patterns, text):
    for pattern, value in patterns:
        if re.search(pattern, text):
            return value, True
    return None, False


@lru_cache(maxsize=10_000)
def _education(text: str) -> tuple[str | None, str | None, str | None]:
    level = degree = None
    flag = None
    if "/" in text or "／" in text:  # 研究生/硕士: 学历 then 学位
        first, second = re.split(r"[/／]", text, maxsplit=1)
        level, _ = _first(_EDUCATION_PATTERNS, first)
        degree, _ = _first(_DEGREE_PATTERNS, second)
        level = doctoral_if_degree_says(level, degree, first)
    else:
        level, matched = _first(_EDUCATION_PATTERNS, text)
        if matched and level is None:
            flag = "education_postdoc"
            level = "博士研究生"  # a postdoc holds a doctorate
        elif re.search(r"学位", text):
            degree, _ = _first(_DEGREE_PATTERNS, text)
    if level is None and flag is None:
        flag = "education_unknown"
    return level, degree, flag


def normalise_education(raw) -> tuple[str | None, str | None, str | None]:
    """-> (学历 level, 学位 degree or None, flag or None)."""
    if raw is None or not str(raw).strip():
        return None, None, None
    return _education(_clean(raw))


@lru_cache(maxsize=10_000)
def _degree(text: str) -> str | None:
    return _first(_DEGREE_PATTERNS, text)[0]


def normalise_degree(raw) -> str | None:
    if raw is None or not str(raw).strip():
        return None
    return _degree(_clean(raw))


# the words between 高级 / 助理 / 主管 and 师 are few (高级畜牧兽医师, 高级人力资源管理师): bounded, so a
# long cell is not scanned again from every 高级 in it (50,000 characters of 高级… took 4.5 s)
_TITLE_PATTERNS = [
    (r"正高|教授级", "正高"),  # 正高级工程师 contains 高级…师
    # 中级 and 初级 words that contain a 正高 word: check them first
    (r"助理研究员|助理教授|assistant professor", "中级"),
    (r"助理工程师|助理[^、,，/\s]{0,12}师|助教|技术员|二级教师|三级教师|初级|住院医师|\bassistant\b|^医师$|^药师$|^护师$|^护士$",
     "初级"),
    (r"副教授|副研究员|副主任|副编审|副译审|高级工程师|高级[^、,，/\s]{0,12}师|副高|associate professor|senior engineer|"
     r"senior lecturer|associate research", "副高"),
    (r"教授级|正高|教授|研究员|主任医师|主任药师|主任护师|主任技师|编审|译审|professor|research fellow|"
     r"principal", "正高"),
    (r"讲师|工程师|主治医师|主管[^、,，/\s]{0,12}师|一级教师|经济师|会计师|审计师|统计师|农艺师|畜牧师|中级|"
     r"lecturer|engineer|attending", "中级"),
]


@lru_cache(maxsize=10_000)
def _title_level(text: str) -> str | None:
    best = None
    # a cell may list several: 高级工程师/副总经理, 教授、博导 -> highest level found
    for part in re.split(r"[、,，/;；]+|\s{2,}", text):
        level, _ = _first(_TITLE_PATTERNS, part)
        if level and (best is None or TITLE_RANK[level] > TITLE_RANK[best]):
            best = level
    return best


def title_level(raw) -> str | None:
    """正高 / 副高 / 中级 / 初级 from a 职称 (or 职务) cell; None when it names no title."""
    if raw is None or not str(raw).strip():
        return None
    return _title_level(_clean(raw))
