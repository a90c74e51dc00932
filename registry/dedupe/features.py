"""Features: the columns Splink blocks and compares on, precomputed from our Chinese knowledge.

DuckDB compares plain values; what it cannot know is computed here, once per record: the name
without Yi-name dots and spaces, its pinyin key (syllables sorted, surname readings: 张伟 = Zhang Wei
= Wei ZHANG), its pinyin as written, its shape-normalised form (候/侯, 己/已 read as one character),
the parts of an ID number that show when it is masked (510422********3265 as a pattern the full
number must fit), the birth year-month and year, and the blocking keys (a key shared by more
records than its rule's `max_block` is no key: 张伟 with no birth year would make blocking
quadratic).
"""
import json
from pathlib import Path

import pandas as pd

from pzh_talent.ingest.names import pinyin

SETTINGS = json.loads((Path(__file__).parent / "settings.json").read_text(encoding="utf-8"))

# Characters that handwriting and OCR confuse; a name differing only in such a pair is probably one name.
SHAPE_SIMILAR = [
    "己已巳", "候侯", "未末", "士土", "戊戌戍", "日曰", "人入", "大太犬", "王玉主", "刀力", "干千于",
    "贝见", "斤斥", "今令", "免兔", "代伐", "折拆", "季李", "杨扬", "徐涂", "陈陆", "祖组", "鸟乌",
    "晴睛", "辩辨辫", "茂戊", "宏宠", "丽莉", "建健", "红虹", "萍苹", "婷停", "琳林", "斌彬",
]
_SHAPE = str.maketrans({ch: group[0] for group in SHAPE_SIMILAR for ch in group[1:]})

VALID_ID_STATUSES = ("valid", "converted_from_15")
# what each record brings to the frame (source_records columns)
COLUMNS = ("id", "name", "name_script", "name_key", "surname", "gender", "birth_date", "id_number", "id_status",
           "id_visible", "phone", "phone_kind", "email", "employer", "school", "major", "graduation_year", "city")


def valid_id(record: dict) -> str | None:
    """The record's ID number when it passed the checksum (or came from a 15-digit ID), else None."""
    return record.get("id_number") if record.get("id_status") in VALID_ID_STATUSES else None


def _plain(name):
    return name.replace("·", "").replace(" ", "") if isinstance(name, str) and name else None


def _shape(name):
    return name.translate(_SHAPE) if isinstance(name, str) else None


def _pattern(visible):
    """510422********3265 -> 510422.{8}3265 (a regex a full number must match); None if not 18 long."""
    if not isinstance(visible, str) or len(visible) != 18:
        return None
    return visible.replace("*", ".")


def _capped(key: pd.Series, limit: int) -> pd.Series:
    """The key, or NULL where more than `limit` records share it (a block too big to compare)."""
    counts = key.map(key.value_counts())
    return key.where(counts <= limit)


def frame(records: dict, settings: dict = SETTINGS) -> pd.DataFrame:
    """One row per record (dicts of COLUMNS, by id) with the precomputed comparison columns and a
    `block_<rule>` column per blocking rule."""
    df = pd.DataFrame.from_records(list(records.values()), columns=list(COLUMNS))
    df["id"] = df["id"].astype("int64")
    names = df["name"].where(df["name"].notna(), None)
    df["name_plain"] = names.map(_plain)
    han = df["name_script"] == "han"
    df["name_pinyin"] = df["name_plain"].where(han).map(lambda n: pinyin(n) if isinstance(n, str) else None)
    df["name_shape"] = df["name_plain"].where(han).map(_shape)
    df["name_long"] = df["name_plain"].where(han & (df["name_plain"].str.len() >= 4))
    status = df["id_status"]
    df["id_full"] = df["id_number"].where(df["id_number"].notna() & (df["id_number"].str.len() == 18))
    df["id_valid"] = df["id_number"].where(status.isin(VALID_ID_STATUSES))
    df["id_masked"] = df["id_visible"].where(status == "masked")
    df["id_pattern"] = df["id_masked"].map(_pattern)
    known = df["id_full"].fillna(df["id_masked"].where(df["id_masked"].str.len() == 18))
    df["id_prefix"] = df["id_full"].str.slice(0, 14)  # area + birth date: survives a typo in the sequence
    tail = known.str.slice(14, 18)
    df["id_tail"] = tail.where(~tail.str.contains("*", regex=False, na=True))
    df["id_area4"] = known.str.slice(0, 4)
    # +86 mainland, +852 Hong Kong, +1 …: a number of another region or kind is a move, not a clash
    phone = df["phone"]
    df["phone_region"] = phone.where(~phone.str.startswith("+86", na=False), "+86").str.slice(0, 4)
    bd = df["birth_date"]
    df["birth_full"] = bd.where(bd.str.len() == 10)
    df["birth_ym"] = bd.str.slice(0, 7).where(bd.str.len() >= 7)
    df["birth_year"] = pd.to_numeric(bd.str.slice(0, 4), errors="coerce").astype("Int64")
    df["graduation_year"] = pd.to_numeric(df["graduation_year"], errors="coerce").astype("Int64")
    for rule in settings["blocking"]:
        key = df[rule["columns"][0]].astype("string")
        for column in rule["columns"][1:]:
            key = key + "|" + df[column].astype("string")
        df[f"block_{rule['name']}"] = _capped(key, rule["max_block"])
    df = df.drop(columns=["name", "id_number", "id_status", "id_visible"])
    # typed text, so that a column no record fills is still text to DuckDB, not of type NULL
    text = [c for c in df.columns if c not in ("id", "birth_year", "graduation_year")]
    df[text] = df[text].astype("string")
    return df
