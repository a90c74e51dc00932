"""Writes README.md from the counts of a run, so that the numbers in it are always those of the files."""

ABOUT = {
    "platform": "talent-code platform export (人才码): everyone registered with a resident ID",
    "alumni": "a university's list of its Panzhihua-origin graduates",
    "highschool": "a Panzhihua high school's list of former pupils working elsewhere, gathered by teachers",
    "county": "a county office's register of its people working elsewhere, from household records",
    "jobfair": "a job fair's sign-in sheet, typed in by volunteers",
    "expert": "the expert database for reviewing talent programmes, filled in by the experts",
    "hk": "a Hong Kong association's member roll, in traditional characters",
    "overseas": "an overseas association's member list, in English",
}
BIRTH = {"iso": "1990-03-15", "dot_ym": "1990.03 (year and month only)", "dash_ym": "1990-03 (year and month only)",
         "slash": "1990/3/15", "excel": "an Excel date cell", "cn_ym": "1990年3月 (year and month only)",
         "ym6": "199003 as a number (year and month only)", "cn_full": "1990年03月15日", "compact": "19900315",
         "dmy": "15/03/1990 (day first)"}
ENC = {"utf-8-sig": "CSV, UTF-8 with BOM", "utf-8": "CSV, UTF-8 without BOM", "gbk": "CSV, GBK"}


def label(key):
    if key.startswith("birth date written "):
        return "birth date written " + BIRTH[key[len("birth date written "):]]
    return key


def structure(cfg):
    """Conventions of the files themselves (not of the values in them)."""
    out = set()
    for s in cfg["sources"]:
        out.add("file: " + (ENC[s["encoding"]] if s["fmt"] == "csv" else "XLSX"))
        n = len(s.get("title", []))
        if n:
            out.add("file: %d title row%s above the header" % (n, "s" if n > 1 else ""))
        if s["kind"] == "county" and s["fmt"] == "xlsx":
            out.add("file: one sheet per township, each with its own title rows and header")
        if s.get("blank_between"):
            out.add("file: empty separator rows between groups of data rows")
        if s["kind"] == "alumni" and s["fmt"] == "xlsx":
            out.add("file: one workbook with two sheets (undergraduate / graduate alumni)")
        if s["kind"] == "hk":
            out.add("headers in traditional Chinese")
        if s["kind"] == "overseas":
            out.add("headers in English; names romanised, a Chinese name only on some rows")
        if s["o"].get("phone_int"):
            out.add("phone numbers stored as numeric cells")
        if s.get("double_rate"):
            out.add("some people registered twice on the platform")
        if "年龄" in s["header"]:
            out.add("age instead of a birth date")
        if "QQ" in s["header"]:
            out.add("a QQ number column")
        if "学号" in s["header"]:
            out.add("a student number column")
    return out


def write_readme(summary, cfgs, path):
    L = []
    w = L.append
    w("# Blind entity-resolution rosters")
    w("")
    w("Two independent sets of talent rosters for measuring how well the registry merges the rows of one person "
      "and keeps different people apart: `tune/` and `holdout/`. Every person in them is invented; their ID numbers "
      "have valid check characters but were made up, and so were the phone numbers and mailboxes.")
    w("")
    w("Regenerate (standard library and openpyxl only, fixed seeds, byte-for-byte the same output):")
    w("")
    w("    python bench/er_rosters/make.py     # writes tune/, holdout/, counts.json and this README")
    w("    python bench/er_rosters/check.py    # checks the files against truth.json")
    w("")
    w("`pools.py` holds the vocabulary (names, places, schools, employers, majors); `tables.py` holds the pinyin "
      "readings and Hong Kong traditional forms of that vocabulary, made once with `build_tables.py` "
      "(pypinyin, OpenCC), which regeneration does not need.")
    w("")
    w("## How the sets were made")
    w("")
    w("1. A population of invented people per set (its own seed; the two sets share nobody). Each person has one true "
      "resident ID (GB 11643 check character; area code of 东区 510402, 西区 510403, 仁和区 510411, 米易县 510421, "
      "盐边县 510422, or of another place for people schooled in Panzhihua but registered elsewhere), a birth date "
      "(1960–2003), sex, ethnicity (Yi people with Yi names in the 盐边/米易/仁和 population, some of whom also use a "
      "Han-style name), a household (address, sometimes a landline), an education history, jobs over time, one or "
      "two mobile numbers, mailboxes, a QQ number for some, and professional titles by age.")
    w("2. Each person is put on 1–4 rosters (about 55% / 30% / 12% / 3%). What a roster is decides who can be on it: "
      "a county register lists people registered in that county; a university's alumni list, people with a degree "
      "from it; a high school's list, its former pupils; a job fair, people born 1990–2002; the expert database, "
      "older people with senior titles; the associations, people living in Hong Kong or abroad at the time.")
    w("3. Every roster has a date, and says of a person what was true then: the employer and city before or after a "
      "job change, the old or the new mobile number, the degree finished by then, the title held then. "
      "About a fifth of the people change jobs (often cities) and about a quarter get a new mobile number between rosters.")
    w("4. Every roster writes the values in its own way (below), with errors at the rates offices make them.")
    w("5. Look-alikes that are different people are part of the population on purpose (below).")
    w("")
    w("## truth.json")
    w("")
    w("`{\"files\": [{\"file\", \"sheet\" (null for CSV), \"rows\": [{\"row\", \"person\"}]}], \"people\", \"rows\"}`. "
      "`row` is the row number a spreadsheet shows (the header row and any title rows above it count; in CSV the "
      "header is row 1). Every data row is listed; empty separator rows, title rows and header rows are not. "
      "`person` is the true person (`P000123`); numbers are per set.")
    w("")
    w("## Counts")
    w("")
    w("| | tune | holdout |")
    w("|---|---:|---:|")
    t, h = summary["tune"], summary["holdout"]
    w("| files | %d | %d |" % (t["files"], h["files"]))
    w("| sheets / CSV files in truth.json | %d | %d |" % (len(t["per_file"]), len(h["per_file"])))
    w("| data rows | %d | %d |" % (t["rows"], h["rows"]))
    w("| distinct people | %d | %d |" % (t["people"], h["people"]))
    w("| true duplicate pairs (two rows of one person) | %d | %d |" % (t["true_pairs"], h["true_pairs"]))
    for k in sorted(set(t["files_per_person"]) | set(h["files_per_person"]), key=int):
        w("| people in %s file%s | %d | %d |" % (k, "s" if str(k) != "1" else "", t["files_per_person"].get(k, 0),
                                                 h["files_per_person"].get(k, 0)))
    for k in sorted(set(t["rows_per_person"]) | set(h["rows_per_person"]), key=int):
        w("| people with %s row%s | %d | %d |" % (k, "s" if str(k) != "1" else "", t["rows_per_person"].get(k, 0),
                                                   h["rows_per_person"].get(k, 0)))
    w("")
    for name in ("tune", "holdout"):
        cfg, st = cfgs[name], summary[name]
        w("## %s/" % name)
        w("")
        w("| file | sheet | format | rows | what it is | as of |")
        w("|---|---|---|---:|---|---|")
        by_key = {}
        for s in cfg["sources"]:
            by_key.setdefault(s["file"], s)
        for fname, sheet, n in st["per_file"]:
            s = by_key[fname]
            fmt = ENC[s["encoding"]] if s["fmt"] == "csv" else "XLSX"
            w("| %s | %s | %s | %d | %s | %d |" % (fname, sheet or "", fmt, n, ABOUT[s["kind"]], s["vintage"]))
        w("")
        w("Columns:")
        w("")
        for fname, s in by_key.items():
            heads = [x["header"] for x in cfg["sources"] if x["file"] == fname][0]
            w("- %s: %s" % (fname, " ".join(heads)))
        w("")
        w("Kinds of variation in this set (count of rows or cells written that way):")
        w("")
        for k in sorted(structure(cfg)):
            w("- %s" % k)
        for k, v in st["variation"].items():
            w("- %s: %d" % (label(k), v))
        w("")
        w("Different people who look alike:")
        w("")
        for k, v in st["notes"].items():
            if not k.startswith("second registrations"):
                w("- %s: %d" % (k, v))
        w("- very common names (张伟, 王芳, 李娜, 刘洋 …) given to about 5% of people, with different IDs and dates")
        for k, v in st["look_alikes"].items():
            w("- %s: %d" % (k, v))
        w("")
    only = sorted({label(k) for k in summary["holdout"]["variation"]} - {label(k) for k in summary["tune"]["variation"]})
    only += sorted(structure(cfgs["holdout"]) - structure(cfgs["tune"]))
    w("## Only in holdout/ (never in tune/)")
    w("")
    w("Other roster kinds and conventions, so that a score on holdout/ says how the registry copes with files it "
      "was not tuned on:")
    w("")
    for k in only:
        w("- %s" % k)
    w("- other roster kinds: an English overseas-association list, a university list in two sheets, a county "
      "register in one sheet per township, a platform export with masked IDs")
    w("")
    w("Only in tune/ (never in holdout/): " + "; ".join(
        sorted({label(k) for k in summary["tune"]["variation"]} - {label(k) for k in summary["holdout"]["variation"]})
        + sorted(structure(cfgs["tune"]) - structure(cfgs["holdout"]))) + ".")
    w("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
