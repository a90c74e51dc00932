"""The review queue, in the order a decision teaches most, and what a pair's page shows.

The model is least sure of pairs near even odds, and a decision on a pair that joins (or keeps
apart) big persons changes more records than one between two single records: the queue puts the
uncertain pairs that touch the most records first. Every decision is then a constraint on later
clustering and, once there are enough of them, a label Splink trains m from (engine.train).
"""
import json
import math

from .decision import probability

# the fields a pair's page sets side by side: (label as the comparisons name it, source_records column)
FIELDS = (("姓名", "name"), ("身份证号", "id_number"), ("出生日期", "birth_date"), ("性别", "gender"),
          ("电话", "phone"), ("邮箱", "email"), ("工作单位", "employer"), ("职务", "position"),
          ("毕业院校", "school"), ("专业", "major"), ("毕业年份", "graduation_year"), ("学历", "education"),
          ("现居城市", "city"), ("籍贯", "hometown"))


def priority(weight: float, records: int) -> float:
    """How much a decision on this pair teaches: uncertainty (1 at even odds, 0 when sure) times
    log2 of one plus the records it joins or splits."""
    return (1 - abs(2 * probability(weight) - 1)) * math.log2(1 + records)


def queue(conn, limit: int = 20, skip=()) -> list[dict]:
    """Open review pairs, most telling first: id, record_a, record_b, weight, evidence, records
    (how many records a decision moves), priority. `skip`: pair ids to leave out (skipped ones)."""
    rows = conn.execute(
        "SELECT q.id, q.record_a, q.record_b, q.weight, q.evidence, a.person_id AS pa, b.person_id AS pb, "
        "(SELECT count(*) FROM source_records r WHERE r.person_id = a.person_id) AS na, "
        "(SELECT count(*) FROM source_records r WHERE r.person_id = b.person_id) AS nb "
        "FROM review_pairs q JOIN source_records a ON a.id = q.record_a JOIN source_records b ON b.id = q.record_b "
        "WHERE q.status = 'open'").fetchall()
    skipped = set(skip)
    out = []
    for pair_id, ra, rb, weight, evidence, pa, pb, na, nb in rows:
        if pair_id in skipped:
            continue
        records = (na or 1) if pa is not None and pa == pb else (na or 1) + (nb or 1)
        out.append({"id": pair_id, "record_a": ra, "record_b": rb, "weight": weight,
                    "evidence": json.loads(evidence or "[]"), "records": records,
                    "priority": priority(weight, records)})
    out.sort(key=lambda p: (-p["priority"], p["id"]))
    return out[:limit]


def waterfall(steps, weight: float, width: int = 620, row: int = 24) -> str:
    """The pair's match weight as an SVG waterfall: the prior (what two records share by chance),
    then each comparison's weight from the running total, then the sum and its probability.
    Drawn on the server, offline, no script."""
    from html import escape

    prior = weight - sum(w for _, _, w in steps)
    bars = [("先验（任意两条记录）", prior)] + [(f"{field}：{level}", w) for field, level, w in steps]
    running, spans = 0.0, []
    for label, w in bars:
        spans.append((label, running, running + w, w))
        running += w
    lo = min(0.0, *(min(a, b) for _, a, b, _ in spans))
    hi = max(0.0, *(max(a, b) for _, a, b, _ in spans))
    label_w, value_w = 190, 60
    plot = width - label_w - value_w
    scale = plot / ((hi - lo) or 1)
    x = lambda v: label_w + (v - lo) * scale  # noqa: E731
    height = row * (len(spans) + 2) + 10
    p = probability(weight)
    parts = [f'<svg class="waterfall" role="img" aria-label="匹配权重分解" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" style="max-width:100%;height:auto" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{x(0):.1f}" y1="4" x2="{x(0):.1f}" y2="{height - 6}" stroke="#999" stroke-dasharray="3,3"/>']
    for i, (label, a, b, w) in enumerate(spans):
        y = 6 + i * row
        left, right = sorted((x(a), x(b)))
        colour = "#888" if i == 0 else ("#2e7d32" if w > 0 else "#c62828")
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{left:.1f}" y="{y + 3}" width="{max(1.0, right - left):.1f}" height="{row - 8}" '
                     f'fill="{colour}"><title>{escape(label)}：{w:+.1f}</title></rect>'
                     f'<text x="{width - value_w + 6}" y="{y + 15}" font-size="12">{w:+.1f}</text>')
    y = 6 + len(spans) * row
    parts.append(f'<line x1="{label_w}" y1="{y + 2}" x2="{width - value_w}" y2="{y + 2}" stroke="#333"/>'
                 f'<text x="{label_w - 6}" y="{y + 18}" font-size="12" font-weight="bold" text-anchor="end">合计</text>'
                 f'<rect x="{min(x(0), x(weight)):.1f}" y="{y + 6}" width="{max(1.0, abs(x(weight) - x(0))):.1f}" '
                 f'height="{row - 8}" fill="{"#1565c0" if weight > 0 else "#6a1b9a"}"/>'
                 f'<text x="{width - value_w + 6}" y="{y + 18}" font-size="12" font-weight="bold">{weight:+.1f}</text>'
                 f'<text x="{label_w}" y="{y + row + 16}" font-size="12">同一人的概率 {p:.0%}'
                 f'（权重为正：更像同一人；为负：更像两个人）</text></svg>')
    return "".join(parts)
