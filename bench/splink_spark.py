"""Our dedupe settings on Splink's Spark backend, once, at small scale (pyspark in local mode).

    pip install pyspark          # not a project dependency: needs a Java runtime
    python bench/splink_spark.py [--data bench/er_rosters/tune]

The same settings.json as the DuckDB engine: its blocking rules on the columns features.py
precomputes, its comparison levels (plain SQL; the string distances and regular expressions are
written {jaro_winkler} … and get Spark's names, engine.comparisons_for), its training steps. Our own steps after Splink's
(officers' calibration, constrained clustering) are left out: Splink's connected components at
p >= 0.5 cluster. Prints the timings and scores, and writes them to bench/results/splink_spark.json.
"""
import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def comparisons(settings: dict):
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl

    from pzh_talent.registry.dedupe.engine import comparisons_for

    out = []
    for c in comparisons_for(settings, "spark"):  # {jaro_winkler} … as Spark names them
        levels = []
        for lv in c["comparison_levels"]:
            if lv["sql_condition"] == "ELSE":
                level = cll.ElseLevel()
            else:
                level = cll.CustomLevel(lv["sql_condition"], lv["label_for_charts"])
            config = {k: lv[k] for k in ("m_probability", "u_probability") if k in lv}
            if lv.get("is_null_level"):
                config["is_null_level"] = True
            if lv.get("tf_adjustment_column"):
                config["tf_adjustment_column"] = lv["tf_adjustment_column"]
            levels.append(level.configure(**config) if config else level)
        out.append(cl.CustomComparison(output_column_name=c["output_column_name"], comparison_levels=levels,
                                       comparison_description=c["comparison_description"]))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(HERE / "er_rosters" / "tune"))
    parser.add_argument("--out", default=str(HERE / "results" / "splink_spark.json"))
    args = parser.parse_args()
    data = Path(args.data)

    from pyspark.sql import SparkSession
    from splink import Linker, SettingsCreator, SparkAPI, block_on
    from splink.backends.spark import similarity_jar_location

    from dedupe_rosters import truth_of
    from pzh_talent.ingest.load import load_file
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.dedupe.engine import _rule_sql
    from pzh_talent.registry.dedupe.evaluate import bcubed, pairwise
    from pzh_talent.registry.dedupe.features import SETTINGS, frame
    from pzh_talent.registry.dedupe.run import load_records

    result = {"data": str(data), "date": time.strftime("%Y-%m-%d %H:%M")}
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "r.db")
        for f in sorted(data.iterdir()):
            if f.name != "truth.json" and f.suffix.lower() in (".xlsx", ".csv"):
                load_file(conn, f)
        truth = truth_of(conn, data)
        df = frame(load_records(conn))
        conn.close()
    t0 = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").appName("pzh-talent-splink")
             .config("spark.sql.shuffle.partitions", "8").config("spark.driver.memory", "2g")
             .config("spark.jars", similarity_jar_location())  # Splink's string similarity UDFs
             .getOrCreate())
    spark.sparkContext.setCheckpointDir(tempfile.mkdtemp())
    result["spark_start_seconds"] = round(time.perf_counter() - t0, 1)
    pdf = df.astype({c: "object" for c in df.columns if str(df[c].dtype) == "string"})
    pdf = pdf.astype({"birth_year": "float64", "graduation_year": "float64"})
    sdf = spark.createDataFrame(pdf.where(pdf.notna(), None))
    db_api = SparkAPI(spark_session=spark)
    records = db_api.register(sdf, table_name="records")
    settings = SettingsCreator(
        link_type="dedupe_only", unique_id_column_name="id",
        probability_two_random_records_match=SETTINGS["training"]["prior_start"],
        blocking_rules_to_generate_predictions=[block_on(f"block_{r['name']}") for r in SETTINGS["blocking"]],
        comparisons=comparisons(SETTINGS))
    linker = Linker(records, settings)
    training = SETTINGS["training"]
    t = time.perf_counter()
    errors = []
    try:
        linker.training.estimate_probability_two_random_records_match(
            [_rule_sql(c) for c in training["prior_rules"]], recall=training["prior_recall"])
        linker.training.estimate_u_using_random_sampling(max_pairs=training["u_max_pairs"], seed=1)
        for session in training["em_sessions"]:
            try:
                linker.training.estimate_parameters_using_expectation_maximisation(
                    _rule_sql(session[0]), estimate_without_term_frequencies=True)
            except Exception as e:  # as on DuckDB: a session can fail on a level EM drives to 0
                errors.append(f"EM {session[0]}: {str(e)[:200]}")
        result["train_seconds"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        predictions = linker.inference.predict(threshold_match_probability=0.5)
        clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(predictions, 0.5)
        cluster_of = {int(r["id"]): r["cluster_id"] for r in clusters.as_spark_dataframe().collect()}
        result["predict_cluster_seconds"] = round(time.perf_counter() - t, 1)
        result["pairwise"] = pairwise(cluster_of, truth).as_dict()
        result["bcubed"] = bcubed(cluster_of, truth).as_dict()
    except Exception as e:
        errors.append(f"{type(e).__name__}: …{str(e)[-700:]}")
    result["errors"] = errors
    spark.stop()
    print(json.dumps(result, ensure_ascii=False, indent=1))
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
