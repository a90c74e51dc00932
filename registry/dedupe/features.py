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

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pzh_talent.ingest.fields import t2s
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


def _shape(name):
    return name.translate(_SHAPE) if isinstance(name, str) else None


def _pattern(visible):
    """510422********3265 -> 510422.{8}3265 (a regex a full number must match); None if not 18 long."""
    if not isinstance(visible, str) or len(visible) != 18:
        return None
    return visible.replace("*", ".")


def _capped(key: pd.Series, limit: int) -> pd.Series:
    """The key, or NULL where more than `limit` records share it (a block too big to compare)."""
    codes = pc.dictionary_encode(pa.array(key.array)).indices.fill_null(-1).to_numpy()  # -1: no key
    sizes = np.bincount(codes[codes >= 0]) if (codes >= 0).any() else np.zeros(0, np.int64)
    shared = np.where(codes >= 0, sizes[np.maximum(codes, 0)] if len(sizes) else 0, 0)
    return key.where(shared <= limit)


TEXT = "string[pyarrow]"  # held by Arrow, not as Python strings: a million records fit in a fraction


def text_column(values) -> pd.Series:
    try:  # straight to Arrow: five times faster than pandas converting a list of a million strings
        return pd.Series(pd.arrays.ArrowStringArray(pa.array(values, pa.string())))
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # a number where text was expected: pandas writes it out
        return pd.Series(values, dtype=TEXT)


def plain_text(df: pd.DataFrame) -> pd.DataFrame:
    """The columns that compare as written, made comparable (in place): the name without Yi-name
    dots and spaces (`name_plain`); employer, school and major in simplified characters."""
    # 華為 / 华为, 香港中文大學 / 香港中文大学: Hong Kong and Taiwan lists write traditional characters
    for c in ("employer", "school", "major"):
        written = df[c].dropna().unique().tolist()
        simple = {v: t2s().convert(v) for v in written if not v.isascii()}  # every distinct value, uncached
        if any(k != v for k, v in simple.items()):
            df[c] = text_column([simple.get(v, v) if isinstance(v, str) else None for v in df[c].tolist()])
    df["name_plain"] = df["name"].str.replace("·", "", regex=False).str.replace(" ", "", regex=False)
    df.loc[df["name_plain"] == "", "name_plain"] = None
    return df


def frame(records: dict, settings: dict = SETTINGS) -> pd.DataFrame:
    """One row per record (dicts of COLUMNS, by id) with the precomputed comparison columns and a
    `block_<rule>` column per blocking rule. Every text column is typed (a column no record fills
    is still text to DuckDB, not of type NULL) and held by Arrow (at a million records 40 columns
    of Python strings would take some 3 GB)."""
    rows = list(records.values())
    df = pd.DataFrame({"id": pd.Series([r["id"] for r in rows], dtype="int64")})
    for c in COLUMNS[1:]:
        if c != "graduation_year":
            df[c] = text_column([r.get(c) for r in rows])
    df["graduation_year"] = pd.to_numeric(pd.Series([r.get("graduation_year") for r in rows], dtype="object"),
                                          errors="coerce").astype("Int64")
    del rows
    plain_text(df)
    han = (df["name_script"] == "han").fillna(False)
    plain_han = df["name_plain"].where(han)
    distinct = {n: (pinyin(n), _shape(n)) for n in set(plain_han.dropna().tolist())}  # names repeat
    df["name_pinyin"] = text_column([distinct[n][0] if isinstance(n, str) else None for n in plain_han.tolist()])
    df["name_shape"] = text_column([distinct[n][1] if isinstance(n, str) else None for n in plain_han.tolist()])
    df["name_long"] = plain_han.where(plain_han.str.len() >= 4)
    status = df["id_status"]
    df["id_full"] = df["id_number"].where(df["id_number"].str.len() == 18)
    df["id_valid"] = df["id_number"].where(status.isin(VALID_ID_STATUSES).fillna(False))
    df["id_masked"] = df["id_visible"].where((status == "masked").fillna(False))
    df["id_pattern"] = text_column([_pattern(v) for v in df["id_masked"].tolist()])
    known = df["id_full"].fillna(df["id_masked"].where(df["id_masked"].str.len() == 18))
    df["id_prefix"] = df["id_full"].str.slice(0, 14)  # area + birth date: survives a typo in the sequence
    tail = known.str.slice(14, 18)
    df["id_tail"] = tail.where(~tail.str.contains("*", regex=False).fillna(True))
    df["id_area4"] = known.str.slice(0, 4)
    # +86 mainland, +852 Hong Kong, +1 …: a number of another region or kind is a move, not a clash
    phone = df["phone"]
    df["phone_region"] = phone.where(~phone.str.startswith("+86").fillna(False), "+86").str.slice(0, 4)
    bd = df["birth_date"]
    df["birth_full"] = bd.where(bd.str.len() == 10)
    df["birth_ym"] = bd.str.slice(0, 7).where(bd.str.len() >= 7)
    df["birth_year"] = pd.to_numeric(bd.str.slice(0, 4), errors="coerce").astype("Int64")
    for rule in settings["blocking"]:
        first = rule["columns"][0]
        key = df[first] if df[first].dtype == TEXT else df[first].astype("string").astype(TEXT)
        for column in rule["columns"][1:]:
            part = df[column] if df[column].dtype == TEXT else df[column].astype("string").astype(TEXT)
            key = key + "|" + part
        df[f"block_{rule['name']}"] = _capped(key, rule["max_block"])
    return df.drop(columns=["name", "id_number", "id_status", "id_visible"])
