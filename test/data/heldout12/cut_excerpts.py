#!/usr/bin/python3
"""Cuts the twelfth batch's excerpts by the rule of README.md (fixed before
any excerpt was read).  Run: python3 cut_excerpts.py /work/shared"""
import glob
import os
import re
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else '/work/shared'
HERE = os.path.dirname(os.path.abspath(__file__))
N = 450
W = 20
LEAD = r'(?:(?<=^)|(?<=[\n 　。；：]))'
# a top-level heading: a Chinese numeral and 、 at the start of a line
HEADING = re.compile(r'^[ 　\t]*[一二三四五六七八九十]+、(.*)$', re.M)
# the parts before the year's tasks: the review, the deployment, the targets
NOT_TASKS = re.compile(r'回顾|部署|总体要求|目标')
NUMS = '一二三四五六七八九十'
# the reports whose year's tasks no batch took (batch 8 took 2014's and 2019's)
YEARS = [2008, 2009, 2010, 2011, 2012, 2013, 2015, 2016, 2017, 2018,
         2021, 2022, 2023, 2024, 2025]


def label(n):
    return re.compile(LEAD + ('（%s）|%s是' % (n, n)), re.M)


def earlier_windows():
    seen = set()
    for p in glob.glob(os.path.join(HERE, '..', 'heldout*', '*.clean.txt')):
        if os.path.dirname(os.path.abspath(p)) == HERE:
            continue
        t = open(p, encoding='utf-8').read()
        for i in range(len(t) - W + 1):
            seen.add(t[i:i + W])
    return seen


SEEN = earlier_windows()


def task_part(text):
    """where the year's tasks start: the first top-level heading whose title
    names none of the parts before them"""
    for m in HEADING.finditer(text):
        if not NOT_TASKS.search(m.group(1)):
            return m.end()
    raise SystemExit('no task part')


def cut(year, text, item, kind, frm):
    """cuts item number item (1 = （一）/一是) of the task part: from its
    label (the first of either style at or after frm, for item 1; for later
    items the same style as item 1), whole sentences up to the first 。 at or
    after its 450th character, or to the next label of the same style when
    that comes first"""
    first = label(NUMS[0]).search(text, frm)
    following = HEADING.search(text, frm)
    if not first or (following and following.start() < first.start()):
        print('gwr_%d_national_%s' % (year, kind), 'DROPPED: no label before the next heading')
        return
    paren = first.group().startswith('（')
    if item == 1:
        m = first
    else:
        this = '（%s）' % NUMS[item - 1] if paren else NUMS[item - 1] + '是'
        m = re.compile(LEAD + re.escape(this), re.M).search(text, first.end())
        if not m:
            print('gwr_%d_national_%s' % (year, kind), 'NO ITEM')
            return
    start = m.start()
    nxt = '（%s）' % NUMS[item] if paren else NUMS[item] + '是'
    nxt = re.compile(LEAD + re.escape(nxt), re.M).search(text, m.end())
    end = text.find('。', start + N - 1)
    end = len(text) if end < 0 else end + 1
    if nxt and nxt.start() < end:
        end = nxt.start()
    ex = text[start:end].rstrip()
    name = 'gwr_%d_national_%s' % (year, kind)
    if any(ex[i:i + W] in SEEN for i in range(len(ex) - W + 1)):
        print(name, 'DROPPED: overlaps an earlier batch')
        return
    with open(os.path.join(HERE, name + '.clean.txt'), 'w', encoding='utf-8') as fh:
        fh.write(ex + '\n')
    print(name, len(ex), 'chars, label', m.group(), 'at', start - frm, 'after the heading')


SUPPLEMENT = [int(y) for y in os.environ.get('SUPPLEMENT', '').split()]

for year in YEARS:
    copy = 'textworkshop17' if year <= 2017 else 'wikisource'
    text = open(os.path.join(SHARED, 'corpus/gwr_national/gwr_%d_%s.txt' % (year, copy)),
                encoding='utf-8').read()
    frm = task_part(text)
    cut(year, text, 1, 'tasks1', frm)
    if year in SUPPLEMENT:
        cut(year, text, 2, 'tasks2', frm)
