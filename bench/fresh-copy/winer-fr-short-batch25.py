#!/usr/bin/env python3
"""Batch 25 (session 40): the last WiNER-fr briefs of 60-119 words (see winer_fr_short_common.py), drawn against the
corpus that holds batches 23 and 24, skipping their ids too: all 64 that pass."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from winer_fr_short_common import draw
draw(sys.argv[1] if len(sys.argv) > 1 else '/work/s40/b25', 'used-fr25-ids.txt', skip_ids=('used-fr23-ids.txt', 'used-fr24-ids.txt'))
