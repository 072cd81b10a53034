#!/usr/bin/env bash
# The article's own English from every file, scored as ../shared/benchmarks/seeding/README.md says: each file
# imported into a fresh data directory, exported as XLIFF 2.0, scored by score_seeding.py.
# Usage: score_seeding.sh DIR [DIR...]  (DIR holds NAME-*.pdf / NAME.docx with NAME.pairs.tsv). Prints one line a
# file and the totals.
set -euo pipefail
JAR=${JAR:-target/tandem.jar}
SCORE=${SCORE:-../shared/benchmarks/seeding/score_seeding.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=0; perfect=0; correct=0; pairs=0; wrong=0; english=0
for dir in "$@"; do
  for f in "$dir"/*.pdf "$dir"/*.docx; do
    [ -f "$f" ] || continue
    b=$(basename "$f"); stem=${b%.*}; gold="$dir/${stem%-*}.pairs.tsv"
    [ -f "$gold" ] || gold="$dir/$stem.pairs.tsv"
    [ -f "$gold" ] || continue
    rm -rf "$work/data"
    java -jar "$JAR" import --project S "$f" --tandem.data-dir="$work/data" > "$work/imp.txt" 2>&1 || { echo "$b import failed: $(tail -1 "$work/imp.txt")"; continue; }
    java -jar "$JAR" export --document "$stem" --format xliff --out "$work/d.xlf" --tandem.data-dir="$work/data" > /dev/null 2>&1
    line=$(python3 "$SCORE" "$gold" "$work/d.xlf")
    printf '%-28s %s\n' "$(basename "$dir")/$b" "$line"
    read -r c n w e <<< "$(echo "$line" | sed -E 's/correct ([0-9]+) of ([0-9]+), wrong ([0-9]+), english sources ([0-9]+)/\1 \2 \3 \4/')"
    files=$((files+1)); correct=$((correct+c)); pairs=$((pairs+n)); wrong=$((wrong+w)); english=$((english+e))
    [ "$c" = "$n" ] && [ "$w" = 0 ] && [ "$e" = 0 ] && perfect=$((perfect+1))
  done
done
echo "files $files, every pair right $perfect; pairs right $correct of $pairs, wrong $wrong, english sources $english"
