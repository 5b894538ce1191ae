#!/usr/bin/env bash
# .ci/slurm.sh - throw-away single-node Slurm cluster for CI (Debian, root, no systemd).
#
# Two ways to use it:
#
#   1) source it and call the functions (recommended inside .ci/run):
#        source .ci/slurm.sh
#        trap slurm_stop EXIT              # always tear down, even on failure
#        slurm_up                          # install + configure + start + wait for idle node
#        slurm_submit_wait job.sbatch      # sbatch --wait; prints per-task states; rc = job rc
#        slurm_stop                        # (also done by the trap; idempotent)
#
#   2) call it as a command:
#        bash .ci/slurm.sh up | install | configure | start | wait | status | logs
#        bash .ci/slurm.sh submit SCRIPT [sbatch options...]
#        bash .ci/slurm.sh stop | clean | selftest
#
# Functions (all safe under the caller's `set -euo pipefail`; they never change the
# caller's shell options; each returns non-zero on failure):
#   slurm_install        apt-get update + install slurmctld slurmd slurm-client munge
#                        (skipped when already installed); service auto-start is blocked.
#   slurm_configure      munge key (mode 400, owner munge), /etc/slurm/slurm.conf, dirs.
#   slurm_start          start munged, slurmctld, slurmd (daemonised, no systemd).
#   slurm_wait_idle [S]  wait up to S s (default $CI_SLURM_IDLE_TIMEOUT=60) for the node
#                        to be idle; on timeout prints logs and returns 1.
#   slurm_up             install + configure + start + wait_idle (what CI should call).
#   slurm_submit_wait SCRIPT [sbatch args...]
#                        sbatch --wait (bounded by $CI_SLURM_JOB_TIMEOUT s, default 1800),
#                        prints one line per (array) task with state and exit code, prints
#                        the output of failed tasks, returns 0 iff every task exited 0.
#                        The job id is written to $CI_SLURM_RUN_DIR/last_jobid.
#                        Jobs run as root with the caller's environment (PATH, JAVA_HOME)
#                        and cwd; without --output, slurm-%j.out lands in the cwd.
#   slurm_job_report JOBID   per-task JobState / ExitCode table.
#   slurm_logs [N]       last N (default 40) lines of slurmctld, slurmd and munged logs.
#   slurm_status         sinfo/squeue/daemon pids.
#   slurm_stop           cancel jobs, stop slurmd, slurmctld, munged; never fails; trap-safe.
#   slurm_clean          slurm_stop + remove state, spool, logs and generated config.
#   slurm_selftest       3-task array job + a `java -version` job, then checks.
#
# Tunables (environment): CI_SLURM_NODE (default: hostname -s), CI_SLURM_CLUSTER (ci),
# CI_SLURM_IDLE_TIMEOUT (60), CI_SLURM_JOB_TIMEOUT (1800), CI_SLURM_CPUS (detected),
# CI_SLURM_CTLD_PORT (6817), CI_SLURM_SLURMD_PORT (6818), CI_SLURM_DEBUG (info),
# CI_SLURM_MIN_JOB_AGE (5; see below).

# ---------------------------------------------------------------- settings
: "${CI_SLURM_CLUSTER:=ci}"
: "${CI_SLURM_IDLE_TIMEOUT:=60}"
: "${CI_SLURM_JOB_TIMEOUT:=1800}"
: "${CI_SLURM_CTLD_PORT:=6817}"
: "${CI_SLURM_SLURMD_PORT:=6818}"
: "${CI_SLURM_DEBUG:=info}"
# MinJobAge: `sbatch --wait` polls after 2 s, then every 2*4^k s while that is below
# MinJobAge/2 (max 32 s). 5 keeps it polling every 2 s; finished records then vanish from
# slurmctld after ~5 s, so the helpers read job results from the jobcomp log instead.
: "${CI_SLURM_MIN_JOB_AGE:=5}"
: "${CI_SLURM_CONF_DIR:=/etc/slurm}"
: "${CI_SLURM_STATE_DIR:=/var/spool/slurmctld}"
: "${CI_SLURM_SPOOL_DIR:=/var/spool/slurmd}"
: "${CI_SLURM_LOG_DIR:=/var/log/slurm}"
: "${CI_SLURM_RUN_DIR:=/run/ci-slurm}"
CI_SLURM_PACKAGES="slurmctld slurmd slurm-client munge procps"

# ---------------------------------------------------------------- helpers
_slurm_log() { printf '[slurm.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

_slurm_node() {
    if [ -n "${CI_SLURM_NODE:-}" ]; then printf '%s\n' "$CI_SLURM_NODE"; return; fi
    local h
    h=$(hostname -s 2>/dev/null || true)
    [ -n "$h" ] || h=$(cat /proc/sys/kernel/hostname 2>/dev/null || true)
    h=${h%%.*}
    printf '%s\n' "${h:-localhost}"
}

# true if PID is a live process. An exited daemon lingers as a zombie until init reaps it
# (about 1 s in this sandbox), which `kill -0` can't tell from a live one; a zombie thread
# group leader whose other threads still run counts as alive.
_slurm_alive() {
    [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 1
    case "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" in
    Z | X | "")
        [ "$(find "/proc/$1/task" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)" -gt 1 ] && return 0
        return 1
        ;;
    esac
    return 0
}

# pid from a pidfile, only if that process is alive
_slurm_pid() {
    local f=$1 p
    [ -s "$f" ] || return 1
    p=$(tr -dc '0-9' <"$f" 2>/dev/null)
    _slurm_alive "$p" || return 1
    printf '%s\n' "$p"
}

# stop daemons by pidfile, all at once: TERM, wait up to WAIT s, then KILL.
# usage: _slurm_kill_pidfiles WAIT PIDFILE...   (the daemon name is the file's basename)
_slurm_kill_pidfiles() {
    local wait_s=$1 f p i alive pids=""
    shift
    for f in "$@"; do
        if p=$(_slurm_pid "$f"); then
            _slurm_log "stopping $(basename "$f" .pid) (pid $p)"
            kill -TERM "$p" 2>/dev/null || true
            pids="$pids $p"
        fi
    done
    for ((i = 0; i < wait_s * 10; i++)); do
        alive=""
        for p in $pids; do _slurm_alive "$p" && alive="$alive $p"; done
        [ -n "$alive" ] || break
        sleep 0.1
    done
    for p in $pids; do
        if _slurm_alive "$p"; then
            _slurm_log "pid $p ignored SIGTERM for ${wait_s} s, sending SIGKILL"
            kill -KILL "$p" 2>/dev/null || true
        fi
    done
    rm -f "$@"
    return 0
}

# true when our slurmctld + slurmd are alive and munge answers
_slurm_all_running() {
    _slurm_pid "$CI_SLURM_RUN_DIR/slurmctld.pid" >/dev/null &&
        _slurm_pid "$CI_SLURM_RUN_DIR/slurmd.pid" >/dev/null &&
        _slurm_pid /run/munge/munged.pid >/dev/null &&
        munge -n 2>/dev/null | unmunge >/dev/null 2>&1
}

# ---------------------------------------------------------------- install
slurm_install() (
    set +e
    missing=0
    for c in slurmctld slurmd sbatch sinfo scontrol squeue scancel munged munge unmunge pgrep ps; do
        command -v "$c" >/dev/null 2>&1 || missing=1
    done
    if [ "$missing" = 0 ]; then
        _slurm_log "slurm and munge already installed, skipping apt-get"
        exit 0
    fi
    [ "$(id -u)" = 0 ] || { _slurm_log "ERROR: must run as root"; exit 1; }
    export DEBIAN_FRONTEND=noninteractive
    # Keep the packages' postinst scripts from starting the daemons (no systemd here,
    # and a half-configured slurmctld/munged started by init.d would get in our way).
    made_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
        made_policy=1
    fi
    rc=1
    for attempt in 1 2 3; do
        _slurm_log "apt-get update + install ($CI_SLURM_PACKAGES), attempt $attempt"
        # shellcheck disable=SC2086 # CI_SLURM_PACKAGES is a list of package names
        if apt-get update -q >/tmp/ci-slurm-apt.log 2>&1 &&
            apt-get install -y -q --no-install-recommends \
                -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
                $CI_SLURM_PACKAGES >>/tmp/ci-slurm-apt.log 2>&1; then
            rc=0
            break
        fi
        tail -n 20 /tmp/ci-slurm-apt.log >&2
        sleep $((attempt * 5))
    done
    [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
    if [ "$rc" != 0 ]; then
        _slurm_log "ERROR: apt-get install failed (full log: /tmp/ci-slurm-apt.log)"
        exit 1
    fi
    _slurm_log "installed: $(slurm_versions)"
)

slurm_versions() {
    dpkg-query -W -f='${Package}=${Version} ' slurmctld slurmd slurm-client munge 2>/dev/null || true
    echo
}

# ---------------------------------------------------------------- configure
slurm_configure() (
    set +e
    [ "$(id -u)" = 0 ] || { _slurm_log "ERROR: must run as root"; exit 1; }
    getent passwd munge >/dev/null || { _slurm_log "ERROR: no munge user (is munge installed?)"; exit 1; }
    node=$(_slurm_node)

    # --- munge: key + directories with the permissions munged insists on
    mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
    if [ ! -s /etc/munge/munge.key ]; then
        _slurm_log "generating /etc/munge/munge.key"
        if command -v mungekey >/dev/null 2>&1; then
            mungekey --create --keyfile=/etc/munge/munge.key --force >/dev/null 2>&1 ||
                dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
        else
            dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
        fi
    fi
    chown munge:munge /etc/munge /etc/munge/munge.key /var/lib/munge /var/log/munge /run/munge
    chmod 0700 /etc/munge /var/log/munge
    chmod 0711 /var/lib/munge
    chmod 0755 /run/munge
    chmod 0400 /etc/munge/munge.key

    # --- slurm directories
    mkdir -p "$CI_SLURM_CONF_DIR" "$CI_SLURM_STATE_DIR" "$CI_SLURM_SPOOL_DIR" \
        "$CI_SLURM_LOG_DIR" "$CI_SLURM_RUN_DIR" || exit 1
    chmod 0755 "$CI_SLURM_STATE_DIR" "$CI_SLURM_SPOOL_DIR" "$CI_SLURM_LOG_DIR"

    # --- node resources: what slurmd itself detects, so registration never drains the
    # node for "Low CPUs" / "Low RealMemory". Only CPUs= (no sockets/cores/threads) so
    # that with CR_CPU every hardware thread is a schedulable CPU.
    cpus=${CI_SLURM_CPUS:-}
    mem=""
    detected=$(slurmd -C 2>/dev/null | head -n 1)
    if [ -z "$cpus" ]; then
        cpus=$(sed -n 's/.*[[:space:]]CPUs=\([0-9]*\).*/\1/p' <<<"$detected")
        [ -n "$cpus" ] || cpus=$(nproc 2>/dev/null || echo 1)
    fi
    mem=$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$detected")
    [ -n "$mem" ] || mem=$(free -m 2>/dev/null | awk '/^Mem:/ {print $2}')
    [ -n "$mem" ] || mem=1024
    mem=$((mem * 9 / 10)) # safety margin: slurmd must never report less than this
    [ "$mem" -ge 1 ] || mem=1

    cat >"$CI_SLURM_CONF_DIR/slurm.conf" <<EOF
# Generated by .ci/slurm.sh - single-node CI cluster, no cgroups, no accounting.
ClusterName=$CI_SLURM_CLUSTER
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$CI_SLURM_CTLD_PORT
SlurmdPort=$CI_SLURM_SLURMD_PORT
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$CI_SLURM_STATE_DIR
SlurmdSpoolDir=$CI_SLURM_SPOOL_DIR
SlurmctldPidFile=$CI_SLURM_RUN_DIR/slurmctld.pid
SlurmdPidFile=$CI_SLURM_RUN_DIR/slurmd.pid
SlurmctldLogFile=$CI_SLURM_LOG_DIR/slurmctld.log
SlurmdLogFile=$CI_SLURM_LOG_DIR/slurmd.log
SlurmctldDebug=$CI_SLURM_DEBUG
SlurmdDebug=$CI_SLURM_DEBUG
# no cgroups: they rarely work in containers / gVisor / firecracker sandboxes
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$CI_SLURM_LOG_DIR/jobcomp.log
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
# start batch jobs right away (default batch_sched_delay is 3 s)
SchedulerParameters=batch_sched_delay=0,sched_min_interval=0
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
PropagateResourceLimits=NONE
ReturnToService=2
MailProg=/bin/true
KillWait=5
MinJobAge=$CI_SLURM_MIN_JOB_AGE
InactiveLimit=0
Waittime=0
SlurmdTimeout=120
SlurmctldTimeout=120
NodeName=$node NodeAddr=127.0.0.1 NodeHostname=$node CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
    _slurm_log "wrote $CI_SLURM_CONF_DIR/slurm.conf (node $node, CPUs=$cpus, RealMemory=$mem)"
)

# ---------------------------------------------------------------- start
slurm_start() (
    set +e
    [ "$(id -u)" = 0 ] || { _slurm_log "ERROR: must run as root"; exit 1; }
    [ -s "$CI_SLURM_CONF_DIR/slurm.conf" ] || slurm_configure || exit 1
    node=$(_slurm_node)
    mkdir -p "$CI_SLURM_RUN_DIR" "$CI_SLURM_LOG_DIR"

    if _slurm_all_running; then
        _slurm_log "slurmctld and slurmd already running (started by this script); not restarting"
        exit 0
    fi
    # restart cleanly if a previous run left some of the daemons behind
    if _slurm_pid "$CI_SLURM_RUN_DIR/slurmctld.pid" >/dev/null ||
        _slurm_pid "$CI_SLURM_RUN_DIR/slurmd.pid" >/dev/null ||
        _slurm_pid "$CI_SLURM_RUN_DIR/munged.pid" >/dev/null; then
        _slurm_log "daemons from a previous start are running; stopping them first"
        slurm_stop
    fi

    # --- munged (as the munge user; it daemonises itself)
    # (only probe when a munged is alive: against a stale socket the munge client retries
    # for ~5 s before giving up)
    if _slurm_pid /run/munge/munged.pid >/dev/null &&
        munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
        _slurm_log "a munged is already answering; reusing it"
    else
        runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid \
            </dev/null >>"$CI_SLURM_LOG_DIR/munged.out" 2>&1
        rc=$?
        ok=0
        for ((i = 0; i < 50; i++)); do
            if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then ok=1; break; fi
            sleep 0.1
        done
        if [ "$ok" != 1 ]; then
            _slurm_log "ERROR: munged did not come up (rc=$rc)"
            tail -n 20 "$CI_SLURM_LOG_DIR/munged.out" /var/log/munge/munged.log 2>/dev/null >&2
            exit 1
        fi
        cp /run/munge/munged.pid "$CI_SLURM_RUN_DIR/munged.pid" 2>/dev/null
        _slurm_log "munged up (pid $(cat /run/munge/munged.pid 2>/dev/null))"
    fi

    # --- slurmctld (-c: cold start, ignore any saved job state: every CI run is fresh).
    # Job ids can restart at 1 (after slurm_clean), so begin a fresh jobcomp log, which
    # slurm_job_report reads.
    [ -e "$CI_SLURM_LOG_DIR/jobcomp.log" ] &&
        mv -f "$CI_SLURM_LOG_DIR/jobcomp.log" "$CI_SLURM_LOG_DIR/jobcomp.log.prev"
    slurmctld -c -f "$CI_SLURM_CONF_DIR/slurm.conf" \
        </dev/null >>"$CI_SLURM_LOG_DIR/slurmctld.out" 2>&1
    rc=$?
    ok=0
    for ((i = 0; i < 150; i++)); do
        if scontrol ping 2>/dev/null | grep -q 'is UP'; then ok=1; break; fi
        sleep 0.1
    done
    if [ "$ok" != 1 ]; then
        _slurm_log "ERROR: slurmctld did not answer 'scontrol ping' within 15 s (rc=$rc)"
        slurm_logs 40
        exit 1
    fi
    _slurm_log "slurmctld up (pid $(_slurm_pid "$CI_SLURM_RUN_DIR/slurmctld.pid"))"

    # --- slurmd
    slurmd -N "$node" -f "$CI_SLURM_CONF_DIR/slurm.conf" \
        </dev/null >>"$CI_SLURM_LOG_DIR/slurmd.out" 2>&1
    rc=$?
    ok=0
    for ((i = 0; i < 50; i++)); do
        if _slurm_pid "$CI_SLURM_RUN_DIR/slurmd.pid" >/dev/null; then ok=1; break; fi
        sleep 0.1
    done
    if [ "$ok" != 1 ]; then
        _slurm_log "ERROR: slurmd did not start (rc=$rc)"
        slurm_logs 40
        exit 1
    fi
    _slurm_log "slurmd up (pid $(_slurm_pid "$CI_SLURM_RUN_DIR/slurmd.pid"))"
)

# ---------------------------------------------------------------- wait for idle
slurm_wait_idle() (
    set +e
    timeout_s=${1:-$CI_SLURM_IDLE_TIMEOUT}
    node=$(_slurm_node)
    start=$SECONDS
    state=""
    while ((SECONDS - start < timeout_s)); do
        state=$(sinfo -h -N -n "$node" -o '%T' 2>/dev/null | head -n 1)
        case "$state" in
        idle)
            _slurm_log "node $node is idle after $((SECONDS - start)) s"
            exit 0
            ;;
        drain* | fail* | inval*) # e.g. "Low RealMemory": will not fix itself
            _slurm_log "ERROR: node $node is $state: $(scontrol show node "$node" 2>/dev/null | grep -o 'Reason=.*')"
            break
            ;;
        esac
        for d in slurmctld slurmd; do
            if ! _slurm_pid "$CI_SLURM_RUN_DIR/$d.pid" >/dev/null; then
                _slurm_log "ERROR: $d is not running"
                state="$state ($d dead)"
                break 2
            fi
        done
        sleep 0.5
    done
    _slurm_log "ERROR: node $node not idle within ${timeout_s} s (last state: '${state:-none}')"
    scontrol show node "$node" >&2 2>&1
    slurm_logs 40
    exit 1
)

slurm_up() {
    slurm_install && slurm_configure && slurm_start && slurm_wait_idle "$@"
}

# ---------------------------------------------------------------- jobs
# One record line per task. The jobcomp log is the authoritative source: it gets a line for
# every task when it finishes and keeps it, whereas slurmctld purges finished records after
# MinJobAge -- for a job array that can drop a failed task that finished long before the
# last one, and `sbatch --wait` then exits 0 (seen with Slurm 22.05). Records that are not
# finished yet (pending/running, e.g. after a timeout) come from slurmctld.
_slurm_job_lines() {
    local jobid=$1 comp="$CI_SLURM_LOG_DIR/jobcomp.log" l jid seen=" "
    if [ -s "$comp" ]; then
        while IFS= read -r l; do
            printf '%s\n' "$l"
            jid=$(grep -o '^JobId=[0-9]*' <<<"$l")
            seen="$seen${jid#JobId=} "
        done < <(grep -E "^JobId=$jobid |[[:space:]]ArrayJobId=$jobid " "$comp")
    fi
    scontrol -o show job "$jobid" 2>/dev/null | while IFS= read -r l; do
        jid=$(grep -o '^JobId=[0-9]*' <<<"$l")
        case "$seen" in *" ${jid#JobId=} "*) continue ;; esac
        printf '%s\n' "$l"
    done
}

_slurm_line_ok() { # COMPLETED with ExitCode=0:0
    case "$1" in *"JobState=COMPLETED "*) ;; *) return 1 ;; esac
    grep -q '[[:space:]]ExitCode=0:0\([[:space:]]\|$\)' <<<"$1"
}

# slurm_job_report JOBID: table of tasks; returns 0 iff all COMPLETED with exit 0:0.
slurm_job_report() (
    set +e
    jobid=$1
    [ -n "$jobid" ] || { _slurm_log "usage: slurm_job_report JOBID"; exit 2; }
    lines=$(_slurm_job_lines "$jobid")
    [ -n "$lines" ] || { _slurm_log "no record of job $jobid"; exit 1; }
    bad=0
    table=""
    while IFS= read -r l; do
        [ -n "$l" ] || continue
        jid=$(grep -o '^JobId=[0-9]*' <<<"$l")
        ajid=$(grep -o 'ArrayJobId=[0-9]*' <<<"$l")
        task=$(grep -o 'ArrayTaskId=[^ ]*' <<<"$l")
        st=$(grep -o 'JobState=[^ ]*' <<<"$l")
        ec=$(grep -o '[[:space:]]ExitCode=[^ ]*' <<<"$l")
        ec=${ec#?}
        id=${jid#JobId=}
        [ -n "$task" ] && id="${ajid#ArrayJobId=}_${task#ArrayTaskId=}"
        table+=$(printf '  %-12s %-14s exit=%-6s (%s)' "$id" "${st#JobState=}" "${ec#ExitCode=}" "$jid")$'\n'
        _slurm_line_ok "$l" || bad=1
    done <<<"$lines"
    printf '%s' "$table" | sort -k1,1V
    exit "$bad"
)

# slurm_submit_wait SCRIPT [sbatch args...]
slurm_submit_wait() (
    set +e
    script=$1
    if [ -z "$script" ] || [ ! -f "$script" ]; then
        _slurm_log "usage: slurm_submit_wait SCRIPT [sbatch args...] (no such file: '$script')"
        exit 2
    fi
    shift
    mkdir -p "$CI_SLURM_RUN_DIR"
    out=$(mktemp) err=$(mktemp) snap=$(mktemp)
    _slurm_log "sbatch --wait $* $script"
    t0=$SECONDS
    timeout "$CI_SLURM_JOB_TIMEOUT" sbatch --parsable --wait "$@" "$script" \
        </dev/null >"$out" 2>"$err" &
    spid=$!
    # While sbatch waits, keep the latest slurmctld record of every task (for StdOut/StdErr
    # paths of failed tasks whose records get purged before the array ends).
    jobid=""
    i=0
    while _slurm_alive "$spid"; do
        [ -n "$jobid" ] || jobid=$(head -n 1 "$out" 2>/dev/null | cut -d';' -f1 | tr -dc '0-9')
        if [ -n "$jobid" ] && ((i % 4 == 0)); then
            { scontrol -o show job "$jobid" 2>/dev/null; cat "$snap"; } |
                awk '{ split($1, a, "="); if (!seen[a[2]]++) print }' >"$snap.new"
            mv -f "$snap.new" "$snap"
        fi
        i=$((i + 1))
        sleep 0.5
    done
    wait "$spid"
    rc=$?
    [ -n "$jobid" ] || jobid=$(head -n 1 "$out" 2>/dev/null | cut -d';' -f1 | tr -dc '0-9')
    cat "$err" >&2
    rm -f "$out" "$err"
    if [ -z "$jobid" ]; then
        _slurm_log "ERROR: sbatch failed (rc=$rc), no job id"
        rm -f "$snap"
        exit "$((rc ? rc : 1))"
    fi
    echo "$jobid" >"$CI_SLURM_RUN_DIR/last_jobid"
    if [ "$rc" = 124 ]; then
        _slurm_log "ERROR: job $jobid still running after $CI_SLURM_JOB_TIMEOUT s (CI_SLURM_JOB_TIMEOUT); cancelling it"
        scancel "$jobid" 2>/dev/null
        sleep 1
    fi
    _slurm_log "job $jobid done after $((SECONDS - t0)) s, sbatch rc=$rc; tasks:"
    slurm_job_report "$jobid" >&2
    report_rc=$?
    if [ "$rc" != 0 ] || [ "$report_rc" != 0 ]; then
        { scontrol -o show job "$jobid" 2>/dev/null; cat "$snap"; } >"$snap.all"
        _slurm_job_lines "$jobid" | while IFS= read -r l; do
            _slurm_line_ok "$l" && continue
            jid=$(grep -o '^JobId=[0-9]*' <<<"$l")
            rec=$(grep -m 1 "^$jid " "$snap.all")
            shown=""
            for k in StdOut StdErr; do
                f=$(grep -o "[[:space:]]$k=[^ ]*" <<<"$rec" | cut -d= -f2-)
                if [ -z "$f" ] || [ "$f" = "$shown" ]; then continue; fi
                shown=$f
                if [ -f "$f" ]; then
                    echo "---- $jid $k ($f), last 30 lines:" >&2
                    tail -n 30 "$f" >&2
                fi
            done
            [ -n "$shown" ] || echo "---- $jid: output file unknown (record purged)" >&2
        done
        rm -f "$snap.all"
        [ "$rc" != 0 ] || rc=1
        _slurm_log "ERROR: job $jobid failed (rc=$rc)"
    fi
    rm -f "$snap"
    exit "$rc"
)

# ---------------------------------------------------------------- diagnostics
slurm_logs() {
    # note: "mpi/pmix ... can not load PMIx library" errors are harmless (MpiDefault=none)
    local n=${1:-40} f m
    for f in "$CI_SLURM_LOG_DIR/slurmctld.log" "$CI_SLURM_LOG_DIR/slurmctld.out" \
        "$CI_SLURM_LOG_DIR/slurmd.log" "$CI_SLURM_LOG_DIR/slurmd.out" \
        /var/log/munge/munged.log "$CI_SLURM_LOG_DIR/munged.out"; do
        [ -s "$f" ] || continue
        m=$n
        case "$f" in *munge*) [ "$m" -le 10 ] || m=10 ;; esac
        echo "==== last $m lines of $f" >&2
        tail -n "$m" "$f" >&2
    done
    return 0
}

slurm_status() {
    local d
    for d in munged slurmctld slurmd; do
        printf '%-10s pid=%s\n' "$d" "$(_slurm_pid "$CI_SLURM_RUN_DIR/$d.pid" || echo none)"
    done
    sinfo 2>&1 || true
    squeue 2>&1 || true
    return 0
}

# ---------------------------------------------------------------- stop / clean
# Trap-safe: never fails, idempotent, leaves the caller's $? / options alone.
slurm_stop() (
    set +e
    if _slurm_pid "$CI_SLURM_RUN_DIR/slurmctld.pid" >/dev/null; then
        jobs=$(squeue -h -o %A 2>/dev/null | sort -u)
        if [ -n "$jobs" ]; then
            jobs=$(tr '\n' ' ' <<<"$jobs")
            _slurm_log "cancelling jobs: $jobs"
            # shellcheck disable=SC2086 # a list of job ids
            scancel $jobs 2>/dev/null
            # jobs that ignore SIGTERM get SIGKILL after KillWait (5 s); let their step
            # daemons finish before slurmd goes away
            for ((i = 0; i < 120; i++)); do
                if [ -z "$(squeue -h -o %A 2>/dev/null)" ]; then
                    busy=0
                    for p in $(pgrep -x slurmstepd 2>/dev/null); do _slurm_alive "$p" && busy=1; done
                    [ "$busy" = 0 ] && break
                fi
                sleep 0.1
            done
        fi
    fi
    had_slurmd=0
    _slurm_pid "$CI_SLURM_RUN_DIR/slurmd.pid" >/dev/null && had_slurmd=1
    # munged.pid exists only if this script started munged (a pre-existing one is left alone)
    _slurm_kill_pidfiles 10 "$CI_SLURM_RUN_DIR/slurmd.pid" "$CI_SLURM_RUN_DIR/slurmctld.pid" \
        "$CI_SLURM_RUN_DIR/munged.pid"
    # Step daemons that outlived the slurmd we just stopped (jobs that ignored scancel):
    # slurmstepd is only ever forked by slurmd, so with our slurmd gone they are ours.
    if [ "$had_slurmd" = 1 ]; then
        for p in $(pgrep -x slurmstepd 2>/dev/null); do
            _slurm_alive "$p" || continue
            # the job's processes live in the step daemon's session
            sid=$(ps -o sid= -p "$p" 2>/dev/null | tr -dc '0-9')
            victims=$p
            [ -n "$sid" ] && [ "$sid" != 0 ] && victims=$(pgrep -s "$sid" 2>/dev/null | tr '\n' ' ')
            _slurm_log "killing leftover slurmstepd (pid $p) and its session's processes: $victims"
            # shellcheck disable=SC2086 # a list of pids
            kill -KILL "$p" $victims 2>/dev/null
            for ((i = 0; i < 20; i++)); do _slurm_alive "$p" || break; sleep 0.1; done
        done
    fi
    exit 0
)

slurm_clean() (
    set +e
    slurm_stop
    _slurm_log "removing slurm state, spool, logs and config"
    rm -rf "${CI_SLURM_STATE_DIR:?}" "${CI_SLURM_SPOOL_DIR:?}" "${CI_SLURM_RUN_DIR:?}"
    rm -f "$CI_SLURM_LOG_DIR"/slurmctld.* "$CI_SLURM_LOG_DIR"/slurmd.* \
        "$CI_SLURM_LOG_DIR"/munged.out "$CI_SLURM_LOG_DIR"/jobcomp.log* \
        "$CI_SLURM_CONF_DIR/slurm.conf"
    exit 0
)

# ---------------------------------------------------------------- self test
slurm_selftest() (
    set +e
    t0=$SECONDS
    if _slurm_all_running; then
        slurm_wait_idle || exit 1
    else
        slurm_up || exit 1
    fi
    t_up=$((SECONDS - t0))
    work=$(mktemp -d /tmp/ci-slurm-test.XXXXXX)
    chmod 755 "$work"
    cat >"$work/array.sbatch" <<EOF
#!/bin/bash
#SBATCH --job-name=ci-array
#SBATCH --array=1-3
#SBATCH --ntasks=1
#SBATCH --output=$work/array-%A_%a.out
sleep 1
echo "task \${SLURM_ARRAY_TASK_ID} on \$(hostname)" >"$work/task-\${SLURM_ARRAY_TASK_ID}.txt"
EOF
    cat >"$work/java.sbatch" <<EOF
#!/bin/bash
#SBATCH --job-name=ci-java
#SBATCH --output=$work/java-%j.out
set -e
java -version
EOF
    fail=0
    slurm_submit_wait "$work/array.sbatch" || fail=1
    for i in 1 2 3; do
        if [ -s "$work/task-$i.txt" ]; then
            echo "  task-$i.txt: $(cat "$work/task-$i.txt")"
        else
            echo "  MISSING: $work/task-$i.txt" >&2
            fail=1
        fi
    done
    if command -v java >/dev/null 2>&1; then
        slurm_submit_wait "$work/java.sbatch" || fail=1
        cat "$work"/java-*.out 2>/dev/null | sed 's/^/  java job: /'
        grep -q 'version' "$work"/java-*.out 2>/dev/null || fail=1
    else
        _slurm_log "no java on this machine; skipping the java job"
    fi
    rm -rf "$work"
    _slurm_log "selftest: up in ${t_up} s, total $((SECONDS - t0)) s, $( ((fail)) && echo FAILED || echo OK)"
    exit "$fail"
)

# ---------------------------------------------------------------- command mode
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    cmd=${1:-}
    [ $# -gt 0 ] && shift
    case "$cmd" in
    install) slurm_install ;;
    configure) slurm_configure ;;
    start) slurm_start ;;
    wait) slurm_wait_idle "$@" ;;
    up) slurm_up "$@" ;;
    submit) slurm_submit_wait "$@" ;;
    report) slurm_job_report "$@" ;;
    status) slurm_status ;;
    logs) slurm_logs "$@" ;;
    versions) slurm_versions ;;
    stop) slurm_stop ;;
    clean) slurm_clean ;;
    selftest)
        trap slurm_stop EXIT
        slurm_selftest
        ;;
    *)
        awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
        [ -n "$cmd" ] && [ "$cmd" != help ] && [ "$cmd" != -h ] && exit 2
        exit 0
        ;;
    esac
fi
