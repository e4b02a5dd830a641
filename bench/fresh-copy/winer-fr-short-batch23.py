#!/usr/bin/env python3
"""Batch 23 (session 39): the first 110 WiNER-fr briefs of 60-119 words (see winer_fr_short_common.py). Not re-run since:
its output is in the corpus, and re-running it now would find batch 23's titles there."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from winer_fr_short_common import draw
draw(sys.argv[1] if len(sys.argv) > 1 else '/work/s39/b23', 'used-fr23-ids.txt')
