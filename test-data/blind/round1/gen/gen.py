"""Writes folder/ (the reports as .xlsx; gen/convert.sh makes the .xls/.ods ones) and labels/.
Figures are assigned by hand in REPORTS below; statuses and findings follow the README's arithmetic."""
import json, os, re, shutil, random, copy
from datetime import date
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from notices import NOTICES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER, LABELS, STAGE = (os.path.join(ROOT, d) for d in ("folder", "labels", "gen/stage"))

INTRO = {
 "linzi": {1: "开展“清凉”工程，改善考点学校备考条件，实施智慧教育“应用推广年”行动", 2: "完善学生心理健康工作体系，利用心理健康云平台开展心理筛查",
           3: "组织优秀剧团为公办中小学校送去免费戏曲演出", 4: "构建家校社协同育人机制", 5: "“福彩圆梦·孤儿助学工程”就学资助实现全覆盖",
           6: "开展补贴性职业技能培训，做到应训尽训", 7: "及时对低收入“两癌”患病妇女进行救助", 8: "宣传新型婚育文化，打造青年交友联谊品牌",
           9: "开辟妇女儿童维权绿色通道，法律援助案件优先办理", 10: "联合镇街对学校周边小超市、母婴用品专卖店开展“美妆护苗”集中整治，督促经营者落实主体责任"},
 "boshan": {1: "统筹推进学前教育资源扩增", 2: "深入开展“春风行动”专场招聘", 3: "对低收入“两癌”患病妇女应救尽救", 4: "依托家长学校开展家庭教育指导",
            5: "宣传新型婚育文化", 6: "在城乡社区层面打造社区儿童友好生活圈", 7: "加强托育机构安全督导", 8: "中小学幼儿园安全防范建设稳定达标",
            9: "推进“传统文化进校园”", 10: "落实孤儿、事实无人抚养儿童保障政策，做到应保尽保"},
}
FORM_UNITS = {  # the units as the notices' 附件 forms print them
 "linzi": {1: "区教体局", 2: "区教体局\n区检察院", 3: "区文旅局\n区总工会", 4: "区妇联\n区教体局", 5: "区民政局\n区残联\n团区委", 6: "区人社局\n区妇联",
           7: "区卫健局\n区妇联", 8: "区总工会\n团区委\n区妇联\n临淄医保分局\n区住建局", 9: "区司法局\n区妇联\n临淄公安分局\n区法院", 10: "区市场监管局"},
 "boshan": {1: "区教育和体育局", 2: "区人力资源和社会保障局、区妇联、区商务局", 3: "区卫生健康局、区妇联", 4: "区妇联、区教育和体育局",
            5: "区妇联、团区委、区医疗保障分局", 6: "区妇儿工委各成员（特邀）单位、各镇（街道）", 7: "区卫生健康局、区总工会",
            8: "区教育和体育局、区卫生健康局、区公安分局、区法院、区检察院", 9: "区文化和旅游局、区科协", 10: "区民政局、区残联、区妇联、团区委"},
}
QWORD = {2: "第二季度", 3: "第三季度"}

LZ_Q2 = {"考点学校安装空调": 3, "智慧教育应用场景": 2, "法治进校园": 8, "戏曲进校园": 12, "托管教学课程": 6, "培训家庭教育骨干": 30,
         "家庭教育指导服务站点": 10, "残疾儿童康复救助": 95, "新建希望小屋": 3, "女性就业专场招聘": 2, "巾帼创富课堂": 4,
         "两癌免费检查": 11200, "住院分娩报销比例": 100, "送教上门": 11, "送法进校园": 3, "法院开放日": 3}
LZ_Q3 = {"考点学校安装空调": 4, "智慧教育应用场景": 3, "法治进校园": 10, "戏曲进校园": 16, "托管教学课程": 10, "培训家庭教育骨干": 40,
         "家庭教育指导服务站点": 15, "残疾儿童康复救助": 140, "新建希望小屋": 5, "女性就业专场招聘": 2, "巾帼创富课堂": 6,
         "两癌免费检查": 16200, "住院分娩报销比例": 100, "送教上门": 15, "送法进校园": 5, "法院开放日": 5}
BS_Q2 = {"改扩建幼儿园": 1, "智慧教育应用场景": 3, "培训家政从业人员": 1100, "两癌筛查率": 52, "培训家庭教育骨干": 110, "青年婚恋联谊活动": 3,
         "住院分娩报销比例": 100, "儿童友好共建联盟试点": 2, "职工子女托管班": 5, "心理健康科普宣传": 30, "家长课堂等家庭教育活动": 4,
         "法治讲座": 6, "法院主题实践活动": 2, "传统文化进校园": 6, "科普大篷车巡展": 4, "蒲公英科普大讲堂": 2}
BS_Q3 = {"改扩建幼儿园": 2, "智慧教育应用场景": 4, "培训家政从业人员": 1600, "两癌筛查率": 75, "培训家庭教育骨干": 160, "青年婚恋联谊活动": 5,
         "住院分娩报销比例": 100, "儿童友好共建联盟试点": 3, "职工子女托管班": 8, "心理健康科普宣传": 46, "家长课堂等家庭教育活动": 6,
         "法治讲座": 8, "法院主题实践活动": 3, "传统文化进校园": 8, "科普大篷车巡展": 6, "蒲公英科普大讲堂": 3}
BASE = {("linzi", 2): LZ_Q2, ("linzi", 3): LZ_Q3, ("boshan", 2): BS_Q2, ("boshan", 3): BS_Q3}


def R(path, place, q, dept, base_q=None, figs=None, written=None, names=None, units=None, deadlines=None, empty=(),
      items=None, header_row=3, progress_header="本季度具体措施及任务进度情况", title_q=True, fill_date=None, fmt=None,
      marker="累计", title_fmt="（{q}）"):
    """One report. figs: target -> number (kind ytd), ("q", n), ("none",), written: target -> the text of the number."""
    f = {t: ("ytd", n) for t, n in BASE[(place, base_q or q)].items()}
    for t, v in (figs or {}).items():
        f[t] = v if isinstance(v, tuple) else ("ytd", v)
    return dict(path=path, place=place, q=q, dept=dept, figs=f, written=written or {}, names=names or {}, units=units or {},
                deadlines=deadlines or {}, empty=set(empty), items=items, header_row=header_row, progress_header=progress_header,
                title_q=title_q, fill_date=fill_date, fmt=fmt or os.path.splitext(path)[1][1:],
                marker=marker, title_fmt=title_fmt)


DEFAULT_DL = "2024年12月31日"
REPORTS = [
 # A 区教体局 (临淄): paired by stem 区教体局进展情况; decrease, drop, quarter-only, deadline change, unit missing
 R("二季度/区教体局2024年第二季度进展情况.xlsx", "linzi", 2, "区教体局", figs={"两癌免费检查": ("none",)}),
 R("三季度/区教体局 2024年第3季度 进展情况.xls", "linzi", 3, "区教体局",
   figs={"法治进校园": 6, "智慧教育应用场景": ("none",), "戏曲进校园": ("q", 5)},
   deadlines={4: ("2024年11月30日", "2024-11-30")}, units={2: "区教体局"}, title_fmt="（第{n}季度）"),
 # B 区文旅局 (临淄): stems 区文旅局进展 / 区文旅局进展情况 differ -> not paired
 R("二季度/区文旅局2024年第二季度进展.xlsx", "linzi", 2, "区文旅局", figs={"戏曲进校园": 13}, names={3: "润童心儿童素养提升工程"}),
 R("三季度/区文旅局2024年第3季度进展情况.xlsx", "linzi", 3, "区文旅局", figs={"戏曲进校园": 11},
   deadlines={3: ("2025年1月", "2025-01-31")}, progress_header="具体措施及任务进度情况",
   marker="截至目前共", title_fmt="（三季度）"),
 # C 区妇联 (临淄): copy pair, 骨干 40 -> 38
 R("三季度/区妇联2024年第三季度实事进展.xlsx", "linzi", 3, "区妇联", figs={"培训家庭教育骨干": 38}, deadlines={9: ("长期", "BAD")}, marker="已"),
 R("二季度/区妇联2024年第二季度实事进展.xlsx", "linzi", 2, "区妇联", base_q=3, figs={"培训家庭教育骨干": 40}, deadlines={9: ("长期", "BAD")}, marker="已"),
 # D 区卫健局 (临淄): copy pair, 两癌 1.65万 -> 1.62万; item 10 left empty
 R("三季度/区卫健局2024年三季度进展情况.ods", "linzi", 3, "区卫健局", figs={"两癌免费检查": 16200}, written={"两癌免费检查": "1.62万"}, empty=[10]),
 R("二季度/区卫健局2024年二季度进展情况.xlsx", "linzi", 2, "区卫健局", base_q=3, figs={"两癌免费检查": 16500}, written={"两癌免费检查": "1.65万"}, empty=[10]),
 # E 区总工会 (临淄): copy pair, 托管 11 -> 10; 创富 5 behind in Q3 only
 R("三季度/区总工会2024年第三季度进展情况.xlsx", "linzi", 3, "区总工会", figs={"托管教学课程": 10, "巾帼创富课堂": 5}, header_row=4),
 R("二季度/区总工会2024年第二季度进展情况.xlsx", "linzi", 2, "区总工会", base_q=3, figs={"托管教学课程": 11, "巾帼创富课堂": 5}, header_row=4),
 # F 区民政局 (临淄): two Q2 candidates -> no comparison
 R("三季度/区民政局2024年第三季度进展情况.xlsx", "linzi", 3, "区民政局", figs={"残疾儿童康复救助": 120}, marker="截至目前共"),
 R("二季度/区民政局2024年第二季度进展情况.xlsx", "linzi", 2, "区民政局", figs={"残疾儿童康复救助": 130}),
 R("二季度/补报/区民政局2024年二季度进展情况.xlsx", "linzi", 2, "区民政局", figs={"残疾儿童康复救助": 130, "新建希望小屋": 4}, fill_date="2024年7月12日"),
 # G 区人社局 (临淄): only Q3, only its own row
 R("三季度/区人社局2024年第三季度进展情况.xlsx", "linzi", 3, "区人社局", items=[6]),
 # H 区法院 (临淄): 2024.12 -> 2024年12月31日 is no change; item 2 deadline changed and late; 开放日 dropped
 R("二季度/区法院2024年第二季度进展情况.xls", "linzi", 2, "区法院", deadlines={9: ("2024.12", "2024-12-31")},
   units={9: "区司法局\n区妇联\n区法院"}),
 R("三季度/区法院2024年第三季度进展情况.xlsx", "linzi", 3, "区法院", marker="",
   figs={"法院开放日": ("none",), "家庭教育指导服务站点": 9, "送教上门": ("qy", 4, 15)},
   deadlines={9: ("2024年12月31日", "2024-12-31"), 2: ("2025年6月30日", "2025-06-30")}),
 # I 博山区教体局: paired; 心理健康 30 -> 28; 法治讲座 quarter-only 4
 R("二季度/博山区教体局2024年第二季度进展情况.xlsx", "boshan", 2, "区教育和体育局", marker="截至目前共"),
 R("三季度/博山区教体局2024年第三季度进展情况.xlsx", "boshan", 3, "区教育和体育局", figs={"心理健康科普宣传": 28, "法治讲座": ("q", 4)}, marker="已"),
 # J 博山区妇联: copy pair, 联谊 6 -> 5; units of item 2 without 区商务局; 附件 name of item 6
 R("三季度/博山区妇联2024年第三季度工作进展.xlsx", "boshan", 3, "区妇联", units={2: "区人力资源和社会保障局、区妇联"},
   names={6: "实施儿童友好城区建设促进行动"}),
 R("二季度/博山区妇联2024年第二季度工作进展.xls", "boshan", 2, "区妇联", base_q=3, figs={"青年婚恋联谊活动": 6},
   units={2: "区人力资源和社会保障局、区妇联"}, names={6: "实施儿童友好城区建设促进行动"}),
 # K 博山区文旅局: paired (.ods Q2); 大篷车 dropped; item 9 deadline changed; 传统文化 7 behind 7.5
 R("二季度/博山区文旅局2024年第二季度进展情况.ods", "boshan", 2, "区文化和旅游局", deadlines={9: ("2024年12月底", "2024-12-31")}),
 R("三季度/博山区文旅局2024年第三季度进展情况.xlsx", "boshan", 3, "区文化和旅游局", figs={"科普大篷车巡展": ("none",), "传统文化进校园": 7},
   deadlines={9: ("2024年10月31日", "2024-10-31")}),
 # L 博山区总工会: paired; 托管班 ytd 6 -> quarter-only 4; 报销比例 95 (constant); item 8 deadline empty in both
 R("二季度/博山区总工会2024年第二季度进展情况.xlsx", "boshan", 2, "区总工会", figs={"职工子女托管班": 6}, deadlines={8: ("", "")}),
 R("三季度/博山区总工会2024年第三季度进展情况.xlsx", "boshan", 3, "区总工会", figs={"职工子女托管班": ("q", 4), "住院分娩报销比例": 95},
   deadlines={8: ("", "")}, title_fmt="（2024年第{n}季度）"),
 # not checkable: quarter written nowhere (fill-in date only)
 R("临淄区卫健局实事进展情况表.xlsx", "linzi", 3, "区卫健局", title_q=False, fill_date="2024年7月5日"),
]
NO_QUARTER = "临淄区卫健局实事进展情况表.xlsx"


def norm(s):
    return re.sub(r"[\s\u3000“”\"'‘’《》（）()【】、，,。．.·:：;；\-—]", "", s or "")


def progress_text(place, no, targets, r):
    if no in r["empty"]:
        return ""
    parts = []
    for (label, thr, unit, sched, tpl) in targets:
        kind = r["figs"][label]
        if kind[0] == "none":
            parts.append(tpl["none"])
        elif kind[0] == "qy":  # this quarter's and the total in one sentence: 本季度开展4次，累计15次
            parts.append(tpl["q"].format(n=kind[1]) + f"，累计{kind[2]}{unit}")
        else:
            n = r["written"].get(label, str(kind[1]))
            parts.append(tpl[kind[0]].format(n=n).replace("累计", r["marker"]))
    body = INTRO[place][no]
    return body + ("；" + "；".join(parts) if parts else "") + "。"


def deadline(r, no):
    return r["deadlines"].get(no, (DEFAULT_DL, "2024-12-31"))


def write_xlsx(r, out):
    place = r["place"]
    district, _, _, items = NOTICES[place]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    qt = r["title_fmt"].format(q=QWORD[r["q"]], n=r["q"]) if r["title_q"] else ""
    ws["A1"] = f"{district}2024年为全区妇女儿童办实事工作进展情况表{qt}"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = f"填报单位（盖章）：{r['dept']}" + (f"        填报日期：{r['fill_date']}" if r["fill_date"] else "")
    h = r["header_row"]
    for c, t in zip("ABCDE", ["序号", "实事名称", "责任单位", r["progress_header"], "完成\n时限"]):
        ws[f"{c}{h}"] = t
        ws[f"{c}{h}"].font = Font(bold=True)
        ws[f"{c}{h}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin")
    row = h
    for (no, name, other, units, targets) in items:
        if r["items"] and no not in r["items"]:
            continue
        row += 1
        ws[f"A{row}"] = no
        ws[f"B{row}"] = r["names"].get(no, name)
        ws[f"C{row}"] = r["units"].get(no, FORM_UNITS[place][no])
        t = progress_text(place, no, targets, r)
        ws[f"D{row}"] = t if t else None
        dl = deadline(r, no)[0]
        ws[f"E{row}"] = dl if dl else None
        for c in "ABCDE":
            ws[f"{c}{row}"].alignment = Alignment(vertical="center", wrap_text=True)
            ws[f"{c}{row}"].border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws[f"A{row + 2}"] = "填报人：王晓        联系电话：0533-7220350"
    for c, w in zip("ABCDE", [6, 28, 16, 60, 14]):
        ws.column_dimensions[c].width = w
    wb.save(out)


def rows_of(r):
    _, _, _, items = NOTICES[r["place"]]
    out, row = [], r["header_row"]
    for it in items:
        if r["items"] and it[0] not in r["items"]:
            continue
        row += 1
        out.append((row, it))
    return out


def unit_present(cell, spellings):
    c = norm(cell)
    for s in spellings:
        s = norm(s)
        if s in c or (s[0] in "区县" and s[1:] in c):
            return True
    return False


def figure(r, label):
    k = r["figs"][label]
    return None if k[0] == "none" else k[-1]


def label(r, prev):
    """Checks and findings of one report, compared with prev (or None)."""
    q = r["q"]
    checks, findings = [], []
    prev_rows = {it[0]: (row, it) for row, it in rows_of(prev)} if prev else {}
    errs = warns = 0
    for row, (no, name, other, units, targets) in rows_of(r):
        fs = []
        if norm(re.sub(r"^[一二三四五六七八九十]+、", "", r["names"].get(no, name))) not in [norm(n) for n in [name] + other]:
            fs.append((f"B{row}", "ITEM_NAME_MISMATCH"))
        cell = r["units"].get(no, FORM_UNITS[r["place"]][no])
        if not all(unit_present(cell, sp) for sp in units):
            fs.append((f"C{row}", "UNIT_MISSING"))
        empty = no in r["empty"]
        if empty:
            fs.append((f"D{row}", "MISSING_PROGRESS"))
        cmp = []
        for (lab, thr, unit, sched, tpl) in targets:
            v = None if empty else figure(r, lab)
            if v is None:
                st = "missing"
                if not empty:
                    fs.append((f"D{row}", "MISSING_FIGURE"))
            elif sched == "constant":
                st = "ok" if v >= thr else "shortfall"
            else:
                st = "ok" if v >= thr * q / 4 else "behind"
            if st == "behind":
                fs.append((f"D{row}", "BEHIND_SCHEDULE"))
            if st == "shortfall":
                fs.append((f"D{row}", "SHORTFALL"))
            checks.append({"item": no, "target": lab, "reported": v, "status": st, "cell": f"D{row}"})
            if prev and no in prev_rows and not empty and no not in prev["empty"]:
                pk, ck = prev["figs"][lab], r["figs"][lab]
                if pk[0] in YTD and ck[0] in YTD and sched != "constant" and ck[-1] < pk[-1]:
                    cmp.append((f"D{row}", "FIGURE_DECREASED"))
                if pk[0] != "none" and ck[0] == "none":
                    cmp.append((f"D{row}", "FIGURE_DROPPED"))
        fs += cmp
        dl_text, dl = deadline(r, no)
        if dl == "":
            fs.append((f"E{row}", "MISSING_DEADLINE"))
        elif dl == "BAD":
            fs.append((f"E{row}", "BAD_DEADLINE"))
        elif dl > "2024-12-31":
            fs.append((f"E{row}", "DEADLINE_LATE"))
        if prev and no in prev_rows:
            pt, pd = deadline(prev, no)
            if pt and dl_text:
                both_dates = pd not in ("", "BAD") and dl not in ("", "BAD")
                if (pd != dl) if both_dates else (norm(pt) != norm(dl_text)):
                    fs.append((f"E{row}", "DEADLINE_CHANGED"))
        findings += [{"cell": c, "code": k, "item": no} for c, k in fs]
    present = {it[0] for _, it in rows_of(r)}
    for it in NOTICES[r["place"]][3]:
        if it[0] not in present:
            findings.append({"cell": f"A{r['header_row']}", "code": "ITEM_MISSING", "item": it[0]})
    return checks, findings


YTD = ("ytd", "qy")  # kinds whose figure is year-to-date (marked 累计/已/截至目前共, or unmarked)
SEV = {"MISSING_PROGRESS": "E", "MISSING_FIGURE": "W", "SHORTFALL": "E", "BEHIND_SCHEDULE": "W", "MISSING_DEADLINE": "W",
       "DEADLINE_LATE": "E", "BAD_DEADLINE": "W", "UNIT_MISSING": "W", "ITEM_NAME_MISMATCH": "W", "ITEM_MISSING": "E",
       "UNKNOWN_ITEM": "W", "FIGURE_DECREASED": "E", "DEADLINE_CHANGED": "W", "FIGURE_DROPPED": "W"}


def stem(path):
    n = os.path.splitext(os.path.basename(path))[0]
    n = re.sub(r"\d{4}年", "", n)
    n = re.sub(r"第?[一二三四1-4]季度|Q[1-4]|上半年|下半年|前三季度|全年", "", n)
    return norm(n)


def pairing(reports):
    """README: same rules, quarter - 1, same stem; two candidates -> none."""
    pairs = {}
    for r in reports:
        if r["path"] == NO_QUARTER:
            continue
        cands = [p for p in reports if p["path"] != NO_QUARTER and p["place"] == r["place"] and p["q"] == r["q"] - 1
                 and stem(p["path"]) == stem(r["path"])]
        pairs[r["path"]] = cands[0] if len(cands) == 1 else None
        if len(cands) > 1:
            r["candidates"] = [c["path"] for c in cands]
    return pairs


def main():
    for d in (FOLDER, LABELS, STAGE):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for r in REPORTS:
        out = os.path.join(FOLDER if r["fmt"] == "xlsx" else STAGE, r["path"] if r["fmt"] == "xlsx" else
                           os.path.splitext(r["path"])[0] + ".xlsx")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        write_xlsx(r, out)
    pairs = pairing(REPORTS)
    overview, copies = [], []
    for r in REPORTS:
        district, rules, rules_name, _ = NOTICES[r["place"]]
        prev = pairs.get(r["path"])
        checks, findings = label(r, prev)
        exp = {"rules": rules, "year": 2024, "quarter": r["q"]}
        if r["path"] == NO_QUARTER:
            exp["options"] = {"quarter": 3}
        exp["previous"] = prev["path"] if prev else None
        exp["checks"], exp["findings"] = checks, findings
        p = os.path.join(LABELS, r["path"] + ".expected.json")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as fh:
            fh.write(dump(exp))
        if r["path"] == NO_QUARTER:
            overview.append(dict(file=r["path"], status="无法核查", errors=0, warnings=0, pairedWith=None, quarter=None, rules=None))
            continue
        e = sum(SEV[f["code"]] == "E" for f in findings)
        w = len(findings) - e
        overview.append(dict(file=r["path"], status="需修改" if e else "可盖章", errors=e, warnings=w,
                             pairedWith=prev["path"] if prev else None, quarter=r["q"], rules=rules_name))
        if prev:
            base_checks, base_findings = label(r, None)
            added = [f for f in findings if f not in base_findings or findings.count(f) > base_findings.count(f)]
            diff = [x for x in r["figs"] if r["figs"][x] != prev["figs"][x]]
            if (len(diff) == 1 and r["deadlines"] == prev["deadlines"] and r["units"] == prev["units"]
                    and r["names"] == prev["names"] and r["empty"] == prev["empty"]):
                assert len(added) == 1 and added[0]["code"] == "FIGURE_DECREASED", (r["path"], added)
                copies.append({"report": r["path"], "earlier": prev["path"], "cell": added[0]["cell"], "code": "FIGURE_DECREASED"})
    extra = write_non_reports()
    overview += extra
    overview.sort(key=lambda x: x["file"])
    with open(os.path.join(LABELS, "overview.json"), "w") as fh:
        fh.write("[\n" + ",\n".join("  " + json.dumps(o, ensure_ascii=False) for o in overview) + "\n]\n")
    with open(os.path.join(LABELS, "copies.json"), "w") as fh:
        fh.write("[\n" + ",\n".join("  " + json.dumps(o, ensure_ascii=False) for o in copies) + "\n]\n")
    for r in REPORTS:
        if "candidates" in r:
            print("two candidates:", r["path"], r["candidates"])
    print(len(REPORTS), "reports,", len(copies), "copies")


def write_non_reports():
    rows = []
    def add(path, listed=True):
        rows.append(dict(file=path, status="无法核查", errors=0, warnings=0, pairedWith=None, quarter=None, rules=None)
                    if listed else dict(file=path, listed=False))
    # a plain-text note from the office
    with open(os.path.join(FOLDER, "报送说明.txt"), "w", encoding="utf-8") as fh:
        fh.write("各责任单位：\n请于每季度末后5个工作日内将实事进展情况表加盖公章后报区妇联。\n联系电话：7220350\n")
    add("报送说明.txt")
    # the notice as Word (convert.sh turns stage/通知.txt into .docx)
    shutil.copy("/work/shared/notices/2024-linzi.txt", os.path.join(STAGE, "2024年为全区妇女儿童办实事项目清单.txt"))
    add("2024年为全区妇女儿童办实事项目清单.docx")
    # a workbook with no report table
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "通讯录"
    for row in [["单位", "联系人", "电话"], ["区教体局", "李明", "7218001"], ["区卫健局", "张华", "7218002"], ["区妇联", "王晓", "7220350"]]:
        ws.append(row)
    wb.save(os.path.join(FOLDER, "各单位联系人通讯录.xlsx"))
    add("各单位联系人通讯录.xlsx")
    # random bytes named .xlsx
    rnd = random.Random(20241004)
    with open(os.path.join(FOLDER, "三季度/区残联2024年第三季度进展情况.xlsx"), "wb") as fh:
        fh.write(bytes(rnd.randrange(256) for _ in range(6000)))
    add("三季度/区残联2024年第三季度进展情况.xlsx")
    # an empty file named .xlsx
    open(os.path.join(FOLDER, "三季度/区司法局2024年第三季度进展情况.xlsx"), "wb").close()
    add("三季度/区司法局2024年第三季度进展情况.xlsx")
    # LibreOffice lock file
    with open(os.path.join(FOLDER, "三季度/.~lock.区妇联2024年第三季度实事进展.xlsx#"), "w") as fh:
        fh.write(",wangxiao,PC-FULIAN,04.10.2024 09:12,file:///C:/Users/wangxiao/AppData/Roaming/LibreOffice/4;")
    add("三季度/.~lock.区妇联2024年第三季度实事进展.xlsx#", listed=False)
    return rows


def dump(exp):
    head = {k: v for k, v in exp.items() if k not in ("checks", "findings")}
    s = "{\n" + ",\n".join(f'  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}' for k, v in head.items())
    for k in ("checks", "findings"):
        s += f',\n  "{k}": [\n' + ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in exp[k]) + "\n  ]"
    return s + "\n}\n"


if __name__ == "__main__":
    main()
