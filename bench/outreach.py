"""Outreach at scale: a segment of ~200k members chosen, suppressed and exported for mail merge.

    python bench/outreach.py                  # on the 1M registry bench/datasette_pages.py prepared
    python bench/outreach.py --db registry.db --where "学历 IN ('大学本科', '硕士研究生')"

Contact consent is granted in bulk first (not timed: it stands for consent boxes on the rosters).
Timed: creating the campaign (segment, suppression with reasons, snapshot) and writing the XLSX and
the CSV. Figures are printed and written to bench/results/outreach.json. Goal: ≤ 30 s for segment
and export of 200k members on 2 cores.
"""
import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DB = HERE / "out" / "datasette_bench" / "registry.db"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--where", default="学历 IN ('大学本科', '硕士研究生')")
    parser.add_argument("--work", default=str(HERE / "out"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from pzh_talent.outreach.campaigns import create_campaign
    from pzh_talent.outreach.export import export_campaign
    from pzh_talent.registry.db import connect
    from pzh_talent.registry.schema import now

    conn = connect(args.db)
    if not conn.execute("SELECT 1 FROM consents LIMIT 1").fetchone():
        t = time.perf_counter()
        with conn:
            conn.execute("INSERT INTO consents (person_id, purpose, status, source, at) SELECT id, 'contact', "
                         "'granted', 'bench', ? FROM persons WHERE n_records > 0", (now(),))
        print(f"consent granted in bulk in {time.perf_counter() - t:.1f} s (not timed)", flush=True)
    # earlier runs of this benchmark leave nothing behind: each run starts from the same registry
    earlier = "SELECT id FROM campaigns WHERE name LIKE '基准测试：%'"
    with conn:
        conn.execute(f"DELETE FROM member_status_history WHERE member_id IN (SELECT id FROM campaign_members "
                     f"WHERE campaign_id IN ({earlier}))")
        conn.execute(f"DELETE FROM campaign_members WHERE campaign_id IN ({earlier})")
        conn.execute(f"DELETE FROM exports WHERE campaign_id IN ({earlier})")
        conn.execute(f"DELETE FROM campaigns WHERE id IN ({earlier})")

    result = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
              "date": time.strftime("%Y-%m-%d %H:%M"), "where": args.where}
    t0 = time.perf_counter()
    s = create_campaign(conn, "基准测试：春节返乡座谈会", "email", where=args.where, actor="bench")
    t1 = time.perf_counter()
    work = Path(args.work)
    rows, _ = export_campaign(conn, s.campaign_id, "xlsx", work / "outreach_bench.xlsx", actor="bench")
    t2 = time.perf_counter()
    export_campaign(conn, s.campaign_id, "csv", work / "outreach_bench.csv", actor="bench")
    t3 = time.perf_counter()
    result.update(members=s.members, contactable=s.contactable, suppressed=s.suppressed, rows_exported=rows,
                  segment_seconds=round(t1 - t0, 1), xlsx_seconds=round(t2 - t1, 1), csv_seconds=round(t3 - t2, 1),
                  segment_and_xlsx_seconds=round(t2 - t0, 1),
                  peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    out = HERE / "results" / "outreach.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
