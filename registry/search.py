"""Chinese full-text search over persons: jieba segmentation, the same for the index and the query.

SQLite's FTS5 tokenizers do not segment Chinese (a whole run of characters is one token) and the
trigram tokenizer cannot find 1- or 2-character words. So the text is segmented before it is
indexed: each field is cut with jieba (search mode: 攀钢集团 -> 攀钢 集团 攀钢集团) using a domain
dictionary, and a name is also indexed character by character, so that 张 or 伟 finds 张伟.
A query is cut the same way and each word is quoted: 钒钛 博士 finds people with both.
"""
import json
import re
from functools import lru_cache
from pathlib import Path

import jieba

# Words jieba would split or miss (钒钛, 攀钢集团, 青鹏人才 …): data, one per line
DOMAIN_WORDS = [w for w in (line.strip() for line in (Path(__file__).parent / "search_words.txt")
                            .read_text(encoding="utf-8").splitlines()) if w and not w.startswith("#")]

# The person fields that are searched, in the order they are indexed
SEARCH_FIELDS = ("name", "school", "major", "employer", "position", "title", "expertise", "industry",
                 "programme", "city", "province", "origin_county", "education", "degree")

@lru_cache(maxsize=None)
def segmenter() -> jieba.Tokenizer:
    """Our own jieba tokenizer with the domain dictionary, built once: the one segmenter for index,
    queries and matching. A Tokenizer of our own rather than jieba's global one, so that our words
    never change how anything else in the process (another Datasette plugin) cuts text."""
    jieba.setLogLevel(60)  # no "Building prefix dict" chatter on stderr
    tokenizer = jieba.Tokenizer()
    for word in DOMAIN_WORDS:
        tokenizer.add_word(word, freq=20000)
    return tokenizer


@lru_cache(maxsize=200_000)
def _words(text: str) -> tuple[str, ...]:
    """Search-mode words of one value (cached: schools, employers and cities repeat)."""
    return tuple(w for w in (w.strip() for w in segmenter().cut_for_search(text)) if w and not _PUNCT.fullmatch(w))


_PUNCT = re.compile(r"[\W_]+")


def segment_person(person: dict) -> str:
    """The indexed text of a person: words of every searched field, and the name's characters."""
    words: list[str] = []
    for field in SEARCH_FIELDS:
        value = person.get(field)
        if not value:
            continue
        value = str(value)
        words.extend(_words(value))
        if field == "name":
            plain = value.replace("·", "").replace(" ", "")
            words.append(plain)
            words.extend(ch for ch in plain if "\u4e00" <= ch <= "\u9fff")
    return " ".join(dict.fromkeys(words))


def fts_query(query: str) -> str:
    """A user's search text as an FTS5 query: jieba words, each quoted, all required."""
    terms = []
    for part in (query or "").split():
        for w in segmenter().cut(part):
            w = w.strip()
            if w and not _PUNCT.fullmatch(w):
                terms.append('"' + w.replace('"', '""') + '"')
    return " ".join(dict.fromkeys(terms)) or '""'


def index_persons(conn, person_ids=None, texts: dict | None = None) -> int:
    """(Re)index persons in person_search: all of them, or those in `person_ids`. Persons without
    records, and erased ones, leave the index. `texts`: {person: segment_person of its row as it now
    is}, already worked out (dedupe does it in its worker processes). Returns the number indexed.
    Runs in the caller's transaction."""
    columns = ", ".join(("id",) + SEARCH_FIELDS)
    if person_ids is None:
        conn.execute("DELETE FROM person_search")
        rows = conn.execute(f"SELECT {columns} FROM persons WHERE n_records > 0 AND erased_at IS NULL")
    else:
        ids = json.dumps(sorted(set(person_ids)))
        conn.execute("DELETE FROM person_search WHERE rowid IN (SELECT value FROM json_each(?))", (ids,))
        rows = conn.execute(f"SELECT {columns} FROM persons WHERE n_records > 0 AND erased_at IS NULL AND id IN "
                            f"(SELECT value FROM json_each(?))", (ids,))
    keys = ("id",) + SEARCH_FIELDS
    texts = texts or {}
    batch = [(r[0], texts[r[0]] if r[0] in texts else segment_person(dict(zip(keys, r)))) for r in rows.fetchall()]
    conn.executemany("INSERT INTO person_search (rowid, text) VALUES (?, ?)", batch)
    return len(batch)


def _missing(conn, upto: str) -> bool:
    """Whether a live person unchanged since `upto` is missing from the index (a rebuild was cut
    short). Persons changed since are indexed anyway: new ones do not call for a full rebuild."""
    return conn.execute("SELECT EXISTS (SELECT 1 FROM persons p WHERE n_records > 0 AND erased_at IS NULL "
                        "AND julianday(updated_at) < julianday(?) "
                        "AND NOT EXISTS (SELECT 1 FROM person_search s WHERE s.rowid = p.id))", (upto,)).fetchone()[0]


def refresh(conn, persons=None, texts: dict | None = None) -> int:
    """Bring the index up to date, in one transaction: the persons given, or else every person
    changed since the last refresh, or all of them when the index lacks a live person who has not
    changed since (an interrupted rebuild, or an older version's). Each refresh is noted in the audit log with the
    instant it started, so a job killed between its own commit and the refresh is caught up by the
    next one. `texts`: as for index_persons. Returns the number of persons indexed."""
    from pzh_talent.registry.db import audit, transaction
    from pzh_talent.registry.schema import now

    with transaction(conn):
        started = now()
        last = conn.execute("SELECT json_extract(details, '$.upto') FROM audit_log WHERE action = 'search_index' "
                            "ORDER BY id DESC LIMIT 1").fetchone()
        if persons is None and (last is None or _missing(conn, last[0])):
            n, scope = index_persons(conn, texts=texts), "all"
        else:
            if persons is None:
                persons = [r[0] for r in conn.execute(
                    "SELECT id FROM persons WHERE julianday(updated_at) >= julianday(?)", (last[0],))]
            n, scope = index_persons(conn, persons, texts), "changed"
        audit(conn, "search_index", "person_search", {"upto": started, "scope": scope, "persons": n})
    conn.execute("PRAGMA optimize")  # fresh statistics, so facet and search queries pick the right index
    return n
