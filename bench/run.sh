#!/usr/bin/env bash
# Times `sfd build` against Hugo on generated sites, and sfd alone on this repository's own site.
# For each size it measures first builds (into an empty folder, as on a fresh CI checkout) and rebuilds (the
# output folder already holds the previous build), alternating the two engines run by run so that a noisy
# machine treats both alike. Each run is timed by GNU time: wall, processor (user + system) and peak memory.
#
# Usage: bash bench/run.sh [--runs N] [SIZE ...]     (default: --runs 3, sizes 10 100 1000 10000)
#        SFD_PUBLISH=r2r bash bench/run.sh ...       times a ReadyToRun publish instead of the installed tool
#        SFD_PUBLISH=aot bash bench/run.sh ...       times a Native AOT publish (what the tool installs on linux-x64)
# Needs: the .NET SDK, GNU time (Debian `time`) and Hugo (Debian `hugo`, 0.111); both are installed when missing.
# Results: a markdown table on stdout and in bench/out/results.md; raw runs in bench/out/runs.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
if [ "${1:-}" = "--runs" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || set -- 10 100 1000 10000
work=${BENCH_DIR:-bench/out}
mkdir -p "$work"
# Absolute: sfd's --output and Hugo's --destination are taken relative to the site folder, so a relative path would
# put each output inside its site while the deletion before a first build missed it (every "first" build a rebuild).
work=$(cd "$work" && pwd)

missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} with apt-get (needed to time the builds)..."
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The engine as users run it: the tool package packed as the README says and installed with dotnet tool install into
# a tool path of its own (Native AOT on linux-x64, framework-dependent elsewhere); or a ReadyToRun or Native AOT publish.
case "${SFD_PUBLISH:-tool}" in
tool)
  echo "Packing and installing the sfd tool (Release; several minutes for the native compiler)..."
  rm -rf "$work/nupkg" "$work/tool"
  dotnet pack src/SalesForDevs.Cli -c Release -o "$work/nupkg" --artifacts-path "$work/artifacts" >/dev/null
  dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" --ignore-failed-sources SalesForDevs.Cli >/dev/null
  sfd="$(realpath "$work")/tool/sfd"
  ;;
aot)
  echo "Publishing sfd (Release, Native AOT; several minutes)..."
  dotnet publish src/SalesForDevs.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/sfd-aot" >/dev/null
  sfd=$(realpath "$work/sfd-aot/sfd")
  ;;
*)
  echo "Publishing sfd (Release, ReadyToRun)..."
  dotnet publish src/SalesForDevs.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/sfd" >/dev/null
  sfd=$(realpath "$work/sfd/sfd")
  ;;
esac
repo=$(pwd)

tsv="$work/runs.tsv"
printf 'site\tengine\tbuild\twall_s\tuser_s\tsys_s\tpeak_kib\n' >"$tsv"

# measure SITE ENGINE BUILD OUTPUT COMMAND...: runs COMMAND once under GNU time and appends a row.
measure() {
  local site=$1 engine=$2 build=$3 output=$4; shift 4
  [ "$build" = first ] && rm -rf "$output"
  local t; t=$(mktemp)
  /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$t" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; cat "$t" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\n' "$site" "$engine" "$build" "$(tail -n 1 "$t")" >>"$tsv"
  rm -f "$t"
}

for n in "$@"; do
  site="$work/site-$n"
  if [ ! -d "$site/sfd" ]; then
    echo "Generating $n posts..."
    dotnet run --project bench/SalesForDevs.Bench -c Release -- "$n" "$site" >/dev/null
  fi
  echo "Timing $n posts ($runs runs of each build)..."
  for ((r = 0; r < runs; r++)); do
    for build in first rebuild; do
      # A first build is a fresh checkout: no output and no kept highlighting (.sfd/cache) either.
      [ "$build" = first ] && rm -rf "$site/sfd/.sfd/cache"
      measure "$n" sfd "$build" "$site/sfd/_site" "$sfd" build --quiet --source "$site/sfd" --output "$site/sfd/_site"
      measure "$n" hugo "$build" "$site/hugo/public" hugo --quiet --source "$site/hugo" --destination "$site/hugo/public"
    done
  done
done

# This repository's own site, as its author builds it (no Hugo twin).
echo "Timing this repository's site..."
own="$(mktemp -d)/_site"
for ((r = 0; r < runs; r++)); do
  for build in first rebuild; do measure "own site" sfd "$build" "$own" "$sfd" build --quiet --source "$repo" --output "$own"; done
done
rm -rf "$(dirname "$own")"

# Medians (with min–max) per site, engine and build; ratios sfd / Hugo from the medians.
awk -F'\t' '
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    lo = a[1]; hi = a[n]
    return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  NR > 1 {
    key = $1 SUBSEP $3; sites[key] = 1; order[$1] = order[$1] ? order[$1] : NR
    wall[$2, key] = wall[$2, key] " " $4; cpu[$2, key] = cpu[$2, key] " " ($5 + $6); mem[$2, key] = mem[$2, key] " " ($7 / 1024)
  }
  END {
    print "| posts | build | sfd wall | Hugo wall | wall ratio | sfd processor | Hugo processor | processor ratio | sfd peak MiB | Hugo peak MiB | memory ratio |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    n = 0; for (k in sites) keys[++n] = k
    for (i = 2; i <= n; i++) { t = keys[i]; split(t, ti, SUBSEP); for (j = i - 1; j >= 1; j--) { split(keys[j], tj, SUBSEP); if (order[tj[1]] < order[ti[1]] || (tj[1] == ti[1] && tj[2] <= ti[2])) break; keys[j + 1] = keys[j] } keys[j + 1] = t }
    for (i = 1; i <= n; i++) {
      k = keys[i]; split(k, parts, SUBSEP)
      sw = median(wall["sfd", k]); swr = sprintf("%.2f s (%.2f–%.2f)", sw, lo, hi)
      sc = median(cpu["sfd", k]); scr = sprintf("%.2f s", sc)
      sm = median(mem["sfd", k]); smr = sprintf("%.0f", sm)
      if (wall["hugo", k] != "") {
        hw = median(wall["hugo", k]); hwr = sprintf("%.2f s (%.2f–%.2f)", hw, lo, hi)
        hc = median(cpu["hugo", k]); hcr = sprintf("%.2f s", hc)
        hm = median(mem["hugo", k]); hmr = sprintf("%.0f", hm)
        printf "| %s | %s | %s | %s | %.2f | %s | %s | %.2f | %s | %s | %.2f |\n", parts[1], parts[2], swr, hwr, sw / hw, scr, hcr, sc / hc, smr, hmr, sm / hm
      } else {
        printf "| %s | %s | %s | – | – | %s | – | – | %s | – | – |\n", parts[1], parts[2], swr, scr, smr
      }
    }
  }' "$tsv" | tee "$work/results.md"
