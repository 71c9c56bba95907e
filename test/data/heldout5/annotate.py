#!/usr/bin/python3
"""Builds the fifth batch of held-out gold files (NAME.gold.json) from hand annotations.

The annotations below were written from the clean texts and dev/ANNOTATION.md
alone, before govreport was run on these texts.  Offsets are found from a
context string that occurs exactly once in the text (the raw span inside it),
so the annotation stays readable.  Run: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldout_gold import gold_builder  # noqa: E402

build = gold_builder(HERE)


build('gwr_2012_national_review',
      'corpus/gwr_national/gwr_2012_textworkshop17.txt',
      'The first 2012 characters of the 2012 national 政府工作报告 (textworkshop17 copy: '
      'leading empty line, 4-space paragraph indents, full-width decimal points 47．2), to the '
      'end of the paragraph 推进节能减排和生态环境保护…植树造林9200多万亩。, and a final '
      'newline. A change after a level shares its topic (比上年增长9．2%, 比上年增加1839亿元, '
      '连续5年超万亿斤). 8月份 and 下半年 have no certain year here (no period is stated): no '
      'date. 二期 is an ordinal. Note: two lines of output for this paragraph (6398万/60万) '
      'were seen in a diff while batch 1 was fixed, before this annotation.',
      [(1, '一、', '2011年工作回顾', '一、2011年', 0),
       (2, '（一）', '加强和改善宏观调控，遏制物价过快上涨，实现经济平稳较快发展', '（一）', 0),
       (2, '（二）', '加快转变经济发展方式，提高发展的协调性和产业的竞争力', '（二）', 0)],
      [('47．2万亿元', None, '47200000000000', '元', 'money', None, '国内生产总值', None),
       ('9．2%', None, '9.2', '%', 'percent', None, '国内生产总值', None, {'direction': 'up'}),
       ('10．37万亿元', None, '10370000000000', '元', 'money', None, '公共财政收入', None),
       ('24．8%', None, '24.8', '%', 'percent', None, '公共财政收入', None, {'direction': 'up'}),
       ('57121万吨', None, '571210000', '吨', 'measure', None, '粮食产量', None),
       ('1221万人', None, '12210000', '人', 'count', None, '城镇新增就业|新增就业|就业', None),
       ('8．4%', None, '8.4', '%', 'percent', None, '城镇居民人均可支配收入', None, {'direction': 'up'}),
       ('11．4%', None, '11.4', '%', 'percent', None, '农村居民人均纯收入', None, {'direction': 'up'}),
       ('超过1万亿元', None, '1000000000000', '元', 'money', 'over', '中央财政“三农”支出|“三农”支出', None),
       ('1839亿元', None, '183900000000', '元', 'money', None, '中央财政“三农”支出|“三农”支出', None, {'direction': 'up'}),
       ('5年', '连续5年', '5', '年', 'duration', None, '粮食总产量', None),
       ('超万亿斤', None, '1000000000000', '斤', 'measure', 'over', '粮食总产量', None),
       ('6398万', None, '63980000', None, 'number', None, '农村人口', None),
       ('60万', None, '600000', None, 'number', None, '无电地区人口', None),
       ('150亿元', None, '15000000000', '元', 'money', None, '中央预算投资', None),
       ('4000多个', None, '4000', '个', 'count', 'over', '项目', None),
       ('3000亿元', None, '300000000000', '元', 'money', None, '总投资', None),
       ('2．9亿千瓦', None, '290000000', '千瓦', 'measure', None, '清洁能源发电装机', None),
       ('3356万千瓦', None, '33560000', '千瓦', 'measure', None, '清洁能源发电装机', None, {'direction': 'up'}),
       ('1100万吨', None, '11000000', '吨', 'measure', None, '城镇污水日处理能力', None),
       ('5000多万千瓦', None, '50000000', '千瓦', 'measure', 'over', '新增燃煤发电机组|燃煤发电机组', None),
       ('1．5亿吨', None, '150000000', '吨', 'measure', None, '水泥产能|落后的水泥产能', None),
       ('3122万吨', None, '31220000', '吨', 'measure', None, '炼铁产能', None),
       ('1925万吨', None, '19250000', '吨', 'measure', None, '焦炭产能', None),
       ('9200多万亩', None, '92000000', '亩', 'measure', 'over', '植树造林', None)],
      [('第十一届', None, 'ordinal'),
       ('第五次', None, 'ordinal'),
       ('一、', '一、2011年', 'label'),
       ('过去的一年', None, 'time'),
       ('十二五', '“十二五”时期', 'name'),
       ('一年来', None, 'time'),
       ('（一）', None, 'label'), ('（二）', None, 'label'),
       ('三农', None, 'name'),
       ('八连增', None, 'name'),
       ('三网融合', None, 'name'),
       ('十二五', '“十二五”节能', 'name'),
       ('二期', None, 'ordinal')],
      [('2012', '\n2012政府', '2012'),
       ('2012年3月5日', None, '2012-03-05'),
       ('2011年', '一、2011年', '2011')])

build('2019_maguan_jiaotongju_bracketyear',
      'corpus/xxgk_excerpts/2019_maguan_jiaotongju_bracketyear.txt',
      'Clean text: the site chrome above the title (今天是:, 欢迎访问…, 无障碍浏览 长者模式, '
      'the breadcrumb 当前位置…) and the 来源/更新时间 line dropped; the rest verbatim (cut '
      'off inside 马关县人民政). 【2019】 is a year. The three 余条 counts after 70余条,其中 have '
      'parent 70余条. 12345 is the hotline.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '政府信息公开工作机构和人员设置情况', '(一)', 0),
       (2, '(二)', '建立健全政府信息公开工作制度情况', '(二)', 0),
       (2, '(三)', '政府信息公开载体的建设、运行情况', '(三)', 0),
       (2, '(四)', '重点领域政府信息公开工作情况', '(四)', 0)],
      [('13项', None, '13', '项', 'count', None, '制度|政府信息公开制度', None),
       ('70余条', None, '70', '条', 'count', 'over', '各类政府信息|政府信息', None, {'key': 't'}),
       ('20余条', '各类信息20余条', '20', '条', 'count', 'over', '各类信息', 't'),
       ('30余条', None, '30', '条', 'count', 'over', '信息', 't'),
       ('20余条', '媒体公开信息20余条', '20', '条', 'count', 'over', '信息', 't')],
      [('一、', None, 'label'), ('(一)', None, 'label'), ('(二)', None, 'label'),
       ('(三)', None, 'label'), ('(四)', None, 'label'),
       ('12345', None, 'phone')],
      [('2019', '【2019】', '2019'),
       ('2019年', '交通运输局2019年', '2019'),
       ('2019年', '2019年我局', '2019')])

build('2021_shanxi_waiban',
      'corpus/xxgk_excerpts/2021_shanxi_waiban.txt',
      'Clean source, kept verbatim (cut off after 微信公众号发布). 主动公开方面。 has no '
      'numbering: not a heading.',
      [(1, '一、', '总体情况', '一、总体情况', 0)],
      [('713条', None, '713', '条', 'count', None, '信息', None)],
      [('国务院令第711号', None, 'docno'),
       ('国办公开办函〔2019〕60号', None, 'docno'),
       ('http://wsb.shanxi.gov.cn', None, 'url'),
       ('366号', None, 'address'),
       ('030001', None, 'postcode'),
       ('0351-4031583', None, 'phone'),
       ('一、', None, 'label'),
       ('十四五', None, 'name')],
      [('2021年', '\n2021年政府', '2021'),
       ('2021年1月1日', None, '2021-01-01'),
       ('12月31日', None, '2021-12-31'),
       ('2021年', '2021年,省外事办深入', '2021'),
       ('2021年', '省外事办2021年', '2021'),
       ('2021年', '2021年,省外事办积极', '2021')])

build('2023_ganzhou_dongjie_jiedao_metaheader',
      'corpus/xxgk_excerpts/2023_ganzhou_dongjie_jiedao_metaheader.txt',
      'Clean text: the breadcrumb (当前位置…) and the portal metadata block (发表日期, 索引号, '
      '发文字号, 关键词, 公开形式, 生成日期) dropped as site chrome; the title and the body '
      'verbatim (indents and trailing spaces kept; cut off after 保障发布信息).',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开情况', '(一)主动公开情况', 0),
       (2, '(二)', '依申请公开情况', '(二)依申请公开情况', 0),
       (2, '(三)', '政府信息管理情况', '(三)政府信息管理情况', 0)],
      [('0件', '依申请公开0件', '0', '件', 'count', None, '依申请公开', None),
       ('0件', '办结0件', '0', '件', 'count', None, '办结', None)],
      [('一、', None, 'label'), ('(一)', None, 'label'), ('(二)', None, 'label'),
       ('(三)', None, 'label'), ('三审三校', None, 'name')],
      [('2023年度', None, '2023'),
       ('2023年', '2023年,东街街道认真', '2023'),
       ('2023年', '2023年,东街街道政府', '2023'),
       ('2023年', '2023年,街道', '2023'),
       ('2023年', '2023年,东街街道严格', '2023')])
