#!/usr/bin/env python3
"""Reports with tables that are not the national ones, with their truth.

Old annual reports (2008-2018) end with a statistics sheet of their own:
指标名称 | 计量单位 | 本年度 | 历年累计, or the 统计指标 | 单位 | 统计数 sheet of the
2010s, or a city's own figures by year.  govreport.tables() reads them as
cells with labels and NULL keys.  The shared corpus holds none in a layout
we read (their numbers went into prose), so this writes such reports in the
row-per-line pipes layout with the truth of every cell (value, row_label,
col_label, unit), in the NAME.tables.json format of dev/tables (keys null);
tools/relayout_tables.py rewrites them in the other layouts (one cell per
line with `||||` residue, PDF text with headers one character per line).

The figures are those the corpus's old reports print in prose (闽侯县水利局
2010: 历年累计52条, 本年新增14条, 机构职能类6条 ...) and made-up ones of the
same size; the prose around the tables is written for this, including lines
that end in a number (PDF text wraps prose anywhere), which must stay prose.

Usage: gen_other_tables.py OUT_DIR [--batch-b | --batch-c]
  --batch-b: the second batch (TABLES_B), written after the reader's rules
  for these tables were fixed.
  --batch-c: the third batch (TABLES_C, session 6): tables of one row,
  headers of different lengths with units inside them.
"""
import json
import os
import sys

PROSE_HEAD = (
    "{org}{year}年政府信息公开工作年度报告\n"
    "根据《中华人民共和国政府信息公开条例》的规定，特向社会公布{year}年度政府信息公开工作年度报告。"
    "本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n"
    "一、概述\n"
    "{year}年，我{short}认真贯彻落实政府信息公开各项工作要求，全年主动公开政府信息\n"
    "{n1}\n"
    "条，受理依申请公开{n2}件，均在法定期限内答复。\n"
)
PROSE_MID = (
    "二、主动公开政府信息情况\n"
    "全年共召开新闻发布会{n3}场，通过政府网站发布信息，详见下表。\n"
)
PROSE_WRAP = (
    "三、依申请公开情况\n"
    "本年度共收到政府信息公开申请 {n2}\n"
    "件，其中当面申请 {n4}\n"
    "件，网络申请 {n5}\n"
    "件。\n"
)
PROSE_TAIL = (
    "四、存在的主要问题和改进措施\n"
    "我{short}政府信息公开工作虽然取得了一定成效，但仍存在公开内容不够全面等问题。\n"
    "下一步，我们将进一步加强组织领导，不断提高政府信息公开工作水平。\n"
)

# Each table: a title line, the header row (a list of cells), then rows of
# cells; None is an empty cell ("—" in the text).  unit_col: the index of a
# 计量单位 column; code_cols: columns whose numbers are codes, not cells;
# serial: the first column is a serial number.
TABLES = [
    {
        'title': '政府信息公开情况统计表',
        'header': ['指标名称', '计量单位', '本年度', '历年累计'],
        'unit_col': 1,
        'rows': [
            ['主动公开政府信息数', '条', '14', '52'],
            ['机构职能类信息', '条', '6', '21'],
            ['政策法规类信息', '条', '3', '17'],
            ['安全生产应急管理类信息', '条', '5', '14'],
            ['收到政府信息公开申请数', '件', '2', '9'],
            ['行政复议数', '件', '0', '1'],
        ],
    },
    {
        'title': '政府信息公开情况统计表（{year}年度）',
        'header': ['统计指标', '单位', '统计数'],
        'unit_col': 1,
        'rows': [
            ['一、主动公开情况', None, None],
            ['（一）主动公开政府信息数', '条', '1568'],
            ['其中：主动公开规范性文件数', '条', '23'],
            ['（二）通过不同渠道和方式公开政府信息的情况', None, None],
            ['1.政府公报公开政府信息数', '条', '45'],
            ['2.政府网站公开政府信息数', '条', '1320'],
            ['3.政务微博公开政府信息数', '条', '210'],
            ['二、回应解读情况', None, None],
            ['（一）回应公众关注热点或重大舆情数', '次', '12'],
            ['（二）召开新闻发布会次数', '次', '8'],
            ['三、依申请公开情况', None, None],
            ['（一）收到申请数', '件', '37'],
            ['1.当面申请数', '件', '11'],
            ['2.网络申请数', '件', '26'],
            ['四、行政复议数量', '件', '1'],
            ['五、政府信息公开专项经费', '万元', '12.5'],
        ],
    },
    {
        'title': '{city}政务公开主要数据',
        'header': ['项目', '{prev}年', '{year}年', '同比增长'],
        'rows': [
            ['门户网站发布信息', '1250', '1386', '10.9%'],
            ['政务新媒体发布信息', '3120', '4075', '30.6%'],
            ['政府开放日活动', '4', '6', '50%'],
            ['政策解读材料', '85', '97', '14.1%'],
        ],
    },
    {
        'title': '主动公开政府信息分类情况',
        'header': ['序号', '信息类别', '数量（条）', '占比'],
        'serial': True,
        'rows': [
            ['1', '机构职能', '6', '42.9%'],
            ['2', '政策法规', '3', '21.4%'],
            ['3', '规划计划', '2', '14.3%'],
            ['4', '应急管理', '3', '21.4%'],
        ],
    },
    {
        'title': '依申请公开办理情况',
        'header': ['办理结果', '件数'],
        'rows': [
            ['同意公开', '18'],
            ['部分公开', '3'],
            ['不予公开', '2'],
            ['信息不存在', '5'],
        ],
    },
    {
        'title': '{year}年度政府信息公开工作情况统计',
        'header': ['指标', '单位', '一季度', '二季度', '三季度', '四季度', '合计'],
        'unit_col': 1,
        'rows': [
            ['发布政府信息', '条', '356', '402', '388', '421', '1567'],
            ['受理申请', '件', '7', '12', '9', '9', '37'],
            ['办结申请', '件', '7', '11', '9', '10', '37'],
        ],
    },
]

# A second batch, written after the reader's rules for these tables were
# fixed (its first score is the honest one): two label columns, empty cells
# (/), numbers with separators and signs, a money column, three years.
TABLES_B = [
    {
        'title': '政务公开工作量化指标完成情况',
        'header': ['类别', '指标', '完成数', '目标数'],
        'rows': [
            ['信息发布', '政府网站发布信息', '2,356', '2,000'],
            ['信息发布', '政务微信发布信息', '1,045', '800'],
            ['政策解读', '图解图表', '36', '30'],
            ['互动交流', '在线访谈', '12', '/'],
        ],
    },
    {
        'title': '{year}年度依申请公开收费情况',
        'header': ['项目', '件数', '金额（万元）'],
        'rows': [
            ['检索费', '3', '0.15'],
            ['复制费', '5', '0.32'],
            ['邮寄费', '2', '0.04'],
        ],
    },
    {
        'title': '近三年政府信息公开申请情况',
        'header': ['年度', '申请数', '增减'],
        'rows': [
            ['{prev2}年', '41', '/'],
            ['{prev}年', '37', '-4'],
            ['{year}年', '52', '+15'],
        ],
    },
    {
        'title': '各渠道公开信息统计',
        'header': ['公开渠道', '信息数（条）'],
        'rows': [
            ['政府门户网站', '1864'],
            ['政务新媒体', '2210'],
            ['新闻发布会', '14'],
            ['公开栏（电子屏）', '96'],
        ],
    },
]

# A third batch (session 6), written before the reader's rules for what it
# holds: tables of one row, column headers of different lengths (printed
# one character per line in PDF text, so the columns end on different
# lines) with a unit inside them, a money column in 元, and a serial column
# with five rows.  Relayouts add one cell per line without `||||` and PDF
# text with the numbers on the line after their label.
TABLES_C = [
    {
        'title': '{year}年主动公开政府信息总量',
        'header': ['项目', '本年度', '上年度', '增减'],
        'rows': [
            ['主动公开政府信息', '1,235', '1,107', '+128'],
        ],
    },
    {
        'title': '依申请公开收费情况',
        'header': ['收费项目', '件数', '金额（元）'],
        'rows': [
            ['复制费', '6', '128'],
            ['邮寄费', '3', '45'],
            ['检索费', '1', '20'],
        ],
    },
    {
        'title': '政府信息公开基本情况',
        'header': ['指标', '计量单位', '本年', '历年累计'],
        'unit_col': 1,
        'rows': [
            ['主动公开文件', '件', '87', '642'],
            ['公开规范性文件', '件', '12', '95'],
            ['举办新闻发布会', '场', '5', '31'],
            ['接待公众查阅', '人次', '214', '1530'],
        ],
    },
    {
        'title': '受理申请情况',
        'header': ['统计指标', '单位', '统计数'],
        'unit_col': 1,
        'rows': [
            ['受理政府信息公开申请', '件', '23'],
        ],
    },
    {
        'title': '{year}年度政府信息公开专项经费使用情况',
        'header': ['序号', '支出项目', '金额（万元）'],
        'serial': True,
        'rows': [
            ['1', '网站建设维护', '18.6'],
            ['2', '公开目录编制', '4.2'],
            ['3', '人员培训', '2.5'],
            ['4', '查阅场所建设', '6.8'],
            ['5', '宣传资料印制', '1.9'],
        ],
    },
]

REPORTS_C = [
    {'org': '某县自然资源局', 'short': '局', 'city': '某县', 'year': 2012, 'tables': [0, 1]},
    {'org': '某市住房和城乡建设局', 'short': '局', 'city': '某市', 'year': 2017, 'tables': [2, 3]},
    {'org': '某区教育局', 'short': '局', 'city': '某区', 'year': 2015, 'tables': [4, 0]},
    {'org': '某乡人民政府', 'short': '乡', 'city': '某乡', 'year': 2013, 'tables': [3, 2]},
    {'org': '某市审计局', 'short': '局', 'city': '某市', 'year': 2019, 'tables': [1, 4]},
]

REPORTS_B = [
    {'org': '某县发展和改革局', 'short': '局', 'city': '某县', 'year': 2014, 'tables': [0, 1]},
    {'org': '某市卫生健康委员会', 'short': '委', 'city': '某市', 'year': 2018, 'tables': [2, 3]},
    {'org': '某区财政局', 'short': '局', 'city': '某区', 'year': 2013, 'tables': [3, 0]},
    {'org': '某街道办事处', 'short': '街道', 'city': '某街道', 'year': 2016, 'tables': [1, 2]},
]

REPORTS = [
    {'org': '某县水利局', 'short': '局', 'city': '某县', 'year': 2010, 'tables': [0, 4]},
    {'org': '某市人民政府办公室', 'short': '办', 'city': '某市', 'year': 2015, 'tables': [1]},
    {'org': '某区人民政府', 'short': '区', 'city': '某区', 'year': 2017, 'tables': [2, 3]},
    {'org': '某市统计局', 'short': '局', 'city': '某市', 'year': 2012, 'tables': [5, 4]},
    {'org': '某镇人民政府', 'short': '镇', 'city': '某镇', 'year': 2011, 'tables': [3, 0]},
    {'org': '某州交通运输局', 'short': '局', 'city': '某州', 'year': 2016, 'tables': [1, 2]},
]


def number_value(raw):
    """The value of a numeric cell, as score_tables compares it."""
    s = raw.rstrip('%').replace(',', '')
    return float(s) if '.' in s else int(s)


def is_numeric(cell):
    return cell is not None and cell.lstrip('+-').replace(',', '').replace('.', '').rstrip('%').isdigit()


def write_report(rep, out_dir, index, tables=None, prefix='other'):
    tables = tables or TABLES
    fmt = dict(rep, prev=rep['year'] - 1, prev2=rep['year'] - 2, n1=rep['year'] % 97 + 120,
               n2=index + 7, n3=index + 2, n4=index + 1, n5=6)
    text = PROSE_HEAD.format(**fmt) + PROSE_MID.format(**fmt)
    cells = []
    for k, t in enumerate(rep['tables']):
        table = tables[t]
        if k == 1:
            text += PROSE_WRAP.format(**fmt)
        text += table['title'].format(**fmt) + '\n'
        header = [h.format(**fmt) for h in table['header']]
        text += ' | '.join(header) + ' |\n'
        unit_col = table.get('unit_col')
        label_cols = [c for c in range(len(header))
                      if c != unit_col and not (table.get('serial') and c == 0)]
        for row in table['rows']:
            pos = len(text)
            parts = []
            numeric = [c for c in range(len(row))
                       if row[c] is not None and c not in (unit_col,)
                       and not (table.get('serial') and c == 0)
                       and is_numeric(row[c])]
            labels = [row[c].format(**fmt) for c in label_cols
                      if c not in numeric and row[c] is not None and row[c] != '/']
            line = ''
            for c, cell in enumerate(row):
                if c:
                    line += ' | '
                cell = cell.format(**fmt) if cell is not None else None
                shown = '—' if cell is None else cell
                if c in numeric:
                    unit = row[unit_col] if unit_col is not None else None
                    if unit is None and cell.endswith('%'):
                        unit = '%'
                    if unit is None and '万元' in header[c]:
                        unit = '万元'
                    if unit is None and '（元）' in header[c]:
                        unit = '元'
                    cells.append({'table': k + 1, 'row_key': None, 'col_key': None,
                                  'value': number_value(cell), 'raw': cell,
                                  'start': pos + len(line), 'end': pos + len(line) + len(cell),
                                  'row_label': ' / '.join(labels), 'col_label': header[c],
                                  'unit': unit})
                line += shown
            text += line + ' |\n'
        text += '\n'
    text += PROSE_TAIL.format(**fmt)
    name = f"{prefix}{index:03d}_{rep['year']}_pipes"
    for c in cells:
        assert text[c['start']:c['end']] == c['raw'], c
    with open(os.path.join(out_dir, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(out_dir, name + '.tables.json'), 'w', encoding='utf-8') as f:
        json.dump({'form': None, 'layout': 'pipes', 'cells': cells, 'broken': []}, f,
                  ensure_ascii=False)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    if '--batch-c' in sys.argv:
        for i, rep in enumerate(REPORTS_C):
            write_report(rep, out, i, TABLES_C, 'otherc')
        return
    if '--batch-b' in sys.argv:
        for i, rep in enumerate(REPORTS_B):
            write_report(rep, out, i, TABLES_B, 'otherb')
        return
    for i, rep in enumerate(REPORTS):
        write_report(rep, out, i)


if __name__ == '__main__':
    main()
