#!/bin/sh
# Collect the read-only facts the runbooks in this knowledge base ask for, in one go,
# so that an on-call engineer can attach a single file to the incident ticket.
# Nothing here changes the host: every command only reads.
set -u
out="${1:-/tmp/node-diag-$(hostname)-$(date +%Y%m%d%H%M%S).txt}"

section() { printf '\n===== %s =====\n' "$1" >>"$out"; }
run() { section "$*"; "$@" >>"$out" 2>&1 || printf '(exit %s)\n' "$?" >>"$out"; }

: >"$out"
run uname -a
run cat /proc/cmdline
run uptime
run free -m
section 'slab cache count'; ls /sys/kernel/slab 2>/dev/null | wc -l >>"$out"
run grep memory /proc/cgroups
run df -h
run df -i
run cat /proc/sys/net/netfilter/nf_conntrack_count
run cat /proc/sys/net/netfilter/nf_conntrack_max
run cat /proc/sys/kernel/pid_max
run cat /proc/sys/fs/inotify/max_user_watches
section 'dmesg (last 200 lines)'; dmesg -T 2>&1 | tail -n 200 >>"$out"
section 'kubelet journal (last 200 lines)'; journalctl -u kubelet --no-pager -n 200 >>"$out" 2>&1
echo "written: $out"
