#!/usr/bin/env python3
"""Writes a published-style report of about N GB/T 9704 pages as plain text, for `fazhi-cli import`.

    scripts/make-long-report.py [--pages 100] [--output FILE]   (default: stdout)

Deterministic: the same N gives the same text. Headings, run-in leads (（一）…。), enumerations
(一是…二是…), statistics, quotes, book titles and Latin text, so the layouts meet every kind of
line end the sample has, only 20 times as often. Pages are estimated at 28 characters by 22 lines
(CJK one cell, other characters half a cell), as the printed page sets them.
"""
import argparse
import math
import sys

SENTENCES = [
    "镇党委、政府召开党政联席会4次，专题研究法治政府建设工作，印发年度责任清单。",
    "结合“八五”普法规划，开展食品药品、生态环境、安全生产等重点领域普法宣传，发放宣传册10000余份、横幅218条。",
    "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，全年办理行政处罚案件37件。",
    "依托“援法议事”和“警法融合”品牌，化解矛盾纠纷946件，调解成功率达98.5%。",
    "15个行政村（社区）全部配备法律顾问，每个自然村网格配备2名法律明白人，协助政府依法行政。",
    "通过政务公众号、镇村公示栏和OA系统等渠道公开政府信息320条，保障信息公开时效性和透明度。",
    "组织领导干部旁听庭审3次、集中学法12次，法治素养和依法履职情况纳入干部考核评价的重要内容。",
    "严格按照《法治政府建设与责任落实督察工作规定》要求，贯彻执行权责清单制度，明确权力范围。",
    "深入推进平安建设，深化立体化、法治化、专业化、智能化社会治安防控体系建设——群众安全感持续提升。",
    "对照年度目标逐项梳理，查找短板弱项……形成问题清单、任务清单、责任清单“三张清单”。",
]
ORDINALS = "一二三四五六七八九十"
PARTS = ["2023年工作回顾", "存在的不足和原因", "2024年工作安排"]


def cells(text):
    return sum(1.0 if ord(c) >= 0x2E80 or c in "“”‘’—…" else 0.5 for c in text)


def lines_of(text, indent=2):
    return math.ceil((cells(text) + indent) / 28)


def sentences(seed, count):
    return "".join(SENTENCES[(seed + i) % len(SENTENCES)] for i in range(count))


def chinese_number(n):
    if n <= 10:
        return ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    return (ORDINALS[tens - 1] if tens > 1 else "") + "十" + (ORDINALS[ones - 1] if ones else "")


def report(pages):
    title = "兴化市陶庄镇人民政府2023年度法治政府建设情况报告"
    out = [title, ""]
    used = 4  # the title block and its blank line
    target = pages * 22 - 3  # leave the signature and date on the last page

    def add(text, indent=2):
        nonlocal used
        out.extend([text, ""])
        used += lines_of(text, indent)

    add(sentences(0, 3) + "主要做法是：")
    part = 0

    def heading(name):
        nonlocal part
        part += 1
        add(chinese_number(part) + "、" + name)

    heading(PARTS[0])
    area = 0
    while used < target - 40:
        area += 1
        if area > 1 and area % 30 == 1:  # a part holds at most 99 work areas
            heading(f"{PARTS[0]}（续{chinese_number(area // 30)}）")
        number = chinese_number((area - 1) % 30 + 1)
        lead = f"（{number}）推进第{area}项重点任务，提升依法治理水平。"
        points = "".join(f"{ORDINALS[k]}是{sentences(area + k, 1)}" for k in range(3))
        add(lead + sentences(area, 2) + points)
        if used < target - 40:
            add(sentences(area + 4, 2 + area % 3))
    heading(PARTS[1])
    add("一是部分干部职工的法治意识和法治观念薄弱，依法行政的能力和水平还不够高；二是法治政府建设经费投入较少；"
        "三是有些政府信息公开不够及时，透明度不够高。")
    heading(PARTS[2])
    k = 0
    while used < target:
        k += 1
        add(f"（{chinese_number(k)}）持续深化第{k}项工作。" + sentences(k + 2, 2))
    out += ["兴化市陶庄镇人民政府", "2024年2月22日", ""]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--output")
    args = ap.parse_args()
    if args.pages < 1 or args.pages > 2000:
        sys.exit("--pages must be between 1 and 2000")
    text = report(args.pages)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
