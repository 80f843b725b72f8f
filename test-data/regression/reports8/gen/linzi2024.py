import datetime
from lib import Row

D = datetime.date
K1, K2 = '考点学校安装空调', '智慧教育应用场景'
FZ = '法治进校园'
XQ, TG = '戏曲进校园', '托管教学课程'
GG, ZD = '培训家庭教育骨干', '家庭教育指导服务站点'
KF, XW = '残疾儿童康复救助', '新建希望小屋'
ZP, CF = '女性就业专场招聘', '巾帼创富课堂'
LA = '两癌免费检查'
BX = '住院分娩报销比例'
SJ, SF, KFR = '送教上门', '送法进校园', '法院开放日'

REPORTS = []

# ---------------------------------------------------------------- L1: Q1, 区教体局
REPORTS.append(dict(
    notice='2024-linzi', file='区教体局2024年第一季度实事进展情况', quarter=1,
    top=['临淄区2024年为全区妇女儿童办实事工作进展情况表（第一季度）',
         '填报单位：临淄区教育和体育局（盖章）　　　　　　　　填报时间：2024年4月7日'],
    start=(3, 1), deadline='2024年12月31日',
    rows=[
        Row(1, '一是对照中考考点标准化建设要求，完成辛店二中、齐都中学2所考点学校空调安装调试，剩余3所列入暑期施工计划；\n'
               '二是依托“智慧临淄教育云”平台，打造智慧教育应用场景1个（AI课堂行为分析），已在区实验小学开展试点。',
            {K1: 2, K2: 1}),
        Row(2, '联合区检察院组建“法治副校长”宣讲团，1月至3月走进稷下小学、皇城一中等学校开展“法治进校园”宣讲2场，受教育师生1800余人。\n'
               '4月份计划再开展3场。',
            {FZ: 2}),
        Row(3, '区文旅局牵头，组织淄博市五音戏剧院等院团开展“戏曲进校园”活动6场；\n'
               '区总工会依托职工子女托管班开设书法、非遗剪纸等托管教学课程4个班次。',
            {XQ: 6, TG: 4}),
        Row(4, '举办全区家庭教育骨干培训班，培训骨干教师、社区妇联主席等家庭教育骨干130人；\n'
               '新建家庭教育指导服务站点6个（其中村居4个、学校2个）。',
            {GG: 130, ZD: 6}),
        Row(5, '为符合条件的残疾儿童落实康复救助，截至3月底已救助52名，投入资金46.8万元；\n'
               '团区委联合爱心企业新建“希望小屋”2间，均已交付使用。',
            {KF: 52, XW: 2}),
        Row(6, '2月19日举办“春风行动”女性就业专场招聘会1场，进场企业86家，达成就业意向430人；\n'
               '开展“巾帼创富课堂”3期，培训农村妇女260余人次。',
            {ZP: 1, CF: 3}, units='区人社局', units_missing=True),
        Row(7, '联合区妇联在各镇（街道）卫生院开展适龄妇女“两癌”免费检查，截至3月31日累计受检5386名，其中宫颈癌阳性转诊37名。\n'
               '咨询电话：0533-7215120。',
            {LA: 5386}),
        Row(8, '医保分局落实住院分娩政策范围内医疗费用报销比例100%，本季度结算生育医疗费用412人次。',
            {BX: 100}),
        Row(9, '区教体局组织特教教师为重度残疾儿童送教上门7次；区司法局联合派出所开展“送法进校园”活动2场；'
               '区法院举办“法院开放日”2场，邀请学生及家长96人走进法庭。',
            {SJ: 7, SF: 2, KFR: 2}, deadline='常态化开展', dl='bad'),
        Row(10, '开展“美妆护苗”专项检查，出动执法人员56人次，检查校园周边化妆品经营单位73家。', {}),
    ],
    note='Quarter 第一季度 in the title. Item 1: 剩余3所 (what is left, a plan) is not progress, 2 ≥ 1.25. '
         'Item 2: 2 < 3 behind; the 3场 planned for April is a plan. Item 4: the parenthesised 其中 parts are ignored. '
         'Item 6 units only 区人社局 → UNIT_MISSING (区妇联); 1场 of 招聘 (unit alias 场), 3期 of 创富 (alias 期); 86家, 430人, 260余人次 are no '
         'unit of these targets. Item 7: date, 其中 part and phone number are not the figure. Item 9 deadline 常态化开展 → BAD_DEADLINE.'))

# ---------------------------------------------------------------- L2: Q2 上半年, 妇联, .xls, table at B4, dept rows
REPORTS.append(dict(
    notice='2024-linzi', file='临淄区妇联2024年上半年实事进展情况统计', quarter=2, fmt='xls',
    top=['临淄区2024年为全区妇女儿童办实事', '上半年工作进展情况统计表', None], title_lines=2,
    start=(4, 2), deadline='2024年12月底',
    heads={'progress': '具体措施及任务进度情况', 'deadline': '完成\n时限'},
    rows=[
        Row(1, '完成区第一中学、齐陵中学、敬仲中学3所考点学校空调安装，4月底前全部通电试运行；\n'
               '智慧教育方面，“AI+作业”“数字画像”2个应用场景已上线运行，惠及学生1.6万人。',
            {K1: 3, K2: 2}),
        Row(2, '累计开展法治进校园宣讲８场（本季度５场），发放《未成年人保护法》读本3000余册。', {FZ: 8}),
        Row(3, '“戏曲进校园”活动上半年共演出11场，吕剧《小英雄雨来》、五音戏《王小赶脚》等剧目深受师生欢迎；\n'
               '暑期职工子女托管班正在招募志愿教师，托管课程尚未开班。',
            {XQ: 11, TG: None}),
        Row(4, '上季度累计培训家庭教育骨干28人，本季度新增培训骨干26人；\n'
               '家庭教育指导服务站点已建成11个，覆盖全区各镇（街道）。',
            {GG: 54, ZD: 11}),
        Row(5, '残疾儿童康复救助累计98名，康复训练经费已足额拨付；\n新建希望小屋2间，另有1间正在装修。',
            {KF: 98, XW: 2}),
        Row(6, '举办女性就业专场招聘2场次；巾帼创富课堂累计开课5期，学员中有23人开设网店。', {ZP: 2, CF: 5}),
        Row(7, '“两癌”免费检查累计完成1.12万名，检查率53.3%。', {LA: 11200}),
        Row(8, '职工住院分娩报销比例达到100%。', {BX: 100}),
        Row(9, None, {SJ: 11, SF: 4, KFR: 3}, depts=[
            ('区司法局', '联合区教体局组织送法进校园活动4场，覆盖学生2600余人。'),
            ('区妇联', '组织“巾帼志愿者”参与送教上门11次。'),
            ('临淄公安分局', '民警担任法治副校长，参与送法进校园3场。'),
            ('区法院', '举办“法院开放日”活动3场，邀请师生、家长观摩庭审。')]),
        Row(10, '区市场监管局开展“美妆护苗”集中整治，检查学校周边商超、文具店等经营主体145家次，下架不合规“儿童化妆品”12批次。', {}),
    ],
    bottom=['填报人：王静　　联系电话：0533-7182316', '备注：“两癌”检查数据截至6月28日。'],
    note='Title over two merged rows (B1, B2), quarter 上半年 in the second title row and the file name; table at B4. '
         'Item 2: 累计８场 (full-width) wins over 本季度５场. Item 3: 托管 尚未开班 → MISSING_FIGURE; 戏曲 11 ≥ 10. '
         'Item 4: 上季度累计28 + 本季度新增26 with no total = 54 (the README sum). Item 5: 2 < 3 behind (the 1间 under decoration '
         'is not built). Item 7: 1.12万名 = 11200. Item 9 written by four departments under a merged 序号 (rows 13–16): largest, '
         '送法 max(4,3) = 4; units of the four rows joined. Footer 填报人 / 备注 ends the table.'))

# ---------------------------------------------------------------- L3: Q3, a clean report with long cells
REPORTS.append(dict(
    notice='2024-linzi', file='临淄区2024年第三季度妇女儿童实事进展汇总表', quarter=3,
    top=['临淄区2024年为全区妇女儿童办实事进展情况汇总表（第三季度）',
         '填报单位：临淄区妇儿工委办公室（盖章）　　　　　　填报时间：2024年10月9日'],
    start=(3, 1), deadline='年底前',
    rows=[
        Row(1, '一、考点学校空调安装：区财政统筹资金285万元，截至9月底已完成4所考点学校空调安装并通过验收，确保中考期间考场温度适宜；\n'
               '二、智慧教育：建成智慧教育应用场景3个，分别为“智慧课堂”“智慧体育”“智慧阅读”，全区中小学均已接入使用。',
            {K1: 4, K2: 3}),
        Row(2, '累计开展“法治进校园”宣讲11场，检察官以“身边的案例”为主题，围绕防范校园欺凌、电信诈骗、毒品预防等内容授课；\n'
               '其中7月、8月利用暑期托管开展专题普法4场。',
            {FZ: 11}),
        Row(3, '“戏曲进校园”：截至目前，已组织吕剧、五音戏、京剧进校园演出１６场；\n'
               '“托管教学课程”：暑期共开设书法、舞蹈、科创等托管教学课程10个班次，服务职工子女500余名。',
            {XQ: 16, TG: 10}),
        Row(4, '家庭教育骨干培训：举办“家庭共成长”骨干研修班2期，累计培训家庭教育骨干41人次；\n'
               '指导服务站点：在稷下街道、齐陵街道等地新建家庭教育指导服务站16个，实现镇（街道）全覆盖。',
            {GG: 41, ZD: 16}),
        Row(5, '1-9月累计为142名残疾儿童提供康复救助；\n团区委“希望小屋”项目新建5间，为困境儿童提供独立学习空间。',
            {KF: 142, XW: 5}),
        Row(6, '7月12日举办“女性就业专场招聘”1场次，今年累计举办2场次；\n'
               '巾帼创富课堂本年度累计开课7期（总第23期），培训学员380人。',
            {ZP: 2, CF: 7}),
        Row(7, '截至9月25日，累计完成适龄妇女“两癌”免费检查16386名，完成全年任务的78%；\n'
               '对检查异常人员全部开展随访，咨询电话：0533-7187060（区妇幼保健院）。',
            {LA: 16386}),
        Row(8, '医保分局：住院分娩政策范围内医疗费用报销比例保持100%，生育津贴实现“免申即享”。', {BX: 100}),
        Row(9, '送教上门：特教中心教师累计送教上门18次；\n送法进校园：司法所、派出所联合开展送法进校园5场；\n'
               '法院开放日：举办“法院开放日”5场，接待师生230人次。',
            {SJ: 18, SF: 5, KFR: 5}),
        Row(10, '区市场监管局开展“美妆护苗”专项行动，检查经营户326家次，立案查处2起。', {}),
    ],
    bottom=['填报人：孙晓燕　　　　审核人：刘建国　　　　联系电话：0533-7181576'],
    note='A clean report (no finding). Quarter 第三季度 in the title. Item 1: 285万元 is money; 4 ≥ 3.75. Item 2: the 其中 part (4) '
         'is ignored, 11 ≥ 9. Item 3 full-width １６. Item 5: 142 ≥ 135 with the number just before its keyword (为142名残疾儿童…康复救助). '
         'Item 6: 总第23期 is an ordinal inside parentheses, 7 ≥ 6. Item 7: 78% is a share of something else, 16386 ≥ 15750.'))

# ---------------------------------------------------------------- L4: Q3 前三季度, 文旅局, .ods, two-row header
REPORTS.append(dict(
    notice='2024-linzi', file='临淄区文旅局2024年前三季度进展', quarter=3, fmt='ods',
    top=['临淄区2024年为全区妇女儿童办实事前三季度推进情况表', None], start=(3, 1),
    cols=['no', 'name', 'lead', 'assist', 'progress', 'deadline'],
    heads={'progress': '工作推进情况'}, deadline='2024年底',
    rows=[
        Row(1, '已完成考点学校空调安装5所，提前完成年度任务；打造智慧教育应用场景3个。', {K1: 5, K2: 3},
            lead='区教体局', assist='', deadline='2025年6月', dl='late'),
        Row(2, '围绕“开学第一课”“宪法宣传周”等节点，累计开展法治进校园活动十场。', {FZ: 10},
            lead='区教体局', assist='区检察院'),
        Row(3, '“戏曲进校园”累计演出14场，其中金岭回族镇3场、朱台镇2场、凤凰镇4场；下一步计划在四季度集中开展6场。\n'
               '托管教学课程累计开设9个班次。', {XQ: 14, TG: 9}, lead='区文旅局', assist='区总工会'),
        Row(4, '培训家庭教育骨干62人；站点建设方面，新增家庭教育指导服务站点15个。', {GG: 62, ZD: 15},
            lead='区妇联', assist='区教体局'),
        Row(5, '康复救助残疾儿童146名；希望小屋累计建成5间。', {KF: 146, XW: 5}, lead='区民政局', assist='区残联、团区委'),
        Row(6, '女性就业专场招聘已举办2场次，巾帼创富课堂累计举办6场。', {ZP: 2, CF: 6}, lead='区人社局', assist='区妇联'),
        Row(7, '“两癌”免费检查累计完成16540名。', {LA: 16540}, lead='区卫健局', assist='区妇联'),
        Row(8, '住院分娩报销比例100%。', {BX: 100}, lead='临淄医保分局', assist='区总工会、团区委、区妇联、区住建局'),
        Row(9, '送教上门累计16次，送法进校园5场，法院开放日5场。', {SJ: 16, SF: 5, KFR: 5},
            lead='区法院', assist='区司法局、区妇联、临淄公安分局'),
    ],
    note='Quarter 前三季度 = 3 (title and file name). Two-row header: 责任单位 over 牵头单位/配合单位, the other headers merged down; '
         'items from row 5; units read from both columns, anchored at the 牵头单位 cell. Item 10 has no row → ITEM_MISSING at A3. '
         'Item 1 deadline 2025年6月 → DEADLINE_LATE. Item 2: Chinese 十场. Item 3: 14 < 15 behind; the per-town 其中 parts and the '
         'planned 6场 are not progress.'))

# ---------------------------------------------------------------- L5: Q4 第四季度, shortfalls, date cells
REPORTS.append(dict(
    notice='2024-linzi', file='临淄区2024年第四季度实事进展情况', quarter=4,
    top=['临淄区2024年为全区妇女儿童办实事工作进展情况表', '（第四季度）',
         '报送单位：区妇儿工委办公室　　　　　　　　　　报送日期：2025年1月6日'], title_lines=2,
    start=(4, 1), deadline=D(2024, 12, 31),
    rows=[
        Row(1, '全年完成5所考点学校空调安装；建成智慧教育应用场景4个（超额完成1个）。', {K1: 5, K2: 4}),
        Row(2, '全年累计开展法治进校园宣讲15场，覆盖全区中小学。', {FZ: 15}),
        Row(3, '全年共演出戏曲进校园21场；托管教学课程开设13个班次。', {XQ: 21, TG: 13}),
        Row(4, '培训家庭教育骨干共计57人，站点20个全部挂牌运行。', {GG: 57, ZD: 20}),
        Row(5, '全年累计为176名残疾儿童实施康复救助，因部分儿童户籍迁出，未达到180名目标；\n希望小屋建成6间。',
            {KF: 176, XW: 6}),
        Row(6, '举办女性就业专场招聘3场次；\n巾帼创富课堂全年开课七场，12月份原定课程因场地维修顺延至明年。', {ZP: 3, CF: 7}),
        Row(7, '“两癌”检查全年累计完成2.15万名。', {LA: 21500}),
        Row(8, '住院分娩报销比例100%。', {BX: 100}),
        Row(9, '送教上门全年累计21次；送法进校园6场；法院开放日6场。', {SJ: 21, SF: 6, KFR: 6}),
        Row(10, '开展“美妆护苗”整治，查处案件3起，责令整改经营户17家。', {}),
    ],
    bottom=['备注：1.本表数据统计截至2024年12月31日；2.“两癌”检查数据来源于区妇幼保健院信息系统。',
            '审核人：李红梅　　　填表人：赵静　　电话：13853312246'],
    note='Quarter from the second title row （第四季度） and the file name; deadlines are date cells (2024-12-31). Item 5: 176 < 180 '
         'SHORTFALL; 未达到180名目标 is a negated goal. Item 6: 七场 < 8 SHORTFALL. Item 7: 2.15万名 = 21500. Item 1: 超额完成1个 '
         'is unmarked and smaller, 4 is taken. Notes (备注, 审核人) under the table.'))

# ---------------------------------------------------------------- L6: Q4 全年, 卫健局: renamed item, missing deadline, unknown row
REPORTS.append(dict(
    notice='2024-linzi', file='临淄区卫健局2024年全年工作完成情况', quarter=4,
    top=['2024年临淄区为妇女儿童办实事全年工作完成情况'], start=(3, 1),
    heads={'progress': '全年完成情况'}, deadline='2024.12',
    rows=[
        Row(1, '考点学校空调安装5所，智慧教育应用场景3个，均已完成。', {K1: 5, K2: 3}),
        Row(2, '法治进校园全年累计开展13场。', {FZ: 13}, name='实施青少年法治教育行动', name_bad=True),
        Row(3, '戏曲进校园全年演出22场次；托管教学课程开设12个班次。', {XQ: 22, TG: 12}),
        Row(4, '培训家庭教育骨干56名；家庭教育指导服务站点建成21处。', {GG: 56, ZD: 21}, deadline=None, dl='missing'),
        Row(5, '全年为残疾儿童康复救助183名；新建希望小屋6间。', {KF: 183, XW: 6}),
        Row(6, '女性就业专场招聘会全年举办2场；巾帼创富课堂举办9期。', {ZP: 2, CF: 9}),
        Row(7, '全年完成“两癌”免费检查2.13万名，检出并转诊宫颈癌前病变27例、乳腺癌12例，均已纳入救助。', {LA: 21300}),
        Row(8, '报销比例100%。', {BX: 100}),
        Row(9, '送教上门累计24次；送法进校园7场；法院开放日6场。', {SJ: 24, SF: 7, KFR: 6}),
        Row(10, '“美妆护苗”整治行动已完成，共检查经营主体410家次。', {}),
        Row(11, '开展“清朗·护苗”网络安全宣传进校园18场。', {}, name='开展未成年人网络保护宣传', units='区委网信办',
            unknown=11),
    ],
    note='Quarter 全年 = 4. Deadline 2024.12 = year end. Item 2 renamed 实施青少年法治教育行动 → ITEM_NAME_MISMATCH (figure still read). '
         'Item 4 deadline empty → MISSING_DEADLINE; 名 and 处 are aliases. Item 7: 2.13万名 = 21300; 27例/12例 other units. '
         'Row 11 is no item of the notice → UNKNOWN_ITEM only.'))

# ---------------------------------------------------------------- L7: no quarter anywhere → option Q2
REPORTS.append(dict(
    notice='2024-linzi', file='临淄区妇女儿童实事进展报表', quarter=2, option=True,
    top=['临淄区为全区妇女儿童办实事工作进展情况表（2024年）',
         '填报单位：　　　　　　　　　　　　　　　　　　　　填报时间：2024年7月5日'], start=(3, 1),
    deadline='2024年12月31日',
    rows=[
        Row(1, '完成3所考点学校空调安装；智慧教育应用场景已打造2个。', {K1: 3, K2: 2}),
        Row(2, '开展法治进校园宣讲7场。', {FZ: 7}),
        Row(3, '戏曲进校园演出10场；托管教学课程6个班次。', {XQ: 10, TG: 6}),
        Row(4, '家庭教育骨干培训25人；指导服务站点10个。', {GG: 25, ZD: 10}),
        Row(5, '残疾儿童康复救助89名；新建希望小屋3间。', {KF: 89, XW: 3}),
        Row(6, '女性就业专场招聘1场次；巾帼创富课堂4期。', {ZP: 1, CF: 4}),
        Row(7, '累计完成“两癌”免费检查一万零五百名。', {LA: 10500}),
        Row(8, '报销比例100%。', {BX: 100}),
        Row(9, '送教上门12次；送法进校园、以案释法等活动数十场；法院开放日3场。', {SJ: 12, SF: None, KFR: 3}),
        Row(10, None, {}),
    ],
    note='No quarter in title, sheet or file name (only a fill-in date, which the README does not use) → options.quarter = 2. '
         'Exact pro-rata edges: 10 = 20×2/4, 6 = 12×2/4, 25, 10, 1, 4, 3. Item 5: 89 < 90 behind. Item 7: Chinese 一万零五百 = 10500 (edge). '
         'Item 9: 数十场 is no figure → MISSING_FIGURE for 送法进校园. Item 10 progress empty → MISSING_PROGRESS.'))

# ---------------------------------------------------------------- L8: Q3, 总工会: instructions sheet first, this-quarter-only figure,
# year-to-date in parentheses, repeated header, a next-quarter plan table below the form
REPORTS.append(dict(
    notice='2024-linzi', file='区总工会2024年第三季度进展', quarter=3, sheet='进展情况表',
    pre_sheet=('填报说明', ['填报说明',
                         '1. 请各责任单位于每季度结束后5个工作日内报送，纸质版加盖公章。',
                         '2. 进度情况请填写年初至本季度末的累计完成数，并简要说明具体措施。',
                         '3. 联系人：区妇儿工委办公室 刘娜，电话0533-7182233。']),
    top=['临淄区2024年为全区妇女儿童办实事进展情况表（第三季度）',
         '填报单位：区总工会（盖章）　　　　　　　　　　填报时间：2024年10月11日'], start=(3, 1), deadline='2024年12月31日',
    rows=[
        Row(1, '区教体局提供：考点学校空调安装已完成5所；智慧教育应用场景3个。', {K1: 5, K2: 3}),
        Row(2, '本季度开展法治进校园宣讲3场（累计10场），内容涵盖防溺水、防性侵、反欺凌。', {FZ: 10}),
        Row(3, '本季度开展戏曲进校园5场（累计16场）；\n暑期职工子女托管班本季度新开设托管教学课程3个班次，服务职工子女160名。',
            {XQ: 16, TG: 3}),
        Row(4, '家庭教育骨干累计培训46人；指导服务站点建成17个。', {GG: 46, ZD: 17}),
        Row(5, '康复救助残疾儿童累计138名；希望小屋新建5间。', {KF: 138, XW: 5}),
        'REPEAT_HEADER',
        Row(6, '女性就业专场招聘2场次；巾帼创富课堂6期。', {ZP: 2, CF: 6}),
        Row(7, '“两癌”免费检查累计16120名。', {LA: 16120}),
        Row(8, '住院分娩报销比例100%。', {BX: 100}),
        Row(9, '送教上门15次；送法进校园5场；法院开放日5场。', {SJ: 15, SF: 5, KFR: 5}),
        Row(10, '“美妆护苗”整治持续开展，检查经营户190家次。', {}),
    ],
    bottom=['下季度工作计划', ['序号', '工作内容', '责任单位', '计划完成时间'],
            [1, '举办第三期职工子女托管班，开设托管教学课程6个班次', '区总工会', '2024年12月'],
            [2, '开展戏曲进校园4场', '区文旅局', '2024年11月'],
            [3, '组织法院开放日1场', '区法院', '2024年12月'],
            None, '填报人：高敏　　联系电话：0533-7185520'],
    note='The first sheet 填报说明 holds instructions (no table); the form is the second sheet 进展情况表. A repeated header row '
         '(row 9) before item 6. Item 2: 累计10场 in parentheses wins over 本季度3场. Item 3: 累计16场 ok; 托管 only 本季度新开设…3个班次 '
         '(a this-quarter figure, the only one) → 3 < 9 behind. Below the form a 下季度工作计划 table numbered 1–3 (after a heading row): '
         'not items, its figures are plans. Item 9: 15 = 20×3/4 edge.'))
