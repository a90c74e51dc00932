"""Score profile ↔ demand matching against a hand-labelled evaluation set (issue 6).

    python bench/match_eval.py                      # both splits and overall
    python bench/match_eval.py --split dev          # only the demands the owner may tune on
    python bench/match_eval.py --split all --out bench/results/match_eval.json
    python bench/match_eval.py --data bench/match_eval_holdout --split test   # another labelled set, same format

The set is in bench/match_eval/: 40 demands of Panzhihua employers (demands.jsonl), two rosters
(persons_consented.csv came from a form with both consent boxes, persons_no_consent.csv from a sheet
without any), and labels.json — per demand the persons an expert would shortlist (grade 2 ideal,
1 acceptable), the near-misses (education below a required minimum, no consent to be shared,
an unrelated field with a similar word) and the split. The labels were written by hand in
bench/match_eval/profiles.txt without looking at the matching code (build.py only adds identities).

A fresh registry is built in a temporary directory through the real CLI (ingest, dedupe, demand
import, match); then the `matches` table is read and scored:
- officers' view (every match): recall@20, precision@10, nDCG@10 (graded), averaged over demands;
- liaisons' view: the rows the `my_matches` canned query of datasette_metadata.json returns for the
  demand's enterprise (only persons whose share_with_enterprises consent is in force) — recall@20
  against the consented relevant persons, and every no-consent person shown is a violation;
- hard-filter violations: a person below a demand's *required* education minimum among its matches
  (the roster's 学历 read by the expert, and the registry's normalised 学历) — must be 0;
- near-misses: where each similar-word near-miss ranks (in top 10 / top 20).
Figures are printed and written as JSON. Nothing here changes the matching code or its settings.
"""
import argparse
import csv
import json
import math
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "match_eval"
ROSTERS = {"persons_consented.csv": ["--consent", "contact", "--consent", "share_with_enterprises"],
           "persons_no_consent.csv": []}
KEY_HEADERS = ("身份证号", "证件号码")
EDUCATION_HEADERS = ("最高学历", "学历")
# the expert's reading of the roster's 学历 (not ingest's): the hard filter is judged on it
EDUCATION_RANK = {"博士研究生": 5, "博士": 5, "PhD": 5, "MD": 5, "硕士研究生": 4, "硕士": 4, "研究生": 4,
                  "Master": 4, "本科": 3, "大学本科": 3, "Bachelor": 3, "大专": 2, "中专": 1, "高中": 1, "初中": 0}
DEMAND_EDUCATION = {"大专": 2, "本科": 3, "硕士": 4, "博士": 5}
REGISTRY_EDUCATION = {"博士研究生": 5, "硕士研究生": 4, "大学本科": 3, "大学专科": 2, "高中/中专": 1, "初中及以下": 0}


@dataclass
class DemandResult:
    ref: str
    code: str
    split: str
    position: str
    enterprise: str
    relevant: int
    recall_20: float
    precision_10: float
    precision_10_ceiling: float     # min(relevant, 10) / 10: a demand with 6 relevant persons tops out at 0.6
    ndcg_10: float
    liaison_relevant: int
    liaison_recall_20: float | None
    liaison_violations: list
    hard_filter_violations: list
    similar_word: list              # [{name, rank or None}]
    missed: list                    # relevant persons not in the officers' top 20, with why
    own_staff: int                  # relevant persons who work for the enterprise: never offered to it
    recall_20_offerable: float | None  # recall@20 over the relevant persons who are not its own staff
    top10: list                     # [(rank, name, relevant grade or 0, short profile)]
    shown: int = 0                  # rows of the demand in `matches` (top 20 + persons' own top demands)


def cli_command() -> list[str]:
    exe = shutil.which("pzh-talent")
    return [exe] if exe else [sys.executable, "-m", "pzh_talent.cli"]


def run_cli(args: list, db: Path) -> str:
    out = subprocess.run(cli_command() + [str(a) for a in args] + ["--db", str(db)], capture_output=True,
                         text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(f"pzh-talent {' '.join(map(str, args))} 失败：\n{out.stdout}\n{out.stderr}")
    return out.stdout


def read_roster(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        r["_key"] = next(r[h] for h in KEY_HEADERS if h in r)
        r["_education"] = next(r[h] for h in EDUCATION_HEADERS if h in r)
        r["_roster"] = path.name
    return rows


def build_registry(db: Path, timings: dict) -> dict:
    """The real CLI, step by step; returns the ingest summaries."""
    summaries = {}
    t = time.perf_counter()
    for name, extra in ROSTERS.items():
        summaries[name] = json.loads(run_cli(["ingest", DATA / name, *extra, "--json", "--quiet"], db))[0]
    timings["ingest"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    summaries["dedupe"] = run_cli(["dedupe", "--quiet"], db).strip()
    timings["dedupe"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    summaries["demand_import"] = run_cli(["demand", "import", DATA / "demands.jsonl"], db).strip()
    timings["demand_import"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    summaries["match"] = run_cli(["match"], db).strip()
    timings["match"] = round(time.perf_counter() - t, 2)
    return summaries


def ndcg(ranked_grades: list[int], all_grades: list[int], k: int = 10) -> float:
    def dcg(grades):
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades[:k]))
    ideal = dcg(sorted(all_grades, reverse=True))
    return dcg(ranked_grades) / ideal if ideal else 0.0


def register_view_functions(conn) -> None:
    """The SQL functions the views and the liaisons' query use, as Datasette's connections have them."""
    from pzh_talent.matching.match import liaison_reasons
    from pzh_talent.registry.db import register_functions

    register_functions(conn)
    conn.create_function("liaison_reasons", 1, liaison_reasons, deterministic=True)


def liaison_rows(conn, enterprise: str) -> list[dict]:
    """Exactly what a liaison of `enterprise` sees: the my_matches canned query."""
    meta = json.loads((ROOT / "datasette_metadata.json").read_text(encoding="utf-8"))
    sql = meta["databases"]["registry"]["queries"]["my_matches"]["sql"]
    cur = conn.execute(sql, {"_actor_enterprise": enterprise})
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def explain_miss(conn, demand_row: dict, person_id: int, settings: dict, top20_score: float | None) -> str:
    """Why a relevant person is not in the top 20, in the scoring code's own terms (diagnosis only:
    the labels never depend on it)."""
    from pzh_talent.matching.match import PERSON_COLUMNS, demand_terms, score_person
    from pzh_talent.matching.terms import same_employer

    row = conn.execute(f"SELECT {', '.join(PERSON_COLUMNS)} FROM persons WHERE id = ?", (person_id,)).fetchone()
    person = dict(zip(PERSON_COLUMNS, row))
    terms = demand_terms(demand_row, settings)
    result = score_person(person, demand_row, terms, settings)
    if result is None and same_employer(person.get("employer"), demand_row.get("enterprise")):
        return f"本单位职工（{person['employer']}）：不推荐给本单位（设计如此）"
    if result is None:
        need = demand_row.get("min_education")
        if need and demand_row.get("education_required") and (
                REGISTRY_EDUCATION.get(person.get("education") or "", -1) < DEMAND_EDUCATION[need]):
            return f"被硬性学历过滤（登记库学历：{person.get('education') or '未识别'}）"
        return "未入候选：专业/专长/职务等字段不含需求的任何词（含近义词）"
    score, reasons = result
    gap = f"，第 20 名 {top20_score:.1f}" if top20_score is not None else ""
    return f"得分 {score:.1f}{gap}（{'；'.join(reasons)}）"


def evaluate(conn, labels: dict, rosters: dict, splits: set) -> list[DemandResult]:
    from pzh_talent.matching.match import load_settings
    from pzh_talent.matching.terms import same_employer

    settings = load_settings()
    key_of = dict(conn.execute("SELECT id, id_number FROM persons WHERE n_records > 0"))
    id_of = {k: pid for pid, k in key_of.items()}
    name_to_key = {}
    for pid, name in conn.execute("SELECT id, name FROM persons WHERE n_records > 0"):
        name_to_key.setdefault(name, []).append(key_of[pid])
    education_of = dict(conn.execute("SELECT id, education FROM persons WHERE n_records > 0"))
    employer_of = dict(conn.execute("SELECT id, employer FROM persons WHERE n_records > 0"))
    cur = conn.execute("SELECT d.*, e.name AS enterprise FROM demands d JOIN enterprises e ON e.id = d.enterprise_id")
    cols = [c[0] for c in cur.description]
    demands = {r["ref"]: r for r in (dict(zip(cols, row)) for row in cur.fetchall())}
    matches: dict = {}
    for ref, pid, rank, score, reasons in conn.execute(
            "SELECT d.ref, m.person_id, m.rank, m.score, m.reasons FROM matches m JOIN demands d ON d.id = m.demand_id "
            "ORDER BY d.ref, m.rank"):
        matches.setdefault(ref, []).append((rank, key_of[pid], score, reasons))
    by_enterprise: dict = {}
    results = []
    for ref, label in labels["demands"].items():
        if label["split"] not in splits:
            continue
        d = demands[ref]
        rel = label["relevant"]
        ranked = matches.get(ref, [])
        top20 = [k for rank, k, _, _ in ranked if rank <= 20]
        top10 = [k for rank, k, _, _ in ranked if rank <= 10]
        grades = [rel.get(k, 0) for k in top10]
        # liaisons
        if d["enterprise"] not in by_enterprise:
            by_enterprise[d["enterprise"]] = liaison_rows(conn, d["enterprise"])
        shown = [r for r in by_enterprise[d["enterprise"]] if r["需求编号"] == ref]
        shown_keys = []
        for r in shown:
            keys = name_to_key.get(r["姓名"], [])
            assert len(keys) == 1, f"姓名“{r['姓名']}”在登记库中不唯一，无法对应人员"
            shown_keys.append(keys[0])
        consented_rel = {k: g for k, g in rel.items() if rosters[k]["_roster"] == "persons_consented.csv"}
        liaison_violations = [rosters[k]["姓名"] for k in shown_keys if rosters[k]["_roster"] != "persons_consented.csv"]
        # hard filter: required education minimum, on every row of the demand's matches
        hard = []
        need = DEMAND_EDUCATION.get(d["min_education"] or "") if d["education_required"] else None
        if need:
            for rank, k, _, _ in ranked:
                roster_rank = EDUCATION_RANK.get(rosters[k]["_education"], -1)
                registry_rank = REGISTRY_EDUCATION.get(education_of[id_of[k]] or "", -1)
                if roster_rank < need or registry_rank < need:
                    hard.append({"rank": rank, "name": rosters[k]["姓名"], "roster_education": rosters[k]["_education"],
                                 "registry_education": education_of[id_of[k]]})
        rank_of = {k: rank for rank, k, _, _ in ranked}
        similar = [{"name": rosters[n["key"]]["姓名"], "rank": rank_of.get(n["key"]),
                    "profile": profile(rosters[n["key"]])} for n in label["near_misses"] if n["type"] == "similar_word"]
        score20 = next((s for rank, _, s, _ in ranked if rank == 20), None)
        missed = []
        for k, g in sorted(rel.items(), key=lambda kv: -kv[1]):
            if k not in top20:
                missed.append({"name": rosters[k]["姓名"], "grade": g, "rank": rank_of.get(k), "profile": profile(rosters[k]),
                               "why": explain_miss(conn, d, id_of[k], settings, score20)})
        own = {k for k in rel if same_employer(employer_of[id_of[k]], d["enterprise"])}
        offerable = [k for k in rel if k not in own]
        results.append(DemandResult(
            ref=ref, code=label["code"], split=label["split"], position=d["position"], enterprise=d["enterprise"],
            relevant=len(rel), recall_20=sum(k in rel for k in top20) / len(rel),
            precision_10=sum(g > 0 for g in grades) / 10, precision_10_ceiling=min(len(rel), 10) / 10,
            ndcg_10=ndcg(grades, list(rel.values())), liaison_relevant=len(consented_rel),
            liaison_recall_20=(sum(k in consented_rel for k in shown_keys[:20]) / len(consented_rel)
                               if consented_rel else None),
            liaison_violations=liaison_violations, hard_filter_violations=hard, similar_word=similar, missed=missed,
            top10=[(rank, rosters[k]["姓名"], rel.get(k, 0), profile(rosters[k])) for rank, k, _, _ in ranked if rank <= 10],
            shown=len(ranked), own_staff=len(own),
            recall_20_offerable=sum(k in top20 for k in offerable) / len(offerable) if offerable else None))
    return results


def profile(row: dict) -> str:
    parts = [row.get("最高学历") or row.get("学历"), row.get("所学专业") or row.get("专业"),
             row.get("研究方向") or row.get("专长"), row.get("职务") or row.get("岗位"),
             row.get("职称") or row.get("专业技术职称")]
    return "/".join(p for p in parts if p)


def summarise(results: list[DemandResult]) -> dict:
    n = len(results)
    if not n:
        return {}
    liaison = [r.liaison_recall_20 for r in results if r.liaison_recall_20 is not None]
    offerable = [r.recall_20_offerable for r in results if r.recall_20_offerable is not None]
    return {
        "demands": n,
        "recall_at_20": round(sum(r.recall_20 for r in results) / n, 3),
        # an enterprise is never offered its own staff (issue 18); the labels predate that rule
        "relevant_own_staff": sum(r.own_staff for r in results),
        "recall_at_20_offerable": round(sum(offerable) / len(offerable), 3) if offerable else None,
        "precision_at_10": round(sum(r.precision_10 for r in results) / n, 3),
        "precision_at_10_ceiling": round(sum(r.precision_10_ceiling for r in results) / n, 3),
        "ndcg_at_10": round(sum(r.ndcg_10 for r in results) / n, 3),
        "liaison_recall_at_20": round(sum(liaison) / len(liaison), 3) if liaison else None,
        "liaison_violations": sum(len(r.liaison_violations) for r in results),
        "hard_filter_violations": sum(len(r.hard_filter_violations) for r in results),
        "similar_word_near_misses": sum(len(r.similar_word) for r in results),
        "similar_word_in_top10": sum(1 for r in results for s in r.similar_word if s["rank"] and s["rank"] <= 10),
        "similar_word_in_top20": sum(1 for r in results for s in r.similar_word if s["rank"] and s["rank"] <= 20),
        "demands_with_recall_below_0_9": sum(r.recall_20 < 0.9 for r in results),
    }


def print_table(results: list[DemandResult]):
    print(f"\n{'编号':<4} {'需求编号':<16} {'划分':<4} {'相关':>4} {'召回@20':>7} {'精确@10':>7} {'nDCG@10':>7} "
          f"{'联络员召回@20':>10} {'违规(联络员/硬性)':>12} {'近似词前10/20':>10}  岗位")
    for r in sorted(results, key=lambda r: r.code):
        sim10 = sum(1 for s in r.similar_word if s["rank"] and s["rank"] <= 10)
        sim20 = sum(1 for s in r.similar_word if s["rank"] and s["rank"] <= 20)
        lr = "—" if r.liaison_recall_20 is None else f"{r.liaison_recall_20:.2f}"
        print(f"{r.code:<4} {r.ref:<18} {r.split:<5} {r.relevant:>4} {r.recall_20:>8.2f} {r.precision_10:>8.2f} "
              f"{r.ndcg_10:>8.2f} {lr:>12} {len(r.liaison_violations):>8}/{len(r.hard_filter_violations):<8} "
              f"{sim10:>6}/{sim20:<5} {r.position}")


def print_summary(name: str, s: dict):
    if not s:
        return
    print(f"【{name}】{s['demands']} 个需求：召回@20 {s['recall_at_20']:.3f}（目标 ≥ 0.9），"
          f"精确@10 {s['precision_at_10']:.3f}（上限 {s['precision_at_10_ceiling']:.3f}），nDCG@10 {s['ndcg_at_10']:.3f}；"
          f"联络员视图召回@20 {s['liaison_recall_at_20']}，未授权者出现 {s['liaison_violations']} 次；"
          f"硬性学历违规 {s['hard_filter_violations']}（目标 0）；近似词干扰项进前 10 / 前 20："
          f"{s['similar_word_in_top10']} / {s['similar_word_in_top20']}（共 {s['similar_word_near_misses']} 个）；"
          f"召回 < 0.9 的需求 {s['demands_with_recall_below_0_9']} 个")


def print_details(results: list[DemandResult], worst: int):
    for r in sorted(results, key=lambda r: (r.recall_20, r.ndcg_10))[:worst]:
        print(f"\n— {r.code} {r.ref} {r.position}（{r.split}）召回@20 {r.recall_20:.2f}，nDCG@10 {r.ndcg_10:.2f}，"
              f"匹配 {r.shown} 条")
        for m in r.missed:
            where = f"第 {m['rank']} 名" if m["rank"] else "不在匹配结果中"
            print(f"   漏掉 [{m['grade']}] {m['name']}（{m['profile']}）：{where}；{m['why']}")
        for rank, name, grade, prof in r.top10:
            if not grade:
                print(f"   前 10 名中的无关者：第 {rank} 名 {name}（{prof}）")
        for s in r.similar_word:
            if s["rank"] and s["rank"] <= 20:
                print(f"   近似词干扰项：第 {s['rank']} 名 {s['name']}（{s['profile']}）")


def main():
    global DATA
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DATA),
                        help="评测集目录（demands.jsonl、两份名单 CSV、labels.json），默认 bench/match_eval")
    parser.add_argument("--split", choices=["dev", "test", "all"], default="all")
    parser.add_argument("--out", default=str(HERE / "results" / "match_eval.json"))
    parser.add_argument("--worst", type=int, default=8, help="每个划分列出最差的几个需求的明细")
    parser.add_argument("--keep", help="把评测用的登记库保留在这个目录（默认用完即删）")
    parser.add_argument("--first-pass-labels", action="store_true",
                        help="不用第二轮交叉复核补上的相关标注（labels.json 的 review_additions），便于对比")
    args = parser.parse_args()
    DATA = Path(args.data).resolve()
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()

    labels = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
    if args.first_pass_labels:
        for a in labels["review_additions"]:
            del labels["demands"][a["ref"]]["relevant"][a["key"]]
    roster_rows = {name: read_roster(DATA / name) for name in ROSTERS}
    rosters = {r["_key"]: r for rows in roster_rows.values() for r in rows}
    n_roster = sum(len(rows) for rows in roster_rows.values())
    assert len(rosters) == n_roster, "名单里有重复的身份证号"

    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="match_eval_"))
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "registry.db"
    if db.exists():
        db.unlink()
    timings: dict = {}
    try:
        summaries = build_registry(db, timings)
        checks = {}
        for name, rows in roster_rows.items():
            s = summaries[name]
            print(f"导入 {name}：读取 {s['rows_read']} 行，入库 {s['rows_stored']}，拒收 {s['rows_rejected']}，"
                  f"表头/备注 {s['rows_header'] + s['rows_remark']}，空行 {s['rows_blank']}，"
                  f"文件内重复 {s['rows_duplicate']}；列：" +
                  "，".join(f"{k}→{v or '忽略'}" for k, v in s["sheets"][0]["mapping"].items()))
            checks[f"{name}：全部入库"] = s["rows_stored"] == len(rows) and s["rows_rejected"] == 0
        print(summaries["dedupe"])
        print(summaries["demand_import"])
        print(summaries["match"])
        conn = sqlite3.connect(db)
        register_view_functions(conn)
        persons = conn.execute("SELECT count(*) FROM persons WHERE n_records > 0").fetchone()[0]
        merged = conn.execute("SELECT count(*) FROM persons WHERE n_records > 1").fetchone()[0]
        keys = {k for (k,) in conn.execute("SELECT id_number FROM persons WHERE n_records > 0")}
        checks["查重没有合并不同的人（人员数 = 名单行数）"] = persons == n_roster and merged == 0
        checks["每个名单键对应一个人员"] = keys == set(rosters)
        names = conn.execute("SELECT count(*), count(DISTINCT name) FROM persons WHERE n_records > 0").fetchone()
        checks["姓名唯一（联络员视图按姓名对应人员）"] = names[0] == names[1]
        demands_open = conn.execute("SELECT count(*) FROM demands WHERE status = 'open'").fetchone()[0]
        checks[f"{len(labels['demands'])} 个需求全部导入"] = demands_open == len(labels["demands"])
        # 学历 the registry could not read (e.g. MD): such a person cannot pass a required minimum
        unknown_edu = [k for (k,) in conn.execute(
            "SELECT id_number FROM persons WHERE n_records > 0 AND education IS NULL")]
        for check, ok in checks.items():
            print(f"{'✓' if ok else '✗'} {check}")

        splits = {"dev", "test"} if args.split == "all" else {args.split}
        results = evaluate(conn, labels, rosters, splits)
        conn.close()
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    total = round(time.perf_counter() - started, 1)

    print_table(results)
    summary = {}
    for name in (["dev", "test", "all"] if args.split == "all" else [args.split]):
        chosen = results if name == "all" else [r for r in results if r.split == name]
        summary[name] = summarise(chosen)
        print_summary({"dev": "开发集 dev", "test": "测试集 test", "all": "全部"}[name], summary[name])
    for name in sorted(splits):
        print(f"\n===== {name}：最差的 {args.worst} 个需求 =====")
        print_details([r for r in results if r.split == name], args.worst)
    print(f"\n用时 {total} 秒（导入 {timings['ingest']}，查重 {timings['dedupe']}，需求导入 {timings['demand_import']}，"
          f"匹配 {timings['match']}）；人员 {persons}，匹配 {sum(r.shown for r in results)} 条（所选需求）")

    result = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "seconds": {"total": total, **timings},
        "labels": "first pass only" if args.first_pass_labels else "first pass + cross-check review",
        "counts": {"roster_rows": n_roster, "persons": persons, "demands": len(labels["demands"]),
                   "labelled_persons": len(labels["labelled_persons"]),
                   "persons_without_recognised_education": len(unknown_edu),
                   "labelled_without_recognised_education": [rosters[k]["姓名"] + "（" + rosters[k]["_education"] + "）"
                                                             for k in unknown_edu if k in labels["labelled_persons"]]},
        "checks": checks,
        "summary": summary,
        "demands": [r.__dict__ for r in sorted(results, key=lambda r: r.code)],
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"结果已写入 {out}")
    if not all(checks.values()):
        sys.exit("有检查未通过（见上方 ✗），指标可能不可信")


if __name__ == "__main__":
    main()
