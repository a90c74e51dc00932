"""A university's alumni list names everyone's school; its 学院 column is the faculty; a 工作单位 that
says 在读 or 待业 is no employer (川大（在读） is the person's school). Found on the tuning set
bench/er_rosters/tune, where each made one person's records disagree with each other."""
import pytest

from pzh_talent.ingest.normalise import employer_status, normalise_record
from tests.conftest import query, write_csv


@pytest.mark.parametrize("text, status, school", [
    ("在读", "student", None), ("学生", "student", None), ("待业", "none", None), ("退休", "none", None),
    ("川大（在读）", "student", "川大"), ("四川大学(在读)", "student", "四川大学"),
    ("攀钢集团有限公司", None, None), ("在读博士后工作站", None, None),
])
def test_a_status_is_no_employer(text, status, school):
    assert employer_status(text) == (status, school)


def test_the_school_before_zaidu_is_the_persons_school():
    r = normalise_record({"name": "王鑫", "employer": "川大（在读）"})
    assert r["employer"] is None and r["school"] == "四川大学"
    r = normalise_record({"name": "王鑫", "employer": "在读", "school": "攀枝花学院"})
    assert r["employer"] is None and r["school"] == "攀枝花学院"


def test_a_university_alumni_list_names_the_school_and_its_xueyuan_is_the_faculty(tmp_path, run, db_path):
    write_csv(tmp_path / "四川大学攀枝花籍校友名单.csv", [
        ["学号", "姓名", "性别", "学院", "专业", "毕业年份", "联系方式"],
        ["201714480908", "郭紫馨", "女", "计算机学院（软件学院）", "计算机科学与技术", "2021", "13910586973"],
        ["201014672207", "张家辰", "男", "机械工程学院", "核工程与核技术", "2014", "18049606812"]])
    out = run("ingest", tmp_path / "四川大学攀枝花籍校友名单.csv")
    assert out.exit_code == 0 and "“四川大学”记作每人的毕业院校" in out.output
    rows = query(db_path, "SELECT name, school, department FROM source_records ORDER BY row_number")
    assert [(r["school"], r["department"]) for r in rows] == [("四川大学", "计算机学院(软件学院)"),
                                                             ("四川大学", "机械工程学院")]


def test_a_high_school_alumni_list_leaves_each_row_its_own_university(tmp_path, run, db_path):
    write_csv(tmp_path / "攀枝花三中在外校友信息统计表.csv", [
        ["姓名", "毕业届别", "考取院校", "现工作单位"], ["郭紫馨", "2016届", "川大", "川大（在读）"],
        ["王鑫", "2019届", "", "攀钢集团有限公司"]])
    out = run("ingest", tmp_path / "攀枝花三中在外校友信息统计表.csv")
    assert out.exit_code == 0 and "记作每人的毕业院校" not in out.output
    rows = query(db_path, "SELECT school, employer FROM source_records ORDER BY row_number")
    assert [(r["school"], r["employer"]) for r in rows] == [("四川大学", None), (None, "攀钢集团有限公司")]
