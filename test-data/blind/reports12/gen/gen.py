"""Writes the reports12 blind reports and their hand-assigned labels (statuses from the README arithmetic)."""
import json, openpyxl, pathlib
from openpyxl.styles import Alignment

OUT = pathlib.Path(__file__).resolve().parent.parent
NAMES = {1: '免费实施孕前优生健康和“两癌”检查', 2: '开展基层文化品质提升行动', 3: '实施优质教育资源扩增赋能行动',
         4: '实施儿童友好城市建设行动', 5: '实施心理健康辅导行动', 6: '实施巾帼就业创业创新',
         7: '实施残疾儿童康复训练救助项目', 8: '实施特殊困难儿童关爱行动'}
UNITS = {1: '区妇联、区财政局、区卫健局', 2: '区文旅局、区科协、区财政局', 3: '区教体局', 4: '区妇联、区发改局',
         5: '区教体局', 6: '区人社局、区妇联', 7: '区残联、区财政局', 8: '区民政局、团区委、区财政局'}
# (item, target label, threshold, schedule)
TARGETS = [(1, '两癌免费检查', 20000, 'p'), (2, '建设城市书房', 1, 'd'), (2, '科技创意项目比赛', 5, 'p'),
           (2, '科技进校园', 10, 'p'), (4, '儿童友好社区', 3, 'p'), (4, '服务地图覆盖实践基地', 8, 'd'),
           (6, '招聘会', 100, 'p'), (8, '孤困境儿童保障人数', 200, 'p'), (8, '发放基本生活费', 440, 'p')]


def status(r, t, sched, q):
    if r is None:
        return 'missing'
    if sched == 'd' and q < 4:
        return 'ok'
    if q < 4:
        return 'ok' if r >= t * q / 4 else 'behind'
    return 'ok' if r >= t else 'shortfall'


def report(stem, title, q, texts, figures, deadlines, extra=()):
    """texts: item -> progress text; figures: target label -> hand-read figure; deadlines: item -> cell text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '进展情况'
    ws['A1'] = title
    ws.merge_cells('A1:E1')
    ws['A2'] = '填报单位：淄川区妇儿工委办公室（盖章）        填报时间：2023年%d月%d日' % ((7, 5) if q == 2 else (1, 8))
    ws.merge_cells('A2:E2')
    ws.append(['序号', '实事名称', '责任单位', '进展情况', '完成时限'])
    for i in range(1, 9):
        ws.append([i, NAMES[i], UNITS[i], texts[i], deadlines.get(i, '2023年12月底')])
        ws.cell(row=i + 3, column=4).alignment = Alignment(wrap_text=True, vertical='top')
    ws.append([])
    ws.append(['备注：本表数字均为年初至本季度末累计数。联系人：王璐  电话：0533-5180126'])
    ws.column_dimensions['D'].width = 70
    wb.save(OUT / '2023-zichuan' / (stem + '.xlsx'))
    checks, findings = [], []
    for item, label, t, sched in TARGETS:
        r = figures.get(label)
        st = status(r, t, sched, q)
        cell = 'D%d' % (item + 3)
        checks.append({'item': item, 'target': label, 'reported': r, 'status': st, 'cell': cell})
        code = {'missing': 'MISSING_FIGURE', 'behind': 'BEHIND_SCHEDULE', 'shortfall': 'SHORTFALL'}.get(st)
        if code:
            findings.append({'cell': cell, 'code': code, 'item': item})
    findings += list(extra)
    findings.sort(key=lambda f: int(f['cell'][1:]))
    label = {'rules': 'rules/2023/zichuan.xlsx', 'year': 2023, 'quarter': q, 'checks': checks, 'findings': findings}
    (OUT / '2023-zichuan' / (stem + '.expected.json')).write_text(
        json.dumps(label, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')


report('淄川区2023年第二季度进展情况', '淄川区2023年为全区妇女儿童办好八件实事\n第二季度进展情况', 2, {
    1: '①截至6月底，全区完成宫颈癌、乳腺癌免费检查1.2万名，\n②孕前优生健康检查3500人，\n均已录入妇幼信息系统。',
    2: '城市书房1处已于6月建成开放，开展主题阅读活动两场。\n组织参加市青少年科技创新大赛，完成科技创意项目比赛3个；\n开展“双减”科技进校园活动6场。',
    3: '双泉小学主体完工，山水文园配套幼儿园完成内部装修，杨寨镇中心幼儿园秋季开园。',
    4: '打造儿童友好社区2个（般阳路街道、松龄路街道各1个）；\n服务地图已覆盖实践基地5处，其余3处拟于三季度接入。',
    5: '举办心理健康讲座，各中小学均已配齐心理辅导室。',
    6: '举办春风行动等线上线下招聘会62场，其中线上招聘会20场。',
    7: '上半年救助残疾儿童康复训练，按月拨付救助资金。',
    8: '为孤困境儿童213名按月发放基本生活费221万元。',
}, {'两癌免费检查': 12000, '建设城市书房': 1, '科技创意项目比赛': 3, '科技进校园': 6, '儿童友好社区': 2,
    '服务地图覆盖实践基地': 5, '招聘会': 62, '孤困境儿童保障人数': 213, '发放基本生活费': 221}, {})

report('淄川区2023年全年完成情况', '淄川区2023年为全区妇女儿童办好八件实事\n全年完成情况', 4, {
    1: '全年完成宫颈癌、乳腺癌免费检查18600名，\n阳性病例均已转诊。',
    2: '城市书房1处建成开放；完成科技创意项目比赛6个；\n开展科技进校园活动12场。',
    3: '双泉小学、山水文园配套幼儿园已投入使用。',
    4: '打造儿童友好社区3个；服务地图已上线，覆盖实践基地8处。',
    5: '全年开展心理健康辅导，各校均设心理辅导室。',
    6: '春风行动等招聘会已全面完成。',
    7: '康复训练救助项目已全部完成。',
    8: '为孤困境儿童205名发放基本生活费452万元。',
}, {'两癌免费检查': 18600, '建设城市书房': 1, '科技创意项目比赛': 6, '科技进校园': 12, '儿童友好社区': 3,
    '服务地图覆盖实践基地': 8, '招聘会': None, '孤困境儿童保障人数': 205, '发放基本生活费': 452},
       {8: None}, [{'cell': 'E11', 'code': 'MISSING_DEADLINE', 'item': 8}])
