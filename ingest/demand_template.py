"""The Excel template enterprises fill in: Chinese headers, drop-down lists where the answer is one
of a few, an instructions sheet. Filled templates are read back by demand_sheet.py, like any table."""
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from pzh_talent.labels import LABELS

# (header, field, width, drop-down choices or None)
COLUMNS = [
    ("需求编号*", "ref", 14, None), ("企业名称*", "enterprise", 26, None), ("统一社会信用代码", "uscc", 22, None),
    ("岗位名称*", "position", 18, None), ("所属行业", "industry", 14,
                                       ["钒钛", "绿色氢能", "电池储能/新能源", "先进材料", "装备制造", "阳光康养",
                                        "现代农业", "文化旅游", "教育", "卫生", "其他"]),
    ("专业/技能关键词", "keywords", 30, None), ("岗位描述", "description", 40, None),
    ("最低学历", "min_education", 10, list(LABELS.demand_education)),
    ("学历是否硬性要求", "education_required", 10, ["是", "否"]),
    ("最低职称级别", "min_title_level", 10, list(LABELS.title_levels)),
    ("工作地点", "location", 14, None), ("需求人数", "headcount", 8, None),
    ("可远程/柔性服务", "remote_ok", 10, ["是", "否"]), ("截止日期", "deadline", 12, None),
    ("状态", "status", 8, list(LABELS.demand_status.values())),
]


def write_template(out) -> Path:
    out = Path(out)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人才需求"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for c, (header, _, width, choices) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=c, value=header)
        cell.font, cell.fill = bold, fill
        letter = openpyxl.utils.get_column_letter(c)
        ws.column_dimensions[letter].width = width
        if choices:
            dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="请从列表中选择",
                                error="请从下拉列表中选择：" + "、".join(choices))
            ws.add_data_validation(dv)
            dv.add(f"{letter}2:{letter}1000")
    positive = DataValidation(type="whole", operator="greaterThan", formula1="0", allow_blank=True,
                              showErrorMessage=True, error="需求人数应为正整数")
    ws.add_data_validation(positive)
    positive.add("L2:L1000")
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("填表说明")
    for line in ["带 * 的列必填。", "需求编号由企业自定，同一企业内不重复；再次导入同一编号即更新该需求。",
                 "统一社会信用代码为 18 位，按 GB 32100 校验。", "专业/技能关键词用逗号或顿号分隔，如：冶金工程、钒钛、材料。",
                 "截止日期格式：2025-12-31。", "导入：pzh-talent demand import 本文件.xlsx"]:
        notes.append([line])
    notes.column_dimensions["A"].width = 80
    wb.save(out)
    return out
