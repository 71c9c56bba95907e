#!/usr/bin/python3
"""Builds the tenth batch of held-out gold files (NAME.gold.json) from hand annotations.

The annotations below were written from the clean texts and dev/ANNOTATION.md
alone, before govreport.facts was run on these excerpts (see README.md for
what of govreport's output on the same reports had been read before).
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
# before any of them was read: per report (2008, 2009, 2016), the third item
# of the review and the sentences from the main targets of the year on.

EMPLOY = '城镇新增就业|新增就业|就业'
JOBLESS = '城镇登记失业率|登记失业率|失业率'

build('gwr_2008_national_review',
      'corpus/gwr_national/gwr_2008_textworkshop17.txt',
      'From （三）全面加强社会建设 to 资助标准大幅度提高。 of the 2008 national 政府工作报告 '
      '(the review of five years: education), verbatim with its four-space indents and blank '
      'lines, final newline added. 五年累计 is the period of the total and 前五年 relative time; '
      '九年义务教育 is a name. 1.26倍 is a multiple: unit 倍, kind measure (the guide has no kind '
      'for a ratio). 1.5亿学生: a number with its counted noun. 中、高等职业教育在校生分别达到'
      '2000万人和861万人: the list shares its head 在校生. 从2006年20.5亿元增加到去年的98亿元: two '
      'levels (no direction).',
      [(1, '（三）', '全面加强社会建设，切实保障和改善民生', '（三）', 0)],
      [('2.43万亿元', None, '2430000000000', '元', 'money', None, '教育支出|全国财政用于教育支出', None),
       ('1.26倍', None, '1.26', '倍', 'measure', None, '教育支出|全国财政用于教育支出', None,
        {'direction': 'up'}),
       ('1.5亿', '1.5亿学生', '150000000', None, 'number', None, '学生', None),
       ('780万名', None, '7800000', '名', 'count', None, '家庭经济困难寄宿生|寄宿生', None),
       ('2.2万多所', None, '22000', '所', 'count', 'over', '农村中小学', None),
       ('7000多所', None, '7000', '所', 'count', 'over', '寄宿制学校', None),
       ('36万所', None, '360000', '所', 'count', None, '农村中小学', None),
       ('2000万人', None, '20000000', '人', 'count', None,
        '中、高等职业教育在校生|中等职业教育在校生|在校生', None),
       ('861万人', None, '8610000', '人', 'count', None,
        '高等职业教育在校生|中、高等职业教育在校生|在校生', None),
       ('1144万人', None, '11440000', '人', 'count', None,
        '普通高等教育本科生和研究生规模|普通高等教育本科生和研究生|本科生和研究生规模', None),
       ('20.5亿元', None, '2050000000', '元', 'money', None, '中央财政此项支出|此项支出', None),
       ('98亿元', None, '9800000000', '元', 'money', None, '中央财政此项支出|此项支出', None),
       ('超过20%', None, '20', '%', 'percent', 'over', '高校资助面|资助面', None),
       ('超过90%', None, '90', '%', 'percent', 'over', '中等职业学校资助面|资助面', None)],
      [('（三）', None, 'label'),
       ('五年', '五年累计', 'time'),
       ('五年', '前五年', 'time'),
       ('九年', None, 'name')],
      [('2007年', None, '2007'),
       ('2006年', None, '2006')])

build('gwr_2008_national_targets',
      'corpus/gwr_national/gwr_2008_textworkshop17.txt',
      'From 今年国民经济和社会发展的预期目标是 to 加快以改善民生为重点的社会建设。 of the 2008 '
      'national 政府工作报告 (the targets of the year and why), verbatim with its four-space '
      'indents and blank lines, final newline added. The two targets repeated in the '
      'explanation are facts again. 涨幅控制在4.8%左右 is a level of a rate (no direction).',
      [],
      [('8%左右', '国内生产总值增长8%左右；', '8', '%', 'percent', 'approx', '国内生产总值', None,
        {'direction': 'up'}),
       ('4.8%左右', '涨幅控制在4.8%左右；', '4.8', '%', 'percent', 'approx', '居民消费价格总水平涨幅', None),
       ('1000万人', None, '10000000', '人', 'count', None, EMPLOY, None),
       ('4.5%左右', None, '4.5', '%', 'percent', 'approx', JOBLESS, None),
       ('8%左右', '提出国内生产总值增长8%左右', '8', '%', 'percent', 'approx', '国内生产总值', None,
        {'direction': 'up'}),
       ('4.8%左右', '涨幅控制在4.8%左右，', '4.8', '%', 'percent', 'approx', '居民消费价格总水平涨幅', None)],
      [],
      [])

build('gwr_2009_national_review',
      'corpus/gwr_national/gwr_2009_textworkshop17.txt',
      'From （三）积极推进改革开放 to 我国发生震惊世界的汶川特大地震。 of the 2009 national '
      '政府工作报告 (the whole third item of the review of 2008, reforms and opening up, then '
      'the first sentence after it: no （四） follows it), verbatim with its four-space indents '
      'and blank lines, final newline added. No quantity: a test of not-facts. 去年５月１２日 has '
      'no year the text makes certain (去年 is relative), so it is no date here, and no fact.',
      [(1, '（三）', '积极推进改革开放，为经济社会发展注入新的活力和动力', '（三）', 0)],
      [],
      [('（三）', None, 'label'),
       ('５月１２日', None, 'time')],
      [])

build('gwr_2009_national_targets',
      'corpus/gwr_national/gwr_2009_textworkshop17.txt',
      'From 今年国民经济和社会发展的主要预期目标是 to 增强国民经济整体素质和发展后劲。 of the '
      '2009 national 政府工作报告 (the targets and the principles), verbatim with its full-width '
      'digits, four-space indents and blank lines, final newline added. 涨幅４％左右 is a level '
      'of a rate. ８％左右的国内生产总值增长目标: a rate before 的 takes the noun after it. '
      '一个１３亿人口的发展中国家: 一个 is an article, １３亿人口 a number with its counted noun. '
      '一是/二是 are labels of an enumeration.',
      [],
      [('８％左右', '国内生产总值增长８％左右', '8', '%', 'percent', 'approx', '国内生产总值', None,
        {'direction': 'up'}),
       ('９００万人以上', None, '9000000', '人', 'count', 'over', EMPLOY, None),
       ('４．６％以内', None, '4.6', '%', 'percent', 'under', JOBLESS, None),
       ('４％左右', None, '4', '%', 'percent', 'approx', '居民消费价格总水平涨幅', None),
       ('８％左右', '提出８％左右', '8', '%', 'percent', 'approx',
        '国内生产总值增长目标|国内生产总值', None),
       ('１３亿', None, '1300000000', None, 'number', None, '人口', None)],
      [('一个', '一个１３亿', 'name'),
       ('一是', None, 'label'),
       ('二是', None, 'label')],
      [])

build('gwr_2016_national_review',
      'corpus/gwr_national/gwr_2016_textworkshop17.txt',
      'The whole item 三是聚焦提质增效，推动产业创新升级。 … 推动国际气候变化谈判取得积极成果。 of '
      'the review of 2015 in the 2016 national 政府工作报告, verbatim, final newline added. '
      '三是 is the label of an enumeration (not a heading). 近三年 is relative time; 2025 in '
      '《中国制造2025》 a name. 水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨 go on with '
      'the verb 淘汰 of the first item: each noun is the subject of its amount (重量箱 is the '
      'unit of flat glass).',
      [],
      [('9000多万吨', None, '90000000', '吨', 'measure', 'over', '落后炼钢炼铁产能|炼钢炼铁产能', None),
       ('2.3亿吨', None, '230000000', '吨', 'measure', None, '水泥', None),
       ('7600多万重量箱', None, '76000000', '重量箱', 'measure', 'over', '平板玻璃', None),
       ('100多万吨', None, '1000000', '吨', 'measure', 'over', '电解铝', None)],
      [('三是', None, 'label'),
       ('2025', None, 'name'),
       ('三年', '近三年', 'time')],
      [])

build('gwr_2016_national_targets',
      'corpus/gwr_national/gwr_2016_textworkshop17.txt',
      'From 今年发展的主要预期目标是 to 没有过不去的坎。 of the 2016 national 政府工作报告 (the '
      'targets and the outlook), verbatim with its full-width-space indents and blank lines, '
      'final newline added. 6.5%-7% is a range (three times: the growth target, the target '
      'named again, the rate before 的 增速).',
      [],
      [('6.5%-7%', '国内生产总值增长6.5%-7%', '6.5', '%', 'percent', None, '国内生产总值', None,
        {'direction': 'up'}),
       ('3%左右', None, '3', '%', 'percent', 'approx', '居民消费价格涨幅', None),
       ('1000万人以上', None, '10000000', '人', 'count', 'over', EMPLOY, None),
       ('4.5%以内', None, '4.5', '%', 'percent', 'under', JOBLESS, None),
       ('3.4%以上', None, '3.4', '%', 'percent', 'over', '单位国内生产总值能耗|能耗', None,
        {'direction': 'down'}),
       ('6.5%-7%', '预期目标6.5%-7%', '6.5', '%', 'percent', None, '经济增长预期目标|预期目标', None),
       ('6.5%-7%', '有6.5%-7%的增速', '6.5', '%', 'percent', None, '增速', None)],
      [],
      [])

# The supplement (README.md): the targets excerpt of 2014 and 2019, cut by the
# same rule after the six above were annotated.

build('gwr_2014_national_targets',
      'corpus/gwr_national/gwr_2014_textworkshop17.txt',
      'From 面对世界经济复苏艰难 to 主要实物量指标与经济增长相互匹配。 of the 2014 national '
      '政府工作报告 (the first 主要预期目标 of this report is in the review of 2013: the targets '
      'met), verbatim with its four-space indents, final newline added. 比上年 is relative. '
      '十连增 is a name, 第二产业 an ordinal. 突破4万亿美元 is over (a milestone passed).',
      [],
      [('56.9万亿元', None, '56900000000000', '元', 'money', None, '国内生产总值', None),
       ('7.7%', None, '7.7', '%', 'percent', None, '国内生产总值', None, {'direction': 'up'}),
       ('2.6%', None, '2.6', '%', 'percent', None, '居民消费价格涨幅', None),
       ('4.1%', None, '4.1', '%', 'percent', None, JOBLESS, None),
       ('1310万人', None, '13100000', '人', 'count', None, EMPLOY, None),
       ('突破4万亿美元', None, '4000000000000', '美元', 'money', 'over', '进出口总额', None),
       ('7%', '实际增长7%', '7', '%', 'percent', None, '城镇居民人均可支配收入', None,
        {'direction': 'up'}),
       ('9.3%', None, '9.3', '%', 'percent', None, '农村居民人均纯收入', None, {'direction': 'up'}),
       ('1650万人', None, '16500000', '人', 'count', None, '农村贫困人口|贫困人口', None,
        {'direction': 'down'}),
       ('12.2%', None, '12.2', '%', 'percent', None, '规模以上工业企业利润|工业企业利润', None,
        {'direction': 'up'}),
       ('10.1%', None, '10.1', '%', 'percent', None, '财政收入', None, {'direction': 'up'}),
       ('超过1.2万亿斤', None, '1200000000000', '斤', 'measure', 'over', '粮食产量', None),
       ('46.1%', None, '46.1', '%', 'percent', None, '服务业增加值比重', None),
       ('7.5%', None, '7.5', '%', 'percent', None, '全社会用电量|用电量', None, {'direction': 'up'}),
       ('9.9%', None, '9.9', '%', 'percent', None, '货运量', None, {'direction': 'up'})],
      [('十连增', None, 'name'),
       ('第二', '第二产业', 'ordinal')],
      [])

build('gwr_2019_national_targets',
      'corpus/gwr_national/gwr_2019_wikisource.txt',
      'From 今年经济社会发展的主要预期目标是 to 留出政策空间。 of the 2019 national 政府工作报告 '
      '(the targets, the stance, the deficit), verbatim with its blank lines, final newline '
      'added. 6%－6.5% is a range. 1000万以上 has no measure word: a number (贫困人口 is the '
      'noun). 比去年预算高0.2个百分点 is a difference (no direction word). 中央财政赤字 and '
      '地方财政赤字 are 其中 items of 财政赤字2.76万亿元.',
      [],
      [('6%－6.5%', None, '6', '%', 'percent', None, '国内生产总值', None, {'direction': 'up'}),
       ('1100万人以上', None, '11000000', '人', 'count', 'over', EMPLOY, None),
       ('5.5%左右', None, '5.5', '%', 'percent', 'approx', '城镇调查失业率', None),
       ('4.5%以内', None, '4.5', '%', 'percent', 'under', JOBLESS, None),
       ('3%左右', '涨幅3%左右', '3', '%', 'percent', 'approx', '居民消费价格涨幅', None),
       ('1000万以上', None, '10000000', None, 'number', 'over', '农村贫困人口|贫困人口', None,
        {'direction': 'down'}),
       ('3%左右', '下降3%左右', '3', '%', 'percent', 'approx', '单位国内生产总值能耗|能耗', None,
        {'direction': 'down'}),
       ('2.8%', None, '2.8', '%', 'percent', None, '赤字率', None),
       ('0.2个百分点', None, '0.2', '百分点', 'points', None, '赤字率', None),
       ('2.76万亿元', None, '2760000000000', '元', 'money', None, '财政赤字', None, {'key': 't'}),
       ('1.83万亿元', None, '1830000000000', '元', 'money', None, '中央财政赤字', 't'),
       ('9300亿元', None, '930000000000', '元', 'money', None, '地方财政赤字', 't')],
      [],
      [])
