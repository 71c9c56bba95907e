#!/usr/bin/python3
"""Builds the held-out gold files (NAME.gold.json) from hand annotations.

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


# ---------------------------------------------------------------- 2021 format
build('2024_wuhan_qiaokou_tongjiju',
      'corpus/xxgk_excerpts/2024_wuhan_qiaokou_tongjiju.txt',
      'Clean source, kept verbatim (cut off after 把政务公开). 2021 format. The eleven '
      'counts after 共148篇,其中 (25篇 ... 3篇, also 统计数据11期 with another measure word) '
      'have parent 148篇. 结转下年度继续办理0件 has the verb phrase as subject (as 其他处理 '
      'in dev/gold). “双随机、一公开” is a name.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '政府信息主动公开情况', '(一)政府信息主动公开情况', 0),
       (2, '(二)', '政府信息依申请公开情况', '(二)政府信息依申请公开情况', 0),
       (2, '(三)', '政府信息管理情况', '(三)政府信息管理情况', 0),
       (2, '(四)', '政府信息公开平台建设情况', '(四)政府信息公开平台建设情况', 0),
       (2, '(五)', '监督保障情况', '(五)监督保障情况', 0)],
      [('148篇', None, '148', '篇', 'count', None, '政府信息', None, {'key': 't'}),
       ('25篇', None, '25', '篇', 'count', None, '统计报告', 't'),
       ('11期', None, '11', '期', 'count', None, '统计数据', 't'),
       ('2篇', '信息2篇', '2', '篇', 'count', None, '“双随机、一公开”信息', 't'),
       ('1篇', '基准1篇', '1', '篇', 'count', None, '行政裁量权基准', 't'),
       ('1篇', '事项1篇', '1', '篇', 'count', None, '行政执法事项', 't'),
       ('2篇', '预决算2篇', '2', '篇', 'count', None, '部门预决算', 't'),
       ('1篇', '年度报告1篇', '1', '篇', 'count', None, '政府信息公开工作年度报告', 't'),
       ('1篇', '热点回应1篇', '1', '篇', 'count', None, '热点回应', 't'),
       ('42篇', None, '42', '篇', 'count', None, '工作动态', 't'),
       ('59篇', None, '59', '篇', 'count', None, '部门动态', 't'),
       ('3篇', '头条新闻3篇', '3', '篇', 'count', None, '头条新闻', 't'),
       ('5件', None, '5', '件', 'count', None, '依申请公开政府信息', None),
       ('0件', '结转申请0件', '0', '件', 'count', None, '上年结转申请', None),
       ('0件', '继续办理0件', '0', '件', 'count', None, '结转下年度继续办理', None)],
      [('第五十条', None, 'article'),
       ('国办公开办函〔2021〕30号', None, 'docno'),
       ('518号', None, 'address'),
       ('027-83426276', None, 'phone'),
       ('一、', '一、总体情况', 'label'),
       ('二十大', None, 'name'),
       ('(一)', None, 'label'), ('(二)', None, 'label'), ('(三)', None, 'label'),
       ('(四)', None, 'label'), ('(五)', None, 'label'),
       ('“双随机、一公开”', None, 'name')],
      [('2024年1月1日', None, '2024-01-01'),
       ('2024年12月31日', None, '2024-12-31'),
       ('2024年', '2024年,在区委', '2024'),
       ('2024年', '2024年,区统计局主动', '2024'),
       ('2024年', '2024年,区统计局新收到', '2024')])

build('2022_ankang_zhaoshangju_mirror',
      'corpus/xxgk_excerpts/2022_ankang_zhaoshangju_mirror.txt',
      'Clean source, kept verbatim (the mirror copied the report text only; cut off inside '
      '《2022年安康). 2019-template report. The seven items after 共计251条:其中 have parent '
      '251条; after the semicolon the text turns to the WeChat account (58条) and the 12345 '
      'hotline transfers (14件), which are not parts of what the portal published: no parent. '
      '“12345” is the hotline (phone). 10楼1014室 is an address.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开政府信息情况', '(一)主动公开政府信息情况', 0),
       (2, '(二)', '依申请公开政府信息情况', '(二)依申请公开政府信息情况', 0),
       (2, '(三)', '政府信息管理情况', '(三)政府信息管理情况', 0)],
      [('251条', None, '251', '条', 'count', None, '信息', None, {'key': 't'}),
       ('145条', None, '145', '条', 'count', None, '招商动态', 't'),
       ('1条', '职能信息1条', '1', '条', 'count', None, '机构设置及职能信息', 't'),
       ('3条', '任免信息3条', '3', '条', 'count', None, '人事任免信息', 't'),
       ('2条', '财务信息 2条', '2', '条', 'count', None, '财务信息', 't'),
       ('13条', None, '13', '条', 'count', None, '政策解读', 't'),
       ('7条', '公示公告7条', '7', '条', 'count', None, '公示公告', 't'),
       ('8条', '其他信息8条', '8', '条', 'count', None, '其他信息', 't'),
       ('58条', None, '58', '条', 'count', None, '信息', None),
       ('14件', None, '14', '件', 'count', None, '“12345”政务服务转办事项|政务服务转办事项', None)],
      [('国务院令第711号', None, 'docno'),
       ('国办公开办函〔2019〕60号', None, 'docno'),
       ('10楼1014室', None, 'address'),
       ('725000', None, 'postcode'),
       ('0915-3330102', None, 'phone'),
       ('一、', '一、总体情况', 'label'),
       ('二十大', None, 'name'),
       ('(一)', None, 'label'), ('(二)', None, 'label'), ('(三)', None, 'label'),
       ('12345', '“12345”', 'phone')],
      [('2022年1月1日', None, '2022-01-01'),
       ('2022年12月31日', '统计期限为2022年1月1日至2022年12月31日', '2022-12-31'),
       ('2022年', '2022年,我局坚持', '2022'),
       ('2022年', '2022年,我局主动', '2022'),
       ('2022年12月31日', '截至2022年12月31日', '2022-12-31'),
       ('2022年度', None, '2022'),
       ('2022年', '《2022年安康', '2022')])

# ---------------------------------------------------------------- older format
build('2012_nanping',
      'corpus/xxgk_excerpts/2012_nanping.txt',
      'Clean source, kept verbatim (cut off inside “2012年中国优秀政府). Old (pre-2019) '
      'format. 前进了三名 (three places up a ranking) and 连续三年 (a three-year run) are the '
      'only quantities; their clauses name nothing counted (subject null). 第十一届, 排名第四, '
      '前十 and 第一平台 are ordinals; (2012) is a year; 八一路 is a street name.',
      [(1, '一、', '概述', '一、概述', 0)],
      [('三名', None, '3', '名', 'count', None, None, None),
       ('三年', '连续三年', '3', '年', 'duration', None, None, None)],
      [('闽政办函〔2012〕157号', None, 'docno'),
       ('http://www.np.gov.cn/', None, 'url'),
       ('八一路', None, 'name'),
       ('439号', None, 'address'),
       ('353000', None, 'postcode'),
       ('0599-8830330', None, 'phone'),
       ('0599-8891101', None, 'phone'),
       ('xxgk@np.gov.cn', None, 'url'),
       ('一、', '一、概述', 'label'),
       ('闽政办〔2012〕99号', None, 'docno'),
       ('第一', '第一平台', 'ordinal'),
       ('第十一届', None, 'ordinal'),
       ('第四', '排名第四', 'ordinal'),
       ('前十', None, 'ordinal')],
      [('2012年', '关于做好2012年', '2012'),
       ('2012年1月1日', None, '2012-01-01'),
       ('2012年12月31日', None, '2012-12-31'),
       ('2012年', '2012年的南平市', '2012'),
       ('2012年', '关于2012年政府', '2012'),
       ('2012', '(2012)', '2012'),
       ('2011年', None, '2011'),
       ('2012年', '“2012年中国', '2012')])

# ---------------------------------------------------------------- work report (audit)
build('audit_report_2020_zhuhai',
      'corpus/gwr_local_excerpts/audit_report_2020_zhuhai.txt',
      'Clean text: the site header 珠海市审计局 and the breadcrumb line 当前位置:首页 > 政务公开 '
      '> 通知公告 dropped (site chrome); the rest verbatim, blank lines and the two-space '
      'paragraph indents kept, cut off inside 《珠海市国有土地使用权出让收入分配实. A municipal '
      'audit work report to the people\'s congress: no numbered headings in the excerpt. '
      '第九届/第四十一次 are ordinals, 一年来 is relative time, 六稳/六保 are names.',
      [],
      [('40个', None, '40', '个', 'count', None, '审计项目', None),
       ('63.39亿元', None, '6339000000', '元', 'money', None, '问题金额', None),
       ('18.31亿元', None, '1831000000', '元', 'money', None, '增收节支和挽回损失|挽回损失', None)],
      [('第九届', None, 'ordinal'),
       ('第四十一次', None, 'ordinal'),
       ('一年来', None, 'time'),
       ('六稳', None, 'name'),
       ('六保', None, 'name')],
      [('2020年度', '的审计工作报告\n\n关于珠海市2020年度', '2020'),
       ('2020年度', '关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告\n\n关于', '2020'),
       ('2021年7月29日', None, '2021-07-29'),
       ('2020年度', '报告2020年度', '2020')])

# ---------------------------------------------------------------- 政府工作报告
build('gwr_2023_national_review',
      'corpus/gwr_national/gwr_2023_wikisource.txt',
      'The first 2019 characters of the 2023 national 政府工作报告 (title to the end of the '
      'paragraph 针对部分群众生活困难增多…切实兜住民生底线。), verbatim with the '
      'wikisource blank lines, and a final newline. Changes carry direction (增长/上涨 up); '
      '降到5.5% and 控制在2.8% are levels. 1000多万失业人员 has no measure word: kind number, '
      'the noun as subject. 分两期/分三批 are counts. 40多年来 is relative time like 一年来. '
      '过去一年和五年 in the heading is relative time.',
      [(1, '一、', '过去一年和五年工作回顾', '一、过去一年', 0)],
      [('3%', '增长3%', '3', '%', 'percent', None, '国内生产总值', None, {'direction': 'up'}),
       ('1206万人', None, '12060000', '人', 'count', None, '城镇新增就业|新增就业|就业', None),
       ('5.5%', None, '5.5', '%', 'percent', None, '城镇调查失业率', None),
       ('2%', '上涨2%', '2', '%', 'percent', None, '居民消费价格', None, {'direction': 'up'}),
       ('7.7%', None, '7.7', '%', 'percent', None, '货物进出口总额', None, {'direction': 'up'}),
       ('2.8%', None, '2.8', '%', 'percent', None, '财政赤字率', None),
       ('1.37万亿斤', None, '1370000000000', '斤', 'measure', None, '粮食产量', None),
       ('74亿斤', None, '7400000000', '斤', 'measure', None, '增产|粮食产量', None, {'direction': 'up'}),
       ('超过2.4万亿元', None, '2400000000000', '元', 'money', 'over', '增值税留抵退税', None),
       ('超过1万亿元', None, '1000000000000', '元', 'money', 'over', '减税降费|新增减税降费', None),
       ('7500多亿元', None, '750000000000', '元', 'money', 'over', '缓税缓费', None),
       ('两期', None, '2', '期', 'count', None, '投放|政策性开发性金融工具', None),
       ('7400亿元', None, '740000000000', '元', 'money', None, '政策性开发性金融工具', None),
       ('9.4%', None, '9.4', '%', 'percent', None, '基础设施投资|基础设施', None, {'direction': 'up'}),
       ('9.1%', None, '9.1', '%', 'percent', None, '制造业投资', None, {'direction': 'up'}),
       ('5.1%', None, '5.1', '%', 'percent', None, '固定资产投资', None, {'direction': 'up'}),
       ('93.4%', None, '93.4', '%', 'percent', None, '新能源汽车销量', None, {'direction': 'up'}),
       ('超过3200万人', None, '32000000', '人', 'count', 'over', '脱贫人口务工规模|脱贫人口', None),
       ('三批', None, '3', '批', 'count', None, '农资补贴', None),
       ('1000多万', None, '10000000', None, 'number', 'over', '失业人员', None),
       ('约6700万人', None, '67000000', '人', 'count', 'approx', '受益|低收入群众', None)],
      [('第十四届', None, 'ordinal'),
       ('第一次', None, 'ordinal'),
       ('一、', '一、过去一年', 'label'),
       ('过去一年', '一、过去一年', 'time'),
       ('五年', '和五年', 'time'),
       ('二十大', None, 'name'),
       ('过去一年', '过去一年，我国', 'time'),
       ('十四五', None, 'name'),
       ('40多年来', None, 'time')],
      [('2023年3月5日', None, '2023-03-05'),
       ('2022年', '2022年是', '2022'),
       ('2022年', '2022年国家', '2022')])

# ---------------------------------------------------------------- 2021 format, more
build('2024_jinchang_tongjiju_docnumber',
      'corpus/xxgk_excerpts/2024_jinchang_tongjiju_docnumber.txt',
      'Clean source, kept verbatim: the document number 金统发〔2025〕2号 and the addressee line '
      'are printed on the report itself (cut off inside 全年共受理依申). 六个部分 counts the '
      'parts of the report (unit 个部分, subject 报告全文; first annotated 个, changed after the baseline for consistency with 个工作日 in ANNOTATION.md). The four platform counts after '
      '578条,其中 have parent 578条; 82条 and 263条 are separate counts. 一是…四是 are '
      'labels; 三大职能 is a name; 2024年上半年 is one date.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开方面', '(一)主动公开方面', 0),
       (2, '(二)', '依申请公开方面', '(二)依申请公开方面', 0)],
      [('六个部分', None, '6', '个部分', 'count', None, '报告全文|全文', None),
       ('82条', None, '82', '条', 'count', None, '信息', None),
       ('263条', None, '263', '条', 'count', None, '信息', None),
       ('578条', None, '578', '条', 'count', None, '信息', None, {'key': 't'}),
       ('183条', None, '183', '条', 'count', None, '微博', 't'),
       ('270条', None, '270', '条', 'count', None, '微信公众号', 't'),
       ('92条', None, '92', '条', 'count', None, '抖音号', 't'),
       ('33条', None, '33', '条', 'count', None, '今日头条', 't')],
      [('金统发〔2025〕2号', None, 'docno'),
       ('一、', '一、总体情况', 'label'),
       ('三大职能', None, 'name'),
       ('(一)', None, 'label'), ('(二)', None, 'label'),
       ('一是', None, 'label'), ('二是', None, 'label'), ('三是', None, 'label'),
       ('四是', None, 'label')],
      [('2024年', '2024年政府信息公开工作年度报告', '2024'),
       ('2024年1月1日', None, '2024-01-01'),
       ('2024年12月31日', None, '2024-12-31'),
       ('2024年', '2024年,市统计局', '2024'),
       ('2024年上半年', '召开2024年上半年', '2024'),
       ('2024年上半年', '通报2024年上半年', '2024')])

build('2023_datong_yungang_heshun_jiedao_tablesmissing',
      'corpus/xxgk_excerpts/2023_datong_yungang_heshun_jiedao_tablesmissing.txt',
      'Clean text: the portal metadata block (索 引 号 … 时效:), the 发布时间/来源 line and the '
      'layout residue line | | | | dropped (site chrome); the rest verbatim. The tables were '
      'images and are missing: headings 二、三、四、 follow each other with no body; the last '
      'is cut off. Nested breakdown: 组织机构类信息4条 is a 其中 item of 68条, and its four '
      '含 items (1条 each) have parent 4条. 收到…要求0条 is a new sentence: no parent.',
      [(1, '一、', '总体情况', '一、总体情况', 0),
       (2, '(一)', '主动公开方面', '(一)主动公开方面', 0),
       (2, '(二)', '依申请公开方面', '(二)依申请公开方面', 0),
       (2, '(三)', '政府信息管理方面', '(三)政府信息管理方面', 0),
       (2, '(四)', '平台建设方面', '(四)平台建设方面', 0),
       (2, '(五)', '监督保障方面', '(五)监督保障方面', 0),
       (1, '二、', '主动公开政府信息情况', '二、主动公开政府信息情况', 0),
       (1, '三、', '收到和处理政府信息公开申请情况', '三、收到和处理', 0),
       (1, '四、', '政府信息公开行政复议、行政诉讼', '四、政府信息公开', 0)],
      [('68条', None, '68', '条', 'count', None, '政府信息', None, {'key': 't'}),
       ('4条', '类信息4条', '4', '条', 'count', None, '组织机构类信息', 't', {'key': 'o'}),
       ('1条', '机构信息1条', '1', '条', 'count', None, '机构信息', 'o'),
       ('1条', '内设机构1条', '1', '条', 'count', None, '内设机构', 'o'),
       ('1条', '领导机构1条', '1', '条', 'count', None, '领导机构', 'o'),
       ('1条', '机构职能1条', '1', '条', 'count', None, '机构职能', 'o'),
       ('0条', None, '0', '条', 'count', None, '申请公开政府信息的要求', None)],
      [('一、', '一、总体情况', 'label'),
       ('(一)', None, 'label'), ('(二)', None, 'label'), ('(三)', None, 'label'),
       ('(四)', None, 'label'), ('(五)', None, 'label'),
       ('一是', None, 'label'), ('二是', None, 'label'),
       ('二、', '二、主动', 'label'), ('三、', '三、收到', 'label'), ('四、', '四、政府', 'label')],
      [('2023年', '和顺街道2023年', '2023'),
       ('2023年', '2023年,我街道认真', '2023'),
       ('2023年度', None, '2023'),
       ('2023年', '2023年,我街道全年', '2023')])
