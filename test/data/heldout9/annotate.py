#!/usr/bin/python3
"""Builds the ninth batch of held-out gold files (NAME.gold.json) from hand annotations.

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

# The excerpt rule, fixed before any excerpt was read: in each national report
# that is a source of nothing annotated (2018, 2013, 2011, 2010), the second
# item of the review of the past period (（二） or 二是), from its label,
# whole sentences up to the first 。 at or after its 500th character (the
# whole item when shorter), verbatim, one final newline.

build('gwr_2018_national_restructuring',
      'corpus/gwr_national/gwr_2018_wikisource.txt',
      'From （二）坚持以供给侧结构性改革为主线 to 先进制造业加快发展。 of the 2018 national '
      '政府工作报告 (the review: supply-side reform, capacity cuts), verbatim with its blank '
      'lines, final newline added. 三去一降一补, 三四线城市, 五险一金 and 中国制造2025 are '
      'names; 五年来 is relative time. 退出/压减/削减 cut what follows them: the object is the '
      'subject.',
      [(1, '（二）', '坚持以供给侧结构性改革为主线，着力培育壮大新动能，经济结构加快优化升级',
        '（二）', 0)],
      [('1000亿元', None, '100000000000', '元', 'money', None, '专项奖补资金|奖补资金', None),
       ('1.7亿吨以上', None, '170000000', '吨', 'measure', 'over', '钢铁产能', None),
       ('8亿吨', None, '800000000', '吨', 'measure', None, '煤炭产能', None),
       ('110多万人', None, '1100000', '人', 'count', 'over', '分流职工|职工', None),
       ('30%', None, '30', '%', 'percent', None, '政府性基金项目', None, {'direction': 'down'}),
       ('60%以上', None, '60', '%', 'percent', 'over',
        '涉企收费项目|中央政府层面设立的涉企收费项目', None)],
      [('（二）', None, 'label'),
       ('三去一降一补', None, 'name'),
       ('五年来', None, 'time'),
       ('三四', '三四线', 'name'),
       ('五险一金', None, 'name'),
       ('2025', '中国制造2025', 'name')],
      [])

build('gwr_2013_national_structure',
      'corpus/gwr_national/gwr_2013_textworkshop17.txt',
      'From 二是加快经济结构调整 to 增加细颗粒物PM2.5等监测指标。 of the 2013 national '
      '政府工作报告 (the review of five years: structure, consumption, industry, energy saving), '
      'verbatim with its four-space indent, final newline added. 从10.1%下降到2.6%: two levels '
      '(no direction). 城镇和农村…32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米: '
      'two levels and two changes of one subject. 每百户 is the base of a rate, not a count. '
      '五年累计 is the period (relative time). PM2.5 and 新一代 are names.',
      [],
      [('10.1%', None, '10.1', '%', 'percent', None,
        '经常项目顺差占国内生产总值的比重|经常项目顺差', None),
       ('2.6%', None, '2.6', '%', 'percent', None,
        '经常项目顺差占国内生产总值的比重|经常项目顺差', None),
       ('32.9平方米', None, '32.9', '平方米', 'measure', None, '人均住房面积|城镇和农村人均住房面积', None),
       ('37.1平方米', None, '37.1', '平方米', 'measure', None, '人均住房面积|城镇和农村人均住房面积', None),
       ('2.8平方米', None, '2.8', '平方米', 'measure', None, '人均住房面积|城镇和农村人均住房面积', None,
        {'direction': 'up'}),
       ('5.5平方米', None, '5.5', '平方米', 'measure', None, '人均住房面积|城镇和农村人均住房面积', None,
        {'direction': 'up'}),
       ('21.5辆', None, '21.5', '辆', 'count', None, '家用汽车', None),
       ('15.5辆', None, '15.5', '辆', 'count', None, '家用汽车', None, {'direction': 'up'}),
       ('13.4%', None, '13.4', '%', 'percent', None, '高技术制造业增加值', None, {'direction': 'up'}),
       ('2.7个百分点', None, '2.7', '百分点', 'points', None,
        '服务业增加值占国内生产总值比重|服务业增加值', None, {'direction': 'up'}),
       ('1.17亿吨', None, '117000000', '吨', 'measure', None, '炼铁产能|落后炼铁产能', None),
       ('7800万吨', None, '78000000', '吨', 'measure', None, '炼钢产能', None),
       ('7.75亿吨', None, '775000000', '吨', 'measure', None, '水泥产能', None),
       ('4600万吨', None, '46000000', '吨', 'measure', None, '城市污水日处理能力|污水日处理能力', None),
       ('17.2%', None, '17.2', '%', 'percent', None, '单位国内生产总值能耗|能耗', None,
        {'direction': 'down'}),
       ('15.7%', None, '15.7', '%', 'percent', None, '化学需氧量|化学需氧量排放总量', None,
        {'direction': 'down'}),
       ('17.5%', None, '17.5', '%', 'percent', None, '二氧化硫排放总量', None, {'direction': 'down'})],
      [('二是', None, 'label'),
       ('百户', '每百户', 'name'),
       ('新一代', None, 'name'),
       ('五年', '五年累计', 'time'),
       ('2.5', 'PM2.5', 'name')],
      [('2012年底', None, '2012'),
       ('2007年', '分别比2007年', '2007'),
       ('2007年', '辆，比2007年', '2007')])

build('gwr_2011_national_agriculture',
      'corpus/gwr_national/gwr_2011_textworkshop17.txt',
      'The whole item （二）毫不放松地做好“三农”工作 … 农村发展进入一个新时代。 of the review of '
      'the 11th five-year period in the 2011 national 政府工作报告, verbatim with its four-space '
      'indent, final newline added. 年均增幅超过23% is the growth rate of the 三农 spending (the '
      'rate or the spending). 去年达到54641万吨，连续7年增产 goes on with the topic 粮食产量. '
      '25%到40% is a range. 2.15亿农村人口: a number with its counted noun. 一个新时代 is an '
      'article; 三农 a name.',
      [(1, '（二）', '毫不放松地做好“三农”工作，巩固和加强农业基础', '（二）', 0)],
      [('近3万亿元', None, '3000000000000', '元', 'money', 'approx',
        '中央财政“三农”投入|“三农”投入', None),
       ('超过23%', None, '23', '%', 'percent', 'over',
        '年均增幅|增幅|中央财政“三农”投入|“三农”投入', None),
       ('超过1335亿元', None, '133500000000', '元', 'money', 'over', '农民负担', None,
        {'direction': 'down'}),
       ('1226亿元', None, '122600000000', '元', 'money', None,
        '生产补贴资金|农民的生产补贴资金', None),
       ('25%到40%', None, '25', '%', 'percent', None, '最低收购价|小麦、稻谷最低收购价', None,
        {'direction': 'up'}),
       ('54641万吨', None, '546410000', '吨', 'measure', None, '粮食产量', None),
       ('7年', '连续7年', '7', '年', 'duration', None, '粮食产量', None),
       ('5919元', None, '5919', '元', 'money', None, '农民人均纯收入', None),
       ('7356座', None, '7356', '座', 'count', None, '大中型和重点小型水库|水库', None),
       ('2.15亿', None, '215000000', None, 'number', None, '农村人口', None)],
      [('（二）', None, 'label'),
       ('三农', '做好“三农”', 'name'),
       ('三农', '中央财政“三农”', 'name'),
       ('一个', '一个新时代', 'name')],
      [])

build('gwr_2010_national_structure',
      'corpus/gwr_national/gwr_2010_textworkshop17.txt',
      'From （二）大力调整经济结构 to 一批新兴产业快速发展。 of the 2010 national 政府工作报告 '
      '(the review of 2009: agriculture, industry), verbatim with its full-width digits, '
      'four-space indents and blank lines, final newline added. 6069万农民 and 510万沼气用户 are '
      'numbers with their counted nouns (用户 is the noun, not a measure word). 千亿斤 and 十大 '
      'are inside the names of plans (全国新增千亿斤粮食生产能力建设规划, '
      '十大重点产业调整振兴规划); 第三代 is an ordinal.',
      [(1, '（二）', '大力调整经济结构，夯实长远发展基础', '（二）', 0)],
      [('７２５３亿元', None, '725300000000', '元', 'money', None,
        '中央财政用于“三农”的支出|用于“三农”的支出|“三农”的支出', None),
       ('２１．８％', None, '21.8', '%', 'percent', None,
        '中央财政用于“三农”的支出|用于“三农”的支出|“三农”的支出', None, {'direction': 'up'}),
       ('６０６９万', None, '60690000', None, 'number', None, '农民', None),
       ('５１０万', None, '5100000', None, 'number', None, '沼气用户', None),
       ('３８万公里', None, '380000', '公里', 'measure', None, '农村公路', None),
       ('２６．６万公里', None, '266000', '公里', 'measure', None, '农村电网线路|电网线路', None),
       ('８０万户', None, '800000', '户', 'count', None, '农村危房|危房', None),
       ('９．２万户', None, '92000', '户', 'count', None, '游牧民', None),
       ('２００亿元', None, '20000000000', '元', 'money', None, '技改专项资金|专项资金', None),
       ('４４４１个', None, '4441', '个', 'count', None, '技改项目', None),
       ('２６１７万千瓦', None, '26170000', '千瓦', 'measure', None, '小火电机组', None),
       ('１６９１万吨', None, '16910000', '吨', 'measure', None, '炼钢产能|落后的炼钢产能', None),
       ('２１１３万吨', None, '21130000', '吨', 'measure', None, '炼铁产能', None),
       ('７４１６万吨', None, '74160000', '吨', 'measure', None, '水泥产能', None),
       ('１８０９万吨', None, '18090000', '吨', 'measure', None, '焦炭产能', None),
       ('１５１２亿元', None, '151200000000', '元', 'money', None,
        '中央财政用于科技的支出|用于科技的支出|科技的支出', None),
       ('３０％', None, '30', '%', 'percent', None,
        '中央财政用于科技的支出|用于科技的支出|科技的支出', None, {'direction': 'up'})],
      [('（二）', None, 'label'),
       ('三农', '“三农”工作', 'name'),
       ('三农', '用于“三农”', 'name'),
       ('千亿斤', None, 'name'),
       ('十大', None, 'name'),
       ('第三代', None, 'ordinal')],
      [])
