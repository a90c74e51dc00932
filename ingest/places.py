"""Where a person lives now: free text -> a structured `Place`.

    parse_place("四川省成都市高新区") -> Place(country='CN', province='四川省', city='成都市', adcode='510100', ...)
    parse_place("Boston, MA")        -> Place(country='US', country_name='美国', city='波士顿', overseas=True, ...)
    parse_place("东区")               -> None   (东区 is in 攀枝花, 香港, 台湾 … — never guessed)

Mainland addresses go through cpca (GB/T 2260 adcodes); countries through babel's territory names
plus aliases; a table of well-known foreign cities and the romanised names of Chinese cities cover
the rest. Unknown text gives None: nothing is guessed.

Everything is a pure function over module-level tables; results are cached per cleaned text, so
calling parse_place once per distinct value of an import is cheap (see `parse_place.cache_info`).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import cpca
import opencc
from babel import Locale

__all__ = ["Place", "parse_place", "clean_text", "PANZHIHUA_ADCODE"]

_T2S = opencc.OpenCC("t2s")

PANZHIHUA_ADCODE = "510400"


@dataclass(frozen=True)
class Place:
    country: str          # ISO 3166 alpha-2: 'CN' mainland China, 'HK', 'MO', 'TW', 'US', ...
    country_name: str     # Chinese name: 中国, 香港, 美国, ...
    province: str | None  # 四川省 (China only)
    city: str | None      # 成都市 / 北京市 / foreign city in Chinese if known, else as written
    district: str | None
    adcode: str | None    # 6-digit GB/T 2260 code (China) when known
    overseas: bool        # anything outside mainland China, HK/MO/TW included (海外及港澳台)


# --------------------------------------------------------------------------------------------
# text normalisation
# --------------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t,，;；:：、/|.。-—_·()（）[]【】\"'“”‘’"


@functools.lru_cache(maxsize=200_000)
def clean_text(text: str) -> str:
    """NFKC, trim, collapse spaces, Traditional -> Simplified."""
    s = unicodedata.normalize("NFKC", text)
    s = _SPACES.sub(" ", s).strip()
    if s and not s.isascii():
        s = _T2S.convert(s)
    return s


def _has_cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def _latin_key(s: str) -> str:
    """Comparison key for romanised names: lowercase letters only (Xi'an -> xian, Hong Kong -> hongkong)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s.lower() if "a" <= ch <= "z")


# --------------------------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------------------------

_ZH_TERR = Locale("zh").territories
_EN_TERR = Locale("en").territories
# alpha-2 codes only; drop the non-country pseudo codes babel carries
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "AQ"}
_COUNTRY_CODES = sorted(c for c in _ZH_TERR if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES)

COUNTRY_NAME_ZH: dict[str, str] = {c: _ZH_TERR[c] for c in _COUNTRY_CODES}
COUNTRY_NAME_ZH.update({"CN": "中国", "HK": "香港", "MO": "澳门", "TW": "台湾", "US": "美国",
                        "GB": "英国", "KR": "韩国", "KP": "朝鲜", "PS": "巴勒斯坦", "AE": "阿联酋"})

# Chinese text -> code. Short forms of babel names (刚果（金）) are fine: we match whole prefixes/parts.
_ZH_COUNTRY_ALIASES: dict[str, str] = {}
for _c in _COUNTRY_CODES:
    _n = clean_text(_ZH_TERR[_c])
    if len(_n) >= 2:
        _ZH_COUNTRY_ALIASES[_n] = _c
_ZH_COUNTRY_MANUAL = {
    "中国": "CN", "中华人民共和国": "CN", "中国大陆": "CN", "大陆": "CN", "内地": "CN",
    "中国香港": "HK", "香港": "HK", "香港特别行政区": "HK", "中国香港特别行政区": "HK",
    "中国澳门": "MO", "澳门": "MO", "澳门特别行政区": "MO", "中国澳门特别行政区": "MO",
    "中国台湾": "TW", "台湾": "TW", "台湾省": "TW", "中国台湾省": "TW",
    "美国": "US", "美利坚": "US", "美利坚合众国": "US",
    "英国": "GB", "大不列颠": "GB", "英格兰": "GB", "苏格兰": "GB", "威尔士": "GB", "北爱尔兰": "GB",
    "韩国": "KR", "南韩": "KR", "大韩民国": "KR", "北韩": "KP",
    "澳大利亚": "AU", "澳洲": "AU", "新西兰": "NZ", "纽西兰": "NZ",
    "德国": "DE", "法国": "FR", "日本": "JP", "新加坡": "SG", "加拿大": "CA", "俄罗斯": "RU",
    "意大利": "IT", "西班牙": "ES", "荷兰": "NL", "瑞士": "CH", "瑞典": "SE", "挪威": "NO",
    "丹麦": "DK", "芬兰": "FI", "比利时": "BE", "奥地利": "AT", "爱尔兰": "IE", "葡萄牙": "PT",
    "以色列": "IL", "阿联酋": "AE", "沙特": "SA", "马来西亚": "MY", "泰国": "TH", "越南": "VN",
    "印度": "IN", "巴西": "BR", "墨西哥": "MX", "南非": "ZA", "捷克": "CZ", "波兰": "PL",
}
_ZH_COUNTRY_ALIASES.update(_ZH_COUNTRY_MANUAL)
# the single character forms (美, 英, 日 …) only when they are the whole value
_ZH_COUNTRY_EXACT = {"美": "US", "英": "GB", "日": "JP", "德": "DE", "法": "FR", "韩": "KR", "俄": "RU"}

# Latin keys -> code
_EN_COUNTRY_ALIASES: dict[str, str] = {}
for _c in _COUNTRY_CODES:
    _EN_COUNTRY_ALIASES[_latin_key(_EN_TERR[_c])] = _c
for _names, _c in [
    (["China", "PRC", "P.R. China", "P.R.C.", "People's Republic of China", "Mainland China",
      "China Mainland", "PR China", "Zhongguo"], "CN"),
    (["Hong Kong", "Hongkong", "HK", "HKSAR", "Hong Kong SAR", "Hong Kong, China"], "HK"),
    (["Macau", "Macao", "Macau SAR", "Macao SAR"], "MO"),
    (["Taiwan", "Taiwan ROC", "Chinese Taipei"], "TW"),
    (["USA", "US", "U.S.", "U.S.A.", "United States", "United States of America", "America",
      "the United States", "the US", "the USA"], "US"),
    (["UK", "U.K.", "United Kingdom", "Britain", "Great Britain", "England", "Scotland", "Wales",
      "Northern Ireland", "the UK"], "GB"),
    (["South Korea", "Korea", "Republic of Korea", "ROK"], "KR"),
    (["North Korea", "DPRK"], "KP"),
    (["Australia"], "AU"), (["New Zealand", "NZ"], "NZ"), (["Germany", "Deutschland"], "DE"),
    (["France"], "FR"), (["Japan", "Nippon"], "JP"), (["Singapore", "SG"], "SG"),
    (["Canada"], "CA"), (["Russia", "Russian Federation"], "RU"), (["UAE", "Emirates"], "AE"),
    (["Netherlands", "Holland", "the Netherlands"], "NL"), (["Switzerland"], "CH"),
    (["Czech Republic", "Czechia"], "CZ"), (["Turkey", "Türkiye"], "TR"),
]:
    for _n in _names:
        _EN_COUNTRY_ALIASES[_latin_key(_n)] = _c
# two/three-letter aliases that are also ordinary words or state codes are accepted only as
# whole comma-separated parts or when written in capitals (see _latin_place)
_EN_SHORT_ALIASES = {"us", "uk", "hk", "nz", "sg", "uae", "usa", "prc", "rok", "dprk", "hksar"}


# --------------------------------------------------------------------------------------------
# regions that name a country (US states, Canadian provinces, Australian states)
# --------------------------------------------------------------------------------------------

_US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York State", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
    "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington State", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "DC": "District of Columbia",
}
_CA_PROVINCES = {"ON": "Ontario", "BC": "British Columbia", "QC": "Quebec", "AB": "Alberta",
                 "MB": "Manitoba", "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick"}
_AU_STATES = {"NSW": "New South Wales", "QLD": "Queensland", "VIC": "Victoria", "WA ": "Western Australia",
              "SA ": "South Australia", "TAS": "Tasmania", "ACT": "Australian Capital Territory"}

# Latin region key -> country; abbreviations (capitals only) separately
_EN_REGIONS: dict[str, str] = {}
_EN_REGION_ABBR: dict[str, str] = {}
for _tbl, _c in ((_US_STATES, "US"), (_CA_PROVINCES, "CA"), (_AU_STATES, "AU")):
    for _abbr, _name in _tbl.items():
        _EN_REGIONS.setdefault(_latin_key(_name), _c)
        _EN_REGION_ABBR.setdefault(_abbr.strip(), _c)
_EN_REGION_ABBR["WA"] = "US"
_EN_REGION_ABBR["SA"] = "AU"
for _k in ("victoria", "georgia"):      # also a Canadian city / a country: ask for more context
    _EN_REGIONS.pop(_k, None)

# Chinese names of the same regions (they also name the country when it is missing)
_ZH_REGIONS: dict[str, str] = {}
for _names, _c in [
    (["加州", "加利福尼亚州", "加利福尼亚", "纽约州", "德州", "得克萨斯州", "德克萨斯州", "麻省",
      "马萨诸塞州", "华盛顿州", "新泽西州", "新泽西", "宾州", "宾夕法尼亚州", "伊利诺伊州", "伊利诺伊",
      "密歇根州", "密西根州", "佛罗里达州", "佛州", "佐治亚州", "北卡罗来纳州", "北卡", "俄亥俄州",
      "马里兰州", "弗吉尼亚州", "亚利桑那州", "科罗拉多州", "犹他州", "明尼苏达州", "印第安纳州",
      "康涅狄格州", "夏威夷州", "夏威夷", "俄勒冈州", "田纳西州", "威斯康星州", "密苏里州"], "US"),
    (["安大略省", "安大略", "不列颠哥伦比亚省", "卑诗省", "魁北克省", "阿尔伯塔省", "艾伯塔省"], "CA"),
    (["新南威尔士州", "新州", "维多利亚州", "维州", "昆士兰州", "昆士兰", "西澳", "南澳"], "AU"),
]:
    for _n in _names:
        _ZH_REGIONS[_n] = _c


# --------------------------------------------------------------------------------------------
# well-known foreign cities: (Chinese, [English spellings], [countries, default first])
# --------------------------------------------------------------------------------------------

_FOREIGN_CITY_ROWS: list[tuple[str, list[str], list[str]]] = [
    # United States
    ("波士顿", ["Boston"], ["US"]), ("剑桥", ["Cambridge"], ["GB", "US"]),
    ("纽约", ["New York", "New York City", "NYC", "Manhattan"], ["US"]),
    ("旧金山", ["San Francisco", "SF"], ["US"]), ("硅谷", ["Silicon Valley", "Bay Area"], ["US"]),
    ("湾区", ["SF Bay Area"], ["US"]),
    ("洛杉矶", ["Los Angeles", "LA"], ["US"]), ("西雅图", ["Seattle"], ["US"]),
    ("芝加哥", ["Chicago"], ["US"]), ("休斯顿", ["Houston"], ["US"]),
    ("华盛顿", ["Washington", "Washington DC", "Washington D.C."], ["US"]),
    ("费城", ["Philadelphia"], ["US"]), ("圣地亚哥", ["San Diego"], ["US"]),
    ("圣何塞", ["San Jose"], ["US"]), ("帕洛阿尔托", ["Palo Alto"], ["US"]),
    ("斯坦福", ["Stanford"], ["US"]), ("伯克利", ["Berkeley"], ["US"]),
    ("普林斯顿", ["Princeton"], ["US"]), ("纽黑文", ["New Haven"], ["US"]),
    ("匹兹堡", ["Pittsburgh"], ["US"]), ("巴尔的摩", ["Baltimore"], ["US"]),
    ("亚特兰大", ["Atlanta"], ["US"]), ("达拉斯", ["Dallas"], ["US"]),
    ("奥斯汀", ["Austin"], ["US"]), ("迈阿密", ["Miami"], ["US"]), ("丹佛", ["Denver"], ["US"]),
    ("底特律", ["Detroit"], ["US"]), ("安娜堡", ["Ann Arbor"], ["US"]),
    ("凤凰城", ["Phoenix"], ["US"]), ("拉斯维加斯", ["Las Vegas"], ["US"]),
    ("圣路易斯", ["St. Louis", "Saint Louis"], ["US"]), ("明尼阿波利斯", ["Minneapolis"], ["US"]),
    ("檀香山", ["Honolulu"], ["US"]), ("尔湾", ["Irvine"], ["US"]),
    ("波特兰", ["Portland"], ["US"]), ("盐湖城", ["Salt Lake City"], ["US"]),
    # Canada
    ("多伦多", ["Toronto"], ["CA"]), ("温哥华", ["Vancouver"], ["CA", "US"]),
    ("蒙特利尔", ["Montreal", "Montréal"], ["CA"]), ("渥太华", ["Ottawa"], ["CA"]),
    ("卡尔加里", ["Calgary"], ["CA"]), ("埃德蒙顿", ["Edmonton"], ["CA"]),
    ("滑铁卢", ["Waterloo"], ["CA"]),
    # United Kingdom, Ireland
    ("伦敦", ["London"], ["GB"]), ("牛津", ["Oxford"], ["GB"]), ("曼彻斯特", ["Manchester"], ["GB"]),
    ("爱丁堡", ["Edinburgh"], ["GB"]), ("伯明翰", ["Birmingham"], ["GB"]),
    ("格拉斯哥", ["Glasgow"], ["GB"]), ("利物浦", ["Liverpool"], ["GB"]),
    ("谢菲尔德", ["Sheffield"], ["GB"]), ("诺丁汉", ["Nottingham"], ["GB"]),
    ("布里斯托", ["Bristol"], ["GB"]), ("利兹", ["Leeds"], ["GB"]), ("卡迪夫", ["Cardiff"], ["GB"]),
    ("都柏林", ["Dublin"], ["IE"]),
    # Europe
    ("巴黎", ["Paris"], ["FR"]), ("里昂", ["Lyon"], ["FR"]), ("柏林", ["Berlin"], ["DE"]),
    ("慕尼黑", ["Munich", "München", "Muenchen"], ["DE"]),
    ("法兰克福", ["Frankfurt"], ["DE"]), ("汉堡", ["Hamburg"], ["DE"]),
    ("斯图加特", ["Stuttgart"], ["DE"]), ("亚琛", ["Aachen"], ["DE"]),
    ("海德堡", ["Heidelberg"], ["DE"]), ("德累斯顿", ["Dresden"], ["DE"]),
    ("科隆", ["Cologne", "Köln", "Koeln"], ["DE"]), ("杜塞尔多夫", ["Düsseldorf", "Dusseldorf"], ["DE"]),
    ("阿姆斯特丹", ["Amsterdam"], ["NL"]), ("鹿特丹", ["Rotterdam"], ["NL"]),
    ("代尔夫特", ["Delft"], ["NL"]), ("埃因霍温", ["Eindhoven"], ["NL"]),
    ("苏黎世", ["Zurich", "Zürich"], ["CH"]), ("日内瓦", ["Geneva", "Genève"], ["CH"]),
    ("洛桑", ["Lausanne"], ["CH"]), ("维也纳", ["Vienna", "Wien"], ["AT"]),
    ("布鲁塞尔", ["Brussels"], ["BE"]), ("斯德哥尔摩", ["Stockholm"], ["SE"]),
    ("哥本哈根", ["Copenhagen"], ["DK"]), ("奥斯陆", ["Oslo"], ["NO"]),
    ("赫尔辛基", ["Helsinki"], ["FI"]), ("米兰", ["Milan", "Milano"], ["IT"]),
    ("罗马", ["Rome", "Roma"], ["IT"]), ("马德里", ["Madrid"], ["ES"]),
    ("巴塞罗那", ["Barcelona"], ["ES"]), ("里斯本", ["Lisbon"], ["PT"]),
    ("华沙", ["Warsaw"], ["PL"]), ("布拉格", ["Prague"], ["CZ"]), ("布达佩斯", ["Budapest"], ["HU"]),
    ("雅典", ["Athens"], ["GR"]), ("莫斯科", ["Moscow"], ["RU"]),
    ("圣彼得堡", ["Saint Petersburg", "St. Petersburg", "St Petersburg"], ["RU"]),
    ("伊斯坦布尔", ["Istanbul"], ["TR"]),
    # Asia
    ("东京", ["Tokyo"], ["JP"]), ("大阪", ["Osaka"], ["JP"]), ("京都", ["Kyoto"], ["JP"]),
    ("名古屋", ["Nagoya"], ["JP"]), ("横滨", ["Yokohama"], ["JP"]), ("神户", ["Kobe"], ["JP"]),
    ("福冈", ["Fukuoka"], ["JP"]), ("札幌", ["Sapporo"], ["JP"]), ("仙台", ["Sendai"], ["JP"]),
    ("筑波", ["Tsukuba"], ["JP"]), ("首尔", ["Seoul"], ["KR"]), ("釜山", ["Busan", "Pusan"], ["KR"]),
    ("大田", ["Daejeon"], ["KR"]), ("新加坡", ["Singapore"], ["SG"]),
    ("吉隆坡", ["Kuala Lumpur", "KL"], ["MY"]), ("曼谷", ["Bangkok"], ["TH"]),
    ("雅加达", ["Jakarta"], ["ID"]), ("河内", ["Hanoi", "Ha Noi"], ["VN"]),
    ("胡志明市", ["Ho Chi Minh City", "Saigon"], ["VN"]), ("马尼拉", ["Manila"], ["PH"]),
    ("孟买", ["Mumbai", "Bombay"], ["IN"]), ("新德里", ["New Delhi", "Delhi"], ["IN"]),
    ("班加罗尔", ["Bangalore", "Bengaluru"], ["IN"]), ("迪拜", ["Dubai"], ["AE"]),
    ("阿布扎比", ["Abu Dhabi"], ["AE"]), ("多哈", ["Doha"], ["QA"]), ("利雅得", ["Riyadh"], ["SA"]),
    ("特拉维夫", ["Tel Aviv"], ["IL"]),
    # Oceania
    ("悉尼", ["Sydney"], ["AU"]), ("墨尔本", ["Melbourne"], ["AU"]), ("布里斯班", ["Brisbane"], ["AU"]),
    ("珀斯", ["Perth"], ["AU"]), ("堪培拉", ["Canberra"], ["AU"]), ("阿德莱德", ["Adelaide"], ["AU"]),
    ("奥克兰", ["Auckland"], ["NZ"]), ("惠灵顿", ["Wellington"], ["NZ"]),
    ("基督城", ["Christchurch"], ["NZ"]),
    # Africa, the Americas
    ("开罗", ["Cairo"], ["EG"]), ("约翰内斯堡", ["Johannesburg"], ["ZA"]), ("开普敦", ["Cape Town"], ["ZA"]),
    ("内罗毕", ["Nairobi"], ["KE"]), ("圣保罗", ["Sao Paulo", "São Paulo"], ["BR"]),
    ("里约热内卢", ["Rio de Janeiro"], ["BR"]), ("布宜诺斯艾利斯", ["Buenos Aires"], ["AR"]),
    ("墨西哥城", ["Mexico City"], ["MX"]), ("圣地亚哥(智利)", ["Santiago"], ["CL"]),
    # Hong Kong, Macau, Taiwan
    ("香港", ["Hong Kong"], ["HK"]), ("九龙", ["Kowloon"], ["HK"]), ("新界", ["New Territories"], ["HK"]),
    ("澳门", ["Macau", "Macao"], ["MO"]), ("台北", ["Taipei"], ["TW"]), ("新北", ["New Taipei"], ["TW"]),
    ("台中", ["Taichung"], ["TW"]), ("台南", ["Tainan"], ["TW"]), ("高雄", ["Kaohsiung"], ["TW"]),
    ("新竹", ["Hsinchu"], ["TW"]), ("桃园", ["Taoyuan"], ["TW"]),
]

_ZH_FOREIGN_CITIES: dict[str, tuple[str, list[str]]] = {}   # 波士顿 -> (波士顿, [US])
_EN_FOREIGN_CITIES: dict[str, tuple[str, list[str]]] = {}   # boston -> (波士顿, [US])
for _zh, _ens, _cs in _FOREIGN_CITY_ROWS:
    _zh_name = _zh.split("(")[0]
    if _zh == _zh_name:
        _ZH_FOREIGN_CITIES[_zh] = (_zh, _cs)
        if _zh.endswith("市"):
            _ZH_FOREIGN_CITIES[_zh[:-1]] = (_zh, _cs)
    for _e in _ens:
        _EN_FOREIGN_CITIES.setdefault(_latin_key(_e), (_zh_name, _cs))
_ZH_FOREIGN_CITIES.update({"台北市": ("台北", ["TW"]), "高雄市": ("高雄", ["TW"]),
                           "台中市": ("台中", ["TW"]), "台南市": ("台南", ["TW"]),
                           "新竹市": ("新竹", ["TW"]), "桃园市": ("桃园", ["TW"]),
                           "纽约市": ("纽约", ["US"]), "东京都": ("东京", ["JP"]),
                           "首尔市": ("首尔", ["KR"]), "伦敦市": ("伦敦", ["GB"]),
                           "大阪府": ("大阪", ["JP"]), "京都府": ("京都", ["JP"])})
# Latin city names that are only safe as a whole comma part (LA is Louisiana, SF/KL are initials)
_EN_CITY_SHORT = {"la", "sf", "kl", "nyc"}


# --------------------------------------------------------------------------------------------
# mainland China: cpca tables, short district names, romanised city names
# --------------------------------------------------------------------------------------------

_MUNICIPALITIES = {"11": "北京市", "12": "天津市", "31": "上海市", "50": "重庆市"}
_NON_CITY_NAMES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
# county names that also exist outside the mainland (香港东区, 台湾 新竹市东区 / 台中市中区 …):
# bare, they do not even tell the country
_AMBIGUOUS_BEYOND_MAINLAND = {"东区", "西区", "南区", "北区", "中区", "中西区"}
# generic county names that are no place at all without a parent
_GENERIC_COUNTY = {"市辖区", "城区", "郊区", "矿区", "市中区", "城中区", "新城区", "县"}


def _adname(code6: str) -> str | None:
    a = cpca.ad_2_addr_dict.get(code6 + "000000")
    return a.name if a else None


def _load_nations() -> list[str]:
    from importlib import resources
    try:
        text = resources.files("cpca.resources").joinpath("56_nations.csv").read_text(encoding="utf8")
        nations = [ln.strip() for ln in text.splitlines() if ln.strip().endswith("族")]
    except Exception:       # pragma: no cover - resource layout changed
        nations = []
    # longest first, so 朝鲜族 is stripped before 鲜族-like tails could be
    return sorted(set(nations), key=len, reverse=True)


def _short_county(name: str, nations: list[str]) -> str | None:
    """峨边彝族自治县 -> 峨边, 海淀区 -> 海淀, 米易县 -> 米易; None when too short to be safe."""
    s = name
    if s.endswith(("自治县", "自治旗")):
        s = s[:-3]
        changed = True
        while changed and s:
            changed = False
            for n in nations:
                if s.endswith(n) and len(s) > len(n):
                    s = s[: -len(n)]
                    changed = True
                    break
    elif s.endswith("新区"):       # 浦东新区 -> 浦东, 滨海新区 -> 滨海
        s = s[:-2]
    elif s.endswith(("区", "县")):
        s = s[:-1]
    else:
        return None
    return s if len(s) >= 2 else None


def _build_cn_tables():
    nations = _load_nations()
    county_by_name: dict[str, list[str]] = {}          # 朝阳区 -> [110105, 220104]
    short_by_parent: dict[str, dict[str, set]] = {}    # '1101'/'11' -> {海淀: {110108}}
    short_global: dict[str, set] = {}                  # 米易 -> {510421}
    city_names: set[str] = set()
    for a in cpca.ad_2_addr_dict.values():
        code = a.adcode
        if a.rank == 1:
            city_names.add(a.name)
            city_names.add(re.sub(r"市$", "", a.name))
            continue
        if a.rank != 2 or a.name in _GENERIC_COUNTY:
            continue
        county_by_name.setdefault(a.name, []).append(code)
        names = {a.name}
        short = _short_county(a.name, nations)
        if short:
            names.add(short)
            short_global.setdefault(short, set()).add(code)
        for parent in (code[:4], code[:2]):
            d = short_by_parent.setdefault(parent, {})
            for n in names:
                d.setdefault(n, set()).add(code)
    # a short name that is also a prefecture or province name is not a county name
    prov_names = {re.sub(r"(省|市|自治区|特别行政区)$", "", a.name)
                  for a in cpca.ad_2_addr_dict.values() if a.rank == 0}
    for n in list(short_global):
        if n in city_names or n in prov_names:
            del short_global[n]
    return county_by_name, short_by_parent, short_global


_COUNTY_BY_NAME, _SHORT_BY_PARENT, _SHORT_GLOBAL = _build_cn_tables()

# romanised names of Chinese provinces and cities -> Chinese text that cpca understands
_CN_ROMAN_MANUAL: dict[str, str] = {
    "beijing": "北京市", "peking": "北京市", "shanghai": "上海市", "tianjin": "天津市",
    "chongqing": "重庆市", "chungking": "重庆市", "guangzhou": "广州市", "canton": "广州市",
    "shenzhen": "深圳市", "chengdu": "成都市", "hangzhou": "杭州市", "nanjing": "南京市",
    "nanking": "南京市", "wuhan": "武汉市", "xian": "西安市", "suzhou": "苏州市", "fuzhou": "福州市",
    "xiamen": "厦门市", "amoy": "厦门市", "qingdao": "青岛市", "tsingtao": "青岛市",
    "dalian": "大连市", "shenyang": "沈阳市", "harbin": "哈尔滨市", "changsha": "长沙市",
    "zhengzhou": "郑州市", "jinan": "济南市", "hefei": "合肥市", "kunming": "昆明市",
    "guiyang": "贵阳市", "nanning": "南宁市", "lanzhou": "兰州市", "xining": "西宁市",
    "yinchuan": "银川市", "urumqi": "乌鲁木齐市", "wulumuqi": "乌鲁木齐市", "lhasa": "拉萨市",
    "hohhot": "呼和浩特市", "huhehaote": "呼和浩特市", "taiyuan": "太原市",
    "shijiazhuang": "石家庄市", "changchun": "长春市", "nanchang": "南昌市", "haikou": "海口市",
    "sanya": "三亚市", "ningbo": "宁波市", "wuxi": "无锡市", "dongguan": "东莞市", "foshan": "佛山市",
    "zhuhai": "珠海市", "xiongan": "河北省", "xuzhou": "徐州市",
    # Sichuan: every prefecture, and Xichang
    "zigong": "自贡市", "panzhihua": "攀枝花市", "luzhou": "泸州市", "deyang": "德阳市",
    "mianyang": "绵阳市", "guangyuan": "广元市", "suining": "遂宁市", "neijiang": "内江市",
    "leshan": "乐山市", "nanchong": "南充市", "meishan": "眉山市", "yibin": "宜宾市",
    "guangan": "广安市", "dazhou": "达州市", "yaan": "雅安市", "bazhong": "巴中市", "ziyang": "资阳市",
    "aba": "阿坝藏族羌族自治州", "ngawa": "阿坝藏族羌族自治州", "ganzi": "甘孜藏族自治州",
    "garze": "甘孜藏族自治州", "liangshan": "凉山彝族自治州", "xichang": "四川省西昌市",
    "dukou": "攀枝花市",
    # provinces
    "sichuan": "四川省", "szechuan": "四川省", "szechwan": "四川省", "shaanxi": "陕西省",
    "shanxi": "山西省", "innermongolia": "内蒙古自治区", "neimenggu": "内蒙古自治区",
    "tibet": "西藏自治区", "xizang": "西藏自治区", "xinjiang": "新疆维吾尔自治区",
    "guangxi": "广西壮族自治区", "ningxia": "宁夏回族自治区",
}


def _build_cn_roman() -> dict[str, str]:
    from pypinyin import lazy_pinyin
    auto: dict[str, set] = {}
    for a in cpca.ad_2_addr_dict.values():
        if a.rank == 0:
            base = re.sub(r"(省|市|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$", "", a.name)
        elif a.rank == 1 and a.name.endswith("市"):
            base = a.name[:-1]
        else:
            continue
        if len(base) < 2 or base.startswith(("香港", "澳门", "台湾")):
            continue
        auto.setdefault("".join(lazy_pinyin(base)), set()).add(a.name)
    out = {k: next(iter(v)) for k, v in auto.items() if len(v) == 1}
    out.update(_CN_ROMAN_MANUAL)
    return out


_CN_ROMAN = _build_cn_roman()


def _cpca_one(s: str) -> dict:
    """One cpca result as a dict (省, 市, 区, 地址, adcode, *_pos)."""
    one = getattr(cpca, "_get_one_addr", None)
    if one is not None:  # what cpca.transform does per row, without building a DataFrame
        try:
            return dict(one(s, True, {}))
        except Exception:  # pragma: no cover - cpca internals changed
            pass
    row = cpca.transform([s], pos_sensitive=True).iloc[0].to_dict()  # pragma: no cover
    return {k: (None if v != v else v) for k, v in row.items()}        # NaN -> None


def _cn_place(province: str | None, city: str | None, district: str | None,
              adcode: str | None) -> Place:
    return Place("CN", "中国", province, city, district, adcode, False)


def _place_from_code(code: str, district_name: str | None = None) -> Place:
    """Place for a 6-digit mainland adcode (province, city or county level)."""
    prov = _adname(code[:2] + "0000")
    if code[:2] in _MUNICIPALITIES:
        city = _MUNICIPALITIES[code[:2]]
    elif code.endswith("0000"):
        city = None
    else:
        city = _adname(code[:4] + "00")
        if city in _NON_CITY_NAMES:
            city = None
    district = None
    if not code.endswith("00"):
        district = district_name or _adname(code)
        if city is None and district and district.endswith("市"):
            city = district          # 省直辖县级市 (仙桃市): the county-level city is the city
    return _cn_place(prov, city, district, code)


def _unique(codes) -> str | None:
    codes = set(codes)
    return next(iter(codes)) if len(codes) == 1 else None


def _district_in_rest(rest: str, parent: str) -> str | None:
    """北京|海淀, 深圳|南山: a county under `parent` (2 or 4 digits) named at the start of `rest`."""
    table = _SHORT_BY_PARENT.get(parent)
    if not table or not rest:
        return None
    for n in range(min(len(rest), 12), 1, -1):
        codes = table.get(rest[:n])
        if codes:
            return _unique(codes)
    return None


def _china_place(s: str) -> Place | None:
    """A mainland address in Chinese."""
    s = re.sub(r"(?<!大)渡口市", "攀枝花市", s)          # the city's name until 1987
    s = re.sub(r"^四川省?渡口(?![镇乡村街路])", "四川省攀枝花", s)
    s = s.replace("市辖区", "")                      # a code-table artefact, never a place
    if not s:
        return None
    if s in _AMBIGUOUS_BEYOND_MAINLAND:
        return None
    r = _cpca_one(s)
    code = r.get("adcode")
    if not code:
        codes = _SHORT_GLOBAL.get(s)           # 米易, 海淀 (whole value only)
        if codes and _unique(codes):
            return _place_from_code(_unique(codes))
        return None
    county = r.get("区")
    prov_pos, city_pos = r.get("省_pos", -1), r.get("市_pos", -1)
    explicit_parent = None
    if city_pos is not None and city_pos >= 0:
        explicit_parent = code[:4]
    elif prov_pos is not None and prov_pos >= 0:
        explicit_parent = code[:2]
    if county:
        if county in _GENERIC_COUNTY and not explicit_parent:
            return None
        candidates = [c for c in _COUNTY_BY_NAME.get(county, [code])
                      if explicit_parent is None or c.startswith(explicit_parent)]
        if explicit_parent is None and (county in _AMBIGUOUS_BEYOND_MAINLAND or len(candidates) > 1):
            # a bare district name: 东区 (攀枝花? 香港?) or 朝阳区 (北京? 长春?)
            if county in _AMBIGUOUS_BEYOND_MAINLAND:
                return None
            return _cn_place(None, None, county, None)
        if len(candidates) > 1:          # 江苏鼓楼区: 南京 or 徐州
            return _place_from_code(explicit_parent + "0" * (6 - len(explicit_parent)))
        if county in _GENERIC_COUNTY:    # 北京市市辖区
            return _place_from_code(code[:4] + "00" if code[:2] not in _MUNICIPALITIES
                                    else code[:2] + "0000")
        return _place_from_code(code, county)
    # no county from cpca: try the short district name right after the city/province
    rest = (r.get("地址") or "").strip(_EDGE_PUNCT)
    parent = code[:2] if (code.endswith("0000") or code[:2] in _MUNICIPALITIES) else code[:4]
    if rest:
        found = _district_in_rest(rest, parent)
        if found:
            return _place_from_code(found)
    return _place_from_code(code)


# --------------------------------------------------------------------------------------------
# foreign, HK/MO/TW
# --------------------------------------------------------------------------------------------

def _foreign(code: str, city: str | None) -> Place:
    if code == "CN":
        raise ValueError("mainland is not foreign")
    if city is None and code in ("HK", "MO"):
        city = COUNTRY_NAME_ZH[code]
    if city is None and code == "SG":
        city = "新加坡"
    return Place(code, COUNTRY_NAME_ZH.get(code, code), None, city, None, None, True)


def _longest_prefix(s: str, table: dict) -> tuple[str, object] | None:
    for n in range(min(len(s), 14), 1, -1):
        v = table.get(s[:n])
        if v is not None:
            return s[:n], v
    return None


def _foreign_city_zh(rest: str, country: str) -> str | None:
    """The city part after a country name (美国|马萨诸塞州波士顿): Chinese name if known, else as written."""
    rest = rest.strip(_EDGE_PUNCT)
    hit = _longest_prefix(rest, _ZH_REGIONS)
    if hit:
        rest = rest[len(hit[0]):].strip(_EDGE_PUNCT)
    if not rest:
        return None
    hit = _longest_prefix(rest, _ZH_FOREIGN_CITIES)
    if hit:
        return hit[1][0]
    for name, (zh, cs) in _ZH_FOREIGN_CITIES.items():   # 加州|洛杉矶 already handled; 美国 硅谷地区
        if len(name) >= 2 and name in rest and country in cs:
            return zh
    return rest


_ZH_SPLIT = re.compile(r"[,，;；、/|\s]+")


def _chinese_place(s: str) -> Place | None:
    if s in _ZH_COUNTRY_EXACT:
        c = _ZH_COUNTRY_EXACT[s]
        return _foreign(c, None)
    parts = [p for p in _ZH_SPLIT.split(s) if p]
    # 波士顿，美国 / 伦敦 英国: a whole part names the country
    if len(parts) > 1:
        for i, p in enumerate(parts):
            c = _ZH_COUNTRY_ALIASES.get(p)
            if c:
                others = "".join(parts[:i] + parts[i + 1:])
                if c == "CN":
                    return _china_place(others) or _cn_place(None, None, None, None)
                return _foreign(c, _foreign_city_zh(others, c))
    compact = "".join(parts)
    hit = _longest_prefix(compact, _ZH_COUNTRY_ALIASES)
    if hit and hit[0] not in _ZH_COUNTRY_MANUAL and _china_place(compact) is not None:
        hit = None              # 黑山县 is not Montenegro, 巴林左旗 not Bahrain
    if hit:
        name, c = hit
        rest = compact[len(name):].strip(_EDGE_PUNCT)
        if c == "CN":
            if not rest:
                return _cn_place(None, None, None, None)
            return _chinese_place(rest)
        if c == "TW" and rest:
            hit2 = _longest_prefix(rest, _ZH_FOREIGN_CITIES)
            return _foreign("TW", hit2[1][0] if hit2 and "TW" in hit2[1][1] else None)
        if c in ("HK", "MO"):
            return _foreign(c, None)
        return _foreign(c, _foreign_city_zh(rest, c))
    hit = _longest_prefix(compact, _ZH_REGIONS)          # 加州洛杉矶, 安大略省多伦多
    if hit:
        c = hit[1]
        return _foreign(c, _foreign_city_zh(compact, c))
    hit = _longest_prefix(compact, _ZH_FOREIGN_CITIES)   # 波士顿, 东京都, 台北市
    if hit:
        zh, cs = hit[1]
        return _foreign(cs[0], zh)
    return _china_place(compact)


# --------------------------------------------------------------------------------------------
# romanised text
# --------------------------------------------------------------------------------------------

_LATIN_SPLIT = re.compile(r"[,;/|，；]+")
_LATIN_NOISE = {"city", "shi", "province", "sheng", "district", "qu", "county", "prefecture",
                "municipality", "state", "the", "of", "pr", "area", "region", "metro", "greater",
                "in", "at", "near"}


def _latin_place(s: str) -> Place | None:
    parts = [p.strip(" .-") for p in _LATIN_SPLIT.split(s)]
    parts = [p for p in parts if p]
    countries: list[str] = []
    regions: list[str] = []                 # country codes implied by a state/province
    fcities: list[tuple[str, list[str], str]] = []   # (zh, countries, as written)
    cn_bits: list[str] = []                 # Chinese names of romanised Chinese places
    leftovers: list[str] = []
    georgia = False
    for part in parts:
        words = part.split()
        used = [False] * len(words)
        whole_part = len(words)
        for n in range(min(len(words), 5), 0, -1):
            for i in range(0, len(words) - n + 1):
                if any(used[i:i + n]):
                    continue
                chunk = words[i:i + n]
                text = " ".join(chunk)
                key = _latin_key(text)
                alone = n == whole_part
                caps = text.isupper()
                if not key or (key in _LATIN_NOISE and not (caps and text in _EN_REGION_ABBR)):
                    continue
                hit = True
                if key == "georgia":          # the US state or the country: decided below
                    georgia = True
                elif key in _EN_COUNTRY_ALIASES and (key not in _EN_SHORT_ALIASES or alone or caps):
                    countries.append(_EN_COUNTRY_ALIASES[key])
                elif n == 1 and caps and text.strip(".") in _EN_REGION_ABBR:
                    regions.append(_EN_REGION_ABBR[text.strip(".")])
                elif key in _EN_REGIONS:
                    regions.append(_EN_REGIONS[key])
                elif key in _EN_FOREIGN_CITIES and (key not in _EN_CITY_SHORT or alone):
                    zh, cs = _EN_FOREIGN_CITIES[key]
                    fcities.append((zh, cs, text))
                elif key in _CN_ROMAN:
                    cn_bits.append(_CN_ROMAN[key])
                else:
                    hit = False
                if hit:
                    for j in range(i, i + n):
                        used[j] = True
        rest = " ".join(w for w, u in zip(words, used) if not u and _latin_key(w) not in _LATIN_NOISE)
        if rest and _latin_key(rest):
            leftovers.append(rest)

    if georgia:
        if "US" in regions or "US" in countries or any("US" in cs for _, cs, _ in fcities):
            regions.append("US")
        else:
            countries.append("GE")
    country = None
    special = [c for c in countries if c in ("HK", "MO", "TW")]
    if special:
        country = special[-1]                      # Hong Kong, China -> HK
    elif countries:
        country = countries[-1]
    elif regions:
        country = regions[-1]
    elif cn_bits and not fcities:
        country = "CN"
    elif fcities:
        country = fcities[0][1][0]
    if country is None:
        return None
    if country == "CN":
        if not cn_bits:
            return _cn_place(None, None, None, None)
        # province first, then city: 四川省攀枝花市
        ordered = sorted(cn_bits, key=lambda t: 0 if t.endswith(("省", "自治区")) else 1)
        return _china_place("".join(ordered)) or _cn_place(None, None, None, None)
    city = None
    for zh, cs, written in fcities:
        if country in cs:
            city = zh
            break
    if city is None and fcities:
        city = fcities[0][2]
    if city is None and leftovers and country not in ("HK", "MO"):
        city = leftovers[0]
    return _foreign(country, city)


# --------------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------------

_NOTHING = {"", "无", "暂无", "不详", "未知", "待定", "其他", "其它", "海外", "国外", "境外", "n/a", "na",
            "none", "null", "unknown", "-", "--", "/", "abroad", "overseas", "other"}


@functools.lru_cache(maxsize=200_000)
def _parse_clean(s: str) -> Place | None:
    s = s.strip(_EDGE_PUNCT)
    if s.lower() in _NOTHING:
        return None
    if _has_cjk(s):
        return _chinese_place(s)
    if not re.search(r"[A-Za-z]", s):
        return None
    return _latin_place(s)


def parse_place(text: str | None) -> Place | None:
    """Parse where someone lives now. None when the text names no place we can be sure of."""
    if text is None:
        return None
    if not isinstance(text, str):
        text = str(text)
    s = clean_text(text)
    if not s:
        return None
    return _parse_clean(s)


parse_place.cache_info = _parse_clean.cache_info      # type: ignore[attr-defined]
parse_place.cache_clear = _parse_clean.cache_clear    # type: ignore[attr-defined]
