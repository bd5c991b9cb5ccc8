"""Writes the files an organiser sets a fair up from in the real-window walk-through
(`tests/ui/xvfb_organiser_check.sh`): a company list of 40 employers as a career centre sends
it (a merged title row over a Chinese header, positions one per row, no booths yet) and a
300-student roster CSV in GB18030 with a few rows a person must fix (a bad phone, a missing
name, an unknown degree). Run: python tests/data/fair40/make_files.py OUT_FOLDER
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from openpyxl import Workbook

from fairdesk.core.demo_companies import demo_companies
from fairdesk.core.demo_students import iter_students

EXTRA = (  # eight more employers (invented), so the pinyin order shows: 华… among the H's
    ("华辰智能装备有限公司", "智能制造"),
    ("阿尔法医疗器械有限公司", "生物医药"),
    ("vivo中山研发中心", "新一代电子信息"),
    ("曾氏精密仪器有限公司", "精密仪器装备"),
    ("百川新能源科技有限公司", "新能源"),
    ("中山长青教育集团", "教育"),
    ("Zeta Robotics (Zhongshan) Ltd.", "智能机器人"),
    ("单氏数字创意工作室", "数字创意"),
)
HEADER = ("单位名称", "行业", "城市", "联系人", "联系电话", "邮箱", "岗位", "学历要求",
          "专业要求", "招聘人数")  # fmt: skip
DEGREES = {"associate": "专科", "bachelor": "本科", "master": "硕士", "phd": "博士"}


def companies(out: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "参会单位"
    sheet.append(["2026届秋季双选会参会单位名单"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(list(HEADER))
    rng = random.Random(40)
    for c in demo_companies(7):
        for p in c.positions:
            sheet.append([c.name, c.sector, c.city, c.contact_name, c.phone, c.email, p.title,
                          DEGREES[p.degree.value], p.majors, p.headcount])  # fmt: skip
    for n, (name, sector) in enumerate(EXTRA):
        phone = f"0760-8{rng.randint(1000000, 9999999)}"
        sheet.append([name, sector, "中山市", "王老师", phone, f"hr{n}@extra.example.com",
                      "工程师", "本科", "不限", rng.randint(2, 30)])  # fmt: skip
    path = out / "参会单位名单.xlsx"
    book.save(path)
    return path


def roster(out: Path) -> Path:
    path = out / "学生名单.csv"
    with path.open("w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(["学号", "姓名", "学校", "学院", "专业", "学历", "毕业年份", "手机", "邮箱",
                    "是否同意向企业提供联系方式"])  # fmt: skip
        for i, s in enumerate(iter_students(300, seed=40)):
            name, phone, degree = s.name, s.phone, DEGREES[s.degree.value]
            if i == 17:
                phone = "1380013800"  # ten digits: the import names the row and the field
            if i == 41:
                name = ""
            if i == 88:
                degree = "博士后"
            w.writerow([s.student_no, name, s.university, s.school, s.major, degree,
                        s.grad_year, phone, s.email, "是" if s.consent else "否"])  # fmt: skip
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    print(companies(folder))
    print(roster(folder))
