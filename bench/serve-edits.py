#!/usr/bin/env python3
"""Times `sfd serve` from a saved edit to the browser's reload event, per kind of edit.

Starts `sfd serve --verbose` on a free port of 127.0.0.1, listens to its live-reload event stream as an open page
does, then makes each kind of edit RUNS times (every edit is undone by the next one, so the site ends as it began)
and measures from just before the file is written to the arrival of the reload event, and the server's processor time
(user + system, from /proc) over the same span, which a busy machine inflates far less than wall time. Prints the
median, min and max per kind, and serve's own per-stage split of the median rebuild.

Usage: python3 bench/serve-edits.py [--runs N] [--kinds K1,K2] [--sfd COMMAND] SITE_DIR
       COMMAND defaults to the published tool bench/out/sfd/sfd (bench/run.sh publishes it).
       --kinds picks some of: body, excerpt, title, new post, deleted post, site.yml, template (default: all).
"""
import argparse
import http.client
import os
import queue
import re
import shlex
import statistics
import subprocess
import sys
import threading
import time

KINDS = ["body", "excerpt", "title", "new post", "deleted post", "site.yml", "template"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--sfd", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "sfd", "sfd"))
    parser.add_argument("site")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    kinds = [k.strip() for k in args.kinds.split(",")]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        sys.exit(f"unknown kinds: {', '.join(unknown)}; known: {', '.join(KINDS)}")
    if ("new post" in kinds) != ("deleted post" in kinds):
        sys.exit("new post and deleted post undo each other: pick both or neither")

    command = shlex.split(args.sfd) + ["serve", "--source", site, "--port", "0", "--verbose"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=pump, args=(server.stdout, lines), daemon=True).start()
    try:
        url = wait_for(lines, r"^Serving (\S+)", 600).group(1)
        events = queue.Queue()
        threading.Thread(target=listen, args=(url, events), daemon=True).start()
        events.get(timeout=30)  # the hello event: the page is connected
        edits = Edits(site)
        results = {kind: [] for kind in kinds}
        for run in range(args.runs):
            for kind, action in edits.plan():
                if kind not in kinds:
                    continue
                drain(lines)
                spent = processor_ms(server.pid)
                started = time.monotonic()
                action()
                arrived = events.get(timeout=120)
                elapsed = (arrived - started) * 1000
                report = wait_for(lines, r"^(Rebuilt in|Build failed)", 120).string
                stages = wait_for(lines, r"^  stages:", 1, required=False)
                # The server's processor time (user + system) over the edit: what the rebuild cost, whatever the load.
                cpu = processor_ms(server.pid) - spent
                results[kind].append((elapsed, report.strip(), stages.string.strip() if stages else "", cpu))
                print(f"run {run + 1} {kind:>13}: {elapsed:7.1f} ms wall {cpu:6.0f} ms processor   {report.strip()}", flush=True)
                # Let the server settle so one edit's rebuild never overlaps the next.
                time.sleep(0.3)
        print()
        print("| edit | median | min | max | processor, median (min–max) |")
        print("|---|---:|---:|---:|---:|")
        for kind in kinds:
            times = sorted(r[0] for r in results[kind])
            cpu = sorted(r[3] for r in results[kind])
            spent = f"{statistics.median(cpu):.0f} ms ({cpu[0]:.0f}–{cpu[-1]:.0f})"
            print(f"| {kind} | {statistics.median(times):.0f} ms | {times[0]:.0f} ms | {times[-1]:.0f} ms | {spent} |")
        print()
        for kind in kinds:
            runs = sorted(results[kind])
            middle = runs[len(runs) // 2]
            print(f"{kind}: {middle[2]}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


class Edits:
    """Each kind of edit as a pair of writes that undo each other, so any number of runs leaves the site unchanged."""

    def __init__(self, site):
        self.site = site
        posts = sorted(os.listdir(os.path.join(site, "content", "posts")))
        self.middle = os.path.join(site, "content", "posts", posts[len(posts) // 2])
        self.newest = os.path.join(site, "content", "posts", posts[-1])
        self.new = os.path.join(site, "content", "posts", "2099-01-01-a-post-added-while-serving.md")
        self.config = os.path.join(site, "site.yml")
        layouts = os.path.join(site, "themes", "default", "layouts")
        self.layout = os.path.join(layouts, "post.scriban")
        self.count = 0

    def plan(self):
        body = read(self.middle)
        title = read(self.newest)
        config = read(self.config)
        layout = read(self.layout)
        self.count += 1
        n = self.count
        newest_title = re.search(r"^title: (.*)$", title, re.M).group(1)
        edited_title = title.replace(newest_title, f'"Retitled while serving {n}"', 1)
        yield "body", lambda: write(self.middle, body + f"\nA paragraph added while serving, edit {n}.\n")
        yield "body", lambda: write(self.middle, body)
        # Above <!--more-->: the post's summary changes, which lists, neighbours and related posts show.
        yield "excerpt", lambda: write(self.middle, body.replace("\n---\n", f"\n---\nAn opening added while serving, edit {n}. ", 1))
        yield "excerpt", lambda: write(self.middle, body)
        yield "title", lambda: write(self.newest, edited_title)
        yield "title", lambda: write(self.newest, title)
        yield "new post", lambda: write(self.new, f"---\ntitle: A post added while serving {n}\ndate: 2026-01-01T09:00:00Z\ntags: [sql]\n---\nNew words.\n")
        yield "deleted post", lambda: os.remove(self.new)
        yield "site.yml", lambda: write(self.config, config.replace("description: ", f"description: Edit {n}. ", 1))
        yield "site.yml", lambda: write(self.config, config)
        yield "template", lambda: write(self.layout, layout + f"\n<!-- edit {n} -->\n")
        yield "template", lambda: write(self.layout, layout)


def processor_ms(pid):
    """User and system time of a process so far, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def pump(stream, lines):
    for line in stream:
        lines.put(line.rstrip("\n"))


def drain(lines):
    while True:
        try:
            lines.get_nowait()
        except queue.Empty:
            return


def wait_for(lines, pattern, timeout, required=True):
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            if required:
                sys.exit(f"timed out waiting for /{pattern}/ from sfd serve")
            return None
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            continue
        match = re.search(pattern, line)
        if match:
            return match
        if line and not required:
            continue
        if line:
            print("  sfd:", line, file=sys.stderr)


def listen(url, events):
    """Reads the live-reload stream and puts the arrival time of each hello/reload event on the queue."""
    match = re.match(r"http://([^/]+)", url)
    host, port = match.group(1).rsplit(":", 1)
    connection = http.client.HTTPConnection(host, int(port))
    connection.request("GET", "/_sfd/live-reload")
    response = connection.getresponse()
    while True:
        line = response.readline()
        if not line:
            return
        if line.startswith(b"data:"):
            events.put(time.monotonic())


if __name__ == "__main__":
    main()
