import datetime
from lib import Row

D = datetime.date
LA = '两癌免费检查'
SF, CY, KJ = '建设城市书房', '科技创意项目比赛', '科技进校园'
YH, DT = '儿童友好社区', '服务地图覆盖实践基地'
ZP = '招聘会'
KJE, SHF = '孤困境儿童保障人数', '发放基本生活费'

REPORTS = []

# ---------------------------------------------------------------- Z1: Q1: 城市书房 no figure, 招聘会 behind
REPORTS.append(dict(
    notice='2023-zichuan', file='淄川区2023年第一季度进展情况', quarter=1,
    top=['淄川区2023年为全区妇女儿童办好八件实事进展情况（第一季度）', '填报单位：区妇儿工委办公室　　　　　　　　2023年4月6日'],
    start=(3, 1), deadline='2023年12月31日',
    rows=[
        Row(1, '区卫健局、区妇联联合开展适龄妇女“两癌”免费检查，截至3月底完成5620人，阳性病例全部转诊。', {LA: 5620}),
        Row(2, '城市书房选址确定在般阳路街道，正在进行设计招标；\n征集科技创意项目2个；\n结合“双减”开展科技进校园活动3场，'
               '参与学生1300余人。', {SF: None, CY: 2, KJ: 3}),
        Row(3, '双泉小学主体工程施工中，山水文园配套幼儿园完成规划设计。', {}),
        Row(4, '创建儿童友好社区1个；\n儿童友好服务地图已梳理实践基地5处。', {YH: 1, DT: 5}),
        Row(5, '为中小学配备专兼职心理健康教师，开展心理健康普查。', {}),
        Row(6, '累计举办“春风行动”等招聘会22场，提供岗位6800余个，达成就业意向1600余人。', {ZP: 22}),
        Row(7, '落实残疾儿童康复训练救助政策，定点机构全部完成资格复审。', {}),
        Row(8, '保障孤困境儿童186名，发放基本生活费118.6万元。', {KJE: 186, SHF: 118.6}),
    ],
    note='Quarter 第一季度. Item 2: 城市书房 (到期考核) has no figure → MISSING_FIGURE even in Q1 (contract: in any quarter); '
         '科技创意 2 ≥ 1.25, 科技进校园 3 ≥ 2.5. Item 4: 服务地图 5 (到期考核) ok before Q4. Item 6: 22 < 25 behind; 6800余个 '
         'and 1600余人 are other units. Item 8: 118.6万元 ≥ 110 (440×1/4).'))

# ---------------------------------------------------------------- Z2: Q2 上半年, 民政局, item 8 per department, missing deadline
REPORTS.append(dict(
    notice='2023-zichuan', file='淄川区民政局2023年上半年进展', quarter=2,
    top=['淄川区2023年为全区妇女儿童办好八件实事上半年进展情况'], start=(2, 1), deadline='2023年底',
    rows=[
        Row(1, '完成“两癌”免费检查累计10860人。', {LA: 10860}, deadline=None, dl='missing'),
        Row(2, '城市书房主体装修完成，计划7月开放；科技创意项目比赛征集作品3个；科技进校园活动累计6场。',
            {SF: None, CY: 3, KJ: 6}),
        Row(3, '山水文园配套幼儿园开工建设。', {}),
        Row(4, '儿童友好社区创建2个；服务地图覆盖实践基地6处。', {YH: 2, DT: 6}),
        Row(5, '开展心理健康辅导进校园活动。', {}),
        Row(6, '举办招聘会52场。', {ZP: 52}),
        Row(7, '残疾儿童康复训练救助持续开展。', {}),
        Row(8, None, {KJE: 192, SHF: 226.4}, depts=[
            ('区民政局', '截至6月底，保障孤困境儿童192名，累计发放基本生活费226.4万元。'),
            ('团区委', '组织青年志愿者结对帮扶困境儿童85名。'),
            ('区财政局', '及时拨付基本生活费资金，确保按月足额发放。')]),
    ],
    note='Quarter 上半年. Item 1 deadline empty → MISSING_DEADLINE. Item 2: 城市书房 only 计划7月开放 → no figure, MISSING_FIGURE. '
         'Item 8 by three departments (rows 10–12): 孤困境儿童 max(192, 85) = 192 ≥ 100; 生活费 226.4 ≥ 220; units joined.'))

# ---------------------------------------------------------------- Z3: Q3, .ods, clean
REPORTS.append(dict(
    notice='2023-zichuan', file='淄川区2023年第三季度进展情况', quarter=3, fmt='ods',
    top=['淄川区2023年为全区妇女儿童办好八件实事进展情况', '（第三季度）', None], title_lines=2, start=(4, 1),
    deadline='2023.12',
    rows=[
        Row(1, '免费“两癌”检查工作全面铺开，1-9月累计检查15230人，其中乳腺癌检查7800人；\n对检查出的患病妇女落实救助政策。',
            {LA: 15230}),
        Row(2, '城市书房1处已于8月建成开放，藏书2万册；\n科技创意项目比赛共征集项目4个；\n开展科技进校园活动8场。',
            {SF: 1, CY: 4, KJ: 8}),
        Row(3, '双泉小学完成主体封顶。', {}),
        Row(4, '创建儿童友好社区3个；服务地图覆盖实践基地7处。', {YH: 3, DT: 7}),
        Row(5, '开学季开展心理健康辅导专题讲座。', {}),
        Row(6, '累计举办招聘会78场次。', {ZP: 78}),
        Row(7, '康复训练救助按时拨付。', {}),
        Row(8, '保障孤困境儿童198名，累计发放基本生活费336万元。', {KJE: 198, SHF: 336}),
    ],
    note='A clean report (no finding). Title over two rows; quarter （第三季度） in the second and in the file name; deadline 2023.12. '
         'Item 1: 其中 part ignored. Item 2: 藏书2万册 is another unit. Item 8: 336万元 ≥ 330.'))

# ---------------------------------------------------------------- Z4: Q4 第四季度: Chinese-numeral shortfall
REPORTS.append(dict(
    notice='2023-zichuan', file='淄川区2023年第四季度实事进展', quarter=4,
    top=['淄川区2023年为全区妇女儿童办好八件实事进展情况（第四季度）'], start=(3, 1), deadline=D(2023, 12, 31),
    rows=[
        Row(1, '全年完成“两癌”免费检查一万九千八百名，受寒潮天气影响，12月部分镇筛查延后。', {LA: 19800}),
        Row(2, '城市书房1处建成投用；科技创意项目比赛评出优秀项目5个；科技进校园十二场。', {SF: 1, CY: 5, KJ: 12}),
        Row(3, '新建幼儿园投入使用。', {}),
        Row(4, '儿童友好社区3个；服务地图覆盖实践基地8处。', {YH: 3, DT: 8}),
        Row(5, '心理健康辅导全年开展。', {}),
        Row(6, '全年举办“春风行动”、民营企业招聘月等招聘会103场，提供岗位2.3万个，其中女性专场21场。', {ZP: 103}),
        Row(7, '残疾儿童康复训练救助完成。', {}),
        Row(8, '保障孤困境儿童201名；全年发放基本生活费440余万元。', {KJE: 201, SHF: 440}),
    ],
    note='Item 6: 2.3万个 another unit, 其中女性专场21场 ignored. Item 1: Chinese 一万九千八百 = 19800 < 20000 SHORTFALL. Item 2: 城市书房 1 (到期考核) at Q4 = 1 ok; 十二场 ≥ 10. '
         'Item 4: 服务地图 8 = 8 ok. Item 8: 440余万元 = 440 ok. Deadlines are date cells.'))

# ---------------------------------------------------------------- Z5: Q4 全年, .xls: late deadline, unit aliases
REPORTS.append(dict(
    notice='2023-zichuan', file='淄川区妇联2023年全年进展情况', quarter=4, fmt='xls',
    top=['淄川区2023年为全区妇女儿童办实事全年工作进展情况', '报送单位：淄川区妇联（盖章）'], start=(3, 2),
    deadline='2023年12月',
    rows=[
        Row(1, '全年累计完成“两癌”免费检查20416人次，检查覆盖全区12个镇（街道）。', {LA: 20416}),
        Row(2, '在松龄路街道建成城市书房1个，面积320平方米；\n举办青少年科技创意项目比赛，评选获奖项目6项；\n开展“科技进校园”活动11期，受益学生4500余人。', {SF: 1, CY: 6, KJ: 11}),
        Row(3, '完成优质教育资源扩增任务。', {}),
        Row(4, '儿童友好社区创建3处；服务地图覆盖实践基地9个。', {YH: 3, DT: 9}, deadline='2024年3月', dl='late'),
        Row(5, '心理健康辅导覆盖全区中小学。', {}),
        Row(6, '全年举办招聘会、“春风行动”等活动100场次。', {ZP: 100}),
        Row(7, '康复训练救助应救尽救。', {}),
        Row(8, '孤困境儿童保障205人；基本生活费全年发放452.3万元。', {KJE: 205, SHF: 452.3}),
    ],
    bottom=['审核：张敏　　填报：刘倩'],
    note='Table at B3. Unit aliases throughout (人次, 个, 项, 期, 处, 场次, 人). Item 4 deadline 2024年3月 → DEADLINE_LATE. '
         'Item 6: 100 = 100 edge. Footer 审核 ends the table. Item 2: 320平方米, 4500余人 other units.'))

# ---------------------------------------------------------------- Z6: Q2 第2季度: （1） numbering, two-row header, this-quarter-only figure
REPORTS.append(dict(
    notice='2023-zichuan', file='淄川区2023年第2季度进展情况', quarter=2,
    top=['淄川区2023年为全区妇女儿童办好八件实事第2季度进展情况', None], start=(3, 1),
    cols=['no', 'name', 'lead', 'assist', 'progress', 'deadline'], deadline='2023年12月',
    heads={'progress': '具体措施及任务进度情况'},
    rows=[
        Row('（1）', '联合区妇联开展“两癌”免费检查，累计完成１０２３６人，检查结果均录入省妇幼信息平台。', {LA: 10236},
            lead='区卫健局', assist='区妇联、区财政局'),
        Row('（2）', '城市书房已完成内部装修，6月28日试运营，建成城市书房1处；\n科技创意项目征集3个；\n开展科技进校园活动5场次。',
            {SF: 1, CY: 3, KJ: 5}, lead='区文旅局', assist='区科协、区财政局', deadline='2023年12月31日前'),
        Row('（3）', '双泉小学建设有序推进。', {}, lead='区教体局', assist=''),
        Row('（4）', '儿童友好社区已创建2个；服务地图标注实践基地6处。', {YH: 2, DT: 6}, lead='区妇联', assist='区发改局'),
        Row('（5）', '开展“心理健康月”系列活动。', {}, lead='区教体局', assist=''),
        Row('（6）', '累计举办招聘会五十场。', {ZP: 50}, lead='区人社局', assist='区妇联'),
        Row('（7）', '残疾儿童康复训练救助资金按季度拨付。', {}, lead='区残联', assist='区财政局'),
        Row('（8）', '本季度新增保障孤困境儿童12名；\n发放基本生活费累计224万元。', {KJE: 12, SHF: 224},
            lead='区民政局', assist='团区委、区财政局'),
    ],
    note='Quarter 第2季度. 序号 written （1）…（8）; two-row header with 牵头单位/配合单位 (units anchored at the 牵头单位 cell). '
         'Item 1: full-width １０２３６ ≥ 10000. Item 2 deadline 2023年12月31日前 = the year end (ok); 6月28日 is a date. Item 6: '
         'Chinese 五十 = 100×2/4 edge. Item 8: 孤困境儿童 only 本季度新增12名 (a this-quarter figure, the only one) → 12 < 100 behind; '
         '生活费 224 ≥ 220.'))
