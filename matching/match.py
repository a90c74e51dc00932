"""Profile ↔ demand matching, explainable: every point of a score has a reason in plain Chinese.

Steps, each visible, as in dedupe: candidates are found for all persons at once with numpy
(fast.py: the demand's keywords and position, widened with the synonyms in settings.json, tested
against each field's distinct values); hard filters drop persons below a minimum
the demand marks as required; soft scores add up text relevance per field, industry, education and
title against the minimums, location, and strength of Panzhihua origin. Weights and synonyms are
data (matching/settings.json), not code. Officers' feedback (match_feedback) is kept: a rejected
person is not proposed again for that demand.
"""
import json
import multiprocessing
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pzh_talent.ingest.education import EDUCATION_RANK, TITLE_RANK
from pzh_talent.parallel import fork_workers
from pzh_talent.ingest.places import parse_place
from pzh_talent.labels import LABELS
from pzh_talent.registry.schema import now
from pzh_talent.registry.search import segmenter

from .fast import candidates, load_persons, terms_found
from .terms import DEMAND_EDUCATION_RANK, PERSON_COLUMNS, same_employer, term_in  # noqa: F401 (PERSON_COLUMNS: read from here too)
from pzh_talent.registry.db import audit, transaction

SETTINGS_PATH = Path(__file__).resolve().parent / "settings.json"
FIELD_LABELS = {"major": "专业", "expertise": "专长", "position": "职务", "title": "职称", "employer": "单位",
                "school": "院校"}
# Reasons that name what a liaison's view (可推荐人才) does not show: employer, position, origin
HIDDEN_FROM_LIAISONS = (f"{FIELD_LABELS['employer']}：", f"{FIELD_LABELS['position']}：",
                        f"{FIELD_LABELS['position']}属", "攀籍：")


def liaison_reasons(reasons: str | None) -> str | None:
    """A match's reasons as a liaison may read them: only what their view shows."""
    kept = [r for r in (reasons or "").split("；") if r and not r.startswith(HIDDEN_FROM_LIAISONS)]
    return "；".join(kept) or None
@lru_cache(maxsize=20_000)
def demand_place(location: str | None):
    """Where a demand's job is (ingest.places.Place), or None. The demands are Panzhihua's: a bare
    district (东区, 仁和区院本部) is read as one of Panzhihua's, never as Hong Kong's."""
    if not location:
        return None
    place = parse_place(location)
    if place is None:
        local = parse_place("攀枝花市" + location)
        place = local if local is not None and local.district else None
    return place


def load_settings(path=None) -> dict:
    return json.loads(Path(path or SETTINGS_PATH).read_text(encoding="utf-8"))


@dataclass
class MatchSummary:
    demands: int
    matches: int
    persons_matched: int


def demand_terms(demand: dict, settings: dict, persons=None) -> dict[str, tuple[float, str]]:
    """term -> (weight factor, the demand word it stands for). Terms are the demand's keywords and
    the words of its position (钒钛冶金工程师 -> 钒钛, 冶金; a bare 工程师 says little) and of its
    description (at a lower factor), the parts of a long word at a lower factor (食品科学与工程 -> 食品科学, 食品), and the synonyms of all of these
    (钒钛 -> 冶金, 攀钢; 冶金 -> metallurg). All lower case: English is matched without case.
    With `persons` (fast.PersonArrays), each factor is also scaled by how specific the term is
    in this registry: a word half the registry has (设计, 管理) says less than 矿山机械."""
    generic = set(settings.get("generic_words", ()))
    seg = segmenter()
    words = [w.strip() for w in (json.loads(demand["keywords"]) if demand.get("keywords") else [])]
    if demand.get("position"):
        words += [w for w in seg.cut(demand["position"]) if w not in generic]
    words = list(dict.fromkeys(w.lower() for w in words if len(w) >= 2))
    terms: dict = {}

    def add(term, factor, stands_for):
        term = term.strip().lower()
        if len(term) >= 2 and factor > terms.get(term, (0, None))[0]:
            terms[term] = (factor, stands_for)

    function = set(settings["function_words"])  # what one does (设计, 管理), not the field it is in

    def weight(word, factor):
        return factor * settings["function_factor"] if word in function else factor

    for w in words:
        add(w, weight(w, 1.0), w)
    for w in words:
        # a Chinese compound names its field first and its kind last (人力资源, 数控加工): a part that
        # does not start the word is weaker evidence
        for part in seg.cut_for_search(w):
            if part != w and part not in generic:
                factor = settings["part_factor"] * (1.0 if w.startswith(part) else settings["later_part_factor"])
                add(part, weight(part, factor), w)
    # the description's words: weaker evidence than the keywords the enterprise chose
    for w in seg.cut(demand.get("description") or ""):
        w = w.lower()
        if len(w) >= 2 and w not in generic and w not in function and w not in settings["description_stopwords"]:
            add(w, settings["description_factor"], w)
    for term, (factor, stands_for) in list(terms.items()):
        for english in settings["english"].get(term, []):  # a translation: as good as the word
            add(english, factor, stands_for)
        for synonym in settings["synonyms"].get(term, []):
            add(synonym, factor * settings["synonym_factor"], stands_for)
    if persons is not None:
        terms = {t: (f * persons.specificity(t, settings), w) for t, (f, w) in terms.items()}
    return terms


def text_points(value: str, terms: dict, cap: float, found=None) -> tuple[float, list[tuple[str, str]]]:
    """How well one field's value answers the demand: for each demand word, its best term found in
    the value; summed over the demand's words (two of them found say more than one), capped.
    `found`: the terms the value contains, in `terms`' order, when the caller already knows them."""
    if found is None:
        value = value.lower()
        found = [term for term in terms if term_in(term, value)]
    best: dict = {}
    for term in found:
        factor, stands_for = terms[term]
        if factor > best.get(stands_for, (0.0, ""))[0]:
            best[stands_for] = (factor, term)
    return min(cap, sum(f for f, _ in best.values())), [(w, t) for w, (_, t) in best.items()]


def score_person(person: dict, demand: dict, terms: dict, settings: dict,
                 found: dict | None = None) -> tuple[float, list[str]] | None:
    """(score, reasons), or None when a required minimum is not met. `found`: field -> the terms its
    value contains, when already known (matching at scale looks them up in fast.py's masks)."""
    score, reasons = 0.0, []
    # hard filters and the minimums; the enterprise's own staff are not proposed back to it
    if same_employer(person.get("employer"), demand.get("enterprise")):
        return None
    need = DEMAND_EDUCATION_RANK.get(demand.get("min_education") or "")
    have = EDUCATION_RANK.get(person.get("education") or "")
    if need:
        if have is not None and have >= need:
            score += settings["education_meets"]
            reasons.append(f"学历：{person['education']} ≥ {demand['min_education']}")
        elif demand.get("education_required"):
            return None
        elif have is not None:
            score += settings["education_short_per_level"] * (need - have)
            reasons.append(f"学历：{person['education']} 低于 {demand['min_education']}")
    need_t = TITLE_RANK.get(demand.get("min_title_level") or "")
    have_t = TITLE_RANK.get(person.get("title_level") or "")
    if need_t:
        if have_t is not None and have_t >= need_t:
            score += settings["title_meets"]
            reasons.append(f"职称：{person.get('title') or person['title_level']}（{person['title_level']}）")
        elif have_t is not None:
            score += settings["title_short_per_level"] * (need_t - have_t)
    # text relevance, field by field
    text_score = 0.0
    for field, weight in settings["field_weights"].items():
        value = person.get(field)
        if not value:
            continue
        points, best = text_points(value, terms, settings["field_cap"], found and found[field])
        if points:
            text_score += weight * points
            said = "、".join(w if w == t else f"{w}（{'含' if t in w else '近义'}：{t}）" for w, t in best)
            reasons.append(f"{FIELD_LABELS[field]}：{value} ↔ {said}")
    if text_score == 0 and not (demand.get("industry") and person.get("industry") == demand.get("industry")):
        return None  # nothing about the person touches the job: not a candidate
    score += text_score
    # the same field in a different line of work (钛白粉销售代表 for a 钛白粉工艺 post): a job family the
    # person's position names and the demand does not
    position = person.get("position") or ""
    for family, words in settings["job_families"].items():
        if any(w in position for w in words):
            asked = " ".join(str(demand.get(k) or "") for k in ("position", "keywords", "description"))
            if not any(w in asked for w in words):
                score += settings["other_job_family"]
                reasons.append(f"职务属{family}类，需求不是")
                break
    if demand.get("industry") and person.get("industry") and demand["industry"] in person["industry"]:
        score += settings["industry_match"]
        reasons.append(f"行业：{person['industry']}")
    location = demand.get("location")
    place = demand_place(location)
    city = person.get("city")
    if location and city and (location.rstrip("市") in city or (place is not None and place.city == city)):
        score += settings["location_same_city"]
        reasons.append(f"现居{city}")
    elif place is not None and place.province and person.get("province") == place.province:
        # the province of the job's place, not Sichuan's: a 北京 job's 省内 is 北京市
        score += settings["location_same_province"]
        reasons.append(f"现居{city or person['province']}（省内）")
    if person.get("overseas") == 1 and demand.get("remote_ok"):
        score += settings["overseas_remote_ok"]
        reasons.append("在海外，岗位可远程/柔性服务")
    strength = person.get("origin_strength")
    if strength:
        score += settings["origin"].get(strength, 0)
        reasons.append(f"攀籍：{person.get('origin_county') or '攀枝花'}（证据{LABELS.strength(strength)}）")
    return score, reasons


_JOB = None  # (persons, settings, rejected pairs) for the forked workers


def _score_demands(demands: list) -> list:
    """[(demand id, person id, rank, score, reasons)] for the candidates of each demand."""

    assert _JOB is not None, "set by match() before the workers fork"
    persons, settings, rejected = _JOB
    out: list = []
    for demand in demands:
        terms = demand_terms(demand, settings, persons)
        ranked = []
        rows = candidates(persons, demand, terms, settings, settings["candidates_scored"])
        found = terms_found(persons, rows, terms, settings["field_weights"])
        for i, row in enumerate(rows.tolist()):
            person = dict(zip(PERSON_COLUMNS, persons.rows[row]))
            if (demand["id"], person["id"]) in rejected:
                continue
            result = score_person(person, demand, terms, settings, {f: lists[i] for f, lists in found.items()})
            if result:
                ranked.append((round(result[0], 2), person["id"], result[1]))
        ranked.sort(key=lambda s: (-s[0], s[1]))
        out.extend((demand["id"], pid, rank, score, reasons)
                   for rank, (score, pid, reasons) in enumerate(ranked, start=1))
    return out


def demand_list(settings: dict | None = None) -> str:
    """The SQL condition on `matches` (alias m) of the rows in a demand's list of candidates, its
    前 20 名 (settings' top_candidates): what officers, liaisons and segments of a demand read.

    `matches` holds two lists in one table. Each demand's list: the rows ranked 1..top_candidates.
    Each person's best demands (settings' top_demands_per_person, by score; the person page): they
    may rank lower for the demand, and keep their true rank (119), so the rank alone says which
    list a row is in and no row of a person's list is mistaken for a demand's."""
    return f"m.rank <= {int((settings or load_settings())['top_candidates'])}"


def match(conn, settings: dict | None = None, actor=None, progress=None) -> MatchSummary:
    """Recompute the matches of every open demand: each demand's best candidates, and each person's
    best demands among the candidates scored (see demand_list). Officers' rejections are respected."""

    settings = settings or load_settings()
    cur = conn.execute("SELECT d.*, e.name AS enterprise FROM demands d JOIN enterprises e ON e.id = d.enterprise_id "
                       "WHERE d.status = 'open' ORDER BY d.id")
    columns = [c[0] for c in cur.description]
    demands = [dict(zip(columns, r)) for r in cur.fetchall()]
    rejected = {(d, p) for d, p in conn.execute(
        "SELECT demand_id, person_id FROM match_feedback WHERE decision = 'rejected'")}
    persons = load_persons(conn, settings["field_weights"])
    global _JOB
    _JOB = (persons, settings, rejected)
    try:
        chunks = [demands[i:i + 100] for i in range(0, len(demands), 100)]
        processes = fork_workers(min(os.cpu_count() or 1, len(chunks)))
        if processes > 1 and len(demands) > 200:
            # fork: the workers share the person arrays; each scores its own demands
            with multiprocessing.get_context("fork").Pool(processes) as pool:
                parts = pool.imap(_score_demands, chunks)
                scored = [row for part in parts for row in part]
        else:
            scored = [row for chunk in chunks for row in _score_demands(chunk)]
    finally:
        _JOB = None
    if progress:
        progress(f"{len(demands)} 个需求已评分")
    # keep each demand's top candidates, and each person's top demands among all scored pairs
    by_person: dict = {}
    for d, pid, rank, score, reasons in scored:
        by_person.setdefault(pid, []).append((score, d))
    person_top: set = set()
    for pid, options in by_person.items():
        options.sort(key=lambda o: (-o[0], o[1]))
        person_top.update((d, pid) for _, d in options[: settings["top_demands_per_person"]])
    rows = [(d, pid, rank, score, "；".join(reasons)) for d, pid, rank, score, reasons in scored
            if rank <= settings["top_candidates"] or (d, pid) in person_top]
    stamp = now()
    with transaction(conn):
        conn.execute("DELETE FROM matches")
        conn.executemany("INSERT INTO matches (demand_id, person_id, rank, score, reasons, computed_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", ((*r, stamp) for r in rows))
        audit(conn, "match", "matches", {"demands": len(demands), "matches": len(rows)}, actor, stamp)
    return MatchSummary(len(demands), len(rows), len({r[1] for r in rows}))


OPINIONS = {"接受": "accepted", "否决": "rejected"}


def record_opinion(conn, demand_id: int, person_id: int, opinion: str, actor=None, note=None) -> str:
    """An officer's verdict on a proposed candidate (接受 / 否决): a rejected person is not proposed
    for that demand again. Refused for a demand or a person that does not exist. Returns a summary."""
    decision = OPINIONS.get(opinion, opinion if opinion in OPINIONS.values() else None)
    if decision is None:
        raise ValueError(f"意见须为“接受”或“否决”，而不是“{opinion}”")
    with transaction(conn):
        demand = conn.execute("SELECT d.position, e.name FROM demands d JOIN enterprises e ON e.id = d.enterprise_id "
                              "WHERE d.id = ?", (demand_id,)).fetchone()
        if demand is None:
            raise LookupError(f"没有编号为 {demand_id} 的企业需求")
        person = conn.execute("SELECT name FROM persons WHERE id = ? AND n_records > 0 AND erased_at IS NULL",
                              (person_id,)).fetchone()
        if person is None:
            raise LookupError(f"没有编号为 {person_id} 的人员")
        stamp = now()
        conn.execute("INSERT INTO match_feedback (demand_id, person_id, decision, actor, at, note) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (demand_id, person_id, decision, actor, stamp, note))
        audit(conn, "match_opinion", f"demands/{demand_id}/persons/{person_id}", {"decision": decision, "note": note},
              actor, at=stamp)
    verdict = "否决" if decision == "rejected" else "接受"
    return f"已记录：{demand[1]}“{demand[0]}”{verdict}人员 {person_id}（{person[0]}）" + \
        ("，下次匹配时不再推荐" if decision == "rejected" else "")
