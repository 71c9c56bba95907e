#!/usr/bin/python3
"""Builds the sixth batch of held-out gold files (NAME.gold.json) from hand annotations.

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


build('gwr_2017_national_targets',
      'corpus/gwr_national/gwr_2017_wikisource.txt',
      'The section 二、2017年工作总体部署 of the 2017 national 政府工作报告, to 定地位。 '
      '(the targets and the fiscal and monetary policy). Repair: three lines holding only a '
      'zero-width space (U+200B) that split sentences in the scrape were removed (城镇新增'
      '\\n\\u200b\\n就业 → 城镇新增就业); the rest verbatim, M\\n2\\n kept as in heldout3. Targets '
      'with 左右/以上/以内 carry their qualifier; 不低于5% is over. 中央/地方财政赤字 are 其中 '
      'items of 财政赤字2.38万亿元; 减少…3500亿元左右、…约2000亿元 share the change.',
      [(1, '二、', '2017年工作总体部署', '二、2017年', 0)],
      [('6.5%左右', None, '6.5', '%', 'percent', 'approx', '国内生产总值', None, {'direction': 'up'}),
       ('3%左右', None, '3', '%', 'percent', 'approx', '居民消费价格涨幅', None),
       ('1100万人以上', None, '11000000', '人', 'count', 'over', '城镇新增就业|新增就业|就业', None),
       ('4.5%以内', None, '4.5', '%', 'percent', 'under', '城镇登记失业率', None),
       ('3.4%以上', None, '3.4', '%', 'percent', 'over', '单位国内生产总值能耗|能耗', None, {'direction': 'down'}),
       ('100万人', '多100万人', '1000000', '人', 'count', None, '城镇新增就业预期目标|就业预期目标', None, {'direction': 'up'}),
       ('3%', '拟按3%', '3', '%', 'percent', None, '赤字率', None),
       ('2.38万亿元', None, '2380000000000', '元', 'money', None, '财政赤字', None, {'key': 't'}),
       ('2000亿元', '增加2000亿元', '200000000000', '元', 'money', None, '财政赤字', None, {'direction': 'up'}),
       ('1.55万亿元', None, '1550000000000', '元', 'money', None, '中央财政赤字', 't'),
       ('8300亿元', None, '830000000000', '元', 'money', None, '地方财政赤字', 't'),
       ('8000亿元', None, '800000000000', '元', 'money', None, '地方专项债券', None),
       ('3500亿元左右', None, '350000000000', '元', 'money', 'approx', '企业税负', None, {'direction': 'down'}),
       ('约2000亿元', None, '200000000000', '元', 'money', 'approx', '涉企收费', None, {'direction': 'down'}),
       ('9.5%', None, '9.5', '%', 'percent', None, '对地方一般性转移支付规模|一般性转移支付规模', None, {'direction': 'up'}),
       ('不低于5%', None, '5', '%', 'percent', 'over', '幅度|压减一般性支出|一般性支出', None),
       ('12%左右', None, '12', '%', 'percent', 'approx', '社会融资规模余额|广义货币|社会融资规模余额预期增长', None)],
      [('第十九次', None, 'ordinal'),
       ('十八大', None, 'name'),
       ('十八届三中、四中、五中、六中全会', None, 'name'),
       ('三个代表', None, 'name'),
       ('五位一体', None, 'name'),
       ('四个全面', None, 'name'),
       ('十九大', None, 'name'),
       ('三公', None, 'name'),
       ('2', 'M\n2\n', 'name'),
       ('三农', None, 'name')],
      [('2017年', None, '2017')])

build('2018_anhui_spaminjected',
      'corpus/xxgk_excerpts/2018_anhui_spaminjected.txt',
      'Repair: the injected brand bob最新官网 removed (3 times), the filtered 习新时代 restored '
      'to 习近平新时代, the page line 发布时间…人气…作者:admin dropped as site chrome; the rest '
      'verbatim (cut off after 印发工作要点). No numbered headings in the excerpt. 百项 is inside '
      'a quoted campaign name.',
      [],
      [('四个', None, '4', '个', 'count', None, '方面', None),
       ('24项', None, '24', '项', 'count', None, '重点工作任务', None)],
      [('十九大', None, 'name'),
       ('十九届二中、三中全会', None, 'name'),
       ('百项', None, 'name'),
       ('皖政务办〔2018〕1号', None, 'docno')],
      [('2018年', '人民政府2018年', '2018'),
       ('2018年', '\n2018年,安', '2018'),
       ('2018年度', None, '2018'),
       ('2018年', '印发2018年政务', '2018')])

build('2015_luan_spaminjected',
      'corpus/xxgk_excerpts/2015_luan_spaminjected.txt',
      'Repair: the SEO spam 比分直播,篮球比分直播 put back as 关于 (3 times, inside document '
      'titles); the page chrome lines (浏览次数…发布时间…, 字号 下载 我要纠错 打印 收藏) dropped; '
      'the rest verbatim (cut off inside the title 《…2014年度政府信息公开自评总结). No quantity: '
      'a test of not-facts. (一) runs into its body with no punctuation. 1月6日 takes the '
      "report's year (2015).",
      [(1, '一、', '概述', '一、概述', 0),
       (2, '(一)', '切实加强组织领导', '(一)', 0)],
      [],
      [('国办发〔2015〕22号', None, 'docno'),
       ('皖政办〔2015〕23号', None, 'docno'),
       ('7号楼406室', None, 'address'),
       ('0564--3374099', None, 'phone'),
       ('237000', None, 'postcode'),
       ('一、', None, 'label'),
       ('十八大', None, 'name'),
       ('十八届三中、四中、五中全会', None, 'name'),
       ('(一)', None, 'label')],
      [('2015年', '六安市2015年', '2015'),
       ('2015年', '印发2015年政府', '2015'),
       ('2015年', '印发2015年全省', '2015'),
       ('2015年1月1日', None, '2015-01-01'),
       ('12月31日', None, '2015-12-31'),
       ('2015年', '  2015年,在', '2015'),
       ('2015年', '组织领导2015年', '2015'),
       ('1月6日', None, '2015-01-06'),
       ('2014年度', None, '2014')])

build('2023_xixian_beidu_jiedao_mirror',
      'corpus/xxgk_excerpts/2023_xixian_beidu_jiedao_mirror.txt',
      'Clean source, kept verbatim (a mirror that copied the report text only; cut off inside '
      '不良和). 2023全年 has lost its 年: the year 2023 is a date. 村社两级网评队伍: the tiers are '
      'named, not counted (like 三类 in dev/gold).',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开', '(一)主动公开', 0),
       (2, '(二)', '依申请公开', '(二)依申请公开', 0),
       (2, '(三)', '政府信息管理', '(三)政府信息管理', 0),
       (2, '(四)', '平台建设', '(四)平台建设', 0),
       (2, '(五)', '监督保障', '(五)监督保障', 0)],
      [('21项', None, '21', '项', 'count', None, '高频民生事项清单|高频民生事项', None)],
      [('一、', None, 'label'), ('(一)', None, 'label'), ('(二)', None, 'label'),
       ('(三)', None, 'label'), ('(四)', None, 'label'), ('(五)', None, 'label'),
       ('两级', None, 'name')],
      [('2023年', '开展2023年', '2023'),
       ('2023年', '办事处2023年政府', '2023'),
       ('2023年', '》。2023年', '2023'),
       ('2023年', '2023年我办', '2023'),
       ('2023年', ',2023年无', '2023'),
       ('2023', '2023全年', '2023'),
       ('2023年', '2023年建立', '2023'),
       ('2023年度', None, '2023')])

build('gwr_2021_national_targets',
      'corpus/gwr_national/gwr_2021_wikisource.txt',
      'From the paragraph 今年是我国现代化建设进程中具有特殊重要性的一年 of the 2021 national '
      '政府工作报告 to 确保市场主体应享尽享。 (the targets, fiscal policy and tax cuts). Repair: '
      'one line holding only a zero-width space that split a sentence (设定\\n\\u200b\\n为6%以上) '
      'removed; the rest verbatim, final newline. （一） is the top level used in the excerpt. '
      '100周年 is an anniversary. 从10万元提高到15万元: two amounts, no direction (a level '
      'reached). Note: the 2.8万亿元 line of this section was seen in a diff while batch 3 was '
      'fixed, before this annotation.',
      [(1, '（一）', '保持宏观政策连续性稳定性可持续性，促进经济运行在合理区间', '（一）', 0)],
      [('6%以上', '增长6%以上', '6', '%', 'percent', 'over', '国内生产总值', None, {'direction': 'up'}),
       ('1100万人以上', None, '11000000', '人', 'count', 'over', '城镇新增就业|新增就业|就业', None),
       ('5.5%左右', None, '5.5', '%', 'percent', 'approx', '城镇调查失业率', None),
       ('3%左右', '涨幅3%左右', '3', '%', 'percent', 'approx', '居民消费价格涨幅', None),
       ('3%左右', '降低3%左右', '3', '%', 'percent', 'approx', '单位国内生产总值能耗|能耗', None, {'direction': 'down'}),
       ('1.3万亿斤以上', None, '1300000000000', '斤', 'measure', 'over', '粮食产量', None),
       ('6%以上', '设定为6%以上', '6', '%', 'percent', 'over', '今年预期目标|预期目标|经济增速', None),
       ('3.2%左右', None, '3.2', '%', 'percent', 'approx', '赤字率', None),
       ('7.8%', None, '7.8', '%', 'percent', None, '对地方一般性转移支付|一般性转移支付', None, {'direction': 'up'}),
       ('超过10%', None, '10', '%', 'percent', 'over', '增幅|均衡性转移支付、县级基本财力保障机制奖补资金', None),
       ('2.8万亿元', None, '2800000000000', '元', 'money', None, '中央财政资金', None),
       ('10万元', None, '100000', '元', 'money', None, '月销售额|小规模纳税人增值税起征点', None),
       ('15万元', None, '150000', '元', 'money', None, '小规模纳税人增值税起征点|月销售额', None),
       ('不到100万元', None, '1000000', '元', 'money', 'under', '年应纳税所得额', None)],
      [('十九大', None, 'name'),
       ('十九届二中、三中、四中、五中全会', None, 'name'),
       ('六稳', None, 'name'),
       ('六保', None, 'name'),
       ('十四五', None, 'name'),
       ('100周年', None, 'ordinal'),
       ('（一）', None, 'label')],
      [])
