"""Charts and the talent map as inline SVG, drawn on the server: they work offline, with no script
and no CDN, and print well."""
import csv
import math
import os
from functools import lru_cache
from html import escape

PALETTE = ["#2a6f97", "#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#6d597a", "#b56576", "#355070"]

# A representative point per country or region (its capital or biggest Chinese community), for
# the world map; lon, lat
COUNTRY_POINTS = {
    "US": (-98.6, 39.8), "CA": (-79.4, 43.7), "GB": (-0.13, 51.5), "DE": (11.6, 48.1), "FR": (2.35, 48.9),
    "JP": (139.7, 35.7), "KR": (127.0, 37.6), "SG": (103.8, 1.35), "AU": (144.9, -37.8), "NZ": (174.8, -36.8),
    "MY": (101.7, 3.1), "TH": (100.5, 13.8), "VN": (105.8, 21.0), "NL": (4.9, 52.4), "CH": (8.5, 47.4),
    "SE": (18.1, 59.3), "IT": (12.5, 41.9), "ES": (-3.7, 40.4), "RU": (37.6, 55.8), "AE": (55.3, 25.2),
    "HK": (114.2, 22.3), "MO": (113.5, 22.2), "TW": (121.5, 25.0), "IE": (-6.3, 53.3), "BE": (4.35, 50.85),
    "DK": (12.6, 55.7), "NO": (10.75, 59.9), "FI": (24.9, 60.2), "AT": (16.4, 48.2), "IL": (34.8, 32.1),
    "IN": (77.2, 28.6), "ID": (106.8, -6.2), "PH": (121.0, 14.6), "BR": (-46.6, -23.5), "MX": (-99.1, 19.4),
    "ZA": (28.0, -26.2), "EG": (31.2, 30.0), "SA": (46.7, 24.7), "KZ": (76.9, 43.2), "CN": (104.1, 30.7),
}


def bar_chart(rows, title: str, width: int = 460, bar_height: int = 20, link=None) -> str:
    """Horizontal bars for [(label, count)]; `link`(label) gives an URL for a bar."""
    rows = [(str(label) if label is not None else "（未填）", n) for label, n in rows]
    top = max((n for _, n in rows), default=0) or 1
    label_w, h = 110, 28 + bar_height * len(rows)
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" height="{h}" '
             f'style="max-width:100%;height:auto" '
             f'viewBox="0 0 {width} {h}" xmlns="http://www.w3.org/2000/svg">',
             f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>']
    for i, (label, n) in enumerate(rows):
        y = 26 + i * bar_height
        w = max(1, (width - label_w - 70) * n / top)
        bar = (f'<text x="{label_w - 6}" y="{y + 14}" font-size="12" text-anchor="end">{escape(label[:9])}</text>'
               f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{bar_height - 5}" '
               f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(label)}：{n}</title></rect>'
               f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" font-size="12">{n:,}</text>')
        parts.append(f'<a href="{escape(link(label))}">{bar}</a>' if link and label != "（未填）" else bar)
    parts.append("</svg>")
    return "".join(parts)


def progress_bar(done: int, target: int, width: int = 260) -> str:
    share = min(1.0, done / target) if target else 0.0
    return (f'<svg width="{width}" height="16" xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-label="{done}/{target}"><rect width="{width}" height="16" fill="#eee"/>'
            f'<rect width="{width * share:.1f}" height="16" fill="#2a6f97"/>'
            f'<text x="4" y="12" font-size="11" fill="{"#fff" if share > 0.3 else "#333"}">'
            f'{share:.1%}</text></svg>')


@lru_cache(maxsize=1)
def city_points() -> dict:
    """City name (with and without 市) -> (lon, lat), from cpca's table of administrative divisions."""
    import cpca

    out = {}
    with open(os.path.join(os.path.dirname(cpca.__file__), "resources", "adcodes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"], row["name"]
            if not row["longitude"] or not row["latitude"]:
                continue
            if code[4:6] == "00" or code[:2] in ("11", "12", "31", "50"):  # cities, and municipalities' districts
                point = (float(row["longitude"]), float(row["latitude"]))
                out.setdefault(name, point)
                out.setdefault(name.removesuffix("市"), point)
    return out


def _text_width(text: str, size: int = 11) -> float:
    # CJK characters are about as wide as the font size, Latin letters and digits about half
    return sum(size if ord(ch) > 0x2e80 else size * 0.55 for ch in text)


def _label_box(text, x, y, r, width) -> tuple:
    """Where a bubble's label goes (x0, y0, x1, y1): right of the bubble, or left of it when it would
    run off the map (澳大利亚 at the right edge)."""
    w = _text_width(text)
    if x + r + 2 + w > width - 4:
        return (x - r - 2 - w, y - 8, x - r - 2, y + 5)
    return (x + r + 2, y - 8, x + r + 2 + w, y + 5)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _bubbles(points, project, width, height, title):
    top = max((n for _, _, n in points), default=1) or 1
    parts = [f'<svg class="map" role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'style="max-width:100%;height:auto" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
             f'<rect width="{width}" height="{height}" fill="#f4f8fb" stroke="#cfdbe5"/>',
             f'<text x="8" y="18" font-size="14" font-weight="bold">{escape(title)}</text>']
    placed: list[tuple] = []
    for i, (label, (lon, lat), n) in enumerate(sorted(points, key=lambda p: -p[2])):
        x, y = project(lon, lat)
        r = 3 + 22 * math.sqrt(n / top)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#e07a5f" fill-opacity="0.55" '
                     f'stroke="#b5523b"><title>{escape(label)}：{n}</title></circle>')
        if i < 12:
            text = f"{label} {n}"
            box = _label_box(text, x, y, r, width)
            if not any(_overlap(box, other) for other in placed):  # a crowded cluster names its biggest only
                placed.append(box)
                anchor = "end" if box[0] < x else "start"
                tx = x - r - 2 if anchor == "end" else x + r + 2
                parts.append(f'<text x="{tx:.1f}" y="{y + 4:.1f}" font-size="11" text-anchor="{anchor}">'
                             f'{escape(text)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def china_map(city_counts, width=620, height=440) -> str:
    """Where Panzhihua people live in China: a bubble per city, placed by longitude and latitude."""
    points = city_points()
    found = [(c, points[c], n) for c, n in city_counts if c in points]

    def project(lon, lat):
        return (lon - 73) / (135 - 73) * (width - 20) + 10, (54 - lat) / (54 - 17) * (height - 30) + 25
    return _bubbles(found, project, width, height, "人才地图：国内（按现居城市）")


def world_map(country_counts, names: dict, width=620, height=330) -> str:
    """Where they are abroad: a bubble per country or region."""
    found = [(names.get(c, c), COUNTRY_POINTS[c], n) for c, n in country_counts if c in COUNTRY_POINTS and c != "CN"]

    def project(lon, lat):
        return (lon + 180) / 360 * (width - 20) + 10, (80 - lat) / 140 * (height - 30) + 25
    return _bubbles(found, project, width, height, "人才地图：海外（按国家或地区）")
