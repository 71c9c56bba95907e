#!/usr/bin/python3
"""Builds the fourth batch of held-out gold files (NAME.gold.json) from hand annotations.

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


build('2019_shanghai_bangongting_full_prose',
      'corpus/xxgk_full/2019_shanghai_shizhengfu_bangongting_xxgk_nb.txt',
      'A FULL 2019-template report: its prose part, from the title to the heading '
      '二、主动公开政府信息情况 (the tables after it are left out of this prose set); the portal '
      'line 发布日期：2020-01-31 dropped as site chrome. The outcome counts 予以公开及部分公开'
      '258件… follow a new sentence with no 其中/含/在…中 marker: no parent (the dev/gold '
      'changchun text had 所有答复件中). 含上年度结转申请18件 is an item of 805件; 另有72件 is '
      'not. 10月29日 and 4月9日 take the year of the report (2019). 播放量超2300万 and 用户已'
      '突破550万 have no measure word: kind number. 2019 inside the title 《…2019上海再出发》 is '
      'a year. Note: one line of this report (突破550万) was seen in a diff while batch 1 was '
      'fixed, before this annotation.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '（一）', '主动公开方面', '（一）主动公开方面', 0),
       (2, '（二）', '依申请公开方面', '（二）依申请公开方面', 0),
       (2, '（三）', '政府信息管理方面', '（三）政府信息管理方面', 0),
       (2, '（四）', '平台建设方面', '（四）平台建设方面', 0),
       (2, '（五）', '监督保障方面', '（五）监督保障方面', 0)],
      [('13件', None, '13', '件', 'count', None, '规章', None),
       ('60件', None, '60', '件', 'count', None, '行政规范性文件', None),
       ('162件', None, '162', '件', 'count', None, '市政府其他文件', None),
       ('141件', None, '141', '件', 'count', None, '人事任免文件', None),
       ('三项', None, '3', '项', 'count', None, '新的重大任务|重大任务', None),
       ('53个', None, '53', '个', 'count', None, '部门', None),
       ('2261项', None, '2261', '项', 'count', None, '事项', None),
       ('0.34%', None, '0.34', '%', 'percent', None, '差评数', None),
       ('99.58%', None, '99.58', '%', 'percent', None, '好评数', None),
       ('132件', None, '132', '件', 'count', None, '政策解读', None),
       ('38次', None, '38', '次', 'count', None, '权威发布|重要议题', None),
       ('859件', None, '859', '件', 'count', None, '政府信息公开申请', None),
       ('12.3%', None, '12.3', '%', 'percent', None, '申请数量', None, {'direction': 'down'}),
       ('805件', None, '805', '件', 'count', None, '政府信息公开申请', None, {'key': 't'}),
       ('18件', None, '18', '件', 'count', None, '上年度结转申请', 't'),
       ('72件', None, '72', '件', 'count', None, '申请', None),
       ('258件', None, '258', '件', 'count', None, '予以公开及部分公开', None),
       ('33.9%', None, '33.9', '%', 'percent', None, '予以公开及部分公开', None),
       ('35件', None, '35', '件', 'count', None, '不予公开', None),
       ('4.34%', None, '4.34', '%', 'percent', None, '不予公开', None),
       ('265件', None, '265', '件', 'count', None, '因本机关不掌握等原因无法提供', None),
       ('32.9%', None, '32.9', '%', 'percent', None, '因本机关不掌握等原因无法提供', None),
       ('158件', None, '158', '件', 'count', None, '不予处理', None),
       ('19.6%', None, '19.6', '%', 'percent', None, '不予处理', None),
       ('0件', '其他处理0件', '0', '件', 'count', None, '其他处理', None),
       ('7件', None, '7', '件', 'count', None, '信息公开类行政复议|行政复议', None),
       ('9件', '诉讼9件', '9', '件', 'count', None, '诉讼', None),
       ('90.2%', None, '90.2', '%', 'percent', None, '市政府公文主动公开率|主动公开率', None),
       ('五个', '浦东五个', '5', '个', 'count', None, '国家试点区', None),
       ('五个', '同时将五个', '5', '个', 'count', None, '试点区', None),
       ('十一个', None, '11', '个', 'count', None, '区', None),
       ('八个', None, '8', '个', 'count', None, '领域', None),
       ('24期', None, '24', '期', 'count', None, '公报', None),
       ('112件', None, '112', '件', 'count', None, '政府规章、规范性文件|规范性文件', None),
       ('45件', None, '45', '件', 'count', None, '部门规范性文件', None),
       ('83件', None, '83', '件', 'count', None, '政策解读', None),
       ('两条', None, '2', '条', 'count', None, '微信', None),
       ('180万次', None, '1800000', '次', 'count', None, '阅读量', None),
       ('41条', None, '41', '条', 'count', None, '短视频', None),
       ('超2300万', None, '23000000', None, 'number', 'over', '播放量|短视频播放量', None),
       ('26%', None, '26', '%', 'percent', None, '短视频播放量|播放量', None),
       ('突破550万', None, '5500000', None, 'number', 'over', '“上海发布”微信公众号用户|微信公众号用户', None),
       ('突破770万', None, '7700000', None, 'number', 'over', '微博粉丝', None),
       ('70家', None, '70', '家', 'count', None, '政府网站', None)],
      [('www.shanghai.gov.cn', None, 'url'),
       ('一、', '一、总体情况', 'label'),
       ('（一）', None, 'label'), ('（二）', None, 'label'), ('（三）', None, 'label'),
       ('（四）', None, 'label'), ('（五）', None, 'label'),
       ('一网通办', None, 'name', 1), ('一网通办', None, 'name', 2),
       ('一网通办', None, 'name', 3), ('一网通办', None, 'name', 4),
       ('三同步', None, 'name'),
       ('一图读懂', None, 'name'),
       ('12345', None, 'phone'),
       ('五公开', None, 'name'),
       ('第二届', None, 'ordinal'),
       ('两会', None, 'name'),
       ('H5', None, 'name'),
       ('第一', '总榜第一', 'ordinal'),
       ('第一名', None, 'ordinal'),
       ('第三方', None, 'name'),
       ('上一年度', None, 'time')],
      [('2019年', '2019年上海市人民政府办公厅政府', '2019'),
       ('2019年1月1日', None, '2019-01-01'),
       ('12月31日', None, '2019-12-31'),
       ('2019年', '2019年，上海市', '2019'),
       ('2019年', '2019年，通过', '2019'),
       ('2019年', '2019年部门预算', '2019'),
       ('2018年', '2018年部门决算', '2018'),
       ('2019年度', None, '2019'),
       ('2018年度', None, '2018'),
       ('10月29日', None, '2019-10-29'),
       ('4月9日', None, '2019-04-09'),
       ('2019', '2019上海再出发', '2019')])

build('gwr_2025_national_review',
      'corpus/gwr_national/gwr_2025_wikisource.txt',
      'The first 1062 characters of the 2025 national 政府工作报告 (from 各位代表 to the end of '
      'the paragraph “进”的步伐坚实有力…不断扩容升级。), verbatim with the wikisource blank '
      'lines, and a final newline. 分别增长8.9%、7.7%: each share takes its own noun. 上升至/提高到 '
      'are levels. 75周年 is an anniversary (ordinal), PM2.5 a name.',
      [(1, '一、', '2024年工作回顾', '一、2024年', 0)],
      [('134.9万亿元', None, '134900000000000', '元', 'money', None, '国内生产总值', None),
       ('5%', '增长5%', '5', '%', 'percent', None, '国内生产总值', None, {'direction': 'up'}),
       ('30%左右', None, '30', '%', 'percent', 'approx', '对全球经济增长的贡献率|贡献率', None),
       ('1256万人', None, '12560000', '人', 'count', None, '城镇新增就业|新增就业|就业', None),
       ('5.1%', '平均为5.1%', '5.1', '%', 'percent', None, '城镇调查失业率', None),
       ('0.2%', None, '0.2', '%', 'percent', None, '居民消费价格', None, {'direction': 'up'}),
       ('超过3.2万亿美元', None, '3200000000000', '美元', 'money', 'over', '外汇储备', None),
       ('5.1%', '实际增长5.1%', '5.1', '%', 'percent', None, '居民人均可支配收入', None, {'direction': 'up'}),
       ('1.4万亿斤', None, '1400000000000', '斤', 'measure', None, '粮食产量', None),
       ('10.1斤', None, '10.1', '斤', 'measure', None, '亩产', None, {'direction': 'up'}),
       ('8.9%', None, '8.9', '%', 'percent', None, '高技术制造业增加值|高技术制造业', None, {'direction': 'up'}),
       ('7.7%', None, '7.7', '%', 'percent', None, '装备制造业增加值|装备制造业', None, {'direction': 'up'}),
       ('突破1300万辆', None, '13000000', '辆', 'count', 'over', '新能源汽车年产量', None),
       ('10.9%', None, '10.9', '%', 'percent', None, '信息传输软件和信息技术服务业增加值|信息传输软件和信息技术服务业', None, {'direction': 'up'}),
       ('10.4%', None, '10.4', '%', 'percent', None, '租赁和商务服务业增加值|租赁和商务服务业', None, {'direction': 'up'}),
       ('11.2%', None, '11.2', '%', 'percent', None, '技术合同成交额', None, {'direction': 'up'}),
       ('2.7%', None, '2.7', '%', 'percent', None, '平均浓度|细颗粒物平均浓度', None, {'direction': 'down'}),
       ('87.2%', None, '87.2', '%', 'percent', None, '优良天数比例', None),
       ('90.4%', None, '90.4', '%', 'percent', None, '地表水优良水质断面比例', None),
       ('超过3%', None, '3', '%', 'percent', 'over', '单位国内生产总值能耗降幅|能耗降幅', None),
       ('3.7亿千瓦', None, '370000000', '千瓦', 'measure', None, '可再生能源新增装机|新增装机', None)],
      [('一、', None, 'label'),
       ('过去一年', None, 'time'),
       ('二十届三中全会', None, 'name'),
       ('75周年', None, 'ordinal'),
       ('一年来', None, 'time'),
       ('嫦娥六号', None, 'name'),
       ('2.5', None, 'name'),
       ('二十届二中、三中全会', None, 'name'),
       ('一带一路', None, 'name')],
      [('2024年', None, '2024')])
