#!/usr/bin/python3
"""Builds the seventh batch of held-out gold files (NAME.gold.json) from hand annotations.

The annotations below were written from the clean texts and dev/ANNOTATION.md
alone, before govreport.facts was run on these texts.  Offsets are found from
a context string that occurs exactly once in the text (the raw span inside
it), so the annotation stays readable.  Run: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldout_gold import gold_builder  # noqa: E402

build = gold_builder(HERE)


build('2019_yunfu_bangongshi',
      'corpus/xxgk_excerpts/2019_yunfu_bangongshi.txt',
      'Clean source, kept verbatim (2019-template city office report, cut off after 坚持). '
      '2019 年 with blanks is a date. 六部分 counts the report\'s parts (subject 本报告, as in '
      'heldout5). 5大方面19项工作任务: two counts, the adjective 大 kept in the unit as written; '
      '“一把手” and 六届五次全会 are names.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '认真贯彻落实政务公开工作要点', '(一)', 0),
       (2, '(二)', '开展政府网站与政务新媒体考评工作', '(二)', 0)],
      [('六部分', None, '6', '部分', 'count', None, '本报告', None),
       ('5大方面', None, '5', '大方面', 'count', None, '工作任务|方面', None),
       ('19项', None, '19', '项', 'count', None, '工作任务', None)],
      [('一、', None, 'label'), ('(一)', None, 'label'), ('(二)', None, 'label'),
       ('一把手', None, 'name'),
       ('六届五次全会', None, 'name')],
      [('2019年', '办公室2019年政府', '2019'),
       ('2019 年', None, '2019'),
       ('2019年', '云浮市2019年政务', '2019')])

build('2014_nanjing_qinhuai',
      'corpus/xxgk_excerpts/2014_nanjing_qinhuai.txt',
      'Clean source, kept verbatim (older-format district report, preamble with phone, fax, '
      'address and postcode; cut off inside 主要负责). No quantity: a test of not-facts. The '
      'first line (the publication date) is part of the stored page and kept. 引 言 is no '
      'numbered heading; the heading 概 述 keeps its blank. 12月31日 takes the year of the '
      'period it closes.',
      [(1, '一、', '概 述', '一、概 述', 0)],
      [],
      [('84556003', None, 'phone'),
       ('84556004', None, 'phone'),
       ('太平南路69号', None, 'address'),
       ('210002', None, 'postcode'),
       ('一、', None, 'label'),
       ('十八届三中、四中全会', None, 'name'),
       ('国办发〔2014〕12号', None, 'docno')],
      [('2015年3月13日', None, '2015-03-13'),
       ('2014年1月1日', None, '2014-01-01'),
       ('12月31日', None, '2014-12-31'),
       ('2014年', '2014年我区', '2014')])

build('2008_beijing_fgw_spaminjected',
      'corpus/xxgk_excerpts/2008_beijing_fgw_spaminjected.txt',
      'Repair: the injected betting brand 滚球体育app_188篮球比分-直播|官网: removed (3 times: '
      '北京市…发展和改革委员会, 请联系:…发展改革委办公室, 《北京市…政府信息公开工作考核办法(试行)》); '
      'the rest verbatim (2008-format municipal commission report, cut off inside 做出更具). '
      '01069842187 is the office phone.',
      [(1, '一、', '概述', '一、概述', 0)],
      [('1名', None, '1', '名', 'count', None, '全职工作人员', None),
       ('8名', None, '8', '名', 'count', None, '兼职工作人员', None),
       ('1个', '设立了1个', '1', '个', 'count', None, '信息申请受理点|专门的信息申请受理点', None),
       ('1个', '开辟了1个', '1', '个', 'count', None, '公共查阅点', None)],
      [('01069842187', None, 'phone'),
       ('一、', None, 'label')],
      [('2008年度', None, '2008'),
       ('2008年5月1日', None, '2008-05-01'),
       ('2008年底', None, '2008')])

build('2024_city_365bet_hijacked',
      'corpus/xxgk_excerpts/2024_city_365bet_hijacked.txt',
      'Kept verbatim, spam included: the hijacker\'s brand 365bet(中国)官方网站 replaced the '
      'city\'s name (five times) and the name cannot be restored, so the page is annotated as a '
      'reader gets it; 365bet is a name, never a count. 2021-format city report, cut off after '
      '在线访谈23场次. The four 信息更新量 counts are listed side by side, no 其中: no parent. '
      '第一平台 is an ordinal.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开方面', '(一)', 0)],
      [('六部分', None, '6', '部分', 'count', None, '本报告', None),
       ('21813条', None, '21813', '条', 'count', None, '政务信息', None),
       ('47条', None, '47', '条', 'count', None, '概况类信息更新量|概况类信息', None),
       ('10078条', None, '10078', '条', 'count', None, '政务动态信息更新量|政务动态信息', None),
       ('696条', None, '696', '条', 'count', None, '信息公开目录信息更新量|信息公开目录信息', None),
       ('40次', None, '40', '次', 'count', None, '政策解读稿件', None),
       ('1779条', None, '1779', '条', 'count', None, '网民留言', None),
       ('23场次', None, '23', '场次', 'count', None, '在线访谈', None)],
      [('365', '365bet(中国)官方网站 2024年政府信息公开工作年度报告\n', 'name'),
       ('365', '365bet(中国)官方网站 2024年政府\n', 'name'),
       ('365', '现公布365', 'name'),
       ('365', '涵盖365', 'name'),
       ('365', '通过365', 'name'),
       ('一、', None, 'label'),
       ('二十大', None, 'name'),
       ('二十届二中、三中全会', None, 'name'),
       ('(一)', None, 'label'),
       ('第一', '第一平台', 'ordinal')],
      [('2024年', '官方网站 2024年政府信息公开工作年度报告\n365', '2024'),
       ('2024年', '2024年政府\n', '2024'),
       ('2024年', '官方网站 2024年政府信息公开工作年度报告。', '2024'),
       ('2024年', '2024年以来', '2024'),
       ('2024年', '2024年,通过', '2024')])

build('gwr_local_wenku_pagesplit_spun',
      'corpus/gwr_local_excerpts/gwr_local_wenku_pagesplit_spun.txt',
      'Kept verbatim: a document-sharing site\'s copy of a city 政府工作报告 (one line, synonym-'
      'spun: 开展 for 发展, 奉献率 for 贡献率, 根底 for 基础; placeholder XX for the city), with '
      'the site\'s page markers 第1页共18页 and 第2页共18页 inside the text (labels, not counts; '
      'the second one splits 地铁1、2号线). Ends inside a sentence. 迈过千亿大关: a bare '
      'multiplier with no unit, kind number (as 上亿市场主体), qualifier over. Each growth rate '
      'takes the subject of the amount before it. 500强, 千亿产业集群, 八连增, 两型, 十二五 are '
      'names; 全省第一 and 第三产业 ordinals/names; 的一年 is time.',
      [(1, '一、', '2023年工作回忆', '一、2023年', 0)],
      [('跨越5000亿元', None, '500000000000', '元', 'money', 'over', '地区生产总值', None),
       ('5600亿元', None, '560000000000', '元', 'money', None, '地区生产总值', None),
       ('14%以上', None, '14', '%', 'percent', 'over', '地区生产总值', None, {'direction': 'up'}),
       ('迈过千亿', None, '100000000000', None, 'number', 'over', '辖内财政收入|财政收入', None),
       ('1330亿元', None, '133000000000', '元', 'money', None, '辖内财政收入|财政收入', None),
       ('28.55%', None, '28.55', '%', 'percent', None, '辖内财政收入|财政收入', None, {'direction': 'up'}),
       ('668.11亿元', None, '66811000000', '元', 'money', None, '地方财政总收入', None),
       ('30.67%', None, '30.67', '%', 'percent', None, '地方财政总收入', None, {'direction': 'up'}),
       ('3500亿元', None, '350000000000', '元', 'money', None, '固定资产投资', None),
       ('20%以上', None, '20', '%', 'percent', 'over', '固定资产投资', None, {'direction': 'up'}),
       ('2138亿元', None, '213800000000', '元', 'money', None, '社会消费品零售总额', None),
       ('18%', '增长18%', '18', '%', 'percent', None, '社会消费品零售总额', None, {'direction': 'up'}),
       ('1800亿元', None, '180000000000', '元', 'money', None, '产值|工程机械产值', None),
       ('4.8个百分点', None, '4.8', '百分点', 'points', None, '奉献率|对经济增长的奉献率', None, {'direction': 'up'}),
       ('244.5万吨', None, '2445000', '吨', 'measure', None, '粮食生产|粮食', None),
       ('3家', None, '3', '家', 'count', None, '农业产业化国家重点龙头企业|国家重点龙头企业|龙头企业', None),
       ('突破600亿元', None, '60000000000', '元', 'money', 'over', '农产品加工销售收入', None),
       ('280个', None, '280', '个', 'count', None, '现代农业工程', None)],
      [('第1页共18页', None, 'label'),
       ('一、', None, 'label'),
       ('一年', '较多的一年', 'time'),
       ('一年', '有为的一年', 'time'),
       ('两型', None, 'name'),
       ('第十三届', None, 'ordinal'),
       ('第四次', None, 'ordinal'),
       ('十二五', None, 'name'),
       ('三一', '三一重工', 'name'),
       ('500强', None, 'name'),
       ('千亿产业集群', None, 'name'),
       ('第一', '全省第一', 'ordinal'),
       ('第三产业', None, 'name'),
       ('八连增', None, 'name'),
       ('第2页共18页', None, 'label'),
       ('1、2号线', None, 'name')],
      [('2023年1月6日', None, '2023-01-06'),
       ('2023年', '一、2023年', '2023'),
       ('2023年', '回忆2023年', '2023')])

build('2020_shanghai_bangongting_trad_noise',
      'corpus/xxgk_excerpts/2020_shanghai_bangongting_trad_noise.txt',
      'Repair: the traditional-script page (Taiwan-localised conversion: 檔案 for 文件, 入口網站 '
      'for 门户网站) converted to simplified with govreport.repair, then read against the source '
      'by hand; the injected noise 屑再仔趋 (before 市政府办公厅2020年度部门预算) removed by hand. '
      '2019-template city office report, cut off inside 证明事项清. 30周年 is an anniversary.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开方面', '(一)', 0)],
      [('12件', None, '12', '件', 'count', None, '规章', None),
       ('43件', None, '43', '件', 'count', None, '行政规范性文件', None),
       ('93件', None, '93', '件', 'count', None, '市政府其他文件|其他文件', None),
       ('142件', None, '142', '件', 'count', None, '人事任免文件', None),
       ('7项', None, '7', '项', 'count', None, '涉企事项清单', None)],
      [('30周年', None, 'ordinal'),
       ('一、', None, 'label'),
       ('(一)', None, 'label')],
      [('2020年', '2020年上海', '2020'),
       ('2020年1月1日', None, '2020-01-01'),
       ('12月31日', None, '2020-12-31'),
       ('2020年', '2020年,上海', '2020'),
       ('2020年', '2020年,通过', '2020'),
       ('2020年度', '2020年度部门预算', '2020'),
       ('2019年度', '2019年度部门决算', '2019'),
       ('2020年度', '2020年度财政', '2020'),
       ('2019年度', '2019年度财政', '2019'),
       ('2019年度', '2019年度政府', '2019'),
       ('2019年度', '2019年度承办', '2019')])

build('2016_fuzhou_jinan',
      'corpus/xxgk_excerpts/2016_fuzhou_jinan.txt',
      'Site chrome dropped: the breadcrumb line 政府信息公开 and the line 来源:区人民政府办公室 '
      '时间:2017-01-12 10:01; the rest verbatim (older-format district report, cut off after '
      '认真做好…政府信息;). 共七部分 counts the report\'s parts.',
      [(1, '一、', '概述', '一、概述', 0),
       (2, '(一)', '信息公开年度工作基本情况、主要亮点和成效', '(一)', 0)],
      [('七部分', None, '7', '部分', 'count', None, '本报告全文|全文|本报告', None)],
      [('榕政办〔2016〕237号', None, 'docno'),
       ('0591-83926179', None, 'phone'),
       ('一、', None, 'label'),
       ('(一)', None, 'label')],
      [('2016年', '晋安区2016年', '2016'),
       ('2016年', '做好2016年', '2016'),
       ('2016年1月1日', None, '2016-01-01'),
       ('2016年12月31日', None, '2016-12-31'),
       ('2016年', '2016年,我区', '2016'),
       ('2016年', '下发的2016年', '2016')])

build('gwr_local_2024_beijing_bilingual',
      'corpus/gwr_local_excerpts/gwr_local_2024_beijing_bilingual.txt',
      'Kept verbatim: the bilingual (Chinese, then English) web edition of the 2024 Beijing '
      '政府工作报告, cut off inside the English paragraph (he deliver). Only Chinese is '
      'annotated; numbers inside the English text are no facts and no dates (listed as '
      'not-facts). 三年新冠疫情: a duration of the epidemic (as 经历三年新冠疫情 in docs/facts.md). '
      '“23·7” names a flood, 的一年 is time.',
      [(1, '一、', '2023年工作回顾', '一、2023年', 0)],
      [('三年', '是三年', '3', '年', 'duration', None, '新冠疫情|新冠疫情防控', None)],
      [('第十六届', None, 'ordinal'),
       ('第二次', None, 'ordinal'),
       ('January 21, 2024', None, 'time'),
       ('一、', None, 'label'),
       ('2023', 'Work During 2023', 'time'),
       ('2023', 'control. During 2023', 'time'),
       ('19', 'COVID-19', 'name'),
       ('二十大', None, 'name'),
       ('一年', '发展的一年', 'time'),
       ('23·7', None, 'name'),
       ('2023', 'The year 2023', 'time'),
       ('20th', None, 'ordinal')],
      [('2024年1月21日', None, '2024-01-21'),
       ('2023年', '一、2023年', '2023'),
       ('2023年', '2023年是', '2023')])
