#!/usr/bin/env python3
"""The raw file-writing floor of a disk: writes the files of a built site again, with nothing else to do.

Usage: python3 bench/write-floor.py SITE_OUTPUT [THREADS ...] [--runs N]

It reads every file of SITE_OUTPUT into memory first (not timed), then times creating the same folders and files
in a fresh folder beside it with the fewest system calls: each folder made once (parents first, one depth at a time),
each file opened with O_CREAT|O_EXCL, written in one call and closed. It does so with each THREADS count given
(default 1 and 2), N times each (default 3), deleting the copy after each run (not timed), and prints the median
wall, user and system time of each. Compare with the processor time `sfd build --verbose` spends writing the same
files.
"""
import os
import resource
import shutil
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def read_site(source):
    files, folders = [], set()
    for folder, subfolders, names in os.walk(source):
        relative = os.path.relpath(folder, source)
        if relative != ".":
            folders.add(relative)
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files.append((os.path.relpath(path, source), f.read()))
    files.sort()
    return files, sorted(folders, key=lambda f: (f.count("/"), f))


def write_once(target, files, folders, threads):
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)

    def make(folder):
        os.mkdir(os.path.join(target, folder))

    def write(item):
        relative, data = item
        fd = os.open(os.path.join(target, relative), flags, 0o644)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)

    before = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.perf_counter()
    os.mkdir(target)
    with ThreadPoolExecutor(threads) as pool:
        depth = None
        level = []
        for folder in folders + [None]:
            d = None if folder is None else folder.count("/")
            if d != depth and level:
                list(pool.map(make, level, chunksize=16))
                level = []
            depth = d
            if folder is not None:
                level.append(folder)
        list(pool.map(write, files, chunksize=16))
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_SELF)
    return wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime


def main() -> None:
    args = sys.argv[1:]
    runs = 3
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    source = os.path.abspath(args[0])
    thread_counts = [int(a) for a in args[1:]] or [1, 2]
    files, folders = read_site(source)
    total = sum(len(d) for _, d in files)
    target = source.rstrip("/") + ".write-floor"
    shutil.rmtree(target, ignore_errors=True)
    print(f"{len(files)} files in {len(folders)} folders, {total / 1e6:.1f} MB")
    for threads in thread_counts:
        results = []
        for _ in range(runs):
            results.append(write_once(target, files, folders, threads))
            shutil.rmtree(target)
        wall, user, system = (statistics.median(r[i] for r in results) for i in range(3))
        print(f"{threads} thread(s): {wall:.3f} s wall, {user + system:.3f} s processor ({user:.3f} user + {system:.3f} system), median of {runs}")


if __name__ == "__main__":
    main()
