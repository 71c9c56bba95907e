#!/usr/bin/python3
"""Makes NAME.clean.txt of every text of this batch from its corpus file,
by the rule of README.md: mojibake undone by hand where the meaning is
certain, flattened ruby pinyin removed, traditional to simplified with
OpenCC t2s (Debian's `opencc` command), site chrome and spam removed;
everything else verbatim.  Every change is listed here, file by file.
Run: python3 make_clean.py /work/shared   (needs the opencc command)
"""
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else '/work/shared'

# pinyin after a Han character, with or without tone marks: 機(jī) 文(wen)
PINYIN = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ'
RUBY = re.compile(r'(?<=[\u3400-\u9fff])\([' + PINYIN + r']+\)')


def unruby(text):
    # doubled ruby 和(he)(he): repeat until nothing is left after a character
    while True:
        new = RUBY.sub('', text)
        if new == text:
            return text
        text = new


def t2s(text):
    out = subprocess.run(['opencc', '-c', 't2s'], input=text.encode('utf-8'),
                         stdout=subprocess.PIPE, check=True).stdout.decode('utf-8')
    return out


def drop_lines(text, lines):
    """Remove whole lines (exact content, one occurrence each)."""
    parts = text.split('\n')
    for line in lines:
        assert parts.count(line) >= 1, ('line not found', line)
        parts.remove(line)
    return '\n'.join(parts)


def drop_first_lines(text, n):
    return '\n'.join(text.split('\n')[n:])


def replace(text, old, new, count=1):
    assert text.count(old) == count, ('replace', old, text.count(old))
    return text.replace(old, new)


def drop_broken_tail(text):
    # a character broken by the corpus cut (U+FFFD) is dropped
    return text.rstrip('\ufffd')


def make(name, source, steps):
    text = open(os.path.join(SHARED, 'corpus', source), encoding='utf-8').read()
    for step in steps:
        text = step(text)
    text = unicodedata.normalize('NFC', text)
    assert '\ufffd' not in text, name
    with open(os.path.join(HERE, name + '.clean.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text)
    print(name, len(text))


X = 'xxgk_excerpts/'
T = 'template_notices/'

make('2009_shanghai_trad', X + '2009_shanghai_trad.txt', [t2s])
make('2010_shicheng_gongxinju_ruby_mojibake', X + '2010_shicheng_gongxinju_ruby_mojibake.txt', [
    # lossy mojibake of 常 and 化 (經(jīng)?;?): 經常化 (常态化 reading of the list)
    lambda t: replace(t, '經(jīng)?;?', '經(jīng)常化'),
    unruby, t2s])
make('2017_lishui', X + '2017_lishui.txt', [])
make('2017_taizhou_mirror_metaheader', X + '2017_taizhou_mirror_metaheader.txt', [
    # the mirror's metadata header (索引号, 发布机构, 文号 rows)
    lambda t: drop_first_lines(t, 3)])
make('2021_datong_xinfangju_2021template', X + '2021_datong_xinfangju_2021template.txt', [
    lambda t: drop_lines(t, ['发布时间:'])])
make('2008_wenzhou_lucheng_fgj', X + '2008_wenzhou_lucheng_fgj.txt', [])
make('2020_wuhan_shengtaihuanjingju_trad_2019template',
     X + '2020_wuhan_shengtaihuanjingju_trad_2019template.txt', [t2s])
make('gwr_local_2023_suining_placeholders',
     'gwr_local_excerpts/gwr_local_2023_suining_placeholders.txt', [])
make('gwr_2017_textworkshop17', 'gwr_national/gwr_2017_textworkshop17.txt', [])

make('article_ruby_tones_zgkjsz', T + 'article_ruby_tones_zgkjsz.txt', [unruby, t2s])


def guide(t):
    # lines of HTML junk (tags only, list bullets before tags)
    keep = [l for l in t.split('\n') if not re.fullmatch(r'\s*(?:[•\d.]+\s*)?(?:<[^>]*>\s*)+', l)]
    t = '\n'.join(keep)
    # the spam run that replaced the city's name
    return t.replace('365在线体育_365足球体育亚洲版_365网站打不开了', '')


make('guide_htmljunk_spam_ybjybg', T + 'guide_htmljunk_spam_ybjybg.txt', [guide])
make('masked_stats_system_qianlima', T + 'masked_stats_system_qianlima.txt', [
    # the page's metadata table (索引号 …); the **** masks are the source's
    lambda t: drop_first_lines(t, 4)])
make('notice2014_chongqing_ruby', T + 'notice2014_chongqing_ruby.txt', [
    unruby, t2s,
    lambda t: drop_lines(t, ['来源:其他 发布时间:2020-01-10'])])
make('notice2014_guobanfa32_ruby_gbkmojibake', T + 'notice2014_guobanfa32_ruby_gbkmojibake.txt', [
    # lossy GBK mojibake of 省(自治 (the same notice elsewhere in the corpus reads 各省(自治區)
    lambda t: replace(t, '各。ㄗ灾螀^(qū)', '各省(自治區(qū)'),
    unruby, t2s])
make('notice2014_guobanfa32_trad_headingsstripped',
     T + 'notice2014_guobanfa32_trad_headingsstripped.txt', [t2s])
make('notice2021_huaihua_original', T + 'notice2021_huaihua_original.txt', [])
make('notice2021_huaihua_spam_copy', T + 'notice2021_huaihua_spam_copy.txt', [
    drop_broken_tail,
    # the spam run that replaced the city's name in the title
    lambda t: replace(t, '威廉希尔体育', '')])
make('oldform_dingxi_tongjibaobiao', T + 'oldform_dingxi_tongjibaobiao.txt', [])
make('oldnotice2009_putian_pagination', T + 'oldnotice2009_putian_pagination.txt', [
    lambda t: drop_lines(t, ['法搜网--中国法律信息搜索网', '第 [1] [2] [3] 页 共[4]页',
                             '上面法规内容为部分内容,如果要查看全文请点击此处:查看全文',
                             '【发表评论】 【互动社区】', '相关文章'])])
make('tpl2019_notice_ruby_toneless_dup_hongxingpaper',
     T + 'tpl2019_notice_ruby_toneless_dup_hongxingpaper.txt', [
         unruby, t2s,
         lambda t: drop_lines(t, ['免费菠萝视频app下载', '信息公开', '文章来源:中央政府网 发布时间:2020-11-26'])])
make('tpl2021_format_attachment_cells_275167', T + 'tpl2021_format_attachment_cells_275167.txt', [
    lambda t: drop_first_lines(t, 5)])
make('tpl2021_notice_ruby_droppedchars_haose21', T + 'tpl2021_notice_ruby_droppedchars_haose21.txt', [
    unruby, t2s,
    lambda t: drop_lines(t, ['亚洲国产成人精品久久久国产成人一区_韩日欧美一区_亚洲精品aⅴ中文字幕乱码_欧美激情一级精品国产',
                             '公务安全邮箱登录 | 政务服务门户登录 | ', '作者: 来自: 时间:2021-09-29 10:05:00'])])
make('tpl2021_notice_simplified_smx', T + 'tpl2021_notice_simplified_smx.txt', [
    lambda t: drop_lines(t, ['当前位置:首页 > 政府信息公开机制建设 >政府信息公开机制>文章详情',
                             '发布时间:2021-11-02 09:08 来源:中国政府网 作者:'])])
make('tpl2021_notice_trad_misconv_shangkeht', T + 'tpl2021_notice_trad_misconv_shangkeht.txt', [
    t2s,
    lambda t: drop_lines(t, ['发布日期:2023-05-15 10:44来源:国务院办公厅政府信息与政务公开办公室浏览次数:'])])
make('tpl2021_notice_trad_ruby_spam_eshutan', T + 'tpl2021_notice_trad_ruby_spam_eshutan.txt', [
    unruby, t2s,
    # the spam line, and the page's metadata (索引号 … 名称 …, 来源 … 字体)
    lambda t: drop_first_lines(t, 2),
    lambda t: drop_first_lines(t, 4),
    lambda t: drop_lines(t, ['来源: 国务院办公厅政府信息与政务公开办公室 发布时间:2021-09-29 累计次数: 字体:[ ]']),
    ])
