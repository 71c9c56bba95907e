#!/usr/bin/python3
"""Cuts the eleventh batch's excerpts by the rule of README.md (fixed before
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


def label(first):
    return re.compile(LEAD + ('（%s）|%s是' % (first, first)), re.M)


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


def cut(year, text, this, after, kind, frm=0):
    """cuts the item labelled this (（一） or 一是), the first one at or after
    frm; returns where its label starts"""
    m = label(this).search(text, frm)
    start = m.start()
    nxt_re = re.compile(LEAD + ('（%s）' % after if m.group().startswith('（') else after + '是'), re.M)
    nxt = nxt_re.search(text, m.end())
    end = text.find('。', start + N - 1)
    end = len(text) if end < 0 else end + 1
    if nxt and nxt.start() < end:
        end = nxt.start()
    ex = text[start:end].rstrip()
    name = 'gwr_%d_national_%s' % (year, kind)
    if any(ex[i:i + W] in SEEN for i in range(len(ex) - W + 1)):
        print(name, 'DROPPED: overlaps an earlier batch')
        return start
    with open(os.path.join(HERE, name + '.clean.txt'), 'w', encoding='utf-8') as fh:
        fh.write(ex + '\n')
    print(name, len(ex), 'chars')
    return start


for year in range(2013, 2020):
    copy = 'textworkshop17' if year <= 2017 else 'wikisource'
    text = open(os.path.join(SHARED, 'corpus/gwr_national/gwr_%d_%s.txt' % (year, copy)),
                encoding='utf-8').read()
    first = cut(year, text, '一', '二', 'first')
    if year in (2014, 2015, 2016, 2017, 2019):  # the supplement: the second item after it
        cut(year, text, '二', '三', 'second', first)
