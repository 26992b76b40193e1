#!/usr/bin/env bash
# Fetches the data Placeline uses beyond what the repository embeds, into the data cache
# (${XDG_CACHE_HOME:-~/.cache}/placeline). Nothing here runs at app or test time: the app works
# offline from the embedded regional extract and place list when the cache is empty.
set -euo pipefail
cache=${XDG_CACHE_HOME:-$HOME/.cache}/placeline
mkdir -p "$cache"
echo "setup: data cache is $cache"
