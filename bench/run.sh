#!/usr/bin/env bash
# Times `sfd build` on generated sites of 1,000 and 10,000 posts, and Hugo on the same posts when it is installed.
# Usage: bash bench/run.sh [N ...]        (default: 1000 10000)
# Needs: the .NET SDK; hyperfine (Debian package hyperfine); optionally hugo (Debian package hugo).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 1000 10000
sizes=("$@")
work=${BENCH_DIR:-bench/out}
mkdir -p "$work"

# The engine as users run it: a Release, ReadyToRun build of the sfd tool.
dotnet publish src/SalesForDevs.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/sfd" >/dev/null
sfd=$(realpath "$work/sfd/sfd")

for n in "${sizes[@]}"; do
  site="$work/site-$n"
  [ -d "$site/sfd" ] || dotnet run --project bench/SalesForDevs.Bench -c Release -- "$n" "$site"
  runs=$(( n >= 10000 ? 5 : 10 ))
  commands=("$sfd build --quiet --source $site/sfd --output $site/sfd/_site")
  names=("sfd")
  if command -v hugo >/dev/null 2>&1; then
    commands+=("hugo --quiet --source $site/hugo --destination $site/hugo/public")
    names+=("hugo")
  fi
  args=()
  for i in "${!commands[@]}"; do args+=(--command-name "${names[$i]} $n posts" "${commands[$i]}"); done
  # Rebuilds: the output folder already holds the previous build, as when an author builds again.
  hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/results-$n.md" "${args[@]}"
  # First builds: the output folder is removed before every run, as on a fresh CI checkout.
  hyperfine --runs 3 --prepare "rm -rf $site/sfd/_site $site/hugo/public" --export-markdown "$work/results-$n-first.md" "${args[@]}"
done
