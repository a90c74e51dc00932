"""Blocking: which pairs of source records are worth comparing at all.

Splink blocks a run's records by the rules of settings.json (on keys features.py precomputes).
The same rules are written here in SQL over the registry, so that an incremental run can find,
in the whole registry, the records that share a key with its new ones (`neighbours`), and so that
benchmarks can count blocking recall (`candidate_pairs`); a test keeps the two lists alike.

Each rule is a SQL expression over `source_records` giving a key; records that share a key are
candidate pairs. Rules are unioned, so a pair missed by one (a typo in the ID) is found by another
(same name and birth date). A key shared by too many records (张伟 with no birth year) says
nothing and would make the comparison quadratic: such blocks are skipped and counted.
"""
from array import array
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class BlockingRule:
    name: str
    key: str              # SQL expression; NULL means "no key" for that record
    max_block: int = 200  # larger blocks are skipped, and reported


BLOCKING_RULES = [
    BlockingRule("id_number", "id_number"),
    # an ID with a one-character typo in the sequence part still shares area + birth date
    BlockingRule("id_prefix_surname", "CASE WHEN id_number IS NOT NULL AND surname IS NOT NULL "
                                      "THEN substr(id_number, 1, 14) || surname END"),
    # a masked number (510422********3265) shares its last four and the area with the full one
    BlockingRule("id_tail_area_surname", "CASE WHEN surname IS NOT NULL AND length(coalesce(id_number, id_visible)) = 18 "
                                         "AND instr(substr(coalesce(id_number, id_visible), 15, 4), '*') = 0 "
                                         "THEN substr(coalesce(id_number, id_visible), 15, 4) || "
                                         "substr(coalesce(id_number, id_visible), 1, 4) || surname END"),
    BlockingRule("phone", "phone", max_block=50),
    BlockingRule("email", "email", max_block=50),
    BlockingRule("name_key_birth_year", "CASE WHEN birth_year IS NOT NULL THEN name_key || '|' || birth_year END"),
    # a typo in the given name (候/侯, 己/已) changes the pinyin but not surname + birth date
    BlockingRule("surname_birth_date", "CASE WHEN length(birth_date) = 10 THEN surname || '|' || birth_date END"),
    # records with no birth date at all: the name and where they work or live
    BlockingRule("name_key_employer", "CASE WHEN employer IS NOT NULL THEN name_key || '|' || employer END"),
    BlockingRule("name_key_city", "CASE WHEN city IS NOT NULL THEN name_key || '|' || city END", max_block=50),
    # alumni lists and graduate rosters often give only the name and the school
    BlockingRule("name_key_school", "CASE WHEN school IS NOT NULL THEN name_key || '|' || school END", max_block=50),
    BlockingRule("name_key", "name_key", max_block=20),  # rare names are a key on their own
    # a Yi name written with and without its dot splits into surname and given name differently,
    # so its name_key differs: compare the characters themselves (long names are rare names)
    BlockingRule("long_name_without_dots", "CASE WHEN name_script = 'han' AND length(replace(name, '·', '')) >= 4 "
                                           "THEN replace(name, '·', '') END", max_block=20),
]


@dataclass
class Blocking:
    left: np.ndarray      # candidate pairs (left[i], right[i]), left < right, sorted, no repeats
    right: np.ndarray
    per_rule: dict        # rule name -> pairs it proposed (before the union)
    skipped_blocks: dict  # rule name -> number of blocks over max_block

    def __len__(self):
        return len(self.left)

    def pairs(self):
        """The candidate pairs as (a, b) tuples."""
        return zip(self.left.tolist(), self.right.tolist())


def _records(only: str | None) -> str:
    return f"(SELECT * FROM source_records WHERE id IN (SELECT id FROM {only}))" if only else "source_records"


def candidate_pairs(conn, rules=BLOCKING_RULES, only: str | None = None) -> Blocking:
    """Pairs of records that share a key under any rule. `only`: the name of a table of record ids;
    pairs are then sought among those records alone (an incremental run)."""
    keys = array("q")  # a pair (a, b) packed as a << 32 | b: 8 bytes each, millions fit
    per_rule: dict[str, int] = {}
    skipped: dict[str, int] = {}
    for rule in rules:
        rows = conn.execute(
            f"SELECT group_concat(id) FROM (SELECT {rule.key} AS k, id FROM {_records(only)}) "
            f"WHERE k IS NOT NULL GROUP BY k HAVING count(*) > 1")
        before = len(keys)
        for (ids,) in rows:
            members = sorted(int(i) for i in ids.split(","))
            if len(members) > rule.max_block:
                skipped[rule.name] = skipped.get(rule.name, 0) + 1
                continue
            for i, a in enumerate(members):
                high = a << 32
                keys.extend(high | b for b in members[i + 1:])
        per_rule[rule.name] = len(keys) - before
    packed = np.unique(np.frombuffer(keys, dtype=np.int64)) if keys else np.zeros(0, dtype=np.int64)
    return Blocking(packed >> 32, packed & 0xFFFFFFFF, per_rule, skipped)


def neighbours(conn, seeds: str, rules=BLOCKING_RULES) -> set[int]:
    """Records sharing a blocking key with any record in the table `seeds` (ids), found in the whole
    registry, seeds included: what an incremental run must look at again. Blocks over max_block are
    skipped here too, with their size counted over the whole registry.

    One pass over the registry for all rules at once, the keys checked here against the seeds' keys."""
    keys = [f"({rule.key}) AS k{i}" for i, rule in enumerate(rules)]
    wanted = [{k for (k,) in conn.execute(f"SELECT DISTINCT {rule.key} FROM {_records(seeds)}") if k is not None}
              for rule in rules]
    if not any(wanted):
        return set()
    blocks: dict = {}
    checks = [(i, ks) for i, ks in enumerate(wanted) if ks]
    for row in conn.execute(f"SELECT id, {', '.join(keys)} FROM source_records"):
        for i, ks in checks:
            k = row[i + 1]
            if k is not None and k in ks:
                blocks.setdefault((i, k), []).append(row[0])
    found: set[int] = set()
    for (i, _), ids in blocks.items():
        if 1 < len(ids) <= rules[i].max_block:
            found.update(ids)
    return found
