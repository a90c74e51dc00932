"""The `pzh-talent` command: a thin layer over the Python API in ingest/, registry/, …"""
import getpass
import json
import shlex
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from pzh_talent.ingest.errors import ImportFailed
from pzh_talent.ingest.load import ImportSummary, load_file, parse_column_map, parse_defaults, summary_dict
from pzh_talent.registry.db import DEFAULT_DB, NotARegistry, RegistryBusy, check_registry, quick_check
from pzh_talent.registry.db import connect as _connect
from pzh_talent.registry.lock import JobRunning, job_lock
from pzh_talent.labels import LABELS
from pzh_talent.registry.schema import SchemaTooNew

db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="登记库 SQLite 文件 / registry database")


def _os_user() -> str | None:
    """Who runs the command, for audit rows when no --actor is given."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return None


def explain(e: Exception, db_path=None) -> str:
    """An SQLite error as an officer can act on it, in Chinese; nothing was changed."""
    text = str(e)
    where = f"登记库“{db_path}”" if db_path else "登记库"
    if isinstance(e, (RegistryBusy, JobRunning, NotARegistry, SchemaTooNew)):
        return text
    if "full" in text:
        return f"磁盘已满，{where}无法写入（{text}）：本次未作任何更改，请腾出磁盘空间后重试"
    if "readonly" in text or "read-only" in text:
        return (f"{where}是只读的（文件或所在文件夹没有写权限）：本次未作任何更改。请检查权限；"
                f"只读的登记库可以用 pzh-talent serve 浏览")
    if "locked" in text or "busy" in text:
        return f"{where}正被另一个任务占用（{text}）：本次未作任何更改，请稍后重试"
    if "unable to open" in text:
        return f"无法打开{where}（文件夹不存在或没有权限）"
    if "disk I/O" in text:
        return f"读写{where}时磁盘出错（{text}）：本次未作任何更改"
    if "malformed" in text or "not a database" in text:
        return f"{where}已损坏或不是 SQLite 文件（{text}）：请从备份恢复"
    return f"{where}出错：{text}"


def connect(db_path, create: bool = False):
    """The registry at `db_path`; only the commands that make one (ingest, demo, init) create it."""
    try:
        return _connect(db_path, create=create)
    except (SchemaTooNew, NotARegistry) as e:
        raise click.ClickException(str(e))
    except sqlite3.DatabaseError as e:
        raise click.ClickException(explain(e, db_path))


def job(db_path, name: str, create: bool = False):
    """The registry for a registry-changing job: the job lock held until the command ends (one such
    job at a time), the file checked before anything is written, the WAL checkpointed after."""
    try:
        check_registry(db_path, create)
    except NotARegistry as e:
        raise click.ClickException(str(e))
    return click.get_current_context().with_resource(_job(db_path, name, create))


@contextmanager
def _job(db_path, name, create):
    try:
        lock = job_lock(db_path, name)
        lock.__enter__()
    except JobRunning as e:
        raise click.ClickException(str(e))
    except OSError as e:
        raise click.ClickException(f"无法在登记库所在文件夹建立任务锁（{e}）：文件夹是只读的吗？")
    try:
        conn = connect(db_path, create)
        try:
            quick_check(conn)
        except NotARegistry as e:
            raise click.ClickException(str(e))
        yield conn
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # never waits for readers
        except sqlite3.Error:
            pass
    finally:
        lock.__exit__(None, None, None)


class RegistryCommands(click.Group):
    """Every command's SQLite trouble (a full disk, a read-only file, a lock held too long) as a
    message in Chinese and exit code 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (sqlite3.DatabaseError, RegistryBusy, JobRunning) as e:
            raise click.ClickException(explain(e, ctx.params.get("db_path"))) from None


@click.group(cls=RegistryCommands)
@click.version_option(package_name="pzh-talent")
def cli():
    """攀籍人才信息库 pzh-talent: import rosters, deduplicate, match demand, run outreach."""


def _sheet_label(sheet):
    return f"工作表“{sheet}”" if sheet else ""


def print_summary(s: ImportSummary, verbose: bool = True):
    if s.already_imported and s.same_content:
        click.echo(f"= {s.file_name}：内容与已导入的“{s.already_imported_as}”相同，未作任何更改 "
                   f"/ same rows as an imported file, nothing changed")
        return
    if s.already_imported:
        same = "" if s.already_imported_as == s.file_name else f"（内容与“{s.already_imported_as}”相同）"
        click.echo(f"= {s.file_name}：已导入过{same}，未作任何更改 / already imported, nothing changed")
        return
    click.echo(
        f"✓ {s.file_name}（{s.format}{', ' + s.encoding if s.encoding else ''}）："
        f"读取 {s.rows_read} 行，入库 {s.rows_stored}，拒收 {s.rows_rejected}，空行 {s.rows_blank}，"
        f"标题/表头/备注 {s.rows_header + s.rows_remark}，文件内重复 {s.rows_duplicate}，用时 {s.seconds} 秒"
    )
    if s.origin:
        click.echo("  攀籍证据：" + "，".join(f"{LABELS.strength(k, '无')} {n}" for k, n in s.origin.items()))
    if not verbose:
        return
    for info in s.sheets:
        where = _sheet_label(info["sheet"])
        if info.get("skipped"):
            click.echo(f"  {where}：{info['skipped']}（{info.get('rows_skipped', 0)} 行）")
            continue
        parts = [f"表头在第 {info['header_row']} 行" if info.get("header_row") else None,
                 f"入库 {info.get('rows_stored', 0)} 行"]
        line = "  " + (where + "：" if where else "") + "，".join(p for p in parts if p)
        if info.get("unmapped"):
            line += f"；未识别的列（原样保留）：{'、'.join(info['unmapped'])}"
        click.echo(line)
        _echo_columns(info)
        for reason in info.get("context", []):
            click.echo(f"    整份名单：{reason}（作为名单中每个人的攀籍证据；不对时加 --unset 学校/攀籍/区县/联谊会对应的 "
                       f"school、origin、county、network）")
        for note in info.get("notes", []):
            click.echo(f"    注意：{note}")
    for p in s.problems[:20]:
        where = "，".join(x for x in (_sheet_label(p.sheet), f"第 {p.row} 行",
                                      f"列“{p.field}”" if p.field else "") if x)
        click.echo(f"  拒收 {where}：{p.reason}")
    if s.rows_rejected > 20:
        click.echo(f"  ……共拒收 {s.rows_rejected} 行，全部记录在 rejected_rows 视图（skipped_rows 表）中")


def _echo_columns(info: dict):
    """Each column's field and how it was decided, and the --map line that changes it."""
    from pzh_talent.ingest.fields import FIELD_LABELS

    mapping, how = info.get("mapping") or {}, info.get("how") or {}
    if not mapping:
        return
    click.echo("    各列读作：" + "，".join(f"{col}→{FIELD_LABELS.get(f, f)}（{how.get(col, '表头')}）"
                                      for col, f in mapping.items()))
    guessed = [col for col in mapping if how.get(col, "").startswith("内容")] or list(mapping)
    pairs = " ".join(f"--map {shlex.quote(col + '=' + FIELD_LABELS.get(mapping[col], mapping[col]))}"
                     for col in guessed)
    click.echo(f"    如需改正，重新导入时加：{pairs}（字段留空表示忽略该列，如 --map {shlex.quote(guessed[0] + '=')}）")


def _echo_samples(conn, n=5):
    """The first rows as stored, masked as officers see them: what a dry run shows."""
    from pzh_talent.ingest.ids import mask_id
    from pzh_talent.masks import mask_email, mask_phone

    rows = conn.execute("SELECT sheet, row_number, name, gender, birth_date, id_number, phone, email, education, "
                        "school, employer, origin_strength FROM source_records ORDER BY id LIMIT ?", (n,)).fetchall()
    if not rows:
        return
    click.echo(f"  前 {len(rows)} 行读作（个人信息已遮蔽）：")
    for r in rows:
        values = [r["name"], r["gender"], r["birth_date"], mask_id(r["id_number"]), mask_phone(r["phone"]),
                  mask_email(r["email"]), r["education"], r["school"], r["employer"],
                  f"攀籍证据{LABELS.strength(r['origin_strength'], '无')}"]
        where = "，".join(x for x in (_sheet_label(r["sheet"]), f"第 {r['row_number']} 行") if x)
        click.echo(f"    {where}：" + " | ".join(str(v) for v in values if v))


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@db_option
@click.option("--map", "mappings", multiple=True, metavar="原列名=字段",
              help="指定列的含义，如 --map 学生名=姓名（字段的中文名或英文名，如 name）；字段留空表示忽略该列。可重复。")
@click.option("--set", "settings", multiple=True, metavar="字段=值",
              help="整份名单共有的信息，用于本行未填处并加标记，如校友名单 --set school=攀枝花三中。可重复。")
@click.option("--actor", default=_os_user, show_default="当前系统用户", help="操作人（写入审计日志）")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出每个文件的导入结果")
@click.option("--quiet", is_flag=True, help="不显示进度条和明细")
@click.option("--consent", "consents", multiple=True, type=click.Choice(["contact", "share_with_enterprises"]),
              help="名单所用表格带有同意勾选框：其中每个人都同意该用途（contact 联系；share_with_enterprises 向企业推荐）")
@click.option("--unset", "unsets", multiple=True, type=click.Choice(["school", "origin", "county", "network"]),
              help="不采用从名单标题、工作表名或文件名读出的整份名单信息（学校、攀籍说明、区县、联谊会），如 --unset school。可重复。")
@click.option("--dry-run", is_flag=True,
              help="试读：显示各列读作什么、怎么判断的，以及前 5 行的读法；不写入登记库")
def ingest(files, db_path, mappings, settings, actor, as_json, quiet, consents, unsets, dry_run):
    """导入名单文件（CSV/TSV/XLSX/XLS/ODS/JSON）。每个文件一个事务：出错则该文件不入库。

    Import roster files. Each file is one transaction; a file that fails leaves the database as it was.
    """
    try:
        column_map = parse_column_map(mappings)
        defaults = parse_defaults(settings)
    except ImportFailed as e:
        raise click.UsageError(e.message)
    if dry_run:
        sys.exit(_dry_run(files, column_map, defaults, actor, consents, unsets))
    conn = job(db_path, "ingest", create=True)
    failed = 0
    results = []
    totals = ImportSummary("合计")
    for f in files:
        try:
            s = load_file(conn, f, column_map=column_map, actor=actor, progress=not quiet and not as_json,
                          defaults=defaults, consent=consents, unset=unsets)
        except (ImportFailed, OSError, sqlite3.Error) as e:
            failed += 1
            if isinstance(e, sqlite3.Error):  # a full disk, a read-only file, a lock held too long
                e = f"文件“{Path(f).name}”：{explain(e, db_path)}"
            elif isinstance(e, OSError):
                e = f"文件“{Path(f).name}”：读写出错（{e}）"
            click.echo(f"✗ {e}", err=True)
            click.echo("  该文件未导入，数据库未改动 / not imported, database unchanged", err=True)
            results.append({"file_name": Path(f).name, "error": str(e)})
            continue
        results.append(summary_dict(s))
        if not as_json:
            print_summary(s, verbose=not quiet)
        for k in ("rows_read", "rows_stored", "rows_rejected", "rows_blank", "rows_remark", "rows_header",
                  "rows_skipped", "rows_duplicate"):
            setattr(totals, k, getattr(totals, k) + getattr(s, k))
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=2, default=str))
    elif len(files) > 1:
        click.echo(f"合计：{len(files)} 个文件（失败 {failed}），读取 {totals.rows_read} 行，入库 {totals.rows_stored}，"
                   f"拒收 {totals.rows_rejected}，空行 {totals.rows_blank}，文件内重复 {totals.rows_duplicate}")
    sys.exit(1 if failed else 0)


def _dry_run(files, column_map, defaults, actor, consents, unsets=()) -> int:
    """Read each file exactly as an import would, into a throw-away registry: the registry itself
    is not opened, so nothing in it changes (and rows erased on request are not known here)."""
    import tempfile

    failed = 0
    for f in files:
        with tempfile.TemporaryDirectory() as tmp:
            conn = _connect(Path(tmp) / "dry-run.db")
            try:
                s = load_file(conn, f, column_map=column_map, actor=actor, defaults=defaults, consent=consents,
                              unset=unsets)
            except (ImportFailed, OSError) as e:
                failed += 1
                click.echo(f"✗ {e}", err=True)
                continue
            print_summary(s)
            _echo_samples(conn)
            conn.close()
    click.echo("试读完毕，登记库未改动 / dry run: nothing was imported")
    return 1 if failed else 0


@cli.command()
@db_option
@click.option("--actor", default=_os_user, show_default="当前系统用户", help="操作人（写入记录）")
@click.option("--full", is_flag=True, help="全量重建：重新训练模型并重新比对全部记录 / retrain and rebuild all")
@click.option("--quiet", is_flag=True, help="只输出汇总")
def dedupe(db_path, actor, full, quiet):
    """查重合并：把同一个人的来源记录归为一个人员 / link source records into persons.

    有已训练的模型且新记录不多时只比对新记录及与之相关的记录（增量）；--full 全量重建。"""
    from pzh_talent.registry.dedupe.run import dedupe as run_dedupe

    conn = job(db_path, "dedupe")
    s = run_dedupe(conn, actor=actor, full=full, progress=None if quiet else click.echo)  # one transaction
    mode = "增量查重" if s.mode == "incremental" else "全量查重"
    click.echo(f"{mode}：来源记录 {s.records} 条（本次比对 {s.records_compared} 条，候选对 {s.candidate_pairs}），"
               f"人员 {s.persons} 人（新建 {s.persons_created}，沿用 {s.persons_kept}，并入他人 {s.persons_retired}），"
               f"用时 {s.seconds} 秒")
    if s.labels:
        click.echo(f"审核结论 {s.labels} 条用于训练模型与校准（匹配权重整体调整 {s.calibration:+.1f}）")
    if s.review_pairs:
        click.echo(f"待人工审核的记录对：{s.review_pairs}（浏览器中逐对审核：/-/review；或 pzh-talent review list）")


@cli.group()
def review():
    """人工审核疑似重复 / review pairs the model is unsure about."""


@review.command("list")
@db_option
@click.option("--limit", default=20, show_default=True)
def review_list(db_path, limit):
    """列出待审核的记录对及各字段证据。"""
    from pzh_talent.registry.dedupe.review import queue

    conn = connect(db_path)
    pairs = queue(conn, limit)
    if not pairs:
        click.echo("没有待审核的记录对")
    for p in pairs:
        a, b = (conn.execute("SELECT r.name, s.file_name, r.row_number FROM source_records r JOIN sources s "
                             "ON s.id = r.source_id WHERE r.id = ?", (rid,)).fetchone() for rid in (p["record_a"], p["record_b"]))
        evidence = "；".join(f"{f}{lv}({w:+.1f})" for f, lv, w in p["evidence"])
        click.echo(f"[{p['id']}] {a[0]}（{a[1]} 第 {a[2]} 行） ↔ {b[0]}（{b[1]} 第 {b[2]} 行）  权重 {p['weight']:+.1f}  "
                   f"{evidence}")


# what an officer may type -> the decision stored (registry.dedupe.run.decide)
REVIEW_DECISIONS = {"同一人": "same", "不是同一人": "not_same", "same": "same", "not-same": "not_same"}


@review.command("decide")
@click.argument("review_id", type=int)
@click.argument("decision", metavar="同一人|不是同一人", type=click.Choice(list(REVIEW_DECISIONS)))
@db_option
@click.option("--actor", default=_os_user, show_default="当前系统用户", help="审核人")
@click.option("--note", default=None, help="理由")
def review_decide(review_id, decision, db_path, actor, note):
    """记录审核结论：同一人（same）或 不是同一人（not-same）；下次查重起生效。"""
    from pzh_talent.registry.dedupe.run import decide

    decision = REVIEW_DECISIONS[decision]
    try:
        decide(connect(db_path), review_id, decision, actor=actor, note=note)
    except (LookupError, ValueError) as e:
        raise click.ClickException(str(e))
    click.echo(f"已记录：[{review_id}] {'同一人' if decision == 'same' else '不是同一人'}；运行 pzh-talent dedupe 生效")


@cli.command()
@click.argument("into_person", type=int)
@click.argument("from_person", type=int)
@db_option
@click.option("--actor", default=_os_user, show_default="当前系统用户", help="操作人")
@click.option("--note", default=None, help="理由")
@click.option("--force", is_flag=True, help="两人的性别、出生年份或身份证号不一致时仍合并（须用 --note 写明依据）")
def merge(into_person, from_person, db_path, actor, note, force):
    """手工合并两个人员：FROM_PERSON 的记录并入 INTO_PERSON（可撤销）。"""
    from pzh_talent.registry.dedupe.merges import MergeError, merge as do_merge

    try:
        conn = job(db_path, "merge")
        merge_id = do_merge(conn, into_person, from_person, actor=actor, note=note, force=force)
    except MergeError as e:
        raise click.ClickException(str(e))
    click.echo(f"已合并：人员 {from_person} → {into_person}（合并编号 {merge_id}，可用 pzh-talent unmerge {merge_id} 撤销）")


@cli.command()
@click.argument("merge_id", type=int)
@db_option
@click.option("--actor", default=_os_user, show_default="当前系统用户", help="操作人")
@click.option("--note", default=None, help="理由")
def unmerge(merge_id, db_path, actor, note):
    """撤销一次手工合并：记录回到原来的人员。"""
    from pzh_talent.registry.dedupe.merges import MergeError, unmerge as do_unmerge

    try:
        conn = job(db_path, "unmerge")
        into_person, from_person = do_unmerge(conn, merge_id, actor=actor, note=note)
    except MergeError as e:
        raise click.ClickException(str(e))
    click.echo(f"已撤销合并 {merge_id}：人员 {from_person} 与 {into_person} 分开")


@cli.command()
@db_option
def init(db_path):
    """新建一个空的登记库（ingest 和 demo 也会新建）/ create an empty registry."""
    from pzh_talent.registry.schema import LATEST

    if Path(db_path).exists():
        connect(db_path).close()  # an existing registry is upgraded, another file refused
        click.echo(f"登记库“{db_path}”已存在（版本 {LATEST}），未作任何更改")
        return
    connect(db_path, create=True).close()
    click.echo(f"已新建登记库“{db_path}”（版本 {LATEST}）")


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False))
@db_option
def backup(out, db_path):
    """备份登记库到 OUT：一致的副本，服务运行或其他任务进行时也可以做（SQLite 在线备份）。"""
    import time

    from pzh_talent.registry.db import backup as do_backup

    if Path(out).resolve() == Path(db_path).resolve():
        raise click.ClickException("备份文件不能就是登记库本身")
    start = time.perf_counter()
    size = do_backup(connect(db_path), out)
    click.echo(f"已备份 → {out}（{size / 1e6:.1f} MB，用时 {time.perf_counter() - start:.1f} 秒）。"
               f"恢复：停止服务后把备份文件复制为登记库文件（并删除旧的 -wal、-shm 文件）")


@cli.command()
@db_option
def sources(db_path):
    """列出已导入的文件 / list imported files."""
    conn = connect(db_path)
    rows = conn.execute("SELECT id, file_name, format, imported_at, rows_read, rows_stored, rows_rejected "
                        "FROM sources ORDER BY id").fetchall()
    if not rows:
        click.echo("尚未导入任何文件")
    for r in rows:
        click.echo(f"{r['id']:>4}  {r['file_name']}  {r['format']}  {r['imported_at']}  "
                   f"读取 {r['rows_read']}  入库 {r['rows_stored']}  拒收 {r['rows_rejected']}")


@cli.command()
@click.option("--out", "out_dir", default="demo", show_default=True, type=click.Path(file_okay=False),
              help="演示名单写到此文件夹")
@click.option("--db", "db_path", default=None, help="登记库文件（默认 OUT/registry.db）")
@click.option("--people", default=2000, show_default=True, help="演示人数")
@click.option("--seed", default=2024, show_default=True)
def demo(out_dir, db_path, people, seed):
    """生成演示名单并导入 / write demo rosters and import them."""
    from .demo import write_demo_rosters

    out = Path(out_dir)
    db_path = Path(db_path) if db_path else out / "registry.db"
    click.echo(f"生成演示名单（{people} 人，种子 {seed}）→ {out}/")
    manifest = write_demo_rosters(out / "rosters", seed=seed, n_people=people)
    conn = job(db_path, "ingest", create=True)
    for f in manifest.files:
        # the talent-code sign-up form has consent boxes (contact, and recommending to employers),
        # as `ingest --consent` records them; the other rosters carry none
        consent = ("contact", "share_with_enterprises") if "人才码" in f.name else ()
        try:
            print_summary(load_file(conn, f, actor="demo", progress=True, consent=consent,
                                    defaults=manifest.file_settings.get(f.name)), verbose=False)
        except ImportFailed as e:
            click.echo(f"✗ {e}", err=True)
    from pzh_talent.registry.dedupe.run import dedupe as run_dedupe

    d = run_dedupe(conn, actor="demo")
    click.echo(f"\n查重合并：{d.records} 条来源记录 → {d.persons} 人（待审核记录对 {d.review_pairs}）")
    from .demo import populate_demo
    from .serve import users_path

    users_file = users_path(db_path)
    extra = populate_demo(conn, out, users_file)
    click.echo(f"企业需求 {extra['demands']} 条，匹配 {extra['matches']} 条；人群“米易县的人才”；"
               + (f"外联活动“春节返乡座谈会”（编号 {extra['campaign'].campaign_id}，"
                  f"可联系 {extra['campaign'].contactable} 人，已记录部分结果）" if extra["campaign"] else "外联活动已存在"))
    click.echo(f"登记库：{db_path}")
    click.echo(f"标注真值：{manifest.truth_path}")
    click.echo(f"查看已导入的文件：pzh-talent sources --db {db_path}")
    if extra["accounts"]:
        click.echo("演示账号（密码只显示这一次；正式使用前请用 pzh-talent user add 改密码或 user remove 删除）：")
        for name, role, password in extra["accounts"]:
            click.echo(f"  {name}（{role}）  密码 {password}")
    click.echo(f"在浏览器中使用：pzh-talent serve --db {db_path} ，然后打开 http://127.0.0.1:8001/")


# ---------------------------------------------------------------------------------------------
# consent and outreach

@cli.group()
def consent():
    """个人信息授权：同意、撤回、删除、导出 / consent, withdrawal, erasure, access (PIPL)."""


@consent.command("grant")
@click.argument("person", type=int)
@click.option("--purpose", required=True, type=click.Choice(["contact", "share_with_enterprises"]))
@click.option("--source", default=None, help="同意的来源，如 纸质授权书、人才码勾选")
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@db_option
def consent_grant(person, purpose, source, actor, db_path):
    """登记某人对某用途的同意。"""
    from pzh_talent.outreach.consent import PURPOSE_LABELS, record_consent
    try:
        record_consent(connect(db_path), person, purpose, "granted", source=source, actor=actor)
    except (LookupError, ValueError) as e:
        raise click.ClickException(str(e))
    click.echo(f"已登记：人员 {person} 同意{PURPOSE_LABELS[purpose]}")


@consent.command("withdraw")
@click.argument("person", type=int)
@click.option("--purpose", default=None, type=click.Choice(["contact", "share_with_enterprises"]),
              help="不指定时撤回全部用途")
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@click.option("--note", default=None)
@db_option
def consent_withdraw(person, purpose, actor, note, db_path):
    """撤回同意：立即生效，进行中的活动不再联系此人。"""
    from pzh_talent.outreach.consent import PURPOSE_LABELS, PURPOSES, record_consent
    conn = connect(db_path)
    try:
        for p in [purpose] if purpose else PURPOSES:
            record_consent(conn, person, p, "withdrawn", actor=actor, note=note)
            click.echo(f"已撤回：人员 {person} 的“{PURPOSE_LABELS[p]}”同意，立即生效")
    except (LookupError, ValueError) as e:
        raise click.ClickException(str(e))


@consent.command("erase")
@click.argument("person", type=int)
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@click.option("--note", default=None)
@click.option("--yes", is_flag=True, help="不再确认")
@db_option
def consent_erase(person, actor, note, yes, db_path):
    """删除某人的个人信息，只留不可识别的指纹：以后导入同一人时会被识别并报告，而不是重新入库。"""
    from pzh_talent.registry.erasure import erase
    if not yes:
        click.confirm(f"确定删除人员 {person} 的全部个人信息？此操作不可撤销", abort=True)
    try:
        n = erase(job(db_path, "erase"), person, actor=actor, note=note)
    except LookupError as e:
        raise click.ClickException(str(e))
    click.echo(f"已删除人员 {person} 的个人信息（{n} 条来源记录已清空，保留出处和不可识别的指纹）")


@consent.command("export")
@click.argument("person", type=int)
@click.option("--out", required=True, type=click.Path(dir_okay=False))
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@db_option
def consent_export(person, out, actor, db_path):
    """导出登记库中关于某人的全部信息（JSON），供本人查阅。"""
    from pzh_talent.outreach.consent import export_person
    try:
        data = export_person(connect(db_path), person, actor=actor, out=out)  # written owner-only
    except LookupError as e:
        raise click.ClickException(str(e))
    click.echo(f"已导出人员 {person} 的全部信息 → {out}（{len(data['source_records'])} 条来源记录）")


@cli.group()
def campaign():
    """外联活动：选人、免打扰、邮件合并导出、结果跟踪 / outreach campaigns."""


@campaign.command("create")
@click.argument("name")
@click.option("--where", "condition", default=None, help="按“人员”视图的中文列筛选，如 \"籍贯区县 = '米易县'\"")
@click.option("--segment", default=None, help="已保存的人群名称（pzh-talent segment save）")
@click.option("--all", "everyone", is_flag=True, help="全部人员")
@click.option("--channel", default="email", show_default=True, type=click.Choice(["mail", "email", "sms", "phone"]))
@click.option("--purpose", default=None, help="活动目的，如 春节返乡座谈会")
@click.option("--programme", default=None, help="人才计划，如 青鹏人才")
@click.option("--goal", default=None, type=int)
@click.option("--target", default="引进人才", show_default=True,
              help="计入人才兴攀的哪项 2025 目标：引进人才、培养人才、锻造人才、激励人才、人才平台、高端人才团队（顶尖 10、领军 20）")
@click.option("--starts", default=None, help="开始日期 YYYY-MM-DD（与其他进行中活动的日期重叠时，其成员不重复联系）")
@click.option("--ends", default=None, help="结束日期 YYYY-MM-DD")
@click.option("--cap-days", default=30, show_default=True, help="多少天内联系过的人不再联系")
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@db_option
def campaign_create(name, condition, segment, everyone, channel, purpose, programme, goal, target, starts, ends,
                    cap_days, actor, db_path):
    """新建外联活动并确定成员名单（快照）；打印活动编号。"""
    from pzh_talent.outreach.campaigns import create_campaign
    if sum(map(bool, (condition, segment, everyone))) != 1:
        raise click.UsageError("请用 --where 条件、--segment 人群 或 --all 之一选人")
    try:
        s = create_campaign(job(db_path, "campaign"), name, channel, where=condition, purpose=purpose, programme=programme,
                            goal=goal, starts_on=starts, ends_on=ends, frequency_cap_days=cap_days, actor=actor,
                            segment=segment, target=target)
    except ValueError as e:
        raise click.ClickException(str(e))
    click.echo(s.campaign_id)
    reasons = "，".join(f"{r} {n}" for r, n in sorted(s.suppressed.items(), key=lambda x: -x[1]))
    click.echo(f"活动 {s.campaign_id}“{name}”：选中 {s.members} 人，可联系 {s.contactable} 人"
               + (f"；不予联系：{reasons}" if reasons else ""), err=True)


@cli.group()
def person():
    """人员状态 / a person's standing."""


@person.command("deceased")
@click.argument("person_id", type=int)
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@click.option("--note", default=None, help="依据，如 家属告知")
@db_option
def person_deceased(person_id, actor, note, db_path):
    """登记某人已故：以后的外联活动不再联系（已在名单中的注明原因）。"""
    from pzh_talent.outreach.consent import mark_deceased

    try:
        mark_deceased(connect(db_path), person_id, actor=actor, note=note)
    except LookupError as e:
        raise click.ClickException(str(e))
    click.echo(f"已登记人员 {person_id} 已故：不再联系")


@cli.group()
def segment():
    """人群：保存的筛选条件，供外联活动使用 / saved segments."""


@segment.command("save")
@click.argument("name")
@click.option("--where", "condition", default=None, help="按“人员”视图的中文列筛选，如 \"籍贯区县 = '米易县'\"")
@click.option("--demand", "demand_id", default=None, type=int, help="某个企业需求的匹配人选")
@click.option("--description", default=None)
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@db_option
def segment_save(name, condition, demand_id, description, actor, db_path):
    """保存（或更新）一个人群。"""
    from pzh_talent.outreach.campaigns import save_segment
    try:
        n = save_segment(connect(db_path), name, condition, demand_id, description, actor)
    except ValueError as e:
        raise click.ClickException(str(e))
    click.echo(f"人群“{name}”已保存，目前 {n} 人")


@segment.command("list")
@db_option
def segment_list(db_path):
    """列出已保存的人群。"""
    for name, condition, description in connect(db_path).execute(
            "SELECT name, condition, description FROM segments ORDER BY name"):
        click.echo(f"{name}\t{condition}\t{description or ''}")


@campaign.command("export")
@click.argument("campaign_id", type=int)
@click.option("--format", "fmt", default=None, type=click.Choice(["xlsx", "csv"]),
              help="xlsx 或 csv；不给出时按 --out 的扩展名")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="导出文件：.xlsx 或 .csv")
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@db_option
def campaign_export(campaign_id, fmt, out, actor, db_path):
    """导出邮件合并文件（不含身份证号；全部为文本单元格；记入导出日志）。"""
    from pzh_talent.outreach.export import export_campaign
    try:
        rows, sha = export_campaign(connect(db_path), campaign_id, fmt, out, actor=actor)
    except (LookupError, ValueError) as e:
        raise click.ClickException(str(e))
    click.echo(f"已导出 {rows} 行 → {out}（sha256 {sha[:12]}…，已记入导出日志）")


@campaign.command("import-status")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@db_option
def campaign_import_status(file, actor, db_path):
    """导入填好“状态”列的导出文件，按成员编号更新（不按姓名）。"""
    from pzh_talent.outreach.export import import_statuses
    try:
        r = import_statuses(job(db_path, "import-status"), file, actor=actor)
    except (ValueError, LookupError) as e:
        raise click.ClickException(str(e))
    click.echo(f"更新 {r.updated} 人，未变 {r.unchanged} 人，有问题 {len(r.problems)} 行")
    sheet = f"工作表“{r.sheet}”，" if r.sheet else ""
    for n, message in r.problems:
        click.echo(f"  {sheet}第 {n} 行：{message}", err=True)
    if r.problems:
        sys.exit(1)


@campaign.command("targets")
@db_option
def campaign_targets(db_path):
    """人才兴攀 2025 目标进展：各项目标下已回攀/已签约的人数，按人才计划分列。"""
    from pzh_talent.outreach.campaigns import target_progress
    for t in target_progress(connect(db_path)):
        detail = "，".join(f"{p} {n}" for p, n in t["by_programme"])
        click.echo(f"{t['target']}\t{t['done']}/{t['goal']}" + (f"\t{detail}" if detail else ""))


@campaign.command("close")
@click.argument("campaign_id", type=int)
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@click.option("--note", default=None, help="理由")
@db_option
def campaign_close(campaign_id, actor, note, db_path):
    """结束外联活动：不再计为进行中，其成员可进入新的活动（已有的外联结果保留）。"""
    from pzh_talent.outreach.campaigns import close_campaign
    try:
        click.echo(close_campaign(connect(db_path), campaign_id, actor=actor, note=note))
    except (LookupError, ValueError) as e:
        raise click.ClickException(str(e))


@campaign.command("funnel")
@click.argument("campaign_id", type=int)
@db_option
def campaign_funnel(campaign_id, db_path):
    """活动漏斗：不予联系的人数和可联系成员的各状态人数（合计为全部成员）。"""
    from pzh_talent.outreach.campaigns import funnel
    try:
        counts = funnel(connect(db_path), campaign_id)
    except LookupError as e:
        raise click.ClickException(str(e))
    for status, n in counts.items():
        click.echo(f"{status}\t{n}")


@cli.group()
def demand():
    """企业人才需求：模板、导入 / enterprise talent demand."""


@demand.command("template")
@click.argument("out", type=click.Path(dir_okay=False))
def demand_template(out):
    """生成带下拉选项的需求填报模板（Excel）。"""
    from pzh_talent.ingest.demand_template import write_template
    write_template(out)
    click.echo(f"已生成需求模板：{out}（填好后用 pzh-talent demand import 导入）")


@demand.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--enterprise", default=None, help="企业名称：表中没有企业名称列、标题里也没有时用")
@click.option("--actor", default=_os_user, show_default="当前系统用户")
@db_option
def demand_import(files, enterprise, actor, db_path):
    """导入需求：填好的 Excel 模板、企业自己的需求表（Excel/CSV/WPS 等，表头可在第几行、用词不同），
    或 JSON（数组或每行一条）。同一企业的同一需求编号再次导入即更新；表中没有需求编号时以岗位名称为编号。"""
    from pzh_talent.ingest.demand import import_demands
    conn = job(db_path, "demand", create=True)  # an import, like ingest: it may start a registry
    failed = 0
    for f in files:
        try:
            r = import_demands(conn, f, actor=actor, enterprise=enterprise)
        except ValueError as e:
            click.echo(f"✗ {e}", err=True)
            failed += 1
            continue
        for note in r.notes:
            click.echo(f"  · {note}")
        if r.problems:
            failed += 1
            click.echo(f"✗ {r.file_name}：{len(r.problems)} 处问题，整个文件未导入", err=True)
            for problem in r.problems[:50]:
                click.echo(f"  {problem}", err=True)
            continue
        click.echo(f"✓ {r.file_name}：新增 {r.created}，更新 {r.updated}，未变 {r.unchanged}"
                   + (f"，跳过 {len(r.skipped)} 行（不是需求）" if r.skipped else ""))
        for line in r.skipped[:20]:
            click.echo(f"  · 跳过 {line}")
    sys.exit(1 if failed else 0)


@cli.command("match")
@db_option
@click.option("--settings", "settings_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="权重与近义词设置（默认 matching/settings.json）")
@click.option("--actor", default=_os_user, show_default="当前系统用户")
def match_command(db_path, settings_path, actor):
    """为每个招聘中的需求计算最合适的人选（及每人最合适的需求），附中文匹配理由。"""
    from pzh_talent.matching.match import load_settings, match
    s = match(job(db_path, "match"), load_settings(settings_path), actor=actor, progress=click.echo)
    click.echo(f"匹配完成：{s.demands} 个招聘中的需求，{s.matches} 条匹配，涉及 {s.persons_matched} 人"
               f"（在 Datasette 的“需求匹配”中查看）")


def refresh_search(conn, persons=None):
    """Re-index what a job changed (or every person changed since the last refresh), for Chinese
    search in Datasette."""
    from pzh_talent.registry.search import refresh

    refresh(conn, persons)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--users", "users_file", default=None, type=click.Path(dir_okay=False),
              help="账号文件（默认与登记库同目录的 <库名>.users.json）")
def serve(db_path, host, port, users_file):
    """在 Datasette 中发布登记库（需登录；按角色脱敏）/ publish the registry in Datasette."""
    import uvicorn

    from .serve import make_datasette, read_users, users_path, writable

    users_file = users_file or users_path(db_path)
    if not read_users(users_file)["users"]:
        click.echo(f"提示：还没有账号，请先运行 pzh-talent user add 用户名 --role officer --db {db_path}", err=True)
    read_only = not writable(db_path)
    if read_only:
        try:
            check_registry(db_path, create=False)
        except NotARegistry as e:
            raise click.ClickException(str(e))
        click.echo("注意：登记库是只读的，以只读方式发布：可以浏览和检索；表单不能保存，成批导出须写审计日志，"
                   "也不可用", err=True)
    else:
        conn = connect(db_path)
        refresh_search(conn)  # catches up after a job killed before its own refresh
        conn.close()
    ds = make_datasette(db_path, users_file, read_only=read_only)
    click.echo(f"登记库已发布：http://{host}:{port}/ （登录：http://{host}:{port}/-/login）")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


@cli.group()
def user():
    """登录账号 / accounts for the Datasette site."""


@user.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(["admin", "officer", "liaison"]),
              help="admin 管理员；officer 人才办工作人员；liaison 企业联络员")
@click.option("--enterprise", default=None, help="联络员所属企业")
@click.option("--password", prompt="密码", hide_input=True, confirmation_prompt="再输一次",
              help="不给出时交互输入")
@db_option
@click.option("--users", "users_file", default=None, type=click.Path(dir_okay=False))
def user_add(name, role, enterprise, password, db_path, users_file):
    """新增或修改账号（密码只存哈希，存放在登记库旁的账号文件里，不在代码库中）。"""
    from .serve import ROLE_LABELS, add_user, users_path

    path = users_file or users_path(db_path)
    try:
        add_user(path, name, role, password, enterprise)
    except ValueError as e:
        raise click.ClickException(str(e))
    if enterprise:
        # the liaison's demand form writes to its enterprise's row, so that row must exist now,
        # not only once a demand file has been imported (a later import adopts it by name)
        from pzh_talent.ingest.demand import ensure_enterprise

        ensure_enterprise(connect(db_path), enterprise, liaison=name)
    click.echo(f"账号 {name}（{ROLE_LABELS[role]}）已保存到 {path}")


@user.command("revoke")
@click.argument("name")
@db_option
@click.option("--users", "users_file", default=None, type=click.Path(dir_okay=False))
def user_revoke(name, db_path, users_file):
    """让该账号所有已登录的会话立即失效（可重新登录）。"""
    from .serve import revoke_sessions, users_path

    try:
        revoke_sessions(users_file or users_path(db_path), name)
    except LookupError as e:
        raise click.ClickException(str(e))
    click.echo(f"账号 {name} 的所有会话已失效，下次访问须重新登录")


@user.command("remove")
@click.argument("name")
@db_option
@click.option("--users", "users_file", default=None, type=click.Path(dir_okay=False))
def user_remove(name, db_path, users_file):
    """删除账号；其会话立即失效。"""
    from .serve import remove_user, users_path

    try:
        remove_user(users_file or users_path(db_path), name)
    except LookupError as e:
        raise click.ClickException(str(e))
    click.echo(f"账号 {name} 已删除，其会话已失效")


@user.command("list")
@db_option
@click.option("--users", "users_file", default=None, type=click.Path(dir_okay=False))
def user_list(db_path, users_file):
    """列出账号。"""
    from .serve import ROLE_LABELS, read_users, users_path

    for name, u in sorted(read_users(users_file or users_path(db_path))["users"].items()):
        click.echo(f"{name}\t{ROLE_LABELS[u['role']]}\t{u.get('enterprise') or ''}")


def main():
    cli()


if __name__ == "__main__":
    main()
