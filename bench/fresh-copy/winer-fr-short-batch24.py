#!/usr/bin/env python3
"""Batch 24 (session 40): the next 110 WiNER-fr briefs of 60-119 words (see winer_fr_short_common.py), drawn against the
corpus that holds batch 23, skipping batch 23's ids too."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from winer_fr_short_common import draw
draw(sys.argv[1] if len(sys.argv) > 1 else '/work/s40/b24', 'used-fr24-ids.txt', skip_ids=('used-fr23-ids.txt',))
