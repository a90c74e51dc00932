"""Officers' forms in Datasette: each one a page of our plugin that calls the business action the
CLI calls (validated, one transaction, audited), and answers with what it changed or why it
changed nothing. They replace writable canned queries, whose page said 已记录 whenever the SQL ran,
even when it touched no row.
"""
import sqlite3
from dataclasses import dataclass, field

from pzh_talent.ingest.demand import log_demand
from pzh_talent.labels import LABELS
from pzh_talent.matching.match import OPINIONS, record_opinion
from pzh_talent.outreach.campaigns import STATUSES, set_status
from pzh_talent.registry.dedupe.run import decide

DECISIONS = {"同一人": "same", "不是同一人": "not_same"}


class FormError(ValueError):
    """A value the form cannot take, said in Chinese."""


@dataclass(frozen=True)
class Field:
    name: str                  # what the officer reads, and the form's key
    hint: str = ""
    choices: tuple = ()
    required: bool = True
    max_length: int = 200      # a form value is a few words: longer is refused before any reader sees it
    hidden: bool = False


@dataclass(frozen=True)
class Form:
    name: str
    title: str
    description: str
    roles: tuple
    fields: tuple
    run: object = field(repr=False)   # (connection, values, actor) -> what changed, in Chinese


def _number(values: dict, name: str) -> int:
    text = values.get(name, "")
    if not text.isdigit():
        raise FormError(f"“{name}”须为数字，而不是“{text}”")
    return int(text)


def _review(conn, values, actor_dict):
    actor = actor_dict.get("id")
    records = None
    if values.get("记录甲") and values.get("记录乙"):
        records = (_number(values, "记录甲"), _number(values, "记录乙"))
    a, b = decide(conn, _number(values, "编号"), DECISIONS[values["结论"]], actor=actor,
                  note=values.get("备注") or None, records=records)
    return f"已记录：记录 {a} 与 {b} {values['结论'] if values['结论'] == '不是同一人' else '是同一人'}，下次查重时生效"


def _outcome(conn, values, actor_dict):
    actor = actor_dict.get("id")
    before = set_status(conn, values["成员编号"], values["状态"], actor=actor)
    return f"已记录：成员 {values['成员编号']} 的状态由“{before}”改为“{values['状态']}”"


def _opinion(conn, values, actor_dict):
    return record_opinion(conn, _number(values, "需求编号"), _number(values, "人员编号"), values["意见"],
                          actor=actor_dict.get("id"), note=values.get("备注") or None)


# the liaison's form fields and the demand fields they fill (read as a demand file is read)
DEMAND_FORM = {"需求编号": "ref", "岗位": "position", "关键词": "keywords", "最低学历": "min_education",
               "最低职称": "min_title_level", "工作地点": "location", "人数": "headcount", "截止日期": "deadline",
               "状态": "status"}


def _demand(conn, values, actor_dict):
    enterprise = actor_dict.get("enterprise")
    if not enterprise:
        raise FormError("只有企业联络员账号（带所属企业）能登记需求")
    raw = {DEMAND_FORM[k]: v for k, v in values.items() if v}
    raw["_labels"] = {v: k for k, v in DEMAND_FORM.items()}
    return log_demand(conn, raw, enterprise, actor=actor_dict.get("id"))


FORMS = {f.name: f for f in (
    Form("review_decision", "审核结论：两条记录是否同一人",
         "填写待审核记录对的编号和结论，记录审核人和时间；下次查重即遵守。", ("admin", "officer"),
         (Field("编号", "待审核记录对的编号"), Field("结论", choices=tuple(DECISIONS)),
          Field("备注", required=False, max_length=500),
          Field("记录甲", required=False, hidden=True), Field("记录乙", required=False, hidden=True)), _review),
    Form("record_outcome", "记录外联结果",
         "填写成员编号（导出文件第一列）和新状态。记录操作人和时间，并留下状态历史；不予联系的成员不能记录。",
         ("admin", "officer"), (Field("成员编号", "导出文件第一列"), Field("状态", choices=STATUSES)), _outcome),
    Form("match_opinion", "对推荐人选的意见",
         "填写需求编号（企业需求表的“编号”）、人员编号和意见。否决的人选以后不再推荐给该需求。", ("admin", "officer"),
         (Field("需求编号"), Field("人员编号"), Field("意见", choices=tuple(OPINIONS)),
          Field("备注", required=False, max_length=500)), _opinion),
    Form("log_demand", "登记或更新需求",
         "需求编号由企业自定；填写已有的需求编号即更新该需求。关键词用顿号或逗号分隔。最低学历如“本科”“本科及以上”“不限”；"
         "最低职称如“中级及以上”“高级工程师”；人数如“3”“若干”；截止日期如 2026-06-30 或“长期”。", ("admin", "liaison"),
         (Field("需求编号", max_length=100), Field("岗位"), Field("关键词", required=False, max_length=500),
          Field("最低学历", required=False), Field("最低职称", required=False), Field("工作地点", required=False),
          Field("人数", required=False), Field("截止日期", required=False),
          Field("状态", required=False, choices=tuple(LABELS.demand_status.values()))), _demand),
)}


def read_values(form: Form, given: dict) -> dict:
    """The form's values, stripped and checked against the fields; FormError says what is wrong."""
    values = {}
    for f in form.fields:
        value = (given.get(f.name) or "").strip()
        if len(value) > f.max_length:
            raise FormError(f"“{f.name}”太长（{len(value)} 字，最多 {f.max_length} 字）")
        if f.required and not value:
            raise FormError(f"请填写“{f.name}”")
        if value and f.choices and value not in f.choices:
            raise FormError(f"“{f.name}”须为 {'、'.join(f.choices)} 之一，而不是“{value}”")
        values[f.name] = value
    return values


def submit(conn, form: Form, given: dict, actor: dict) -> str:
    """Validate and run a form on a registry connection. Returns what changed; raises FormError."""
    values = read_values(form, given)
    previous = conn.isolation_level
    conn.isolation_level = None  # the actions hold their own BEGIN IMMEDIATE … COMMIT
    try:
        return form.run(conn, values, actor)
    except (LookupError, ValueError) as e:
        raise FormError(str(e.args[0]) if e.args else str(e)) from None
    except sqlite3.OperationalError as e:
        if "locked" in str(e) or "busy" in str(e):
            raise FormError("登记库正忙（另一个任务正在写入），本次未保存，请稍后再提交") from None
        raise
    finally:
        conn.isolation_level = previous
