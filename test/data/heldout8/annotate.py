#!/usr/bin/python3
"""Builds the eighth batch of held-out gold files (NAME.gold.json) from hand annotations.

The annotations below were written from the clean texts and dev/ANNOTATION.md
alone, before govreport.facts was run on these excerpts (see README.md for
what of govreport's output on the same reports had been seen).  Offsets are
found from a context string that occurs exactly once in the text (the raw
span inside it), so the annotation stays readable.  Run: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldout_gold import gold_builder  # noqa: E402

build = gold_builder(HERE)


build('gwr_2015_national_targets',
      'corpus/gwr_national/gwr_2015_textworkshop17.txt',
      'From 今年经济社会发展的主要预期目标是 to 让更多的金融活水流向实体经济。 of the 2015 national '
      '政府工作报告 (the targets, fiscal and monetary policy), verbatim, final newline added. '
      '以下三点 counts the points of the plan (点 a measure word, like 四个方面). 中央/地方财政赤字 '
      'are 其中 items of 财政赤字1.62万亿元; their increases (增加1700亿元, 增加1000亿元) are '
      'changes of the items, not items of the total. 提高到2.3% is a level. M2 is a name.',
      [],
      [('7%左右', '增长7%左右', '7', '%', 'percent', 'approx', '国内生产总值', None, {'direction': 'up'}),
       ('3%左右', None, '3', '%', 'percent', 'approx', '居民消费价格涨幅', None),
       ('1000万人以上', None, '10000000', '人', 'count', 'over', '城镇新增就业|新增就业|就业', None),
       ('4.5%以内', None, '4.5', '%', 'percent', 'under', '城镇登记失业率', None),
       ('6%左右', None, '6', '%', 'percent', 'approx', '进出口', None, {'direction': 'up'}),
       ('3.1%以上', None, '3.1', '%', 'percent', 'over', '能耗强度', None, {'direction': 'down'}),
       ('7%左右', '预期7%左右', '7', '%', 'percent', 'approx', '经济增长预期|经济增长', None),
       ('7%左右', '，7%左右的速度', '7', '%', 'percent', 'approx', '速度', None),
       ('三点', None, '3', '点', 'count', None, None, None),
       ('1.62万亿元', None, '1620000000000', '元', 'money', None, '财政赤字', None, {'key': 't'}),
       ('2700亿元', None, '270000000000', '元', 'money', None, '财政赤字', None, {'direction': 'up'}),
       ('2.1%', None, '2.1', '%', 'percent', None, '赤字率', None),
       ('2.3%', None, '2.3', '%', 'percent', None, '赤字率', None),
       ('1.12万亿元', None, '1120000000000', '元', 'money', None, '中央财政赤字', 't'),
       ('1700亿元', None, '170000000000', '元', 'money', None, '中央财政赤字', None, {'direction': 'up'}),
       ('5000亿元', None, '500000000000', '元', 'money', None, '地方财政赤字', 't'),
       ('1000亿元', None, '100000000000', '元', 'money', None, '地方财政赤字', None, {'direction': 'up'}),
       ('12%左右', None, '12', '%', 'percent', 'approx', '广义货币M2|广义货币', None, {'direction': 'up'})],
      [('第一', None, 'ordinal'),
       ('M2', '广义货币M2', 'name'),
       ('M2', '注：M2', 'name'),
       ('2', 'M右下角加2', 'name')],
      [])

build('gwr_2019_national_taxcuts',
      'corpus/gwr_national/gwr_2019_wikisource.txt',
      'From 实施更大规模的减税。 to 不能搞“半拉子”工程。 of the 2019 national 政府工作报告 (tax '
      'and fee cuts, credit, local bonds), verbatim, final newline added. A rate before 的 is a '
      'share of the noun after it (16%的税率). 降至13% is a level. 三档并两档: two counts of tax '
      'tiers (档 a measure word); 6%一档 names a tier, not a count. 减轻…负担近2万亿元 is a '
      'reduction.',
      [],
      [('16%', '现行16%', '16', '%', 'percent', None, '税率', None),
       ('13%', '降至13%', '13', '%', 'percent', None, '税率', None),
       ('10%', '现行10%', '10', '%', 'percent', None, '税率', None),
       ('9%', '降至9%', '9', '%', 'percent', None, '税率', None),
       ('6%', '保持6%', '6', '%', 'percent', None, '税率', None),
       ('三档', None, '3', '档', 'count', None, '税率', None),
       ('两档', None, '2', '档', 'count', None, '税率', None),
       ('16%', '降至16%', '16', '%', 'percent', None,
        '城镇职工基本养老保险单位缴费比例|单位缴费比例|缴费比例', None),
       ('近2万亿元', None, '2000000000000', '元', 'money', 'approx',
        '企业税收和社保缴费负担|税收和社保缴费负担', None, {'direction': 'down'}),
       ('5%以上', None, '5', '%', 'percent', 'over', '一般性支出', None, {'direction': 'down'}),
       ('3%左右', None, '3', '%', 'percent', 'approx', '“三公”经费|三公经费|经费', None,
        {'direction': 'down'}),
       ('30%以上', None, '30', '%', 'percent', 'over', '国有大型商业银行小微企业贷款|小微企业贷款', None,
        {'direction': 'up'}),
       ('2.15万亿元', None, '2150000000000', '元', 'money', None, '地方政府专项债券|专项债券', None),
       ('8000亿元', None, '800000000000', '元', 'money', None, '地方政府专项债券|专项债券', None,
        {'direction': 'up'})],
      [('一档', None, 'name'),
       ('三公', None, 'name')],
      [])

build('gwr_2014_national_reform',
      'corpus/gwr_national/gwr_2014_textworkshop17.txt',
      'From （一）推动重要领域改革取得新突破。 to 实体经济之树。 of the 2014 national 政府工作报告 '
      '(reforms), verbatim with its four-space paragraph indents, final newline added. Few '
      'numbers: a test of idioms and names (一站式, 一个窗口办事, “三公”, “三农”, 一池活水, '
      '牵一发而动全身).',
      [(1, '（一）', '推动重要领域改革取得新突破', '（一）', 0)],
      [('200项以上', None, '200', '项', 'count', 'over', '行政审批事项', None),
       ('三分之一', None, '0.3333333333', None, 'number', None, '专项转移支付项目', None,
        {'direction': 'down'})],
      [('（一）', None, 'label'),
       ('一个', '一个窗口', 'name'),
       ('三公', None, 'name'),
       ('一池', None, 'name'),
       ('三农', None, 'name')],
      [])
