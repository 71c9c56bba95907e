#!/usr/bin/env python3
"""Rewrite the flattened tables of a generated report in another layout,
keeping the truth of every cell.

The reports of ../shared/dev/tables come in three layouts (` | ` pipes, one
cell per line, tabs).  Real pages show more: markdown pipes with rule rows,
and PDF text with rows of space-separated numbers after their label and
narrow headers printed one character per line.  This tool takes a report in
a row-per-line layout (pipes or tabs) with its NAME.tables.json and writes
the same report in another layout, moving every cell's span with it, so
score_tables.py measures layouts the generated set does not have.

Usage: relayout_tables.py SRC_DIR OUT_DIR [--tsv]
  writes OUT_DIR/NAME-LAYOUT.txt and .tables.json for every row-per-line
  report of SRC_DIR and every LAYOUT it is not already in; with --tsv, the
  truth as .cells.tsv instead (the unit tests' fixture format: a "# broken N"
  line, then "start end value row_key col_key" per cell).
  WRAP=N (environment) sets the width of PDF label columns (default 12).
  Layouts: pipes, tabs, markdown, cells, pdf, and pdf-blank (PDF text of a
  report that left its zeros blank: they vanish and later cells shift);
  with --more also cellsbare (one cell per line, ` |` after each, no line
  of `||||` between rows) and pdfsplit (PDF text, each row's numbers on the
  line after its label).
"""
import json
import os
import re
import sys

LAYOUTS = ('pipes', 'tabs', 'markdown', 'cells', 'pdf', 'pdf-blank')
# layouts of session 6, written only when asked for (--more): one cell per line without the `||||` line after
# each row, and PDF text whose numbers are on the line after their label
MORE_LAYOUTS = ('cellsbare', 'pdfsplit')
WRAP = int(os.environ.get('WRAP', 12))  # characters of a label column in the PDF layout


def split_row(line, sep):
    """The cells of a table line with their offsets in the line."""
    cells = []
    if sep == '|':
        for m in re.finditer(r'[^|]+', line):
            text = m.group().strip()
            if text:
                start = m.start() + m.group().index(text)
                cells.append((text, start))
    else:
        pos = 0
        for part in line.split('\t'):
            if part.strip():
                cells.append((part.strip(), pos + part.index(part.strip())))
            pos += len(part) + 1
    return cells


def read(text, sep):
    """The report as a list of items: ('line', text) or ('row', [(cell, is_table)])."""
    items = []
    pos = 0
    for line in text.split('\n'):
        if (sep in line) and split_row(line, sep):
            items.append(('row', [(c, pos + off) for c, off in split_row(line, sep)]))
        else:
            items.append(('line', line))
        pos += len(line) + 1
    return items


class Writer:
    def __init__(self, by_start):
        self.out = []
        self.length = 0
        self.by_start = by_start
        self.moved = []

    def put(self, s, origin=None):
        if origin is not None and origin in self.by_start:
            cell = dict(self.by_start[origin])
            cell['start'] = self.length
            cell['end'] = self.length + len(s)
            self.moved.append(cell)
        self.out.append(s)
        self.length += len(s)

    def text(self):
        return ''.join(self.out)


def is_number(cell):
    return re.fullmatch(r'[-+]?[0-9][0-9,.]*(万元|元|%)?', cell) is not None


EMPTY_MARKS = ('/', '／', '-', '－', '—', '——', '无')


def is_position(cell):
    """A number or an empty mark: printed in its place among the numbers."""
    return is_number(cell) or cell in EMPTY_MARKS


def write(items, layout, by_start):
    w = Writer(by_start)
    first = True
    in_table = False
    for kind, value in items:
        if not first:
            w.put('\n')
        first = False
        if kind == 'line':
            in_table = False
            w.put(value)
            continue
        cells = value
        if layout in ('pipes', 'tabs'):
            sep = ' | ' if layout == 'pipes' else '\t'
            for i, (c, origin) in enumerate(cells):
                if i:
                    w.put(sep)
                w.put(c, origin)
            if layout == 'pipes':
                w.put(' |')
        elif layout == 'markdown':
            w.put('|')
            for c, origin in cells:
                w.put(' ')
                w.put(c, origin)
                w.put(' |')
            if not in_table:
                w.put('\n|' + '---|' * len(cells))
        elif layout in ('cells', 'cellsbare'):
            for i, (c, origin) in enumerate(cells):
                if i:
                    w.put('\n')
                w.put(c, origin)
                w.put(' |')
            if layout == 'cells':
                w.put('\n||||')
        elif layout == 'pdfsplit' and any(is_position(c) for c, _ in cells):
            # the label cells on one line (a serial number before them
            # too), the numbers on the next
            serial = 1 if (len(cells) > 1 and is_number(cells[0][0])
                           and not is_position(cells[1][0])) else 0
            shown = cells[:serial] + [x for x in cells[serial:] if not is_position(x[0])]
            w.put(' '.join(c for c, _ in shown))
            w.put('\n')
            for k, (c, origin) in enumerate(x for x in cells[serial:] if is_position(x[0])):
                if k:
                    w.put(' ')
                w.put(c, origin)
        elif layout in ('pdf', 'pdf-blank', 'pdfsplit'):
            numbers = [x for x in cells if is_position(x[0])]
            if layout == 'pdf-blank':
                # zeros left blank, and blank cells vanish from PDF text
                numbers = [x for x in numbers if x[0] != '0']
            labels = [x for x in cells if not is_position(x[0])]
            if not numbers and len(labels) >= 2 and all(len(c) <= 6 for c, _ in labels):
                # narrow headers: one character per line, columns side by side
                depth = max(len(c) for c, _ in labels)
                w.put('\n'.join(' '.join(c[k] for c, _ in labels if k < len(c))
                                for k in range(depth)))
            else:
                # each label cell wraps in its narrow column: its first
                # WRAP characters stay on the line with the numbers, the
                # rest of every cell follows on the next line
                if not numbers:
                    w.put(' '.join(c for c, _ in labels))
                else:
                    tails = [c[WRAP:] for c, _ in labels if len(c) > WRAP]
                    if labels and cells[0] in numbers and cells.index(labels[0]) > 0:
                        # a serial number before its label stays first
                        shown = [x for x in cells if x in numbers or x in labels]
                        for k, (c, origin) in enumerate(shown):
                            if k:
                                w.put(' ')
                            if (c, origin) in numbers:
                                w.put(c, origin)
                            else:
                                w.put(c[:WRAP])
                    else:
                        heads = [c[:WRAP] for c, _ in labels]
                        w.put(' '.join(heads))
                        for c, origin in numbers:
                            w.put(' ')
                            w.put(c, origin)
                    if tails:
                        w.put('\n' + ' '.join(tails))
        in_table = True
    return w


def main():
    src, out = [a for a in sys.argv[1:] if not a.startswith('--')][:2]
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith('.tables.json'):
            continue
        base = name[:-len('.tables.json')]
        truth = json.load(open(os.path.join(src, name), encoding='utf-8'))
        if truth['layout'] not in ('pipes', 'tabs'):
            continue
        text = open(os.path.join(src, base + '.txt'), encoding='utf-8').read()
        items = read(text, '|' if truth['layout'] == 'pipes' else '\t')
        by_start = {c['start']: c for c in truth['cells']}
        for layout in LAYOUTS + (MORE_LAYOUTS if '--more' in sys.argv else ()):
            if layout == truth['layout']:
                continue
            w = write(items, layout, by_start)
            if layout == 'pdf-blank':
                truth_cells = [c for c in truth['cells'] if c['raw'] != '0']
            else:
                truth_cells = truth['cells']
            if len(w.moved) != len(truth_cells):
                sys.exit(f'{base} as {layout}: {len(w.moved)} of {len(truth_cells)} cells placed')
            new_text = w.text()
            for c in w.moved:
                assert new_text[c['start']:c['end']] == c['raw'], (base, layout, c)
            new = dict(truth, layout=layout, cells=w.moved)
            stem = f'{base}-{layout}'
            with open(os.path.join(out, stem + '.txt'), 'w', encoding='utf-8') as f:
                f.write(new_text)
            if '--tsv' in sys.argv:
                with open(os.path.join(out, stem + '.cells.tsv'), 'w', encoding='utf-8') as f:
                    f.write(f"# broken\t{len(new.get('broken') or [])}\n")
                    for c in new['cells']:
                        v = c['value']
                        if isinstance(v, float) and v.is_integer():
                            v = int(v)
                        f.write(f"{c['start']}\t{c['end']}\t{v}\t{c['row_key']}\t{c['col_key']}\n")
            else:
                with open(os.path.join(out, stem + '.tables.json'), 'w', encoding='utf-8') as f:
                    json.dump(new, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
