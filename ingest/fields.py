"""Canonical roster fields and the header texts that mean them.

One place for the vocabulary: readers map a file's headers onto these names, normalisers read
them, and the demo generator writes headers drawn from the same synonyms.
"""
import functools
import json
import re
import unicodedata
from pathlib import Path

# The vocabulary is data (vocabulary/roster_fields.json); this module reads it once.
VOCABULARY = json.loads((Path(__file__).parent / "vocabulary" / "roster_fields.json").read_text(encoding="utf-8"))

# field -> (Chinese label shown to officers, header phrases seen in real exports)
FIELDS: dict[str, tuple[str, list[str]]] = {
    f: (v["label"], v["phrases"]) for f, v in VOCABULARY["fields"].items()}

FIELD_LABELS = {f: label for f, (label, _) in FIELDS.items()}

# Columns that name the person: a table needs one of these (or both name parts) to hold people.
PERSON_NAME_FIELDS = {"name", "name_en", "family_name", "given_name"}

# Fields whose values the origin check reads, strongest meaning first.
PLACE_OF_ORIGIN_FIELDS = ("hometown", "birthplace", "household", "student_origin")


@functools.lru_cache(maxsize=1)
def t2s():
    """The one traditional -> simplified converter (building one costs about 0.5 ms)."""
    import opencc
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """聯絡電話 -> 联络电话, 碩士 -> 硕士: Hong Kong and Taiwan forms write in traditional characters.
    Cached: meant for the few distinct texts of headers and levels, not for every name."""
    return t2s().convert(text)


def header_key(text) -> str:
    """Reduce a header cell to a comparable key: width, script, case, spaces, '*' and (必填) go."""
    s = unicodedata.normalize("NFKC", str(text))
    if not s.isascii():
        s = simplified(s)
    s = re.sub(r"[\(\[（【][^\)\]）】]*[\)\]）】]", "", s)  # 手机号码(必填), 出生年月（格式：1990-01）
    s = s.replace("*", "").replace("：", "").replace(":", "")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return re.sub(r"(?<=[^\x00-\x7f]) | (?=[^\x00-\x7f])", "", s)  # '工作\n年限': spaces matter between Latin words only


# header words as written (姓名, 电子邮箱): a name cell holding one is no name
HEADER_WORDS = frozenset(syn for _, (label, syns) in FIELDS.items() for syn in syns + [label])


def is_header_text(text) -> bool:
    """姓名, 电子邮箱, "姓名 / Name", "性别：": a header's words, not a person's value (a name cell that
    says 姓名 is a repeated header or a card-style sheet, not a person)."""
    text = str(text)
    if len(text) > 40:
        return False
    parts = [header_key(p) for p in re.split(r"\s*[/／|]\s*", text)]
    return bool(parts) and all(p in ROSTER.synonyms for p in parts)



# --- the header engine: one class, one vocabulary file per table kind -------------------------
# Rosters (vocabulary/roster_fields.json) and demand tables (vocabulary/demand_fields.json) are
# read by the same steps: a whole phrase we list, a Chinese word inside a longer header, English
# words in any case style, a pinyin column code.

class HeaderVocabulary:
    """A table kind's fields and the words that name them, read from one JSON file.

    `match(text)` -> (field, how) where how is 'phrase' (a whole header we list), 'code' (a pinyin
    code such as XM or GWMC), 'words' (English words: expert_name, jobTitle), 'contains' (a Chinese
    word inside a longer header) or None. A `contains` entry whose field is null stops the search:
    the header names nothing we read (需求岗位数 in a summary table)."""

    def __init__(self, data: dict):
        self.data = data
        self.fields: dict[str, dict] = data["fields"]
        self.labels = {f: v["label"] for f, v in self.fields.items()}
        self.synonyms = {header_key(p): f for f, v in self.fields.items() for p in v["phrases"] + [v["label"]]}
        self.contains = [(word, f) for word, f in data.get("contains", [])]
        elsewhere = data.get("not_the_persons", {})
        self.starts_elsewhere = _any_of(elsewhere.get("starts", []), anchored=True)
        self.about_someone_else = _any_of(elsewhere.get("anywhere", []))
        self.other_persons_words = frozenset(elsewhere.get("words", []))
        self.word_forms = data.get("word_forms", {})
        self.patterns = [(tuple(self.word_forms.get(w, w) for w in pattern.split()), f)
                         for f, v in self.fields.items() for pattern in v.get("words", [])]
        self.known_words = frozenset(w for p, _ in self.patterns for w in p)
        self.match = functools.lru_cache(maxsize=8192)(self._match)

    @classmethod
    def load(cls, name: str) -> "HeaderVocabulary":
        return cls(json.loads((Path(__file__).parent / "vocabulary" / name).read_text(encoding="utf-8")))

    def words(self, text: str) -> list[str]:
        """'idCardNo' -> [id, card, no]; 'expert_name', 'work-unit', 'Native place', 'E-mail Address',
        'IDNumber', 'RY_XM' -> their words, lower case. Digits at a word's end go (phone2 -> phone)."""
        s = unicodedata.normalize("NFKC", str(text))
        s = re.sub(r"(?i)\be[\-_ ]?mail", "email", s)
        s = re.sub(r"([a-z])([A-Z])", r"\1 \2", s)             # camelCase
        s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", s)       # IDNumber -> ID Number
        words = [w.rstrip("0123456789") for w in re.split(r"[^A-Za-z0-9]+", s.lower())]
        return [self._canonical_word(w) for w in words if w]

    def _canonical_word(self, word: str) -> str:
        word = self.word_forms.get(word, word)
        if word not in self.known_words and len(word) > 3 and word.endswith("s") and word[:-1] in self.known_words:
            return word[:-1]  # emails, phones, skills
        return word

    def field_by_words(self, words: list[str]) -> str | None:
        """The field whose word pattern the header holds; the pattern with most words wins, then the
        one whose words come last (English puts the head noun last: company_phone is a phone,
        school_address an address). A bare 'name' yields to any other field (school_name, org_name)."""
        if not words:
            return None
        present = set(words)
        best, best_score = None, None
        for pattern, f in self.patterns:
            if not present.issuperset(pattern):
                continue
            generic = pattern == ("name",)
            last = max(len(words) - 1 - words[::-1].index(w) for w in pattern)
            score = (not generic, len(pattern), last)
            if best_score is None or score > best_score:
                best, best_score = f, score
        return best

    @functools.cached_property
    def codes(self) -> dict[str, str]:
        """{'xm': 'name', 'sfzh': 'id_number', 'xingming': 'name', …}: the pinyin-initial codes and the
        full pinyin of the Chinese phrases, the way Chinese government and HR databases name columns
        (XM 姓名, SFZH 身份证号, GZDW 工作单位). A code two fields share (YX: 邮箱 and 院校) means
        neither, unless the vocabulary lists it for one field."""
        from pypinyin import Style, lazy_pinyin

        seen: dict[str, set] = {}
        for f, v in self.fields.items():
            for phrase in v["phrases"] + [v["label"]]:
                han = re.sub(r"[^\u4e00-\u9fff]", "", simplified(phrase))
                if len(han) < 2 or han != re.sub(r"[\s/（）()、]", "", phrase):
                    continue  # only whole Chinese phrases: 国家/地区 -> GJDQ is too loose to guess
                syllables = lazy_pinyin(han, errors="ignore")
                seen.setdefault("".join(s[0] for s in syllables), set()).add(f)
                seen.setdefault("".join(syllables), set()).add(f)
                initials = lazy_pinyin(han, style=Style.FIRST_LETTER, errors="ignore")
                seen.setdefault("".join(initials), set()).add(f)  # zh/ch/sh: Z C S as databases write them
        codes = {code: next(iter(fs)) for code, fs in seen.items() if len(fs) == 1 and len(code) >= 2}
        for f, v in self.fields.items():
            codes.update({c.lower(): f for c in v.get("codes", [])})
        return codes

    def field_by_code(self, words: list[str]) -> str | None:
        """'XM', 'RY_XM', 'sfzh', 'xing_ming': a pinyin-initial or full-pinyin column code."""
        joined = "".join(words)
        if joined in self.codes:
            return self.codes[joined]
        for w in reversed(words):  # a table prefix comes first: RY_XM, T_GZDW
            if w in self.codes and w not in self.known_words:
                return self.codes[w]
        return None

    def is_about_someone_else(self, text) -> bool:
        """意向招聘单位, 期望工作城市, 紧急联系人电话, father_name, 基本信息.emergency_email: a header about
        what the person wants or about another person; neither its name nor its values make it the
        person's own field. The one place this is decided, for header names and for content alike."""
        key = header_key(text)
        if (self.starts_elsewhere and self.starts_elsewhere.match(key)) or (
                self.about_someone_else and self.about_someone_else.search(key)):
            return True
        raw = _last_part(text)
        return raw.isascii() and not self.other_persons_words.isdisjoint(self.words(raw))

    def _match(self, text) -> tuple[str | None, str | None]:
        key = header_key(text)
        if not key:
            return None, None
        if key in self.synonyms:
            return self.synonyms[key], "phrase"
        if "." in key and key.rsplit(".", 1)[1] in self.synonyms:  # nested JSON: 基本信息.姓名
            return self.synonyms[key.rsplit(".", 1)[1]], "phrase"
        if len(key) > 30:  # a sentence, not a header
            return None, None
        if re.match(r"第\s*\d+\s*题", key):  # 第1题：您的姓名 [填空题]: a survey's statistics report, not a header
            return None, None
        if self.is_about_someone_else(text):
            return None, None
        for word, f in self.contains:
            if word in key:
                return (f, "contains") if f else (None, None)
        raw = _last_part(text)
        if raw.isascii():
            words = self.words(raw)
            f = self.field_by_words(words)
            if f:
                return f, "words"
            f = self.field_by_code(words)
            if f:
                return f, "code"
        return None, None


def _last_part(text) -> str:
    """A nested JSON key's last part (基本信息.father_name -> father_name); a header as it is otherwise."""
    return str(text).rstrip(".").rsplit(".", 1)[-1]


def _any_of(words: list[str], anchored: bool = False):
    if not words:
        return None
    return re.compile(("^" if anchored else "") + "(" + "|".join(map(re.escape, words)) + ")")


ROSTER = HeaderVocabulary(VOCABULARY)

# the roster's engine under the names the readers use
header_words = ROSTER.words
header_match = ROSTER.match
is_about_someone_else = ROSTER.is_about_someone_else


def field_for_header(text) -> str | None:
    """The canonical roster field a header names, or None when we do not recognise it."""
    return header_match(text)[0]
