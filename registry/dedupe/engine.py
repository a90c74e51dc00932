"""Splink as the engine: blocking, comparisons, training and prediction on DuckDB.

The settings are data (settings.json); the columns they compare are precomputed (features.py).
SQLite stays the system of record: each run copies the records it needs into an in-memory DuckDB,
which Splink works in and which is thrown away after. A trained model is Splink's own JSON
(`save_model_to_json`), stored with the run, so an incremental run predicts with it unchanged.

The steps, as Splink names them:
1. blocking: the `blocking` rules of settings.json, on the capped keys features.py made;
2. comparisons: the `comparisons` of settings.json, levels best first, labels in Chinese;
3. training: the prior from deterministic rules, u from random pairs, m by EM on each blocking
   session, then m again from officers' decisions (their labels), where there are any;
4. prediction: every blocked pair's match weight, and per comparison its level and weight, for
   the review page's waterfall.
"""
import copy
from collections.abc import Sequence
import logging
import math
import os
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .features import SETTINGS, frame

THREADS = min(2, os.cpu_count() or 1)
MEMORY_LIMIT = "2GB"   # beside the records (≈2 GB at a million): the whole run under 6 GB


# functions Splink's dialects do not name for us
_REGEXP_MATCHES = {"duckdb": "regexp_matches", "spark": "regexp_like"}
# Spark has no Hamming distance; settings.json only asks it of strings of one length, where a
# Levenshtein distance of 1 or 2 is what a Hamming distance of 1 or 2 would say of one typo
_HAMMING = {"duckdb": "hamming", "spark": "levenshtein"}


def comparisons_for(settings: dict = SETTINGS, dialect: str = "duckdb") -> list[dict]:
    """settings.json's comparisons with each backend's names for its functions put in."""
    from splink.internals.dialects import SplinkDialect

    d = SplinkDialect.from_string(dialect)
    names = {"jaro_winkler": d.jaro_winkler_function_name, "levenshtein": d.levenshtein_function_name,
             "damerau_levenshtein": d.damerau_levenshtein_function_name, "regexp_matches": _REGEXP_MATCHES[dialect],
             "hamming": _HAMMING[dialect]}
    out = copy.deepcopy(settings["comparisons"])
    for c in out:
        for lv in c["comparison_levels"]:
            lv["sql_condition"] = lv["sql_condition"].format(**names)
    return out


def splink_settings(settings: dict = SETTINGS, dialect: str = "duckdb") -> dict:
    """The Splink settings dict for our settings.json."""
    return {
        "link_type": "dedupe_only",
        "probability_two_random_records_match": settings["training"]["prior_start"],
        "unique_id_column_name": "id",
        "blocking_rules_to_generate_predictions": [
            {"blocking_rule": _rule_sql([f"block_{r['name']}"])} for r in settings["blocking"]],
        "comparisons": comparisons_for(settings, dialect),
        "retain_matching_columns": False,
        "additional_columns_to_retain": [],
    }


def _quiet():
    for name in ("splink", "duckdb"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _duckdb():
    import tempfile

    import duckdb

    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {THREADS}")
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    con.execute(f"SET temp_directory = '{tempfile.gettempdir()}/pzh_talent_duckdb'")  # spill, rather than fail
    con.execute("SET preserve_insertion_order = false")
    return con


def _rule_sql(columns: list[str]) -> str:
    """A blocking rule on plain column names, in SQL that DuckDB and Spark read alike."""
    return " AND ".join(f"l.{c} = r.{c}" for c in columns)


@dataclass
class Prediction:
    """Blocked pairs and their match weights (log2 odds of one person), plus the trained model."""
    left: np.ndarray
    right: np.ndarray
    weights: np.ndarray
    model: dict                       # Splink's model JSON
    explanations: dict = field(default_factory=dict)  # (a, b) -> [(comparison label, level label, weight)]
    calibration: float = 0.0   # bits added to every weight of the model's (decision.calibrate)
    threshold: float = 0.0            # pairs weighing more are joined, decision.join_threshold
    labels: int = 0                   # officers' decisions the model was trained with

    def scored(self, above: float | None = None) -> list:
        """[((a, b), weight)], all pairs or those weighing more than `above`."""
        keep = slice(None) if above is None else self.weights > above
        return list(zip(zip(self.left[keep].tolist(), self.right[keep].tolist()), self.weights[keep].tolist()))


class Engine:
    """One run's Splink linker over the records given."""

    def __init__(self, df: pd.DataFrame, model: dict | None = None, settings: dict = SETTINGS,
                 term_frequencies: dict | None = None):
        """`df`: the records' frame (features.frame)."""
        import pyarrow as pa
        from splink import DuckDBAPI

        _quiet()
        self.settings = settings
        self.con = _duckdb()
        self.db_api = DuckDBAPI(self.con)
        # DuckDB reads the Arrow table in place
        data = pa.Table.from_pandas(df, preserve_index=False)
        self.n = data.num_rows
        self.table = self.db_api.register(data, table_name="records")
        self.term_frequencies = {column: self.db_api.register(lookup, table_name=f"tf_lookup_{column}")
                                 for column, lookup in (term_frequencies or {}).items()}
        self.linker = self._linker(model if model is not None else splink_settings(settings))

    def _linker(self, settings: dict, retain: bool = False):
        """A linker on the records; `retain`: keep each comparison's level and weight (the waterfall),
        which at a million records' pairs costs a quarter of the prediction time: so only for the
        pairs explained."""
        from splink import Linker

        settings = {**copy.deepcopy(settings), "retain_intermediate_calculation_columns": retain}
        linker = Linker(self.table, settings, validate_settings=False, log_level=logging.ERROR)
        for column, lookup in self.term_frequencies.items():
            linker.table_management.register_term_frequency_lookup(lookup, column)
        return linker

    def train(self, labels: Sequence[tuple[int, int, float]] = ()) -> list[str]:
        """Estimate the prior, u and m; `labels`: officers' decisions (a, b, 1.0 same / 0.0 not)."""
        training = self.settings["training"]
        n = self.n
        t = self.linker.training
        if n < training["min_records"]:  # too few to learn from: the settings' values and prior, and
            # no term frequencies (in three records, a name all three share is not a common name)
            model = self.model_json()
            for c in model["comparisons"]:
                for lv in c["comparison_levels"]:
                    lv.pop("tf_adjustment_column", None)
                    lv.pop("tf_adjustment_weight", None)
            self.linker = self._linker(model)
            self._floor()
            return []
        rules = [_rule_sql(cols) for cols in training["prior_rules"]]
        try:
            t.estimate_probability_two_random_records_match(rules, recall=training["prior_recall"])
        except ValueError:  # the rules find more than that recall allows: take them as all there are
            t.estimate_probability_two_random_records_match(rules, recall=1.0)
        max_pairs = min(training["u_max_pairs"], max(1, n * (n - 1) // 2))
        t.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=1)
        failed = []
        for session in training["em_sessions"]:
            for columns in session:  # the first rule that trains; the next estimates nearly the same
                sql = _rule_sql(columns)
                before = self.model_json()
                try:
                    # a sample of each session's pairs is enough to estimate m (it is what EM
                    # converges on), and keeps a million-record registry's training in seconds
                    t.estimate_parameters_using_expectation_maximisation(
                        sql, estimate_without_term_frequencies=True, max_pairs=training["em_max_pairs"])
                    break
                except Exception as e:  # Splink refuses a session with no pairs, or an m EM drove to 0
                    failed.append(f"{sql}: {str(e)[:120]}")
                    # a failed session can leave the linker without the comparisons it set aside
                    self.linker = self._linker(before)
                    t = self.linker.training
        self._floor()
        for _ in range(training["refine_rounds"]):
            self._refine_m()
        # Splink takes every labelled pair as a match (its clerical_match_score is not read): m
        # from the pairs officers called one person; their 不是同一人 calibrates and constrains
        same = [(a, b, score) for a, b, score in labels if score >= 1.0]
        if same:
            table = pd.DataFrame(same, columns=["id_l", "id_r", "clerical_match_score"])
            registered = self.linker.table_management.register_labels_table(
                self.db_api.register(table, table_name="officer_labels"))
            t.estimate_m_from_pairwise_labels(registered)
            self._floor()
        return failed

    def _refine_m(self):
        """m once more, from the pairs prediction will score: each level's share of the pairs'
        match probabilities (an EM step over the blocked pairs, u and the prior kept). Each EM
        session sees only pairs that agree on its blocking columns, and there the other fields
        agree more than they do across all of a person's records (one school, so one roster
        kind, so one city): the session's m for a disagreement comes out too small. A sample
        of at most `refine_max_pairs` blocked pairs, chosen by a hash of the pair: the same every run."""
        training = self.settings["training"]
        records = self.table.physical_name
        keys = [f"block_{rule['name']}" for rule in self.settings["blocking"]]
        # every k-th pair by its hash, k from what the blocks hold (pairs two rules find count twice)
        pairs = sum(self.con.execute(f"SELECT coalesce(sum(n * (n - 1) // 2), 0) FROM (SELECT count(*) AS n FROM "
                                     f"{records} WHERE {key} IS NOT NULL GROUP BY {key})").fetchone()[0] for key in keys)
        if not pairs:
            return
        every = max(1, math.ceil(pairs / training["refine_max_pairs"]))
        union = " UNION ".join(f"SELECT l.id AS a, r.id AS b FROM {records} l JOIN {records} r ON l.{key} = r.{key} "
                               f"AND l.id < r.id AND hash(l.id, r.id) % {every} = 0" for key in keys)
        self.con.execute(f"CREATE OR REPLACE TABLE refine_sample AS SELECT '0' AS match_key, a AS join_key_l, "
                         f"b AS join_key_r FROM ({union})")
        model = self.model_json()
        scored = self._score_pairs("refine_sample", model)
        for c in model["comparisons"]:
            levels = [lv for lv in c["comparison_levels"] if not lv.get("is_null_level")]
            # Splink keeps each comparison's weight, not its level: the level is the one of that
            # weight (a missing value weighs exactly 0)
            cases = " ".join(f"WHEN abs(w - {math.log2(lv['m_probability'] / lv['u_probability'])!r}) < 1e-9 "
                             f"THEN {i}" for i, lv in enumerate(levels))
            share = dict(self.con.execute(
                f"SELECT level, sum(match_probability) FROM (SELECT CASE WHEN w = 0 THEN NULL {cases} END AS level, "
                f"match_probability FROM (SELECT mw_{c['output_column_name']} AS w, match_probability FROM {scored})) "
                f"WHERE level IS NOT NULL GROUP BY level").fetchall())
            total = sum(share.values())
            if total > 0:
                for i, lv in enumerate(levels):
                    lv["m_probability"] = max(share.get(i, 0.0) / total, 1e-12)
        self.linker = self._linker(model)
        self._floor()

    def _floor(self):
        """No level impossible: m and u of every level at least the settings' floors, then the
        levels of each comparison summing to one again (the linker is rebuilt on the result)."""
        training = self.settings["training"]
        model = self.model_json()
        prior = model.get("probability_two_random_records_match") or 1e-4
        model["probability_two_random_records_match"] = min(0.5, max(1e-9, prior))
        for c in model["comparisons"]:
            levels = [lv for lv in c["comparison_levels"] if not lv.get("is_null_level")]
            for key, floor in (("m_probability", training["m_floor"]), ("u_probability", training["u_floor"])):
                values = [max(floor, lv.get(key) or floor) for lv in levels]
                total = sum(values)
                for lv, v in zip(levels, values):
                    lv[key] = v / total
        self.linker = self._linker(model)

    def model_json(self) -> dict:
        return self.linker.misc.save_model_to_json()

    def predict(self) -> Prediction:
        """Every blocked pair's match weight (their waterfalls with explain())."""
        result = self.linker.inference.predict(warning_mode="never")
        self.predictions = result.physical_name
        table = self.con.sql(f"SELECT id_l, id_r, match_weight FROM {self.predictions}").to_arrow_table()
        left = table.column("id_l").to_numpy().astype(np.int64)
        right = table.column("id_r").to_numpy().astype(np.int64)
        swap = left > right
        left, right = np.where(swap, right, left), np.where(swap, left, right)
        weights = table.column("match_weight").to_numpy(zero_copy_only=False).astype(np.float64)
        return Prediction(left, right, weights, self.model_json())

    def explain(self, lo: float, hi: float) -> dict:
        """The waterfall of every predicted pair whose match weight lies between lo and hi: those
        pairs scored again by the same model, keeping what each comparison contributed."""
        self.con.execute(f"CREATE OR REPLACE TABLE explain_pairs AS SELECT '0' AS match_key, id_l AS join_key_l, "
                         f"id_r AS join_key_r FROM {self.predictions} WHERE match_weight > {lo} AND match_weight < {hi}")
        model = self.model_json()
        return self._explain(self._score_pairs("explain_pairs", model), model)

    def _score_pairs(self, pairs: str, model: dict) -> str:
        """The table of the pairs in table `pairs` (match_key, join_key_l, join_key_r) scored by
        `model`, each comparison's weight kept (Splink's register_blocked_pairs_for_predict)."""
        from splink.internals.chunking import _blocked_pairs_cache_key

        linker = self._linker(model, retain=True)
        linker.table_management.register_blocked_pairs_for_predict(self.db_api.register(pairs))
        try:
            return linker.inference.predict(warning_mode="never").physical_name
        finally:
            # the registration is in the cache every linker on this connection shares: left
            # there, the next prediction would score these pairs instead of blocking its own
            self.db_api._intermediate_table_cache.data.pop(_blocked_pairs_cache_key(), None)

    def _explain(self, table: str, model: dict) -> dict:
        """(a, b) -> [(field label, level label, weight)]: the waterfall of each pair. Splink keeps
        each comparison's weight (mw_…), not its level: the level is the one with that weight."""
        comparisons = model["comparisons"]
        columns = ["id_l", "id_r"]
        for c in comparisons:
            out = c["output_column_name"]
            columns.append(f"mw_{out}")
            columns.append(f"mw_tf_adj_{out}" if _has_tf(c) else "0.0")
        rows = self.con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        by_weight = [_levels_by_weight(c) for c in comparisons]
        # (a saved model keeps the levels' labels, not the comparisons' descriptions)
        described = {c["output_column_name"]: c["comparison_description"] for c in self.settings["comparisons"]}
        out = {}
        for row in rows:
            a, b = sorted(row[:2])
            steps = []
            for k, c in enumerate(comparisons):
                weight, tf = row[2 + 2 * k] or 0.0, row[3 + 2 * k] or 0.0
                label = _nearest(by_weight[k], weight)
                if label is None:
                    continue  # a value missing on one side says nothing
                steps.append((described[c["output_column_name"]], label, round(weight + tf, 2)))
            out[(a, b)] = steps
        return out

    def close(self):
        self.con.close()


def compare(a: dict, b: dict, settings: dict = SETTINGS) -> dict[str, str | None]:
    """{comparison: the Chinese label of its level, or None when a value is missing} for two
    records (dicts of source_records columns), by the same SQL the Splink model runs."""
    import duckdb

    df = frame({1: {**a, "id": 1}, 2: {**b, "id": 2}}, settings)
    con = duckdb.connect(":memory:")
    try:
        con.register("records", df)
        pair = ", ".join(f'l."{c}" AS "{c}_l", r."{c}" AS "{c}_r"' for c in df.columns)
        cases = []
        for c in comparisons_for(settings):
            whens = " ".join(f"WHEN {lv['sql_condition']} THEN " +
                             ("NULL" if lv.get("is_null_level") else "'" + lv["label_for_charts"] + "'")
                             for lv in c["comparison_levels"] if lv["sql_condition"] != "ELSE")
            otherwise = next(lv["label_for_charts"] for lv in c["comparison_levels"] if lv["sql_condition"] == "ELSE")
            cases.append(f"CASE {whens} ELSE '{otherwise}' END AS \"{c['output_column_name']}\"")
        sql = (f"SELECT {', '.join(cases)} FROM (SELECT {pair} FROM records l, records r "
               f"WHERE l.id = 1 AND r.id = 2)")
        row = con.execute(sql).fetchone()
        assert row is not None  # one pair of records in, one row out
        return dict(zip([c["output_column_name"] for c in settings["comparisons"]], row))
    finally:
        con.close()


def _has_tf(comparison: dict) -> bool:
    return any(lv.get("tf_adjustment_column") for lv in comparison["comparison_levels"])


def _levels_by_weight(comparison: dict) -> list[tuple[float, str | None]]:
    """[(weight, label)] of a trained comparison's levels; the null level weighs 0 and has no label."""
    out: list[tuple[float, str | None]] = []
    for lv in comparison["comparison_levels"]:
        if lv.get("is_null_level"):
            out.append((0.0, None))
        elif lv.get("m_probability") and lv.get("u_probability"):
            out.append((math.log2(lv["m_probability"] / lv["u_probability"]), lv["label_for_charts"]))
    return out


def _nearest(levels: list[tuple[float, str | None]], weight: float) -> str | None:
    return min(levels, key=lambda wl: abs(wl[0] - weight))[1] if levels else None


def probability_weight(p: float) -> float:
    """A match probability as a match weight (log2 odds)."""
    return math.log2(p / (1 - p))


def fits(model: dict | None, settings: dict = SETTINGS) -> bool:
    """Whether a saved model has these settings' comparisons and levels (an older one is retrained)."""
    if not isinstance(model, dict) or "comparisons" not in model:
        return False
    shape = lambda cs: [(c["output_column_name"], [lv["sql_condition"] for lv in c["comparison_levels"]])  # noqa: E731
                        for c in cs]
    return shape(model["comparisons"]) == shape(comparisons_for(settings))


def term_frequencies(df: pd.DataFrame, person, settings: dict = SETTINGS) -> dict:
    """{column: DataFrame(column, tf_column)} over the records of `df` (the whole registry; frame
    columns, `surname` and `name_script` among them), `person`: each record's person. For each
    value, the share of records that carry it and belong to someone else. Splink's own count takes every record with the value, the pair's
    own records and the person's duplicates too: a name on two records of one person would count as
    a name two people share, and every such pair comes out under-confident. Records of one person
    are those the last run put together; records not yet placed are one person where they share a
    name and an ID, phone, mailbox or birth month (provisional_persons), else each its own. At least
    one other record is assumed, for a value we have seen only on this person."""
    wanted = {lv["tf_adjustment_column"] for c in settings["comparisons"] for lv in c["comparison_levels"]
              if lv.get("tf_adjustment_column")}
    total = max(len(df), 1)
    person = provisional_persons(df, person)
    out = {}
    for column in sorted(wanted):
        values = pd.DataFrame({"v": df[column].reset_index(drop=True), "p": person})  # (Arrow strings stay)
        values = values[values["v"].notna() & (values["v"] != "")]
        counts = values.groupby("v", sort=False)["p"].agg(["size", "nunique"])
        k, j = counts["size"].to_numpy(np.float64), counts["nunique"].to_numpy(np.float64)
        # records of others = all records less the person's own (k / j of them, on average)
        others = k - k / j
        tf = np.maximum(others, 1) / total
        if column == "name_plain":
            # a name at most one other record has (or none: the registry is too small to tell a
            # rare name from a very rare one): as common as its surname and given name make it
            unseen = others <= 1
            estimate = _name_shares(df, person).reindex(counts.index[unseen]).to_numpy(np.float64)
            floor = settings["training"]["unseen_name_floor"] / total
            tf[unseen] = np.where(np.isnan(estimate), tf[unseen], np.maximum(estimate, floor))
        out[column] = pd.DataFrame({column: counts.index.to_numpy(), f"tf_{column}": tf})
    return out


def provisional_persons(df: pd.DataFrame, person, keys=("id_valid", "phone", "email", "birth_ym")) -> np.ndarray:
    """`person`, with the records no run has placed yet (a negative person) that give one name
    and one valid ID, phone, mailbox or birth year-month taken as one person: for counting only (a
    person on three rosters carries a name once, not three times). Keys the frame lacks are
    left out; without the name, nothing is joined."""
    person = np.asarray(person).copy()
    loose = person < 0
    keys = [k for k in keys if k in df]
    if not loose.any() or "name_plain" not in df or not keys:
        return person
    name = pd.factorize(df["name_plain"])[0].astype(np.int64)  # (-1: no name)
    groups = []  # (records, their group by (name, value)) per key
    for key in keys:
        value = pd.factorize(df[key])[0]
        at = np.flatnonzero(loose & (name >= 0) & (value >= 0))
        if len(at):
            groups.append((at, pd.factorize(name[at] * (int(value.max()) + 1) + value[at])[0]))
    label = np.arange(len(df))
    while True:  # each record takes the smallest label of its groups, until none changes
        before = label.copy()
        for at, group in groups:
            smallest = np.full(group.max() + 1, len(df))
            np.minimum.at(smallest, group, label[at])
            label[at] = smallest[group]
        label = label[label]  # (a label never exceeds its record: follow it to its own)
        if (label == before).all():
            break
    person[loose] = -1 - label[loose]
    return person


def _name_shares(df: pd.DataFrame, person) -> pd.Series:
    """Han name -> its surname's share of people's Han names times its given name's share: how
    common a name would be if surnames and given names were chosen apart (they nearly are). Each
    person's name counts once, however many records repeat it."""
    han = (df["name_script"] == "han").fillna(False).to_numpy() & df["surname"].notna().to_numpy() \
        & df["name_plain"].notna().to_numpy()
    people = pd.DataFrame({"person": np.asarray(person)[han], "name": df["name_plain"][han].reset_index(drop=True),
                           "surname": df["surname"][han].reset_index(drop=True)}).drop_duplicates(["person", "name"])
    names = people.drop_duplicates("name")  # (a name's surname is the same on all its records)
    given_of = {n: n[len(s):] for n, s in zip(names["name"].tolist(), names["surname"].tolist())
                if n.startswith(s) and len(n) > len(s)}
    if not given_of:
        return pd.Series(dtype=np.float64)
    people = people.assign(given=people["name"].map(given_of)).dropna(subset=["given"])
    surname_share = people["surname"].value_counts(normalize=True).to_dict()
    given_share = people["given"].value_counts(normalize=True).to_dict()
    surname_of = dict(zip(names["name"].tolist(), names["surname"].tolist()))
    return pd.Series({n: surname_share[surname_of[n]] * given_share[g] for n, g in given_of.items()},
                     dtype=np.float64)
