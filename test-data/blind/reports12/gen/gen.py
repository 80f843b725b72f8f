"""Writes the reports12 blind reports and their hand-assigned labels (statuses from the README arithmetic)."""
import json, openpyxl, pathlib, subprocess
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
    if sched == 'c':
        return 'ok' if r >= t else 'shortfall'
    if q < 4:
        return 'ok' if r >= t * q / 4 else 'behind'
    return 'ok' if r >= t else 'shortfall'


ZICHUAN = dict(dir='2023-zichuan', rules='rules/2023/zichuan.xlsx', year=2023, names=NAMES, units=UNITS,
               targets=TARGETS, office='淄川区妇儿工委办公室')


def report(stem, title, q, texts, figures, deadlines, extra=(), n=None):
    """texts: item -> progress text; figures: target label -> hand-read figure; deadlines: item -> cell text."""
    n = n or ZICHUAN
    y = n['year']
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '进展情况'
    ws['A1'] = title
    ws.merge_cells('A1:E1')
    ws['A2'] = '填报单位：%s（盖章）        填报时间：%d年%d月%d日' % ((n['office'], y + 1, 1, 8) if q == 4 else (n['office'], y, 3 * q + 1, 5))
    ws.merge_cells('A2:E2')
    ws.append(['序号', '实事名称', '责任单位', '进展情况', '完成时限'])
    rows = {}
    for i in texts:
        ws.append([i, n['names'][i], n['units'][i], texts[i], deadlines.get(i, '%d年12月底' % y)])
        rows[i] = ws.max_row
        ws.cell(row=rows[i], column=4).alignment = Alignment(wrap_text=True, vertical='top')
    ws.append([])
    ws.append(['备注：本表数字均为年初至本季度末累计数。联系人：王璐  电话：0533-5180126'])
    ws.column_dimensions['D'].width = 70
    wb.save(OUT / n['dir'] / (stem + '.xlsx'))
    checks, findings = [], []
    for item, label, t, sched in n['targets']:
        if item not in rows:
            continue
        r = figures.get(label)
        st = status(r, t, sched, q)
        cell = 'D%d' % rows[item]
        checks.append({'item': item, 'target': label, 'reported': r, 'status': st, 'cell': cell})
        code = 'SHORTFALL' if st == 'shortfall' else {'missing': 'MISSING_FIGURE', 'behind': 'BEHIND_SCHEDULE', 'shortfall': 'SHORTFALL'}.get(st)
        if code:
            findings.append({'cell': cell, 'code': code, 'item': item})
    findings += list(extra)
    findings += [{'cell': 'A3', 'code': 'ITEM_MISSING', 'item': i} for i in n['names'] if i not in rows]
    findings.sort(key=lambda f: (f['code'] == 'ITEM_MISSING', int(f['cell'][1:])))
    label = {'rules': n['rules'], 'year': y, 'quarter': q, 'checks': checks, 'findings': findings}
    (OUT / n['dir'] / (stem + '.expected.json')).write_text(
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

GAOQING = dict(dir='2024-gaoqing', rules='rules/2024/gaoqing.xlsx', year=2024, office='高青县妇儿工委办公室', names={
    1: '实施教育资源扩增优化工程', 2: '实施巾帼促就业计划', 3: '实施适龄妇女“两癌”免费筛查和救助行动',
    4: '实施家庭教育指导服务行动', 5: '实施新型婚育文化培育行动', 6: '实施儿童友好城市建设促进行动',
    7: '实施妇女权益保障提质增效行动', 8: '实施“阳光成长”青少年身心健康护航行动', 9: '实施“润童心”儿童素养提升行动',
    10: '实施特殊困难儿童关爱行动'}, units={
    1: '县教育和体育局', 2: '县人力资源社会保障局、县妇联', 3: '县卫生健康局、县妇联', 4: '县妇联、县教育和体育局',
    5: '县妇联、团县委、市医疗保障局高青分局', 6: '县妇联、县交通运输局、芦湖街道、各儿童友好实践基地',
    7: '县妇联、县司法局、县检察院、县总工会', 8: '县教育和体育局、县公安局、县检察院、县法院',
    9: '县文化和旅游局、县科协', 10: '县民政局、县残联、县妇联、团县委'}, targets=[
    (1, '维修改造中小学', 16, 'p'), (1, '维修改造幼儿园', 2, 'p'), (1, '智慧教育应用场景', 2, 'p'),
    (2, '家政培训', 20, 'p'), (3, '两癌筛查率', 85, 'p'), (4, '培训家庭教育骨干', 50, 'p'),
    (5, '单身青年联谊活动', 5, 'p'), (7, '妇联法律明白人覆盖率', 70, 'p'), (7, '婚姻家庭辅导率', 100, 'c'),
    (7, '齐心护航宣讲', 5, 'p'), (7, '建设妈妈小屋', 1, 'p'), (8, '心理健康科普宣传', 8, 'p'),
    (9, '戏曲非遗进校园文化活动', 5, 'p'), (9, '科普大篷车巡展', 4, 'p')])

report('高青县2024年第三季度进展情况', '高青县2024年为全县妇女儿童办实事\n第三季度进展情况', 3, {
    1: '维修改造中小学12所、幼儿园2所，\n打造智慧教育应用场景2个（智慧课堂、智慧食堂）。',
    2: '联合县妇联开展家政培训 15 场次，培训学员600余人。',
    3: '1—9月为35-64岁适龄妇女开展宫颈癌、乳腺癌免费检查，两癌筛查率达到八成五。',
    4: '举办家庭教育骨干培训班，培训家庭教育骨干38人。',
    5: '举办单身青年联谊活动俩场，参与青年120人。',
    6: '儿童友好公交专线开通运行，芦湖社区共建联盟试点启动。',
    7: '法律明白人覆盖率65%；\n婚姻家庭辅导率100%；\n开展齐心护航宣讲4场；\n妈妈小屋1处已投用。',
    8: '心理健康科普宣传：6场\n护学岗：每日上下学时段设置',
    9: '戏曲、非遗进校园文化活动：4场\n科普大篷车巡展：3场',
    10: '困难儿童就学资助全覆盖，按时足额发放。',
}, {'维修改造中小学': 12, '维修改造幼儿园': 2, '智慧教育应用场景': 2, '家政培训': 15, '两癌筛查率': 85,
    '培训家庭教育骨干': 38, '单身青年联谊活动': 2, '妇联法律明白人覆盖率': 65, '婚姻家庭辅导率': 100,
    '齐心护航宣讲': 4, '建设妈妈小屋': 1, '心理健康科普宣传': 6, '戏曲非遗进校园文化活动': 4, '科普大篷车巡展': 3},
       {}, n=GAOQING)

report('高青县2024年第一季度进展情况', '高青县2024年为全县妇女儿童办实事\n第一季度进展情况', 1, {
    1: '维修改造中小学5所、幼儿园1所；\n智慧教育应用场景1个。',
    2: '开展家政培训6场次。',
    3: '两癌筛查率30%。',
    4: '培训家庭教育骨干15人。',
    5: '举办单身青年联谊活动1场。',
    6: '公交专线线路已完成调研。',
    7: '法律明白人覆盖率20%；婚姻家庭辅导率100%；开展齐心护航宣讲2场；\n妈妈小屋正在选址。',
    8: '开展心理健康科普宣传3场。',
    10: '摸排困难儿童底数，建立台账。',
}, {'维修改造中小学': 5, '维修改造幼儿园': 1, '智慧教育应用场景': 1, '家政培训': 6, '两癌筛查率': 30,
    '培训家庭教育骨干': 15, '单身青年联谊活动': 1, '妇联法律明白人覆盖率': 20, '婚姻家庭辅导率': 100,
    '齐心护航宣讲': 2, '建设妈妈小屋': None, '心理健康科普宣传': 3}, {}, n=GAOQING)

# One report as .ods, as some offices send it (converted by LibreOffice; the labels do not change).
SRC = OUT / '2024-gaoqing' / '高青县2024年第一季度进展情况.xlsx'
subprocess.run(['soffice', '--headless', '--convert-to', 'ods', '--outdir', str(SRC.parent), str(SRC)],
               check=True, capture_output=True)
SRC.unlink()
