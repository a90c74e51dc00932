"""Splink baseline for the dedupe benchmark: cluster `source_records` with Splink (DuckDB backend).

    python bench/splink_dedupe.py REGISTRY.db OUT.csv

Reads the registry read-only, trains a Fellegi-Sunter model with Splink (prior from deterministic
rules, u by random sampling, m by EM), scores the pairs proposed by blocking rules that mirror our
own, clusters them at a match-probability threshold, and writes OUT.csv (`id,cluster`, one row
per source record, singletons included). Prints one line of JSON with the timings, the number of
pairs scored and peak memory. Splink's logging (warnings only) goes to stderr.

    SPLINK_BLOCKING_ANALYSIS=1 python bench/splink_dedupe.py REGISTRY.db OUT.csv

also prints to stderr the exact number of pairs each blocking rule adds (not counted in "seconds").

Only the standard library, pandas, numpy, duckdb and splink are used: the benchmark runs this
as a child process, apart from the project's own code.
"""
import json
import logging
import os
import resource
import sqlite3
import sys
import tempfile
import time

import duckdb
import pandas as pd
import splink
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

COLUMNS = ("id, name, name_key, name_script, surname, given_name, gender, birth_date, birth_year, "
           "id_number, id_status, phone, email, employer, school, city")

# Pairs whose match probability reaches this are one person; connected components then joins them.
# Splink's usual 0.5 ("more likely a match than not"): on a 112k-record test registry pairwise F1
# was flat from 0.5 to 0.8 (0.986) and fell above 0.9 (0.984 at 0.9, 0.975 at 0.99), so there is
# nothing to gain by tuning it against the truth.
THRESHOLD = 0.5

# Our blocking skips blocks larger than these; Splink cannot, so the keys are nulled out in the
# data instead (a value shared by more records than this is no key at all).
MAX_BLOCK_NAME_KEY = 20
MAX_BLOCK_CITY = 50

# DuckDB limits: the benchmark machine has 2 cores and ~6 GB for this process.
THREADS = 2
MEMORY_LIMIT = "4GB"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def load_records(path: str) -> pd.DataFrame:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        df = pd.read_sql(f"SELECT {COLUMNS} FROM source_records", conn)
    finally:
        conn.close()
    return prepare(df)


def _capped(key: pd.Series, limit: int) -> pd.Series:
    """The key, or NULL where more than `limit` records share it (a block too big to compare)."""
    counts = key.map(key.value_counts())
    return key.where(counts <= limit)


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    """Derived columns that let Splink block and compare with plain equality."""
    df["birth_year"] = df["birth_year"].astype("Int64")
    df["name_plain"] = df["name"].str.replace("·", "", regex=False).str.replace(" ", "", regex=False)
    bd = df["birth_date"]
    df["birth_full"] = bd.where(bd.str.len() == 10)         # YYYY-MM-DD only
    df["birth_ym"] = bd.str.slice(0, 7).where(bd.str.len() >= 7)
    # Only checksum-valid IDs are treated as identifiers for the deterministic prior rule
    df["id_valid"] = df["id_number"].where(df["id_status"].isin(["valid", "converted_from_15"]))
    df["id_prefix"] = df["id_number"].str.slice(0, 14)       # area + birth date: survives a typo
    df["name_key_rare"] = _capped(df["name_key"], MAX_BLOCK_NAME_KEY)
    nk_city = df["name_key"] + "|" + df["city"]
    df["name_key_city"] = _capped(nk_city, MAX_BLOCK_CITY)
    df["name_key_school"] = _capped(df["name_key"] + "|" + df["school"], MAX_BLOCK_CITY)
    # A Yi name with and without its dot splits differently into surname/given name, so its
    # name_key differs: block on the characters themselves (long names are rare names)
    long_han = (df["name_script"] == "han") & (df["name_plain"].str.len() >= 4)
    df["name_long"] = _capped(df["name_plain"].where(long_han), MAX_BLOCK_NAME_KEY)
    return df


def blocking_rules():
    """Unioned rules for prediction, mirroring registry/dedupe/blocking.py."""
    return [
        block_on("id_number"),
        block_on("id_prefix", "surname"),
        block_on("phone"),
        block_on("email"),
        block_on("name_key", "birth_year"),
        block_on("surname", "birth_full"),
        block_on("name_key", "employer"),
        block_on("name_key_city"),      # name_key || city, capped
        block_on("name_key_school"),    # name_key || school, capped
        block_on("name_key_rare"),      # name_key alone, for names shared by ≤ 20 records
        block_on("name_long"),
    ]


def comparisons():
    name = cl.CustomComparison(
        output_column_name="name",
        comparison_levels=[
            cll.NullLevel("name_plain"),
            cll.ExactMatchLevel("name_plain", term_frequency_adjustments=True),
            # homophones (张伟/张玮) and romanised vs Chinese forms share the pinyin key
            cll.ExactMatchLevel("name_key", term_frequency_adjustments=True),
            # one character wrong (王/玉, 田/由 misread): DuckDB 2.x string distances count
            # characters, not bytes, so this is right on Chinese text
            cll.DamerauLevenshteinLevel("name_plain", 1),
            cll.ElseLevel(),
        ],
    )
    id_number = cl.CustomComparison(
        output_column_name="id_number",
        comparison_levels=[
            cll.NullLevel("id_number"),
            cll.ExactMatchLevel("id_number"),
            cll.DamerauLevenshteinLevel("id_number", 1),  # one typed digit wrong or swapped
            cll.ElseLevel(),
        ],
    )
    birth = cl.CustomComparison(
        output_column_name="birth_date",
        comparison_levels=[
            cll.NullLevel("birth_date"),
            cll.ExactMatchLevel("birth_date"),
            # 1990-05 agrees with 1990-05-17: one source knows only the month
            cll.CustomLevel('"birth_ym_l" = "birth_ym_r"', "same year-month"),
            cll.CustomLevel('damerau_levenshtein("birth_full_l", "birth_full_r") <= 1', "one typo"),
            cll.CustomLevel('substr("birth_date_l", 1, 4) = substr("birth_date_r", 1, 4)', "same year"),
            cll.ElseLevel(),
        ],
    )
    return [
        name,
        id_number,
        birth,
        cl.ExactMatch("gender"),
        cl.ExactMatch("phone"),
        cl.ExactMatch("email"),
        _text("employer"),
        _text("school"),
        cl.ExactMatch("city").configure(term_frequency_adjustments=True),
    ]


def _text(col: str):
    """Exact (frequency-adjusted), else one contains the other (攀钢 / 攀钢集团有限公司) or close."""
    return cl.CustomComparison(
        output_column_name=col,
        comparison_levels=[
            cll.NullLevel(col),
            cll.ExactMatchLevel(col, term_frequency_adjustments=True),
            cll.CustomLevel(f'contains("{col}_l", "{col}_r") OR contains("{col}_r", "{col}_l") '
                            f'OR jaro_winkler_similarity("{col}_l", "{col}_r") >= 0.8', "similar"),
            cll.ElseLevel(),
        ],
    )


def settings() -> SettingsCreator:
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="id",
        blocking_rules_to_generate_predictions=blocking_rules(),
        comparisons=comparisons(),
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


def duckdb_connection(tmp: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {THREADS}")
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    con.execute(f"SET temp_directory = '{tmp}'")  # spill to disk rather than fail
    con.execute("SET preserve_insertion_order = false")
    return con


def report_blocking(linker: Linker) -> None:
    """Pairs each rule adds (exact counts), to stderr: how we checked no rule explodes."""
    rows = linker.blocking_analysis.count_comparisons_from_blocking_rules(record_sample_proportion=1.0)
    for r in rows:
        log(f"  {r['marginal_comparison_count']:>12,} (+) {r['cumulative_comparison_count']:>12,}  "
            f"{r['blocking_rule']}")


def train(linker: Linker) -> list:
    # Prior: two valid IDs or the same phone and name are the same person; they miss roughly a
    # third of the true pairs (records without either), hence recall 0.7.
    linker.training.estimate_probability_two_random_records_match(
        [block_on("id_valid"), block_on("phone", "name_key")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=1)
    # EM on three blockings, so that every comparison is estimated by at least one: ID equality
    # (all but ID), phone equality (all but phone), name + birth year (all but name and birth;
    # written on birth_date so that Splink knows to leave the birth_date comparison out).
    failed = []
    sessions = [[block_on("id_number")], [block_on("phone"), block_on("email")],
                [block_on("name_key", "substr(birth_date, 1, 4)")]]
    for rules in sessions:
        for rule in rules:  # the first that works; the next one estimates nearly the same comparisons
            try:
                linker.training.estimate_parameters_using_expectation_maximisation(rule)
                break
            except ValueError as e:
                # Splink 5 refuses an m that EM drove to exactly 0 (a level no pair in that block
                # has, seen on small registries)
                log(f"EM session on {rule.get_blocking_rule('duckdb').blocking_rule_sql} failed: {e}")
                failed.append(rule.get_blocking_rule("duckdb").blocking_rule_sql)
    return failed


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    registry, out_csv = sys.argv[1], sys.argv[2]
    for name in ("splink", "duckdb"):
        logging.getLogger(name).setLevel(logging.WARNING)
    analyse = os.environ.get("SPLINK_BLOCKING_ANALYSIS") == "1"

    with tempfile.TemporaryDirectory(prefix="splink_dedupe_") as tmp:
        t0 = time.perf_counter()
        df = load_records(registry)
        db_api = DuckDBAPI(duckdb_connection(tmp))
        records = db_api.register(df, table_name="source_records")
        linker = Linker(records, settings(), log_level=logging.WARNING)
        analysis_seconds = 0.0
        if analyse:
            t = time.perf_counter()
            report_blocking(linker)
            analysis_seconds = time.perf_counter() - t

        t1 = time.perf_counter()
        em_failed = train(linker)
        t2 = time.perf_counter()
        # Materialise the blocked pairs first to count them; predict() reuses the cached table
        blocked = linker.inference.compute_blocked_pairs_for_predict()
        # (DuckDB 2: fetch every row, or the connection stays busy with an unfinished result)
        con = db_api.duckdb_con
        candidate_pairs = con.execute(f"SELECT count(*) FROM {blocked.physical_name}").fetchall()[0][0]
        predictions = linker.inference.predict(threshold_match_probability=THRESHOLD, warning_mode="never")
        t3 = time.perf_counter()
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
            predictions, threshold_match_probability=THRESHOLD)
        result = con.execute(
            f"SELECT id, cluster_id AS cluster FROM {clusters.physical_name} ORDER BY id").df()
        t4 = time.perf_counter()

    if len(result) != len(df):
        sys.exit(f"clustering returned {len(result)} rows for {len(df)} records")
    result.to_csv(out_csv, index=False)
    print(json.dumps({
        "seconds": round(t4 - t0 - analysis_seconds, 2),
        "train_seconds": round(t2 - t1, 2),
        "predict_seconds": round(t3 - t2, 2),
        "cluster_seconds": round(t4 - t3, 2),
        "candidate_pairs": int(candidate_pairs),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "threshold": THRESHOLD,
        "splink_version": splink.__version__,
        "em_sessions_failed": em_failed,
    }))


if __name__ == "__main__":
    main()
