#!/usr/bin/python3
"""Builds the held-out SECTIONS gold (NAME.gold.json, "facts": []) of this batch.

Written from the clean texts (make_clean.py) and dev/ANNOTATION.md
("Sections") alone, and committed before govreport.sections was run on any
of these texts.  Each section is (level, label, heading[, nth]); its offset
is where label + heading occurs in the text (exactly once, or its nth
occurrence), and the heading must end where ANNOTATION.md says a heading
ends: at the end of the line or text, or before 。 ： : ； ; (a trailing
punctuation mark, or body text after 。/：/: on the same line).
Run: python3 annotate.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from heldout_gold import find  # noqa: E402

ENDS = ('\n', '。', '：', ':', '；', ';')


def build(name, source, notes, sections):
    text = open(os.path.join(HERE, name + '.clean.txt'), encoding='utf-8').read()
    out = {'source': source, 'notes': notes, 'sections': [], 'facts': [],
           'not_facts': [], 'dates': []}
    for row in sections:
        level, label, heading = row[:3]
        nth = row[3] if len(row) > 3 else 0
        whole = label + heading
        start, after = find(text, whole, nth=nth)
        assert after == len(text) or text[after] in ENDS, ('heading end', name, whole, text[after:after + 3])
        assert heading == heading.strip() and heading[-1:] not in '。：:；;，,、'
        out['sections'].append({'level': level, 'label': label, 'heading': heading, 'start': start})
    starts = [s['start'] for s in out['sections']]
    assert starts == sorted(starts) and len(set(starts)) == len(starts), name
    with open(os.path.join(HERE, name + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(name, len(out['sections']))


X = 'corpus/xxgk_excerpts/'
T = 'corpus/template_notices/'
CLEAN = 'Clean text: make_clean.py. '

build('2009_shanghai_trad', X + '2009_shanghai_trad.txt',
      CLEAN + 'OpenCC t2s; nothing else changed. The (一)/(二) headings run into their '
      'paragraphs and end at the first 。.',
      [(1, '一、', '概述'),
       (2, '(一)', '明确目标,全面部署工作'),
       (2, '(二)', '聚焦重点,依法有序深化和扩大公开范围')])

build('2010_shicheng_gongxinju_ruby_mojibake', X + '2010_shicheng_gongxinju_ruby_mojibake.txt',
      CLEAN + 'The lossy mojibake 經(jīng)?;? repaired by hand to 經(jīng)常化 (经常化、制度化、'
      '规范化); ruby pinyin removed; OpenCC t2s. The preamble paragraph is not a section.',
      [(1, '一、', '总体情况'),
       (2, '(一)', '主动公开情况'),
       (2, '(二)', '依申请公开情况'),
       (2, '(三)', '政府信息管理')])

build('2017_lishui', X + '2017_lishui.txt',
      CLEAN + 'Verbatim. 一是… is an enumeration, not a section.',
      [(1, '一、', '概述'),
       (2, '(一)', '统筹部署,全面推进政务公开')])

build('2017_taizhou_mirror_metaheader', X + '2017_taizhou_mirror_metaheader.txt',
      CLEAN + "The mirror's three metadata lines (索引号/分类, 发布机构/发文日期, 文号/有效性) "
      'removed; the rest verbatim.',
      [(1, '一、', '主要工作概述'),
       (2, '(一)', '探索建立标准化体系'),
       (2, '(二)', '深化政策文件解读')])

build('2021_datong_xinfangju_2021template', X + '2021_datong_xinfangju_2021template.txt',
      CLEAN + "The page's '发布时间:' line removed; the rest verbatim. The rows "
      '第二十条第(一)项 … of the flattened table are not sections.',
      [(1, '一、', '总体情况'),
       (2, '(一)', '主动公开'),
       (2, '(二)', '依申请公开'),
       (2, '(三)', '强化监督保障'),
       (1, '二、', '主动公开政府信息情况')])

build('2008_wenzhou_lucheng_fgj', X + '2008_wenzhou_lucheng_fgj.txt',
      CLEAN + 'Verbatim.',
      [(1, '一、', '政府信息公开工作的基本概况'),
       (1, '二、', '主动公开政府信息的情况')])

build('2020_wuhan_shengtaihuanjingju_trad_2019template',
      X + '2020_wuhan_shengtaihuanjingju_trad_2019template.txt',
      CLEAN + 'OpenCC t2s (its 档案 for the s2twp misconversion of 文件 left as it is). '
      'Only the preamble and the flattened tables: the rows 第二十条第(一)项 … are not '
      'sections; no section.',
      [])

build('gwr_local_2023_suining_placeholders',
      'corpus/gwr_local_excerpts/gwr_local_2023_suining_placeholders.txt',
      CLEAN + 'Verbatim (the X placeholders are the source\'s). The text has no numbered '
      'heading (2022年工作回顾 is unnumbered and run in); no section.',
      [])

build('gwr_2017_textworkshop17', 'corpus/gwr_national/gwr_2017_textworkshop17.txt',
      CLEAN + 'The whole report, verbatim. The nine items of part three run into their '
      'paragraphs and end at the first 。; ——… paragraphs, 一是/一要 enumerations are '
      'not sections.',
      [(1, '一、', '2016年工作回顾'),
       (1, '二、', '2017年工作总体部署'),
       (1, '三、', '2017年重点工作任务'),
       (2, '（一）', '用改革的办法深入推进“三去一降一补”'),
       (2, '（二）', '深化重要领域和关键环节改革'),
       (2, '（三）', '进一步释放国内需求潜力'),
       (2, '（四）', '以创新引领实体经济转型升级'),
       (2, '（五）', '促进农业稳定发展和农民持续增收'),
       (2, '（六）', '积极主动扩大对外开放'),
       (2, '（七）', '加大生态环境保护治理力度'),
       (2, '（八）', '推进以保障和改善民生为重点的社会建设'),
       (2, '（九）', '全面加强政府自身建设')])

build('article_ruby_tones_zgkjsz', T + 'article_ruby_tones_zgkjsz.txt',
      CLEAN + 'Ruby pinyin removed; OpenCC t2s. The opening of an article (author, '
      'affiliation, two paragraphs): no numbered heading; no section.',
      [])

build('guide_htmljunk_spam_ybjybg', T + 'guide_htmljunk_spam_ybjybg.txt',
      CLEAN + 'Lines that are only HTML tags (some after list bullets •, 1. … 4.) removed; '
      'the spam run 365在线体育_365足球体育亚洲版_365网站打不开了 that replaced the '
      "city's name removed (four times); indentation kept. The title 信息公开指南 is "
      'not a section.',
      [(1, '一、', '主动公开'),
       (2, '(一)', '公开范围'),
       (2, '(二)', '公开渠道')])

build('masked_stats_system_qianlima', T + 'masked_stats_system_qianlima.txt',
      CLEAN + "The page's four-line metadata table removed; the **** masks are the "
      "source's and stay. The (一) paragraph under 三、 is a numbered section whose "
      'heading is its whole sentence (no 。 before the end of the line). The row '
      '一、主动公开情况 of the flattened table is not a section; 1、4、7、10月 is a list of months.',
      [(1, '一、', '统计范围'),
       (1, '二、', '组织实施'),
       (1, '三、', '报送要求'),
       (2, '(一)', '****政府信息公开统计工作,****政府信息公开统计表格,并于每年1、4、7、10月15日'
        '之前将上一季度统计数据(表格、填写说****政府办公室'),
       (1, '四、', '报送方式')])

build('notice2014_chongqing_ruby', T + 'notice2014_chongqing_ruby.txt',
      CLEAN + "Ruby pinyin removed; OpenCC t2s; the page's 来源/发布时间 line removed. "
      '统一、项目 inside a quotation is not a label.',
      [(1, '一、', '工作目标'),
       (1, '二、', '工作职责和任务'),
       (2, '(一)', '市政府办公厅负责组织实施全市政府系统政府信息公开情况统计工作')])

build('notice2014_guobanfa32_ruby_gbkmojibake', T + 'notice2014_guobanfa32_ruby_gbkmojibake.txt',
      CLEAN + 'The lossy GBK mojibake 各。ㄗ灾螀^(qū) repaired by hand to 各省(自治區(qū) '
      '(the same notice elsewhere reads 各省(自治區、直轄市)); ruby pinyin removed; '
      'OpenCC t2s. (一)/(二) are numbered paragraphs: the heading runs to the first 。, '
      'the last to the end of the excerpt.',
      [(1, '一、', '统计范围和内容'),
       (1, '二、', '组织领导和实施'),
       (2, '(一)', '地方各级人民政府办公厅(室)负责组织实施本行政区域的政府信息公开情况统计工作,'
        '确定统计范围内的单位名单,布置统计工作任务,汇总统计数据,逐级向上一级政府信息公开主管部门'
        '报送汇总统计情况'),
       (2, '(二)', '各省(自治区、直辖市)人民政府办公厅负责组织实施本级政府及其部门的政府信息公开'
        '统计工作,推动本行政区域内各级人民政府做好政府信息公开统计工作,填写《政')])

build('notice2014_guobanfa32_trad_headingsstripped',
      T + 'notice2014_guobanfa32_trad_headingsstripped.txt',
      CLEAN + 'OpenCC t2s; nothing else changed. The labels of the top-level headings were '
      'stripped at the source (范围和内容, 领导和实施 stand alone, unnumbered: not '
      'sections), so (一) is the top level used: level 1.',
      [(1, '(一)', '地方各级人民政府办公厅(室)负责组织实施本行政区域的政府信息公开情况统计工作,'
        '确定统计范围内的单位名单,布置统计工作任务,汇总统计数据,逐级向上一级政府信息公开主管部门'
        '报送汇总统计情况'),
       (1, '(二)', '各省(自治区、直辖市)人民政府办公厅负责组织实施本级政府及其部门的政府信息公开'
        '统计工作,推动本行政区域内各级人民政府做好政府信息公开统计工作,填写《政府信息公开情况统计表》,'
        '向国务院办公厅政府信息公开办公室报送省(自治区、直辖市)本级政府信息公开统计情况(包括本级'
        '政府及其部门数据)和本行政区域政府信息公开汇总统计情况'),
       (1, '(三)', '国务院各部门办')])

HUAIHUA = [(1, '一、', '准确领会,认真部署'),
           (1, '二、', '按时报送,及时公布'),
           (2, '1.', '市直单位于2022年1月26日前向市政务公开政务服务领导小组办公室提交年报,'
            '并于2022年1月28日前在市政府门户网站公布'),
           (2, '2.', '各县市区政府信息公开工作主管部门负责汇总县直单位和乡镇(街道)年报,'
            '于2022年2月20日前向市政务公开政务服务领导小组办公室提交并在县级政府门户网站公布'),
           (1, '三、', '明确责任,严把质量')]
build('notice2021_huaihua_original', T + 'notice2021_huaihua_original.txt',
      CLEAN + 'Verbatim. 1./2. under 二、 stand on their own lines after a heading (not after '
      'a sentence ending with ：): level-2 sections, each heading its whole sentence. '
      '163.com and the phone numbers are not labels.', HUAIHUA)
build('notice2021_huaihua_spam_copy', T + 'notice2021_huaihua_spam_copy.txt',
      CLEAN + "The spam run 威廉希尔体育 that replaced the city's name in the title removed; "
      'the character broken by the corpus cut dropped; the rest verbatim. As the original.',
      HUAIHUA)

build('oldform_dingxi_tongjibaobiao', T + 'oldform_dingxi_tongjibaobiao.txt',
      CLEAN + 'Verbatim. A flattened statistics form: 1.当面申请数, (1)“非《规定》所指政府信息”数 '
      '… are row labels of the form; no section.',
      [])

build('oldnotice2009_putian_pagination', T + 'oldnotice2009_putian_pagination.txt',
      CLEAN + "The site's name line, the pager (第 [1] [2] [3] 页 共[4]页), the 'see the full "
      "text' line, the 【发表评论】 line and 相关文章 removed; indentation kept. The excerpt "
      'starts inside part three: its (一)-(三) are level 2 (the level of (一) under 六、, 七、). '
      'The rows 其中:1.政府网站, 2.政府公报 … of the flattened form are not sections.',
      [(2, '(一)', '受理依申请公开的数量(2009年度及历年累计数量)、主要是哪些受理方式,涉及哪些方面内容等'),
       (2, '(二)', '受理办理情况'),
       (2, '(三)', '“不予公开”的政府信息涉及哪些方面内容及不予公开原因'),
       (1, '四、', '政府信息公开的收费及减免情况(2009年度及历年累计数量)'),
       (1, '五、', '因政府信息公开申请行政复议、提起行政诉讼的情况'),
       (1, '六、', '政府信息公开工作存在的主要问题及改进情况'),
       (2, '(一)', '工作中存在的主要问题和困难'),
       (2, '(二)', '具体的解决办法和改进措施'),
       (1, '七、', '需要说明的事项与附表'),
       (2, '(一)', '主动公开情况说明'),
       (2, '(二)', '依申请公开情况说明'),
       (2, '(三)', '附表(附表式)')])

build('tpl2019_notice_ruby_toneless_dup_hongxingpaper',
      T + 'tpl2019_notice_ruby_toneless_dup_hongxingpaper.txt',
      CLEAN + 'Toneless ruby pinyin removed (also doubled: 和(he)(he)); OpenCC t2s; the spam '
      'line, the site label 信息公开 and the 文章来源/发布时间 line removed.',
      [(1, '一、', '抓紧部署')])

build('tpl2021_format_attachment_cells_275167', T + 'tpl2021_format_attachment_cells_275167.txt',
      CLEAN + "The page's five-line metadata table removed; the rest verbatim. The scrape "
      'joined (四)明确责任 to the paragraph before it (its (一)-(三) and their part are '
      'missing): a level-2 section, run in after 。. 附件: is not a section; the template '
      "attachment's 一、总体情况 is; the 第二十条第(一)项 rows of its table are not.",
      [(2, '(四)', '明确责任'),
       (1, '一、', '总体情况')])

NOTICE2021 = [(1, '一、', '报告内容'), (2, '(一)', '总体情况')]
build('tpl2021_notice_ruby_droppedchars_haose21', T + 'tpl2021_notice_ruby_droppedchars_haose21.txt',
      CLEAN + 'Ruby pinyin removed; OpenCC t2s; the spam line, the login links line and the '
      '作者/来自/时间 line removed. Dropped characters (〔202130, 2021926) left as they are.',
      NOTICE2021)
build('tpl2021_notice_simplified_smx', T + 'tpl2021_notice_simplified_smx.txt',
      CLEAN + 'The breadcrumb line and the 发布时间/来源/作者 line removed; indentation kept.',
      NOTICE2021)
build('tpl2021_notice_trad_misconv_shangkeht', T + 'tpl2021_notice_trad_misconv_shangkeht.txt',
      CLEAN + 'OpenCC t2s (it also undoes the misconversions 製度, 全麵, 體係); the '
      '发布日期/来源/浏览次数 line removed.',
      NOTICE2021)
build('tpl2021_notice_trad_ruby_spam_eshutan', T + 'tpl2021_notice_trad_ruby_spam_eshutan.txt',
      CLEAN + 'Ruby pinyin removed; OpenCC t2s; the spam line, the four metadata lines '
      '(索引号, 发布机构, 成文日期, 名称) and the 来源/发布时间/字体 line removed. The excerpt '
      'ends before the first heading; no section.',
      [])
