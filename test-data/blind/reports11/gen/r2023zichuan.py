from base import rows

N = '2023-zichuan'
HDR = ['序号', '实事名称', '责任单位', '具体措施\n及任务进度情况', '完成\n时限']
REPORTS = []

# Z1 — Q1; counts in 对 beside the screening figure, a by-deadline building without a figure, a parenthesised split.
r = rows(N, 1, '2023年12月31日', over={
    1: dict(prog='孕前优生健康检查为计划怀孕夫妇免费检查312对；\n“两癌”检查于3月8日启动，本季度完成两癌免费检查5260名，\n其中城镇妇女2140名、农村妇女3120名。',
            figs={'两癌免费检查': 5260}),
    2: dict(prog='城市书房选址已确定，正在进行设计招标；\n科技创意项目比赛尚未开始报名；\n开展助力“双减”科技进校园活动3场。',
            figs={'建设城市书房': None, '科技创意项目比赛': None, '科技进校园': 3}),
    6: dict(prog='举办春风行动线上线下招聘会26场（其中线上12场、线下14场），\n进场企业310家次，提供岗位4800余个。',
            figs={'招聘会': 26}),
    8: dict(prog='为213名孤困境儿童按月足额发放基本生活费，\n本季度发放基本生活费112.6万元，孤儿每人每月1848元。',
            figs={'孤困境儿童保障人数': 213, '发放基本生活费': 112.6}),
})
REPORTS.append(dict(notice=N, file='淄川区2023年第一季度实事进展情况.xlsx', q=1,
                    title=['淄川区2023年为全区妇女儿童办实事工作进展', '情况报表（第一季度）'],
                    pre=['单位：（盖章）'], header=HDR, rows=r,
                    notes=['填报人：高敏  联系电话：5181207']))

# Z2 — 上半年 .xls; money split from 万元 by a line break, 二百余名, 四十八场, built vs building, a plan of 8处, empty deadline.
r = rows(N, 2, '2023年12月31日', over={
    3: dict(dl='2023年8月31日'),
    4: dict(prog='儿童友好社区建成1个（般阳路街道般阳社区），另有2个正在建设；\n儿童友好服务地图正在开发，计划覆盖8处实践基地。',
            figs={'儿童友好社区': 1, '服务地图覆盖实践基地': None}),
    6: dict(prog='“春风行动”以来累计举办线上线下招聘会四十八场，达成就业意向1900余人。', figs={'招聘会': 48}),
    7: dict(dl='', dl_kind='missing'),
    8: dict(prog='保障孤困境儿童二百余名，按时发放基本生活费，累计发放基本生活费221.3\n万元。',
            figs={'孤困境儿童保障人数': 200, '发放基本生活费': 221.3}),
})
REPORTS.append(dict(notice=N, file='淄川区2023年上半年实事进展.xls', q=2,
                    title=['淄川区2023年上半年为全区妇女儿童办实事工作进展情况报表'], header=HDR, rows=r))

# Z3 — 三季度 .ods; per-department rows where one department quotes another's total, 七成 of the task, ①②③, an unknown row.
r = rows(N, 3, '2023年12月31日', over={
    1: dict(sub=[('区妇联', '联合区卫健局开展宣传发动，据区卫健局统计，累计完成两癌免费检查15300名。'),
                 ('区卫健局', '累计完成“两癌”免费检查15300名，发现疑似病例46例，全部转诊。'),
                 ('区财政局', '拨付检查经费180万元。')],
            figs={'两癌免费检查': 15300}),
    2: dict(prog='城市书房已建成1处，9月28日对外开放；\n完成科技创意项目比赛4个；\n开展科技进校园活动7场，占全年的七成。',
            figs={'建设城市书房': 1, '科技创意项目比赛': 4, '科技进校园': 7}),
    6: dict(prog='①春风行动招聘会18场；\n②“巾帼专场”招聘会9场；\n③线上直播带岗招聘会50场；\n累计举办招聘会77场。',
            figs={'招聘会': 77}),
    8: dict(dl='2023年12月'),
})
r.insert(8, dict(no=9, item=9, name='实施妇女儿童法律援助', units='区司法局', prog='办理妇女儿童法律援助案件56件。', dl='2023年12月31日'))
REPORTS.append(dict(notice=N, file='淄川区2023年三季度进展情况.ods', q=3,
                    title=['淄川区2023年为全区妇女儿童办实事工作进展情况报表（三季度）'], header=HDR, rows=r, col0=2))

# Z4 — 第四季度; money just short, a building 已全面完成 without a figure, missing 区妇联.
r = rows(N, 4, '2023年12月31日', over={
    1: dict(prog='全年完成“两癌”免费检查20150名，完成率100.75%。', figs={'两癌免费检查': 20150}),
    2: dict(prog='城市书房建设已全面完成并对外开放；\n完成科技创意项目比赛5个；\n全年开展科技进校园活动12场。',
            figs={'建设城市书房': None, '科技创意项目比赛': 5, '科技进校园': 12}),
    4: dict(prog='打造儿童友好社区3个；\n儿童友好服务地图11月上线，覆盖8处实践基地。',
            figs={'儿童友好社区': 3, '服务地图覆盖实践基地': 8}),
    6: dict(units='区人社局', units_missing=['区妇联'],
            prog='全年共举办招聘会103场，其中线上41场。', figs={'招聘会': 103}),
    8: dict(prog='为216名孤困境儿童发放基本生活费438.6万元；\n为父母双亡的姐弟仨办理孤儿认定，纳入孤儿保障。',
            figs={'孤困境儿童保障人数': 216, '发放基本生活费': 438.6}),
})
REPORTS.append(dict(notice=N, file='淄川区2023年第四季度进展情况.xlsx', q=4,
                    title=['淄川区2023年为全区妇女儿童办实事工作进展情况报表（第四季度）'], header=HDR, rows=r))

# Z5 — 1-9月, a fine report with a two-row title, 填报单位/填报时间 and notes under the table.
r = rows(N, 3, '2023年12月31日', over={
    2: dict(prog='城市书房主体装修完成，建成1处；\n组织参加淄博市青少年科技创新大赛，完成科技创意项目比赛4个，获市级二等奖2项；\n'
                 '开展助力“双减”——科技进校园活动8场，服务学生3400余人次。',
            figs={'建设城市书房': 1, '科技创意项目比赛': 4, '科技进校园': 8}),
})
REPORTS.append(dict(notice=N, file='淄川区2023年1-9月实事进展.xlsx', q=3,
                    title=['淄川区2023年1-9月为全区妇女儿童办实事', '工作进展情况报表'],
                    pre=[('填报单位：淄川区妇儿工委办公室', '填报时间：2023年10月8日')], header=HDR, rows=r,
                    notes=['填报人：孙凯', '联系电话：0533-5180926', '备注：第3、5、7项无量化指标。']))
