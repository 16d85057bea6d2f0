#!/bin/sh
# The shells (src/cli, src/ui) gather input and show outcomes; who may act and the rules are the
# gate's (src/services/gate.h, permissions.cpp). Fails when a role or rule check appears in a
# shell: a require_* check, or a decision on a login's role.
# Usage: shells_decide_nothing.sh SOURCE_DIR
set -eu
cd "$1"
found=$(grep -rnE 'require_(organiser|chief|may_enter|organiser_or_chief|names)\(|\.role[[:space:]]*[!=]=|[!=]=[[:space:]]*Role::|check_permission\(' \
    src/cli src/ui || true)
if [ -n "$found" ]; then
    echo "role or rule checks in the shells (move them into the gate, src/services):"
    echo "$found"
    exit 1
fi
echo "no role or rule check in src/cli or src/ui"
