"""The registry's own vocabulary: the Chinese label of each stored code (攀籍证据 strong → 强, a
channel, a status), the lists a CHECK constraint holds (outreach statuses, policy targets) and the
ordered levels of 学历 and 职称. Data in labels.json, loaded once into one typed object; the views
(registry/views.py), the CLI, intake, matching and outreach read it from here. The bottom layer: no
imports of ours."""
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Labels:
    origin_strength: dict[str, str]
    overseas: dict[str, str]           # keys are the stored 1/0 as text
    review_status: dict[str, str]
    demand_status: dict[str, str]
    campaign_status: dict[str, str]
    channel: dict[str, str]
    member_statuses: tuple[str, ...]   # in the order officers meet them
    returned: tuple[str, ...]          # the statuses that count as 已回攀 for the policy
    suppressed: str                    # what a member not to be contacted shows as 状态
    funnel: tuple[tuple[str, tuple[str, ...]], ...]
    policy_targets: dict[str, int]
    education_levels: tuple[str, ...]  # lowest first: the position is the rank
    demand_education: dict[str, str]   # 本科 -> 大学本科
    title_levels: tuple[str, ...]      # lowest first, ranked from 1

    @property
    def education_rank(self) -> dict[str, int]:
        return {level: rank for rank, level in enumerate(self.education_levels)}

    @property
    def title_rank(self) -> dict[str, int]:
        return {level: rank for rank, level in enumerate(self.title_levels, start=1)}

    def strength(self, code: str | None, none: str | None = None) -> str | None:
        """强 / 中 / 弱 for a stored origin strength; `none` for no evidence."""
        return self.origin_strength.get(code, code) if code else none


def load(path: Path = Path(__file__).with_name("labels.json")) -> Labels:
    data = {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    return Labels(
        origin_strength=data["origin_strength"], overseas=data["overseas"], review_status=data["review_status"],
        demand_status=data["demand_status"], campaign_status=data["campaign_status"], channel=data["channel"],
        member_statuses=tuple(data["member_statuses"]), returned=tuple(data["returned"]),
        suppressed=data["suppressed"], funnel=tuple((stage, tuple(s)) for stage, s in data["funnel"]),
        policy_targets=data["policy_targets"], education_levels=tuple(data["education_levels"]),
        demand_education=data["demand_education"], title_levels=tuple(data["title_levels"]))


LABELS = load()
