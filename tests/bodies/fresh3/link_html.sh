#!/bin/sh
# Link the pages this set names from ../shared/data/htmldate into html/
# (what ../shared/bench/score.py reads); DATA overrides that folder.
exec "$(dirname "$0")/../link_html.sh" "$(dirname "$0")" htmldate
