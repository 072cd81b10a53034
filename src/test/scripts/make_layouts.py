#!/usr/bin/python3
"""More layouts than the benchmark's own (make_pdfs.py), to check that PDF reading holds beyond
the public files: from gold sentences (first line the title) it typesets
  tex2abs  pdfLaTeX, 11pt, two columns under a full-width title, author and abstract, footnotes,
           page numbers in the outer header corner, running title and journal alternating
  tex1a5   pdfLaTeX, 12pt on A5, one column, footnotes, page number at the foot's right
  lofn     pandoc DOCX with footnotes and an author line, typeset by LibreOffice
and writes NAME-LAYOUT.pdf with NAME-LAYOUT.gold.txt: the running text's sentences (footnotes
are not part of it; `segment` prints them only with --footnotes).
Usage: make_layouts.py GOLD.sentences.txt OUTDIR SEED"""
import os, random, re, subprocess, sys, tempfile
gold, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
name = os.path.basename(gold).split('.')[0][:3]
sents = [l.rstrip('\n') for l in open(gold, encoding='utf-8') if l.strip()]
rnd = random.Random(seed)
title, body = sents[0], sents[1:]
notes = ['РГАСПИ. Ф. 5. Оп. 1. Д. 2138. Л. 15.', 'Там же. С. 45.', 'ГАРФ. Ф. Р-130. Оп. 4. Д. 12. Л. 3–5.',
         'Известия. 1922. 18 апреля.', 'Документы внешней политики СССР. Т. 4. М., 1960. С. 597.']
paras, i = [], 0
while i < len(body):
    k = rnd.randint(2, 6); paras.append(body[i:i + k]); i += k
os.makedirs(out, exist_ok=True)

def esc(s):
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '{': r'\{', '}': r'\}',
           '~': r'\textasciitilde{}', '^': r'\textasciicircum{}', '"': r'\textquotedbl{}'}
    return ''.join(rep.get(c, c) for c in s)

def with_notes(p, fmt):
    out_s, k = [], 0
    for s in p:
        if rnd.random() < 0.12 and s.rstrip().endswith('.'):
            s = fmt(s, notes[k % len(notes)]); k += 1
        out_s.append(s)
    return out_s

def tex(layout):
    head = esc(title if len(title) < 50 else title[:47].rsplit(' ', 1)[0] + '…')
    two = layout == 'tex2abs'
    opts = '11pt,a4paper,twocolumn' if two else '12pt,a5paper'
    doc = [r'\documentclass[%s]{article}' % opts, r'\usepackage[T1,T2A]{fontenc}', r'\usepackage[utf8]{inputenc}',
           r'\usepackage[english,russian]{babel}', r'\usepackage{lmodern}',
           r'\usepackage[margin=%s]{geometry}' % ('1.8cm' if two else '1.5cm'), r'\usepackage{fancyhdr}', r'\pagestyle{fancy}', r'\fancyhf{}']
    if two:
        doc += [r'\fancyhead[L]{\small\thepage\quad Российская история, 2022, № 3}', r'\fancyhead[R]{\small\itshape %s}' % head]
    else:
        doc += [r'\fancyhead[C]{\footnotesize %s}' % head, r'\fancyfoot[R]{\thepage}']
    doc += [r'\setlength{\parindent}{1.2em}', r'\begin{document}']
    fmt = lambda s, n: esc(s) + r'\footnote{' + esc(n) + '}'
    rest = paras
    if two:
        abstract = ' '.join(esc(s) for s in paras[0])
        doc.append(r'\twocolumn[{\begin{center}{\LARGE\bfseries %s\par}\vspace{1em}{\large И. И. Иванов\par}\vspace{1em}'
                   r'\parbox{0.85\textwidth}{\small %s}\end{center}\vspace{1.5em}}]' % (esc(title), abstract))
        rest = paras[1:]
    else:
        doc.append(r'\section*{%s}' % esc(title))
    for p in rest:
        doc.append(' '.join(s if '\\footnote' in s else esc(s) for s in with_notes(p, fmt))); doc.append('')
    doc.append(r'\end{document}')
    return '\n'.join(doc)

for layout in ('tex2abs', 'tex1a5'):
    with tempfile.TemporaryDirectory() as t:
        open(f'{t}/a.tex', 'w', encoding='utf-8').write(tex(layout))
        for _ in range(2):
            r = subprocess.run(['pdflatex', '-interaction=nonstopmode', 'a.tex'], cwd=t, capture_output=True)
        if not os.path.exists(f'{t}/a.pdf'): sys.exit('pdflatex failed: ' + r.stdout[-800:].decode('utf-8', 'replace'))
        os.replace(f'{t}/a.pdf', f'{out}/{name}-{layout}.pdf')
    g = [sents[0], 'И. И. Иванов'] + sents[1:] if layout == 'tex2abs' else sents
    open(f'{out}/{name}-{layout}.gold.txt', 'w', encoding='utf-8').write('\n'.join(g) + '\n')
with tempfile.TemporaryDirectory() as t:
    md_esc = lambda x: re.sub(r'([\\*_`\[\]#<>|~^$])', r'\\\1', x)
    fn = []
    def mdnote(s, n):
        fn.append(n); return md_esc(s) + f'[^{len(fn)}]'
    md = ['# ' + md_esc(title), '', '*И. И. Иванов*', '']
    for p in paras:
        md.append(' '.join(s if '[^' in s else md_esc(s) for s in with_notes(p, mdnote)) + '\n')
    md += [f'[^{k + 1}]: {md_esc(n)}' for k, n in enumerate(fn)]
    open(f'{t}/a.md', 'w', encoding='utf-8').write('\n'.join(md))
    subprocess.run(['pandoc', '-f', 'markdown-smart-auto_identifiers-tex_math_dollars-raw_tex-raw_html', '-o', f'{t}/a.docx', f'{t}/a.md'], check=True)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', t, f'{t}/a.docx'], check=True, capture_output=True)
    os.replace(f'{t}/a.pdf', f'{out}/{name}-lofn.pdf'); os.replace(f'{t}/a.docx', f'{out}/{name}-fn.docx')
    # the author line is running text of its own
    g = [sents[0], 'И. И. Иванов'] + sents[1:]
    open(f'{out}/{name}-lofn.gold.txt', 'w', encoding='utf-8').write('\n'.join(g) + '\n')
    open(f'{out}/{name}-fn.gold.txt', 'w', encoding='utf-8').write('\n'.join(g) + '\n')
print(name, 'done')
