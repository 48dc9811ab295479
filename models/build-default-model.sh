#!/usr/bin/env bash
# Rebuilds the shipped default lane model from scratch, from generated drives only
# (docs/models.md, "The default model"; model card docs/model-card.md).
# Usage: models/build-default-model.sh [WORK_DIR] [EPOCHS]
# Runs `mapsmith build-model --suite train` (bench/suites/train.json: procedural towns of every
# layout kind, one drive over 16 dev-suite maps, the suburb/straight/highway scenarios; exact poses;
# never a test-suite world): per drive a project with the drive's ground-truth map as VERIFIED
# primitives -> training set -> merge (val split = the suite's validation_drives) -> training;
# then the validation pack for DefaultModelTest and a copy into
# models/src/main/resources/dev/mapsmith/models/default/.
# Environment: PATIENCE (default 5), CROPS_PER_EPOCH (default 1600), MAX_MINUTES (training
# budget, default 55: no epoch starts after it), DRIVES (only the first N drives of the suite),
# NO_INSTALL=1 trains but does not copy the model into the resources.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work="${1:-/tmp/mapsmith-default-model}"
epochs="${2:-16}"
cd "$repo"
./mapsmith --version >/dev/null            # builds the app when sources changed
cp="${MAPSMITH_CP:-app/target/classes:$(cat app/target/classpath.txt)}"
threads=$(( $(nproc) > 1 ? $(nproc) - 1 : 1 ))
# the app's entry point as ./mapsmith runs it, without its rebuild check (built once above)
mapsmith() {
  DJL_OFFLINE=true java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads="$threads" \
    -Dai.djl.pytorch.num_interop_threads=1 --add-opens=java.base/java.nio=ALL-UNNAMED \
    -cp "$cp" dev.mapsmith.app.Main "$@"
}

# Every data and training step is `mapsmith build-model` (compiled by Maven): the worlds, seeds,
# durations and validation drives are in bench/suites/train.json.
mkdir -p "$work"
mapsmith build-model --suite train --work "$work" --out "$work/model" --epochs "$epochs" \
  --patience "${PATIENCE:-5}" --crops-per-epoch "${CROPS_PER_EPOCH:-1600}" \
  --max-minutes "${MAX_MINUTES:-55}" --drives "${DRIVES:-0}" --json >"$work/build.json"
[[ -n "${NO_INSTALL:-}" ]] && exit 0
target=models/src/main/resources/dev/mapsmith/models/default
mkdir -p "$target" "$work"
cp "$work/model/model.json" "$work/model/lane-unet-0000.params" "$target/"
DJL_OFFLINE=true java -Dai.djl.offline=true -cp "$cp" dev.mapsmith.models.ValidationPack \
  "$work/set" "$target" models/src/test/resources/dev/mapsmith/models/default-val.bin.gz
