#!/usr/bin/env python3
"""The raw file-writing floor of a disk: writes the files of a built site again, with nothing else to do.

Usage: python3 bench/write-floor.py SITE_OUTPUT [THREADS]

It reads every file of SITE_OUTPUT into memory first (not timed), then times creating the same folders and files
in a fresh folder beside it, THREADS at a time (default 8, as sfd's writers wait on the disk, not the processor),
and deletes the copy. Compare with the time `sfd build --verbose` spends rendering and writing the same files.
"""
import os
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def main() -> None:
    source = os.path.abspath(sys.argv[1])
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    files = []
    for folder, _, names in os.walk(source):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files.append((os.path.relpath(path, source), f.read()))
    target = source.rstrip("/") + ".write-floor"
    shutil.rmtree(target, ignore_errors=True)

    def write(item):
        relative, data = item
        path = os.path.join(target, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "xb") as f:
            f.write(data)

    wall, cpu = time.perf_counter(), time.process_time()
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(write, files, chunksize=16))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    total = sum(len(d) for _, d in files)
    print(f"{len(files)} files, {total / 1e6:.1f} MB: {wall:.2f} s wall, {cpu:.2f} s processor ({threads} threads)")
    shutil.rmtree(target)


if __name__ == "__main__":
    main()
