#!/usr/bin/python3
"""Runs a command and reports its peak resident memory.

Usage: peak-rss.py COMMAND [ARG...]. The command's output passes through; when it ends, one
line "peak_rss_kb=N" goes to stderr, and this script exits with the command's exit code.
The figure is the kernel's own (getrusage of the waited child), not a sample.
"""
import resource
import subprocess
import sys

completed = subprocess.run(sys.argv[1:])
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
print(f"peak_rss_kb={peak}", file=sys.stderr, flush=True)
sys.exit(completed.returncode if completed.returncode >= 0 else 128 - completed.returncode)
