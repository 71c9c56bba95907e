#!/usr/bin/python3
"""Builds the twelfth batch of held-out gold files (NAME.gold.json) from hand annotations.

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
# before any of them was read: the first item of the year's tasks of the
# national reports of 2008-2025 that no batch took (tasks1), and (the
# supplement) the second item of the same reports (tasks2).

TW = 'corpus/gwr_national/gwr_%d_textworkshop17.txt'
WS = 'corpus/gwr_national/gwr_%d_wikisource.txt'
DEFICIT = '中央财政赤字|中央财政赤字预算|财政赤字'
TRANSFER = '中央对地方转移支付|转移支付'

build('gwr_2008_national_tasks1', TW % 2008,
      'From （一）搞好宏观调控 to 加强薄弱环节。 of the 2008 national 政府工作报告 (the year\'s '
      'tasks, first item: fiscal policy), verbatim with its four-space indents and blank lines, '
      'final newline added. 比去年预算赤字减少/比去年减少 are reductions of the same item. 超收 '
      '(revenue above the budget) is a difference, no direction word. The 其中 item 中央财政超收 '
      'has 全国财政超收 as parent. 三农 is a name.',
      [(1, '（一）', '搞好宏观调控，保持经济平稳较快发展', '（一）', 0)],
      [('1800亿元', None, '180000000000', '元', 'money', None, DEFICIT, None),
       ('650亿元', None, '65000000000', '元', 'money', None, DEFICIT + '|预算赤字', None,
        {'direction': 'down'}),
       ('300亿元', None, '30000000000', '元', 'money', None, '国债投资', None),
       ('200亿元', None, '20000000000', '元', 'money', None, '国债投资', None,
        {'direction': 'down'}),
       ('1521亿元', None, '152100000000', '元', 'money', None, '中央建设投资', None),
       ('7239亿元', None, '723900000000', '元', 'money', None, '全国财政|财政超收|财政', None,
        {'key': 'over'}),
       ('4168亿元', None, '416800000000', '元', 'money', None, '中央财政|中央财政超收', 'over')],
      [('（一）', None, 'label'),
       ('三农', None, 'name')],
      [])

build('gwr_2009_national_tasks1', TW % 2009,
      'From （一）加强和改善宏观调控 to 增强微观经济活力。 of the 2009 national 政府工作报告 '
      '(the year\'s tasks, first item: fiscal policy), verbatim with its four-space indents, '
      'blank lines and full-width digits, final newline added. 比上年增加 is an increase of the '
      'deficit. 占国内生产总值比重在３％以内 and 累计国债余额占国内生产总值比重２０％左右 are '
      'shares of the deficit and of the debt (the subject: the deficit/debt or the share).',
      [(1, '（一）', '加强和改善宏观调控，保持经济平稳较快发展', '（一）', 0)],
      [('７５００亿元', None, '750000000000', '元', 'money', None, DEFICIT, None),
       ('５７００亿元', None, '570000000000', '元', 'money', None, DEFICIT, None,
        {'direction': 'up'}),
       ('２０００亿元', None, '200000000000', '元', 'money', None, '债券|地方债券', None),
       ('９５００亿元', None, '950000000000', '元', 'money', None, '全国财政赤字|财政赤字', None),
       ('３％以内', None, '3', '%', 'percent', 'under',
        '全国财政赤字|财政赤字|国内生产总值比重|占国内生产总值比重', None),
       ('２０％左右', None, '20', '%', 'percent', 'approx',
        '累计国债余额|国债余额|国内生产总值比重|累计国债余额占国内生产总值比重', None)],
      [('（一）', None, 'label'),
       ('一是', None, 'label'),
       ('二是', None, 'label')],
      [])

build('gwr_2012_national_tasks1', TW % 2012,
      'From （一）促进经济平稳较快发展 to 提高投资质量和效益。 of the 2012 national 政府工作报告 '
      '(the year\'s tasks, first item: demand), verbatim with its four-space indents and blank '
      'lines, final newline added. No quantity: a test of not-facts.',
      [(1, '（一）', '促进经济平稳较快发展', '（一）', 0)],
      [],
      [('（一）', None, 'label')],
      [])

build('gwr_2013_national_tasks1', TW % 2013,
      'From （一）加快转变经济发展方式 to 提高投资的质量和效益。 of the 2013 national '
      '政府工作报告 (the year\'s tasks, first item), verbatim with its four-space indent, final '
      'newline added. No quantity (一切, 一心一意 are words).',
      [(1, '（一）', '加快转变经济发展方式，促进经济持续健康发展', '（一）', 0)],
      [],
      [('（一）', None, 'label')],
      [])

build('gwr_2016_national_tasks1', TW % 2016,
      'The first 一是 of the task part of the 2016 national 政府工作报告 (its items carry no '
      'label; this is the first point of the tax item: 营改增), to the next 二是. 5月1日 is in the '
      'report\'s year, 2016. No quantity.',
      [],
      [],
      [('一是', None, 'label')],
      [('5月1日', None, '2016-05-01')])

build('gwr_2017_national_tasks1', TW % 2017,
      'From （一）用改革的办法深入推进“三去一降一补” to 规范开发、销售、中介等行为。 of the 2017 '
      'national 政府工作报告 (the year\'s tasks, first item: capacity cuts), verbatim with its '
      'blank lines, final newline added. 压减/退出/淘汰 cut what follows them: the object is '
      'the subject (as batch 9 and 11). 三去一降一补 and 三四线城市 are names.',
      [(1, '（一）', '用改革的办法深入推进“三去一降一补”', '（一）', 0)],
      [('5000万吨左右', None, '50000000', '吨', 'measure', 'approx', '钢铁产能', None),
       ('1.5亿吨以上', None, '150000000', '吨', 'measure', 'over', '煤炭产能', None),
       ('5000万千瓦以上', None, '50000000', '千瓦', 'measure', 'over', '煤电产能', None)],
      [('（一）', None, 'label'),
       ('三去一降一补', None, 'name'),
       ('三四', '三四线', 'name')],
      [])

build('gwr_2018_national_tasks1', WS % 2018,
      'From （一）深入推进供给侧结构性改革 to 强化产品质量监管。 of the 2018 national '
      '政府工作报告 (the year\'s tasks, first item: supply-side reform), verbatim with its blank '
      'lines, final newline added. 至少降低30%: a reduction (至少 stands before the verb, not '
      'a qualifier of the number). 第五代移动通信 is an ordinal; 中国制造2025 and 三去一降一补 '
      'are names.',
      [(1, '（一）', '深入推进供给侧结构性改革', '（一）', 0)],
      [('30%', None, '30', '%', 'percent', None, '移动网络流量资费|流量资费', None,
        {'direction': 'down'})],
      [('（一）', None, 'label'),
       ('三去一降一补', None, 'name'),
       ('第五代', None, 'ordinal'),
       ('2025', '中国制造2025', 'name')],
      [])

build('gwr_2022_national_tasks1', WS % 2022,
      'From （一）着力稳定宏观经济大盘 to 老旧公用设施改造等建设项目。 of the 2022 national '
      '政府工作报告 (the year\'s tasks, first item: fiscal policy), verbatim with its blank lines, '
      'final newline added. 赤字率拟按2.8%左右安排: a level. 扩大2万亿元以上/增加约1.5万亿元/'
      '增长 are increases; 规模近9.8万亿元 is the level of the transfers (the subject 规模 or the '
      'transfers). 六稳 and 六保 are names.',
      [(1, '（一）', '着力稳定宏观经济大盘，保持经济运行在合理区间', '（一）', 0)],
      [('2.8%左右', None, '2.8', '%', 'percent', 'approx', '赤字率', None),
       ('2万亿元以上', None, '2000000000000', '元', 'money', 'over', '支出规模', None,
        {'direction': 'up'}),
       ('3.9%', None, '3.9', '%', 'percent', None, '中央本级支出', None, {'direction': 'up'}),
       ('约1.5万亿元', None, '1500000000000', '元', 'money', 'approx', TRANSFER, None,
        {'direction': 'up'}),
       ('近9.8万亿元', None, '9800000000000', '元', 'money', 'approx', TRANSFER + '|规模', None),
       ('18%', None, '18', '%', 'percent', None, TRANSFER, None, {'direction': 'up'}),
       ('3.65万亿元', None, '3650000000000', '元', 'money', None, '地方政府专项债券|专项债券',
        None)],
      [('（一）', None, 'label'),
       ('六稳', None, 'name'),
       ('六保', None, 'name')],
      [])

build('gwr_2023_national_tasks1', WS % 2023,
      'The whole item （一）着力扩大国内需求 … 激发民间投资活力。 of the 2023 national 政府工作报告 '
      '(the year\'s tasks, first item), verbatim, final newline added. 十四五 is a name.',
      [(1, '（一）', '着力扩大国内需求', '（一）', 0)],
      [('3.8万亿元', None, '3800000000000', '元', 'money', None, '地方政府专项债券|专项债券', None)],
      [('（一）', None, 'label'),
       ('十四五', None, 'name')],
      [])

build('gwr_2024_national_tasks1', WS % 2024,
      'From （一）大力推进现代化产业体系建设 to 创建一批未来产业先导区。 of the 2024 national '
      '政府工作报告 (the year\'s tasks, first item: industry), verbatim with its blank lines, final '
      'newline added. No quantity (一批 is an idiom).',
      [(1, '（一）', '大力推进现代化产业体系建设，加快发展新质生产力', '（一）', 0)],
      [],
      [('（一）', None, 'label')],
      [])

build('gwr_2025_national_tasks1', WS % 2025,
      'From （一）大力提振消费 to 推动“十四五”规划重大工程顺利收官。 of the 2025 national '
      '政府工作报告 (the year\'s tasks, first item: demand), verbatim with its blank lines, final '
      'newline added. 安排超长期特别国债3000亿元: the amount of the bonds. 十四五 is a name.',
      [(1, '（一）', '大力提振消费、提高投资效益，全方位扩大国内需求', '（一）', 0)],
      [('3000亿元', None, '300000000000', '元', 'money', None, '超长期特别国债|特别国债', None)],
      [('（一）', None, 'label'),
       ('十四五', None, 'name')],
      [])

# The supplement: the second item of the year's tasks (README.md).

build('gwr_2008_national_tasks2', TW % 2008,
      'From （二）加强农业基础建设 to 改善农村人居环境。 of the 2008 national 政府工作报告 (the '
      'year\'s tasks, second item: agriculture), verbatim with its four-space indents and blank '
      'lines, final newline added. 三件事 is a count (件); 千方百计 an idiom.',
      [(1, '（二）', '加强农业基础建设，促进农业发展和农民增收', '（二）', 0)],
      [('三件', None, '3', '件', 'count', None, '事|三件事', None)],
      [('（二）', None, 'label'),
       ('一是', None, 'label'),
       ('二是', None, 'label')],
      [])

build('gwr_2009_national_tasks2', TW % 2009,
      'From （二）积极扩大国内需求特别是消费需求 to 地震灾后恢复重建。 of the 2009 national '
      '政府工作报告 (the year\'s tasks, second item: demand), verbatim with its four-space indents, '
      'blank lines and full-width digits, final newline added. 万村千乡 is a name; 二手车 a word.',
      [(1, '（二）', '积极扩大国内需求特别是消费需求，增强内需对经济增长的拉动作用', '（二）', 0)],
      [('４００亿元', None, '40000000000', '元', 'money', None, '补贴资金|中央财政的４００亿元补贴资金',
        None),
       ('９０８０亿元', None, '908000000000', '元', 'money', None, '中央政府投资总额|中央政府投资',
        None)],
      [('（二）', None, 'label'),
       ('一是', None, 'label'),
       ('二是', None, 'label'),
       ('万村千乡', None, 'name')],
      [])

build('gwr_2012_national_tasks2', TW % 2012,
      'From （二）保持物价总水平基本稳定 to 完善大宗商品仓储设施用地税收政策。 of the 2012 '
      'national 政府工作报告 (the year\'s tasks, second item: prices), verbatim with its '
      'four-space indents and blank lines, final newline added. No quantity.',
      [(1, '（二）', '保持物价总水平基本稳定', '（二）', 0)],
      [],
      [('（二）', None, 'label')],
      [])

build('gwr_2013_national_tasks2', TW % 2013,
      'From （二）强化农业农村发展基础 to 城乡一体的新型工农、城乡关系。 of the 2013 national '
      '政府工作报告 (the year\'s tasks, second item: agriculture), verbatim, final newline added. '
      '严守18亿亩耕地红线: the area of the red line (耕地). 三农 is a name.',
      [(1, '（二）', '强化农业农村发展基础，推动城乡发展一体化', '（二）', 0)],
      [('18亿亩', None, '1800000000', '亩', 'measure', None, '耕地红线|耕地', None)],
      [('（二）', None, 'label'),
       ('三农', '“三农”问题', 'name'),
       ('三农', '“三农”投入', 'name')],
      [])

build('gwr_2016_national_tasks2', TW % 2016,
      'The 二是 after the first one of the task part of the 2016 national 政府工作报告 (the tax '
      'item: government funds), to the next 三是. No quantity (一批 is an idiom).',
      [],
      [],
      [('二是', None, 'label')],
      [])

build('gwr_2017_national_tasks2', TW % 2017,
      'From （二）深化重要领域和关键环节改革 to 进一步减轻企业税收负担。 of the 2017 national '
      '政府工作报告 (the year\'s tasks, second item: reforms), verbatim with its blank lines, final '
      'newline added. 由四档税率简并至三档: two counts of VAT rates (as batch 8\'s 三档并两档). '
      '最后一公里 and 双随机、一公开 are names (no distance, no count).',
      [(1, '（二）', '深化重要领域和关键环节改革', '（二）', 0)],
      [('四档', None, '4', '档', 'count', None, '税率|增值税税率', None),
       ('三档', None, '3', '档', 'count', None, '税率|增值税税率', None)],
      [('（二）', None, 'label'),
       ('一公开', None, 'name'),
       ('一公里', None, 'name')],
      [])

build('gwr_2018_national_tasks2', WS % 2018,
      'From （二）加快建设创新型国家 to 打造“双创”升级版。 of the 2018 national 政府工作报告 (the '
      'year\'s tasks, second item: innovation), verbatim with its blank lines, final newline '
      'added. No quantity (一批 is an idiom, 新一轮 a word).',
      [(1, '（二）', '加快建设创新型国家', '（二）', 0)],
      [],
      [('（二）', None, 'label')],
      [])

build('gwr_2022_national_tasks2', WS % 2022,
      'From （二）着力稳市场主体保就业 to 退税资金全部直达企业。 of the 2022 national 政府工作报告 '
      '(the year\'s tasks, second item: tax relief), verbatim with its blank lines, final newline '
      'added. 100万元至300万元 is a range (one fact, value_max 3000000). 退税减税约2.5万亿元 is '
      'a reduction; its 其中 item 留抵退税约1.5万亿元 has it as parent. 6月底 is in the '
      'report\'s year, 2022. 一次性 is a word.',
      [(1, '（二）', '着力稳市场主体保就业，加大宏观政策实施力度', '（二）', 0)],
      [('100万元至300万元', None, '1000000', '元', 'money', None,
        '年应纳税所得额|应纳税所得额|小微企业年应纳税所得额', None, {'value_max': '3000000'}),
       ('约2.5万亿元', None, '2500000000000', '元', 'money', 'approx', '退税减税', None,
        {'key': 'cut', 'direction': 'down'}),
       ('约1.5万亿元', None, '1500000000000', '元', 'money', 'approx', '留抵退税', 'cut',
        {'direction': 'down'})],
      [('（二）', None, 'label')],
      [('6月底', None, '2022-06')])

build('gwr_2023_national_tasks2', WS % 2023,
      'The whole item （二）加快建设现代化产业体系 … 支持平台经济发展。 of the 2023 national '
      '政府工作报告 (the year\'s tasks, second item), verbatim, final newline added. No quantity.',
      [(1, '（二）', '加快建设现代化产业体系', '（二）', 0)],
      [],
      [('（二）', None, 'label')],
      [])

build('gwr_2024_national_tasks2', WS % 2024,
      'From （二）深入实施科教兴国战略 to 夯实国家富强之基。 of the 2024 national 政府工作报告 (the '
      'year\'s tasks, second item: education), verbatim with its blank lines, final newline '
      'added. No quantity (一体, 一流 are words).',
      [(1, '（二）', '深入实施科教兴国战略，强化高质量发展的基础支撑', '（二）', 0)],
      [],
      [('（二）', None, 'label')],
      [])

build('gwr_2025_national_tasks2', WS % 2025,
      'From （二）因地制宜发展新质生产力 to 加大对中小企业数字化转型的支持。 of the 2025 national '
      '政府工作报告 (the year\'s tasks, second item: industry), verbatim with its blank lines, '
      'final newline added. 6G is a name; 一批 an idiom.',
      [(1, '（二）', '因地制宜发展新质生产力，加快建设现代化产业体系', '（二）', 0)],
      [],
      [('（二）', None, 'label'),
       ('6G', None, 'name')],
      [])
