#!/usr/bin/python3
"""Builds the eleventh batch of held-out gold files (NAME.gold.json) from hand annotations.

The annotations below were written from the clean texts and dev/ANNOTATION.md
alone, before govreport.facts was run on these excerpts (see README.md).
Offsets are found from a context string that occurs exactly once in the text
(the raw span inside it), so the annotation stays readable.
Run: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldout_gold import gold_builder  # noqa: E402

build = gold_builder(HERE)

# The excerpts were cut by cut_excerpts.py with the rule of README.md, fixed
# before any of them was read: the first item of the review of the national
# reports of 2013-2019, and (the supplement) the second item of 2014-2017, 2019.

ADMIN = '行政审批等事项|行政审批事项'

build('gwr_2013_national_first',
      'corpus/gwr_national/gwr_2013_textworkshop17.txt',
      'From 一是有效应对国际金融危机 to 发生了翻天覆地的变化。 of the 2013 national 政府工作报告 '
      '(the review of five years: the stimulus and what it built), verbatim, final newline '
      'added. 过去五年, 五年来 and 两年 (两年新增…, the period of the total, like 五年累计) are '
      'relative time. 十项措施 is a count (项). The 其中 items of 新增4万亿元投资, 新增铁路里程 and '
      '新增公路 have them as parent; 高速公路总里程 after the 其中 item is a level of all '
      'expressways, no item. 万吨级 names a class of berth; 世界第一 is an ordinal. 4．2 has a '
      'full-width decimal point.',
      [],
      [('十项', None, '10', '项', 'count', None, '措施|十项措施', None),
       ('4万亿元', None, '4000000000000', '元', 'money', None, '投资|新增投资', None, {'key': 'inv'}),
       ('1.26万亿元', None, '1260000000000', '元', 'money', None, '中央财政投资', 'inv'),
       ('1800多万套', None, '18000000', '套', 'count', 'over', '保障性住房|各类保障性住房', None),
       ('1200多万套', None, '12000000', '套', 'count', 'over', '棚户区改造住房', None),
       ('1.8万座', None, '18000', '座', 'count', None,
        '水库除险加固|大中型和重点小型水库除险加固|大中型和重点小型水库', None),
       ('2.45万公里', None, '24500', '公里', 'measure', None, '重点中小河流|中小河流', None),
       ('770万公顷', None, '7700000', '公顷', 'measure', None, '节水灌溉面积', None, {'direction': 'up'}),
       ('1.97万公里', None, '19700', '公里', 'measure', None, '铁路里程', None,
        {'key': 'rail', 'direction': 'up'}),
       ('8951公里', None, '8951', '公里', 'measure', None, '高速铁路', 'rail'),
       ('60.9万公里', None, '609000', '公里', 'measure', None, '公路', None, {'key': 'road'}),
       ('4．2万公里', None, '42000', '公里', 'measure', None, '高速公路', 'road'),
       ('9.56万公里', None, '95600', '公里', 'measure', None, '高速公路总里程', None),
       ('31个', None, '31', '个', 'count', None, '机场', None),
       ('602个', None, '602', '个', 'count', None, '万吨级港口泊位|港口泊位', None)],
      [('一是', None, 'label'),
       ('五年', '过去五年', 'time'),
       ('两年', None, 'time'),
       ('五年来', None, 'time'),
       ('万吨', '万吨级', 'name'),
       ('第一', '世界第一', 'ordinal')],
      [])

build('gwr_2014_national_first',
      'corpus/gwr_national/gwr_2014_textworkshop17.txt',
      'From 一是着力深化改革开放 to 21世纪海上丝绸之路的构想。 of the 2014 national 政府工作报告 '
      '(the review of 2013: reforms and opening), verbatim with its four-space indents, final '
      'newline added. 取消和下放/取消和免征 count what they cut (no direction). 减轻企业负担 is a '
      'reduction. 上升到63% is a level. 开门第一件大事 is an ordinal; 21世纪海上丝绸之路 a name.',
      [],
      [('416项', None, '416', '项', 'count', None, ADMIN, None),
       ('348项', None, '348', '项', 'count', None, '行政事业性收费', None),
       ('1500多亿元', None, '150000000000', '元', 'money', 'over', '企业负担', None,
        {'direction': 'down'}),
       ('27.6%', None, '27.6', '%', 'percent', None, '新注册企业|全国新注册企业', None,
        {'direction': 'up'}),
       ('63%', None, '63', '%', 'percent', None, '民间投资比重', None)],
      [('一是', None, 'label'),
       ('第一', '开门第一', 'ordinal'),
       ('21世纪', None, 'name')],
      [])

build('gwr_2014_national_second',
      'corpus/gwr_national/gwr_2014_textworkshop17.txt',
      'From 二是创新宏观调控思路和方式 to 发展经济。 of the 2014 national 政府工作报告 (the '
      'review of 2013: macro policy), verbatim with its four-space indents, final newline '
      'added. M2 is a name; 压减5% is a reduction.',
      [],
      [('13.6%', None, '13.6', '%', 'percent', None, '广义货币M2|广义货币', None, {'direction': 'up'}),
       ('5%', None, '5', '%', 'percent', None, '一般性支出|中央党政机关和事业单位一般性支出', None,
        {'direction': 'down'})],
      [('二是', None, 'label'),
       ('M2', None, 'name')],
      [])

build('gwr_2015_national_first',
      'corpus/gwr_national/gwr_2015_textworkshop17.txt',
      'The whole item 一是在区间调控基础上实施定向调控 … 区域性系统性风险的底线。 of the review of '
      '2014 in the 2015 national 政府工作报告, verbatim with its blank line, final newline '
      'added. 分别高4.2和0.7个百分点: two differences sharing the unit 百分点 (raw 4.2 has no '
      'unit written after it); each takes its own noun (no direction word: a difference). '
      '“三农” is a name.',
      [],
      [('4.2', None, '4.2', '百分点', 'points', None, '小微企业|小微企业贷款增速|贷款增速', None),
       ('0.7个百分点', None, '0.7', '百分点', 'points', None, '“三农”贷款增速|三农”贷款增速|贷款增速',
        None)],
      [('一是', None, 'label'),
       ('三农', None, 'name')],
      [])

build('gwr_2015_national_second',
      'corpus/gwr_national/gwr_2015_textworkshop17.txt',
      'From 二是深化改革开放 to 市场的无限潜力。 of the 2015 national 政府工作报告 (the review of '
      '2014: reforms), verbatim with its blank lines, final newline added. 1/3以上 is a fraction '
      '(kind number), over, a reduction. 其中新登记注册企业增长45.9% is the growth of a part, '
      'not a part of 1293万户: no parent (as batch 8\'s increases of 其中 items).',
      [],
      [('1/3以上', None, '0.3333333333', None, 'number', 'over', '专项转移支付项目', None,
        {'direction': 'down'}),
       ('246项', None, '246', '项', 'count', None, '行政审批事项', None),
       ('29项', None, '29', '项', 'count', None, '评比达标表彰项目', None),
       ('149项', None, '149', '项', 'count', None, '职业资格许可和认定事项', None),
       ('1293万户', None, '12930000', '户', 'count', None, '新登记注册市场主体|市场主体', None),
       ('45.9%', None, '45.9', '%', 'percent', None, '新登记注册企业', None, {'direction': 'up'})],
      [('二是', None, 'label')],
      [])

build('gwr_2016_national_first',
      'corpus/gwr_national/gwr_2016_textworkshop17.txt',
      'The whole item 一是着力稳增长调结构防风险 … 维护了国家经济金融安全。 of the review of 2015 '
      'in the 2016 national 政府工作报告, verbatim, final newline added. 降低利息负担 is a '
      'reduction.',
      [],
      [('3.2万亿元', None, '3200000000000', '元', 'money', None, '存量债务|地方政府债券', None),
       ('约2000亿元', None, '200000000000', '元', 'money', 'approx', '利息负担', None,
        {'direction': 'down'})],
      [('一是', None, 'label')],
      [])

build('gwr_2016_national_second',
      'corpus/gwr_national/gwr_2016_textworkshop17.txt',
      'From 二是围绕激发市场活力 to 增长5.6%。 of the 2016 national 政府工作报告 (the review of '
      '2015: reforms and opening), verbatim with its full-width-space indents and blank lines, '
      'final newline added. 三证合一 and 一照一码 are names. 三分之一 and 一半 are fractions '
      '(kind number); 减少/精简 are reductions. 95%以上实行备案管理: the share of foreign '
      'investment (the topic) under registration.',
      [],
      [('311项', None, '311', '项', 'count', None, '行政审批事项', None),
       ('123项', None, '123', '项', 'count', None, '职业资格许可和认定事项', None),
       ('85%', None, '85', '%', 'percent', None, '工商登记前置审批|前置审批', None,
        {'direction': 'down'}),
       ('三分之一', None, '0.3333333333', None, 'number', None,
        '专项转移支付项目|中央对地方专项转移支付项目', None, {'direction': 'down'}),
       ('80%', None, '80', '%', 'percent', None, '中央政府定价项目', None, {'direction': 'down'}),
       ('一半以上', None, '0.5', None, 'number', 'over', '地方政府定价项目', None,
        {'direction': 'down'}),
       ('一半', '减少一半，', '0.5', None, 'number', None, '外商投资限制性条目|限制性条目', None,
        {'direction': 'down'}),
       ('95%以上', None, '95', '%', 'percent', 'over', '外商投资|备案管理', None),
       ('1263亿美元', None, '126300000000', '美元', 'money', None, '实际使用外资|外资', None),
       ('5.6%', None, '5.6', '%', 'percent', None, '实际使用外资|外资', None, {'direction': 'up'})],
      [('二是', None, 'label'),
       ('三证合一', None, 'name'),
       ('一照一码', None, 'name')],
      [])

build('gwr_2017_national_first',
      'corpus/gwr_national/gwr_2017_textworkshop17.txt',
      'From 一是继续创新和加强宏观调控 to 维护了国家经济金融安全。 of the 2017 national '
      '政府工作报告 (the review of 2016: macro policy), verbatim, final newline added. '
      '降低企业税负/利息负担 are reductions. 13％左右的预期目标: a rate before 的 takes the noun '
      'after it (full-width ％). M2 is a name.',
      [],
      [('5700多亿元', None, '570000000000', '元', 'money', 'over', '企业税负', None,
        {'direction': 'down'}),
       ('约4000亿元', None, '400000000000', '元', 'money', 'approx', '利息负担', None,
        {'direction': 'down'}),
       ('11.3%', None, '11.3', '%', 'percent', None, '广义货币M2|广义货币', None, {'direction': 'up'}),
       ('13％左右', None, '13', '%', 'percent', 'approx', '预期目标', None)],
      [('一是', None, 'label'),
       ('M2', None, 'name')],
      [])

build('gwr_2017_national_second',
      'corpus/gwr_national/gwr_2017_textworkshop17.txt',
      'The whole item 二是着力抓好“三去一降一补” … 利长远的大事。 of the review of 2016 in the '
      '2017 national 政府工作报告, verbatim, final newline added. 三去一降一补 and 五险一金 are '
      'names. 退出 cuts what follows it: the object is the subject.',
      [],
      [('超过6500万吨', None, '65000000', '吨', 'measure', 'over', '钢铁产能', None),
       ('超过2.9亿吨', None, '290000000', '吨', 'measure', 'over', '煤炭产能', None)],
      [('二是', None, 'label'),
       ('三去一降一补', None, 'name'),
       ('五险一金', None, 'name')],
      [])

build('gwr_2018_national_first',
      'corpus/gwr_national/gwr_2018_wikisource.txt',
      'From （一）坚持稳中求进工作总基调 to 我国率先大幅减税降费。 of the 2018 national '
      '政府工作报告 (the review of five years: macro policy), verbatim with its blank line, final '
      'newline added. No quantity: a test of not-facts. （一） is a heading here (its own '
      'paragraph, as batch 9\'s （二） of this report).',
      [(1, '（一）', '坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好',
        '（一）', 0)],
      [],
      [('（一）', None, 'label')],
      [])

build('gwr_2019_national_first',
      'corpus/gwr_national/gwr_2019_wikisource.txt',
      'The whole item 一是创新和完善宏观调控 … 外汇储备保持在3万亿美元以上。 of the review of 2018 '
      'in the 2019 national 政府工作报告, verbatim, final newline added. 减税降费约1.3万亿元 is a '
      'reduction. 先后4次降低存款准备金率: a count of cuts (as 两次降低 of batch 7).',
      [],
      [('约1.3万亿元', None, '1300000000000', '元', 'money', 'approx', '减税降费|企业和个人减税降费', None,
        {'direction': 'down'}),
       ('4次', None, '4', '次', 'count', None, '降低存款准备金率|存款准备金率', None),
       ('3万亿美元以上', None, '3000000000000', '美元', 'money', 'over', '外汇储备', None)],
      [('一是', None, 'label')],
      [])

build('gwr_2019_national_second',
      'corpus/gwr_national/gwr_2019_wikisource.txt',
      'The whole item 二是扎实打好三大攻坚战 … 积极应对气候变化。 of the review of 2018 in the 2019 '
      'national 政府工作报告, verbatim, final newline added. No quantity: 三大攻坚战 (twice) and '
      '三年行动方案 are names.',
      [],
      [],
      [('二是', None, 'label'),
       ('三大', '打好三大', 'name'),
       ('三大', '实施三大', 'name'),
       ('三年', None, 'name')],
      [])
