#!/usr/bin/python3
"""Builds the third batch of held-out gold files (NAME.gold.json) from hand annotations.

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


# ---------------------------------------------------------------- 政府工作报告
build('gwr_2022_national_review',
      'corpus/gwr_national/gwr_2022_wikisource.txt',
      'The first 1874 characters of the 2022 national 政府工作报告 (title to the end of the '
      'paragraph 二是优化和落实助企纾困政策…企业综合融资成本稳中有降。), verbatim with the '
      'wikisource blank lines and the PM 2.5 line breaks, and a final newline. A change '
      'right after a level (国内生产总值达到114万亿元，增长8.1%) shares its topic. 一百周年, '
      '第三个, 第一批 are ordinals; 第一个百年/第二个百年 and PM 2.5 are names. 数亿人 (no '
      'definite value) is not annotated. 近千万家庭 and 上亿市场主体: kind number, the noun as '
      'subject. Note: a few lines of this report were seen in a diff while batch 1 was fixed '
      '(近千万家庭), before this annotation.',
      [(1, '一、', '2021年工作回顾', '一、2021年', 0)],
      [('114万亿元', None, '114000000000000', '元', 'money', None, '国内生产总值', None),
       ('8.1%', '增长8.1%。全国', '8.1', '%', 'percent', None, '国内生产总值', None, {'direction': 'up'}),
       ('突破20万亿元', None, '20000000000000', '元', 'money', 'over', '全国财政收入|财政收入', None),
       ('10.7%', None, '10.7', '%', 'percent', None, '全国财政收入|财政收入', None, {'direction': 'up'}),
       ('1269万人', None, '12690000', '人', 'count', None, '城镇新增就业|新增就业|就业', None),
       ('5.1%', '平均为5.1%', '5.1', '%', 'percent', None, '城镇调查失业率', None),
       ('0.9%', None, '0.9', '%', 'percent', None, '居民消费价格', None, {'direction': 'up'}),
       ('15.5%', None, '15.5', '%', 'percent', None, '企业研发经费', None, {'direction': 'up'}),
       ('1.37万亿斤', None, '1370000000000', '斤', 'measure', None, '粮食产量', None),
       ('18.2%', None, '18.2', '%', 'percent', None, '高技术制造业增加值', None, {'direction': 'up'}),
       ('超过1.5亿户', None, '150000000', '户', 'count', 'over', '市场主体总量|市场主体', None),
       ('21.4%', None, '21.4', '%', 'percent', None, '货物进出口总额', None, {'direction': 'up'}),
       ('9.1%', None, '9.1', '%', 'percent', None, '平均浓度|细颗粒物平均浓度', None, {'direction': 'down'}),
       ('8.1%', '实际增长8.1%', '8.1', '%', 'percent', None, '居民人均可支配收入', None, {'direction': 'up'}),
       ('5.6万个', None, '56000', '个', 'count', None, '城镇老旧小区', None),
       ('近千万', None, '10000000', None, 'number', 'approx', '家庭', None),
       ('超过85%', None, '85', '%', 'percent', 'over', '疫苗全程接种覆盖率', None),
       ('2.8万亿元', None, '2800000000000', '元', 'money', None, '中央财政资金', None),
       ('两次', '两次全面降准', '2', '次', 'count', None, '全面降准|降准', None),
       ('上亿', None, '100000000', None, 'number', 'over', '市场主体', None),
       ('超过1万亿元', None, '1000000000000', '元', 'money', 'over', '新增减税降费|减税降费', None),
       ('4.76万亿元', None, '4760000000000', '元', 'money', None, '纳税|涉税市场主体', None),
       ('27.3%', None, '27.3', '%', 'percent', None, '普惠小微企业贷款|银行业金融机构普惠小微企业贷款', None, {'direction': 'up'}),
       ('超过40%', None, '40', '%', 'percent', 'over', '普惠小微企业贷款增幅|大型商业银行普惠小微企业贷款增幅', None)],
      [('第十三届', None, 'ordinal'),
       ('第五次', None, 'ordinal'),
       ('一、', '一、2021年', 'label'),
       ('过去一年', '过去一年是', 'time'),
       ('一百周年', None, 'ordinal'),
       ('十九届六中全会', None, 'name'),
       ('第三个', None, 'ordinal'),
       ('第一个百年', None, 'name'),
       ('第二个百年', None, 'name'),
       ('一年来', None, 'time'),
       ('十四五', None, 'name'),
       ('一带一路', None, 'name'),
       ('2.5', None, 'name'),
       ('第一批', None, 'ordinal'),
       ('过去一年', '回顾过去一年', 'time'),
       ('六稳', None, 'name'),
       ('六保', None, 'name'),
       ('一是', None, 'label'),
       ('二是', None, 'label')],
      [('2022年3月5日', None, '2022-03-05'),
       ('2021年', '一、2021年', '2021'),
       ('2013年', None, '2013')])

# ---------------------------------------------------------------- 2021 format
build('2023_xixian_zhengyang_jiedao_wrongnumbering',
      'corpus/xxgk_excerpts/2023_xixian_zhengyang_jiedao_wrongnumbering.txt',
      'Clean source, kept verbatim (site header 正阳街道 and the title as laid out; cut off '
      'inside 主要平). Top level numbered 1、 and its items numbered 1、 again (flattened Word '
      'numbering): 1、 总体情况 is level 1, the four run-in items under it level 2. 四十余条: '
      'Chinese numeral with 余.',
      [(1, '1、', '总体情况', '1、 总体情况', 0),
       (2, '1、', '主动公开', '1、 主动公开', 0),
       (2, '2、', '依申请公开', '2、 依申请公开', 0),
       (2, '3、', '政府信息管理', '3、 政府信息管理', 0),
       (2, '4、', '政府信息公开平台建设', '4、 政府信息公开平台建设', 0)],
      [('四十余条', None, '40', '条', 'count', 'over', '各类信息', None)],
      [('1、', '1、 总体情况', 'label'), ('1、', '1、 主动公开', 'label'),
       ('2、', None, 'label'), ('3、', None, 'label'), ('4、', None, 'label'),
       ('二十大', None, 'name')],
      [('2023年', '正阳街道办事处2023年', '2023'),
       ('2023年', '\n2023年政府', '2023'),
       ('2023年1月1日', None, '2023-01-01'),
       ('12月31日', None, '2023-12-31'),
       ('2023年度', '2023年度,正阳街道以', '2023'),
       ('2023年度', '2023年度,正阳街道办事处', '2023')])

build('2022_harbin_daoli_jingwei_jiedao',
      'corpus/xxgk_excerpts/2022_harbin_daoli_jingwei_jiedao.txt',
      'Clean source, kept verbatim (cut off after 日常工作由街道). No quantity in the excerpt: '
      'a test of not-facts (document number, URL, address, postcode, phone).',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开', '(一)主动公开', 0),
       (2, '(二)', '依申请公开', '(二)依申请公开', 0),
       (2, '(三)', '政府信息管理', '(三)政府信息管理', 0),
       (2, '(四)', '政府信息公开平台建设', '(四)政府信息公开平台建设', 0),
       (2, '(五)', '监督保障', '(五)监督保障', 0)],
      [],
      [('国办公开办函〔2021〕30号', None, 'docno'),
       ('http://www.hrbdl.gov.cn', None, 'url'),
       ('27号', None, 'address'),
       ('150016', None, 'postcode'),
       ('0451-84545823', None, 'phone'),
       ('一、', '一、总体情况', 'label'),
       ('(一)', None, 'label'), ('(二)', None, 'label'), ('(三)', None, 'label'),
       ('(四)', None, 'label'), ('(五)', None, 'label')],
      [('2022年', '办事处2022年政府', '2022'),
       ('2022年', '总结2022年', '2022'),
       ('2022年1月1日', None, '2022-01-01'),
       ('2022年12月31日', None, '2022-12-31'),
       ('2022年', '2022年经纬', '2022')])

# ---------------------------------------------------------------- 2019 template
build('2019_yueyang_nanhu_bureau_2019template',
      'corpus/xxgk_excerpts/2019_yueyang_nanhu_bureau_2019template.txt',
      'Clean source, kept verbatim up to the heading 二、主动公开政府信息情况 (the tables after '
      'it are left out of this prose set). 1、2、3、 are level-2 run-in headings.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '1、', '强化组织领导', '1、强化', 0),
       (2, '2、', '主动公开信息情况', '2、主动', 0),
       (2, '3、', '依申请公开信息情况', '3、依申请', 0)],
      [('25条', None, '25', '条', 'count', None, '信息', None),
       ('3条', None, '3', '条', 'count', None, '依申请公开信息', None),
       ('100%', None, '100', '%', 'percent', None, '答复率', None)],
      [('一、', None, 'label'), ('1、', None, 'label'), ('2、', None, 'label'),
       ('3、', None, 'label')],
      [('2019年', None, '2019')])

# ---------------------------------------------------------------- older format
build('sample_fanwen_pinggu_numbersplit',
      'corpus/xxgk_excerpts/sample_fanwen_pinggu_numbersplit.txt',
      'Clean text: the truncation mark \' ...\' and the trailing 附件列表 line dropped (forum '
      'chrome), final newline; the rest verbatim, with the numbers split from their units by '
      'line breaks (5928\\n条). The year digits were stripped by the forum (年\\n5月1日起, '
      '截至年底): no date is certain, none is annotated. 2110条 is a 其中 item of 5928条.',
      [(1, '一、', '概述', '一、概述', 0),
       (1, '二、', '主动公开政府信息情况', '二、主动', 0)],
      [('132名', None, '132', '名', 'count', None, '专、兼职工作人员|工作人员', None),
       ('50个', None, '50', '个', 'count', None, '专门的信息申请受理点|信息申请受理点', None),
       ('5928\n条', None, '5928', '条', 'count', None, '政府信息', None, {'key': 't'}),
       ('90.3%', None, '90.3', '%', 'percent', None, '全文电子化率', None),
       ('2110\n条', None, '2110', '条', 'count', None, '本年度新增主动公开政府信息|政府信息', 't')],
      [('一、', None, 'label'), ('二、', None, 'label')],
      [])
