# reports10 generator: writes the reports and their labels (figures assigned by hand, statuses by the
# documented arithmetic). Run: python3 gen.py  (needs openpyxl; .xls/.ods by soffice --headless).
import json, os, subprocess, openpyxl
from openpyxl.styles import Alignment
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
T = [(1,'考点学校安装空调',5,'p'),(1,'智慧教育应用场景',3,'p'),(2,'法治进校园',12,'p'),(3,'戏曲进校园',20,'p'),
     (3,'托管教学课程',12,'p'),(4,'培训家庭教育骨干',50,'p'),(4,'家庭教育指导服务站点',20,'p'),(5,'残疾儿童康复救助',180,'p'),
     (5,'新建希望小屋',6,'p'),(6,'女性就业专场招聘',2,'p'),(6,'巾帼创富课堂',8,'p'),(7,'两癌免费检查',21000,'p'),
     (8,'住院分娩报销比例',100,'c'),(9,'送教上门',20,'p'),(9,'送法进校园',6,'p'),(9,'法院开放日',6,'p')]
NAMES = {1:'实施教育资源优化工程',2:'实施“阳光成长”青少年身心健康护航行动',3:'实施“润童心”儿童素养提升工程',
 4:'实施家庭教育指导服务行动',5:'实施特殊困难儿童关爱项目',6:'实施巾帼促就业计划',7:'实施适龄妇女“两癌”免费检查和救助行动',
 8:'实施新型婚育文化培育行动',9:'实施妇女儿童权益保障工作',10:'开展“美妆护苗”集中整治行动'}
UNITS = {1:'区教体局',2:'区教体局\n区检察院',3:'区文旅局\n区总工会',4:'区妇联\n区教体局',5:'区民政局\n区残联\n团区委',
 6:'区人社局\n区妇联',7:'区卫健局\n区妇联',8:'区总工会\n团区委\n区妇联\n临淄医保分局\n区住建局',9:'区司法局\n区妇联\n临淄公安分局\n区法院',10:'区市场监管局'}

def PROG(rows, no):
    out = []; cur = None
    for x in rows:
        if x[0] is not None: cur = x[0]
        if cur == no and x[3]: out.append(x[3])
    return '\n'.join(out)

def status(q, thr, kind, r):
    if r is None: return 'missing'
    if kind == 'c': return 'ok' if r >= thr else 'shortfall'
    if q == 4: return 'ok' if r >= thr else 'shortfall'
    return 'ok' if r * 4 >= thr * q else 'behind'

def build(stem, q, rows, figs, extra_findings=(), title2=None, notes=(), fmt='xlsx', first=4):
    """rows: list of (no, name, units, progress, deadline). figs: {target label: R or None}.
    extra_findings: (cell, code, item) for name/units/deadline/missing items, placed by hand."""
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sheet1'
    ws['A1'] = '2024年为全区妇女儿童办实事工作进展情况表' + ('' if title2 else '（第%s季度）' % '一二三四'[q-1])
    r0 = 2
    if title2: ws['A2'] = title2; ws.merge_cells('A2:E2'); r0 = 3
    ws.merge_cells('A1:E1'); ws.cell(r0, 1, '单位：（盖章）')
    hr = r0 + 1
    for c, h in enumerate(['序号','实事名称','责任单位','本季度具体措施及\n任务进度情况','完成\n时限'], 1): ws.cell(hr, c, h)
    row = hr + 1; checks = []; finds = []; present = {}
    last = None; span = {}
    for (no, name, units, prog, dl) in rows:
        for c, v in enumerate([no, name, units, prog, dl], 1):
            if v is not None: ws.cell(row, c, v).alignment = Alignment(wrap_text=True, vertical='top')
        if no is None: span[last] = row
        else: present[no] = row; last = no
        row += 1
    for no, end in span.items():
        for col in 'ABE': ws.merge_cells(f'{col}{present[no]}:{col}{end}')
    for n in notes: row += 0; ws.cell(row, 1, n); row += 1
    ws.column_dimensions['D'].width = 70
    for (no, lab, thr, kind) in T:
        if no not in present: continue
        rr = present[no]; cell = f'D{rr}'
        prog = PROG(rows, no)
        if not prog:
            checks.append(dict(item=no, target=lab, reported=None, status='missing', cell=cell)); continue
        R = figs[lab]; st = status(q, thr, kind, R)
        checks.append(dict(item=no, target=lab, reported=R, status=st, cell=cell))
    # findings by row: name, units, progress, deadline
    for no, rr in present.items():
        prog = PROG(rows, no)
        for f in extra_findings:
            if f[2] == no and f[0][0] in 'ABC' and f[1] != 'ITEM_MISSING': finds.append(f)
        if not prog: finds.append((f'D{rr}', 'MISSING_PROGRESS', no))
        else:
            for ch in checks:
                if ch['item'] == no:
                    code = {'missing':'MISSING_FIGURE','behind':'BEHIND_SCHEDULE','shortfall':'SHORTFALL'}.get(ch['status'])
                    if code: finds.append((ch['cell'], code, no))
        for f in extra_findings:
            if f[2] == no and f[0][0] == 'E': finds.append(f)
    for f in extra_findings:
        if f[1] == 'ITEM_MISSING': finds.append(f)
    d = os.path.join(OUT, '2024-linzi'); os.makedirs(d, exist_ok=True)
    p = os.path.join(d, stem + '.xlsx'); wb.save(p)
    if fmt != 'xlsx':
        subprocess.run(['soffice','--headless','--convert-to',fmt,'--outdir',d,p], check=True, capture_output=True)
        os.remove(p)
    exp = dict(rules='rules/2024/linzi.xlsx', year=2024, quarter=q, checks=checks,
               findings=[dict(cell=c, code=k, item=i) for (c, k, i) in finds])
    with open(os.path.join(d, stem + '.expected.json'), 'w') as f:
        f.write(json.dumps(exp, ensure_ascii=False, indent=1))

N = NAMES; U = UNITS
def rep(texts, dls, units=None, names=None):
    return [(i, (names or {}).get(i, N[i]), (units or {}).get(i, U[i]), texts[i-1], dls[i-1] if isinstance(dls, list) else dls)
            for i in range(1, 11)]

# R1 Q1 fine
build('临淄区2024年第一季度妇女儿童实事进展情况', 1, rep([
 '①年初对全区中考考点学校空调配置情况进行摸底，已完成2所考点学校空调安装调试；\n②启动智慧教育应用场景建设，截至3月底已建成1个典型应用场景。',
 '联合区检察院开展“法治进校园”巡回宣讲，本季度开展4场，覆盖师生3200余人（其中稷下街道2场、凤凰镇2场）。',
 '“戏曲进校园”活动累计开展 6 场（其中五音戏专场两场）；\n区总工会举办职工子女寒假托管班3个班次，服务职工子女150名。',
 '举办家庭教育骨干培训班1期，培训骨干15人；\n新建规范化家庭教育指导服务站点6个（辛店街道3个、闻韶街道3个）。',
 '为50名残疾儿童提供康复救助服务；新建“希望小屋”2间，均已完成入户回访。',
 '3月8日联合举办“春风行动”女性就业专场招聘会1场，提供岗位1200余个；开设巾帼创富课堂2期。',
 '全区“两癌”免费检查工作于2月下旬启动，截至3月31日共完成免费检查5600名，咨询电话：0533-7181234。',
 '职工医保参保人员住院分娩政策范围内医疗费用报销比例达到100%，本季度共为126名职工办理生育医疗费用报销。',
 '开展送教上门6次；开展“送法进校园”活动2场；组织“法院开放日”活动2场，邀请家长学生60余人走进法院。',
 '开展儿童化妆品专项检查，检查经营户85家，未发现违规产品。'], '2024年12月31日'),
 {'考点学校安装空调':2,'智慧教育应用场景':1,'法治进校园':4,'戏曲进校园':6,'托管教学课程':3,'培训家庭教育骨干':15,
  '家庭教育指导服务站点':6,'残疾儿童康复救助':50,'新建希望小屋':2,'女性就业专场招聘':1,'巾帼创富课堂':2,'两癌免费检查':5600,
  '住院分娩报销比例':100,'送教上门':6,'送法进校园':2,'法院开放日':2})

# R2 Q2 .xls
dl2 = ['2024年底']*10; dl2[4] = None
build('临淄区2024年上半年实事进展情况', 2, rep([
 '已完成考点学校空调安装3\n所，剩余2所计划暑期施工；智慧教育应用场景已打造两个。',
 '上半年累计开展法治进校园宣讲5场，计划下半年再开展7场。',
 '戏曲进校园活动共开展\n11场次，惠及学生4000余人；\n暑期托管教学课程已开设6个班次（每班学生约40人）。',
 '培训家庭教育骨干数十名，新建家庭教育指导服务站点12个，完成年度任务的六成。',
 '累计为96名残疾儿童提供康复救助，占年度任务的53%；“希望小屋”已建成3间。',
 '举办女性就业专场招聘会2场次，达成就业意向的女性约九成；巾帼创富课堂开展了3 场。',
 '截至6月底，全区累计完成“两癌”免费检查1.12万名，检查覆盖率达八成五。',
 '报销比例保持100%，上半年共报销生育医疗费用326.5万元。',
 '送教上门累计开展11次；送法进校园3场；法院开放日活动3场。',
 '持续开展“美妆护苗”整治，检查化妆品经营单位120家。'], dl2),
 {'考点学校安装空调':3,'智慧教育应用场景':2,'法治进校园':5,'戏曲进校园':11,'托管教学课程':6,'培训家庭教育骨干':None,
  '家庭教育指导服务站点':12,'残疾儿童康复救助':96,'新建希望小屋':3,'女性就业专场招聘':2,'巾帼创富课堂':3,'两癌免费检查':11200,
  '住院分娩报销比例':100,'送教上门':11,'送法进校园':3,'法院开放日':3},
 extra_findings=[('E8','MISSING_DEADLINE',5)], title2=None, fmt='xls')

# R3 Q3 .ods, WeChat style, per-department rows for item 9, item 10 missing, item 4 renamed
r3 = rep([
 '①考点学校空调：5所考点学校空调全部安装到位✅\n②智慧教育：3个应用场景已打造完成🎉',
 '📌法治进校园：截至9月底累计开展10场，覆盖全区3/4的中小学校。',
 '①戏曲进校园累计开展16场；\n②托管教学课程共开设8个班次，暑期班结束后满意率达98%。',
 '培训家庭教育骨干累计42名；家庭教育指导服务站点已建成16个。',
 '区残联：累计为140名残疾儿童提供康复救助。\n团区委：新建希望小屋4间，另有1间计划10月交付。',
 '专场招聘会累计举办3场；巾帼创富课堂累计6期。',
 '两癌免费检查累计完成16200名👍',
 '住院分娩报销比例100%。',
 '区司法局：送教上门累计开展14次。', None], '2024.12', units={9:'区司法局'}, names={4:'家庭教育指导服务工作'})[:9]
r3 += [(None, None, '区法院', '区法院：“送法进校园”活动5场，“法院开放日”活动5场。', None),
       (None, None, '临淄公安分局\n区妇联', '公安分局、区妇联配合区司法局开展送教上门14次。', None)]
build('临淄区2024年1-9月实事推进情况', 3, r3,
 {'考点学校安装空调':5,'智慧教育应用场景':3,'法治进校园':10,'戏曲进校园':16,'托管教学课程':8,'培训家庭教育骨干':42,
  '家庭教育指导服务站点':16,'残疾儿童康复救助':140,'新建希望小屋':4,'女性就业专场招聘':3,'巾帼创富课堂':6,'两癌免费检查':16200,
  '住院分娩报销比例':100,'送教上门':14,'送法进校园':5,'法院开放日':5},
 extra_findings=[('B7','ITEM_NAME_MISMATCH',4),('A3','ITEM_MISSING',10)], fmt='ods')

# R4 Q4: 已全面完成 without figure, shortfalls, late / unreadable deadline, empty progress
dl4 = ['12月底']*10; dl4[2] = '2025年3月31日'; dl4[6] = '持续推进'
build('临淄区2024年第四季度实事进展情况', 4, rep([
 '考点学校空调安装任务已全面完成。智慧教育应用场景累计打造3个。',
 '全年累计开展法治进校园宣讲14场（其中检察官宣讲6场）。',
 '戏曲进校园全年共开展18场，距年度目标尚有差距；托管教学课程全年开设13个班次。',
 '全年培训家庭教育骨干56人；家庭教育指导服务站点累计建成20个。',
 '全年累计为192名残疾儿童提供康复救助；希望小屋新建6间。',
 '举办专场招聘会2场次；巾帼创富课堂全年开设7场。',
 '全年累计完成两癌免费检查2.15万人。',
 '报销比例100%。',
 '送教上门全年22次；送法进校园6场；法院开放日6场。', None], dl4),
 {'考点学校安装空调':None,'智慧教育应用场景':3,'法治进校园':14,'戏曲进校园':18,'托管教学课程':13,'培训家庭教育骨干':56,
  '家庭教育指导服务站点':20,'残疾儿童康复救助':192,'新建希望小屋':6,'女性就业专场招聘':2,'巾帼创富课堂':7,'两癌免费检查':21500,
  '住院分娩报销比例':100,'送教上门':22,'送法进校园':6,'法院开放日':6},
 extra_findings=[('E6','DEADLINE_LATE',3),('E10','BAD_DEADLINE',7)])

# R5 Q4 fine, two-row title, notes and 填报单位 line
build('临淄区2024年全年妇女儿童实事完成情况', 4, rep([
 '全区5所中考考点学校空调全部安装并投入使用。打造智慧教育应用场景4个。综上，5所考点学校空调安装、4个场景建设任务均已完成。',
 '全年累计开展法治进校园宣讲12场，受众师生1.3万余人次。',
 '全年送戏进校园22场；举办托管教学课程12个班次，服务职工子女500余名。',
 '全年培训家庭教育骨干六十名；指导服务站点累计达到21个。',
 '累计为185名残疾儿童实施康复救助；新建希望小屋6间。',
 '举办女性就业专场招聘会3场；巾帼创富课堂全年开设10场，培训妇女六百余人次。',
 '全年完成两癌免费检查21368名，其中复查阳性病例均已转诊。',
 '报销比例达到100%。',
 '全年开展送教上门24次，送法进校园8场，法院开放日7场。',
 '全年检查化妆品经营主体300余家次，查处案件2起。'], '2024年12月31日'),
 {'考点学校安装空调':5,'智慧教育应用场景':4,'法治进校园':12,'戏曲进校园':22,'托管教学课程':12,'培训家庭教育骨干':60,
  '家庭教育指导服务站点':21,'残疾儿童康复救助':185,'新建希望小屋':6,'女性就业专场招聘':3,'巾帼创富课堂':10,'两癌免费检查':21368,
  '住院分娩报销比例':100,'送教上门':24,'送法进校园':8,'法院开放日':7},
 title2='（2024年第四季度）', notes=['备注：以上数据截至2024年12月25日。','填报单位：临淄区妇儿工委办公室    填报时间：2024年12月28日'])

# R6 Q2: missing department, empty progress, constant target missed, unknown item
r6 = rep([
 '考点学校空调安装完成3所；智慧教育应用场景建成2个。',
 '法治进校园宣讲累计8场。', None,
 '培训骨干累计30人，站点建成8个（另有4个计划三季度挂牌）。',
 '康复救助残疾儿童88名；希望小屋新建3间。',
 '招聘会1场；创富课堂4场。',
 '两癌免费检查累计10800人。',
 '报销比例为95%。',
 '送教上门10次，送法进校园3场，开放日3场。',
 '开展“美妆护苗”宣传进校园活动。'], '2024-12-31', units={2:'区教体局'})
r6.append((11, '开展儿童友好示范创建', '区妇儿工委办', '已完成申报材料报送。', '2024-12-31'))
build('临淄区2024年二季度实事进展', 2, r6,
 {'考点学校安装空调':3,'智慧教育应用场景':2,'法治进校园':8,'培训家庭教育骨干':30,
  '家庭教育指导服务站点':8,'残疾儿童康复救助':88,'新建希望小屋':3,'女性就业专场招聘':1,'巾帼创富课堂':4,'两癌免费检查':10800,
  '住院分娩报销比例':95,'送教上门':10,'送法进校园':3,'法院开放日':3},
 extra_findings=[('C5','UNIT_MISSING',2),('A14','UNKNOWN_ITEM',11)])
