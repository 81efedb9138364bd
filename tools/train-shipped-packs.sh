#!/usr/bin/env bash
# Rebuilds the task packs Postlens ships, from the public data sets in ../shared/data, with `postlens train`,
# then prints a summary table: pack, metric, validation figure, the published FastText / RoBERTa-base (or XLM-R)
# figures on the test split, and size.
#
#   tools/train-shipped-packs.sh [--data DIR] [--out DIR] [--seed N] [--family auto|ngram|encoder|combined] [--jobs N] [PACK_ID...]
#
# --data   the folder of data sets (default: ../shared/data beside the repository)
# --out    where the packs go (default: resources/src/main/resources/postlens/packs, i.e. into the build)
# --family the family for every pack (default: each pack's own, from the table below)
# --jobs   packs trained at once (default 1)
# PACK_ID  only these packs (default: all); --list prints the ids
# Same data, seed and machine give the same packs. Each pack's training log is left in target/train-shipped-packs/.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
data="$here/../shared/data"
out="$here/resources/src/main/resources/postlens/packs"
seed=42
family=
jobs=1
budget_mb=60

# id  task (task:target where a task has one pack per target)  language  folder under --data  family
# train options (chosen on the validation split: see README). emoji-en is n-grams only: encoding its 50,000 texts
# would double the time of a full rebuild on 2 cores.
# Each line is exactly what ships; --family overrides the family of every line.
packs="
sentiment-en        sentiment        en  semeval2017-task4a-en               auto
sentiment-ar        sentiment        ar  xlm-t-umsab                         auto
sentiment-hi        sentiment        hi  xlm-t-umsab                         auto      --word-ngrams 1
emoji-en            emoji            en  tweeteval                           ngram     --learning-rate 0.003
emotion-en          emotion          en  tweeteval                           auto
sarcasm-en          sarcasm          en  tweeteval                           auto
sarcasm-ar          sarcasm          ar  arsarcasm-v2                        auto
stance-abortion-en  stance:abortion  en  tweeteval/stance/abortion           auto
stance-atheism-en   stance:atheism   en  tweeteval/stance/atheism            auto
stance-climate-en   stance:climate   en  tweeteval/stance/climate            auto
stance-feminist-en  stance:feminism  en  tweeteval/stance/feminist           auto
stance-hillary-en   stance:hillary   en  tweeteval/stance/hillary            auto
offensive-en        offensive        en  tweeteval                           auto
offensive-ar        offensive        ar  osact4-arabic-offensive             auto
hate-en             hate             en  tweeteval                           auto
hate-ar             hate             ar  osact4-arabic-offensive             auto
hostility-hi        hostility        hi  constraint2021-hindi-hostility      auto
checkworthiness-en  checkworthiness  en  checkthat2024-task1                 auto
checkworthiness-ar  checkworthiness  ar  checkthat2024-task1                 auto
truthfulness-en     truthfulness     en  liar                                auto
propaganda-en       propaganda       en  semeval2021-task6-propaganda-memes  auto
topic-en            topic            en  ag-news                             auto
"

only=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --family) family="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --list) awk 'NF { print $1 }' <<<"$packs"; exit 0 ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) only+=("$1"); shift ;;
  esac
done

[[ -d "$data" ]] || { echo "no data folder $data (give --data DIR)" >&2; exit 1; }
command -v jq >/dev/null || { echo "this script needs jq for its summary" >&2; exit 1; }
for id in "${only[@]}"; do
  grep -qE "^$id " <<<"$packs" || { echo "unknown pack id $id (see --list)" >&2; exit 2; }
done
logs="$here/target/train-shipped-packs"
mkdir -p "$out" "$logs"

# Build once, then train from a copy of Postlens's own jars, so that edits or rebuilds during the hours this can
# take change nothing under it (the third-party jars in app/target/lib do not change with the sources).
(cd "$here" && ./mvnw -q -B -o -DskipTests package) || (cd "$here" && ./mvnw -q -B -DskipTests package)
snapshot="$logs/jars"
rm -rf "$snapshot" && mkdir -p "$snapshot"
cp "$here"/app/target/postlens-app-*.jar "$here"/app/target/lib/postlens-*.jar "$snapshot/"
postlens() {
  OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}" java ${POSTLENS_JAVA_OPTS:--Xmx1g} \
    -cp "$snapshot/*:$here/app/target/lib/*" org.postlens.app.Launcher "$@"
}

# One pack: its log's last line is train's JSON summary on success.
train_one() {
  local id=$1 task=$2 lang=$3 folder=$4 pack_family=$5; shift 5
  local target=()
  if [[ "$task" == *:* ]]; then
    target=(--target "${task#*:}")
    task="${task%%:*}"
  fi
  rm -rf "${out:?}/$id"
  postlens train --task "$task" ${target[@]+"${target[@]}"} --lang "$lang" --data "$data/$folder" \
      --out "$out/$id" --seed "$seed" --family "${family:-$pack_family}" "$@" >"$logs/$id.log" 2>&1
}

started=$(date +%s)
chosen=()
failed=0
while read -r id task lang folder pack_family options; do
  [[ -n "$id" ]] || continue
  if [[ ${#only[@]} -gt 0 && ! " ${only[*]} " =~ " $id " ]]; then
    continue
  fi
  chosen+=("$id")
  while [[ $(jobs -rp | wc -l) -ge $jobs ]]; do
    wait -n || true
  done
  echo "== $id: $task ($lang) from $folder, ${family:-$pack_family} $options" >&2
  # shellcheck disable=SC2086 # the options column is words
  train_one "$id" "$task" "$lang" "$folder" "$pack_family" $options &
done <<<"$packs"
wait || true

summary=()
for id in "${chosen[@]}"; do
  line=$(tail -n 1 "$logs/$id.log")
  if jq -e .pack <<<"$line" >/dev/null 2>&1; then
    summary+=("$line")
  else
    echo "   $id failed: $line" >&2
    failed=$((failed + 1))
  fi
done

printf '\n%-20s %-22s %10s %9s %13s %8s  %s\n' pack metric validation fasttext roberta/xlm-r size family
for line in "${summary[@]}"; do
  id=$(jq -r .pack <<<"$line")
  card="$out/$id/model-card.json"
  printf '%-20s %-22s %10s %9s %13s %7sK  %s\n' "$id" "$(jq -r .metric <<<"$line")" "$(jq -r .validation <<<"$line")" \
    "$(jq -r '.reference.fasttext // "-"' "$card")" "$(jq -r '.reference.roberta_base // .reference.xlm_r // "-"' "$card")" \
    "$(du -sk "$out/$id" | cut -f1)" "$(jq -r .family <<<"$line")"
done
total_kb=$(du -sk "$out" | cut -f1)
printf '\nall packs in %s: %d MB (budget %d MB)%s\n' "$out" $((total_kb / 1024)) "$budget_mb" \
  "$([[ $((total_kb / 1024)) -ge $budget_mb ]] && echo ' - OVER BUDGET' || true)"
echo "(validation figures; the reference figures are published on the data sets' test splits)"
echo "trained in $(( $(date +%s) - started )) s with --jobs $jobs"
[[ $failed -eq 0 ]] || { echo "$failed pack(s) failed: see their .log files in $logs" >&2; exit 1; }
