#!/usr/bin/env bash
# Starts a one-node Slurm cluster (Debian's slurm-wlm with its own munge key, config and
# ports, all in a temporary folder), renders a six-shot project through
# docs/slurm/render-shards.sbatch as a two-task job array, merges the shards, and checks
# that every take is bit-identical to a one-process render. Exits 77 (skipped) when Slurm
# is not installed or this is not root (slurmd must run as root).
# Usage: slurm-render.sh SHOTCRAFT_CLI SOURCE_DIR MODEL
set -euo pipefail
cli=$1 src=$2 model=$3
for tool in slurmctld slurmd sbatch sinfo munged mungekey; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed (apt-get install slurm-wlm munge)"; exit 77; }
done
[ "$(id -u)" = 0 ] || { echo "skipped: starting slurmd needs root"; exit 77; }

work=$(mktemp -d /tmp/shotcraft-slurm.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# munge: a fresh key and a private socket.
mkdir -p "$work/munge" "$work/state" "$work/spool"
chmod 700 "$work/munge"
mungekey --create --keyfile "$work/munge/munge.key" --force
munged --key-file "$work/munge/munge.key" --socket "$work/munge/socket" --pid-file "$work/munge/munged.pid" \
  --log-file "$work/munge/munged.log" --seed-file "$work/munge/seed" --foreground --force &
pids+=($!)

node=$(hostname -s)
port=$((20000 + RANDOM % 20000))
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=shotcraft-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$work/munge/socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/builtin
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
NodeName=$node NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=render Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
sleep 1
slurmctld -D -i -f "$SLURM_CONF" &
pids+=($!)
sleep 2
slurmd -D -f "$SLURM_CONF" &
pids+=($!)
for _ in $(seq 60); do
  state=$(sinfo -h -o %t 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 1
done
if [ "${state:-}" != idle ]; then
  echo "the Slurm node did not come up (state '${state:-none}'):"
  tail -5 "$work/slurmctld.log" "$work/slurmd.log" 2>/dev/null || true
  exit 1
fi
echo "slurm: node $node idle"

# A six-shot project, copied for the one-process reference.
"$cli" project create "$work/film.shotcraft" --name "Slurm film" >/dev/null
for i in 1 2 3 4 5 6; do
  "$cli" project add-shot "$work/film.shotcraft" --prompt "a red circle moving left on a night sky" --seed $((40 + i)) \
    --steps 3 >/dev/null
done
cp "$work/film.shotcraft" "$work/reference.shotcraft"
"$cli" project generate "$work/reference.shotcraft" --model "$model" --threads 1 >/dev/null 2>&1

sbatch --wait --array=1-2 --cpus-per-task=1 --output="$work/job-%a.out" \
  --export=ALL,PROJECT="$work/film.shotcraft",TAKES="$work/takes",SHOTCRAFT_CLI="$cli",SHOTCRAFT_MODEL="$model" \
  "$src/docs/slurm/render-shards.sbatch"
cat "$work"/job-*.out
"$cli" project merge "$work/film.shotcraft" "$work"/takes/shard-*

# Bit-identical: the lossless exports of both projects decode to the same frames.
"$cli" project export "$work/reference.shotcraft" --out "$work/reference.mkv" --no-label >/dev/null
"$cli" project export "$work/film.shotcraft" --out "$work/film.mkv" --no-label >/dev/null
a=$(ffmpeg -v error -i "$work/reference.mkv" -f framemd5 - | grep -v '^#')
b=$(ffmpeg -v error -i "$work/film.mkv" -f framemd5 - | grep -v '^#')
frames=$(wc -l <<<"$a")
[ "$frames" = 96 ] || { echo "expected 96 frames, got $frames"; exit 1; }
[ "$a" = "$b" ] || { echo "the Slurm render differs from the one-process render"; exit 1; }
echo "slurm: 2 array tasks rendered 6 shots, identical to one process ($frames frames)"
