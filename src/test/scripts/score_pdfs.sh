#!/usr/bin/env bash
# Sentence F1 of `segment --lang ru` on typeset articles, with pdftotext + the text path as the
# baseline in the same run. Usage: score_pdfs.sh DIR [DIR...]  (DIR holds NNN-*.pdf and NNN.docx with
# NNN.sentences.txt, as ../shared/benchmarks/pdf, or NAME.pdf / NAME.docx with NAME.gold.txt, as
# make_layouts.py writes). Prints: file, Tandem's f1 P R words_kept extra_words, then the baseline's.
set -euo pipefail
JAR=${JAR:-target/tandem.jar}
SCORE=${SCORE:-../shared/benchmarks/pdf/score_pdf.py}
out=$(mktemp -d)
for dir in "$@"; do
  for f in "$dir"/*.pdf "$dir"/*.docx; do
    [ -f "$f" ] || continue
    b=$(basename "$f"); stem=${b%.*}
    gold="$dir/$stem.gold.txt"; [ -f "$gold" ] || gold="$dir/${stem:0:3}.sentences.txt"
    [ -f "$gold" ] || continue
    java -jar "$JAR" segment --lang ru "$f" > "$out/t.txt" 2> "$out/err.txt" || { echo "$b refused: $(head -c 200 "$out/err.txt")"; continue; }
    base="-"
    if [[ "$f" == *.pdf ]]; then
      pdftotext "$f" "$out/p.txt" && java -jar "$JAR" segment --lang ru "$out/p.txt" > "$out/b.txt" 2>/dev/null \
        && base=$(python3 "$SCORE" "$gold" "$out/b.txt")
    fi
    printf '%-22s %s | pdftotext: %s\n' "$b" "$(python3 "$SCORE" "$gold" "$out/t.txt")" "$base"
  done
done
rm -rf "$out"
