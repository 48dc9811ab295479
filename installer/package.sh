#!/usr/bin/env bash
# Builds Mapsmith's self-contained app image and Debian package into installer/target/dist/.
#   installer/package.sh            # app image + .deb
#   installer/package.sh --image    # app image only (what the smoke test needs)
# Needs JDK 17 (jpackage, jlink), Maven, and Debian's fakeroot, dpkg-dev and binutils.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
out="$here/target"
image_only=false
[[ "${1:-}" == "--image" ]] && image_only=true

tools=(jpackage jlink objcopy)
$image_only || tools+=(fakeroot dpkg-deb)
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null || {
    echo "package.sh: '$tool' is missing; install JDK 17 and: apt-get install -y fakeroot dpkg-dev binutils" >&2
    exit 1
  }
done

echo "package.sh: building the application" >&2
(cd "$root" && mvn -B -q package -DskipTests -Dspotless.check.skip=true)
version="$(sed -n 's/^version=//p' "$root/app/target/classes/mapsmith-version.properties")"
deb_version="${version%-SNAPSHOT}"

rm -rf "$out/input" "$out/dist" "$out/djl-cache"
mkdir -p "$out/input" "$out/dist"
cp "$root"/app/target/mapsmith-app-*.jar "$out/input/mapsmith-app.jar"
# (the class-path file has no final newline: `|| [[ -n $jar ]]` keeps its last entry)
tr ':' '\n' <"$root/app/target/classpath.txt" | while read -r jar || [[ -n "$jar" ]]; do
  case "$jar" in
    *pytorch-native-cpu*) ;; # shipped extracted instead, see below
    *) if [[ -f "$jar" ]]; then cp "$jar" "$out/input/"; fi ;;
  esac
done

# DJL's CPU libtorch, extracted once here so the installed app never unpacks 432 MB at first start.
echo "package.sh: extracting libtorch" >&2
native_jar="$(tr ':' '\n' <"$root/app/target/classpath.txt" | grep pytorch-native-cpu)"
printf '%s\n' 'System.out.println(ai.djl.engine.Engine.getEngine("PyTorch").getVersion());' '/exit' |
  DJL_CACHE_DIR="$out/djl-cache" DJL_OFFLINE=true \
  jshell -q --class-path "$(cat "$root/app/target/classpath.txt")" -R-Dai.djl.offline=true - >/dev/null
torch_lib="$(find "$out/djl-cache" -name 'libtorch_cpu.so' | head -n 1)"
[[ -f "$torch_lib" ]] || { echo "package.sh: libtorch was not extracted into $out/djl-cache" >&2; exit 1; }
torch_dir="$(dirname "$torch_lib")"
mkdir -p "$out/input/pytorch"
cp -a "$torch_dir"/. "$out/input/pytorch/"
jni="$(find "$out/djl-cache" -name '*libdjl_torch.so' | head -n 1)"
[[ -n "$jni" ]] && cp "$jni" "$out/input/pytorch/"

java_options=(
  "-Dai.djl.offline=true"
  "-DPYTORCH_LIBRARY_PATH=\$APPDIR/pytorch"
  "-DPYTORCH_FLAVOR=cpu"
  "-Dorg.lwjgl.opengl.contextAPI=EGL"
  "-Dmapsmith.installed=true"
  "--add-opens=java.base/java.nio=ALL-UNNAMED"
)
jp_java_options=()
for o in "${java_options[@]}"; do jp_java_options+=(--java-options "$o"); done

modules="java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.management,jdk.jfr"

echo "package.sh: jpackage app image" >&2
jpackage --type app-image --dest "$out/dist" --name mapsmith --app-version "$deb_version" \
  --vendor "Mapsmith" --description "Drive logs to corrected HD-map lane geometry" \
  --icon "$here/src/deb/mapsmith.png" \
  --input "$out/input" --main-jar mapsmith-app.jar --main-class dev.mapsmith.app.Main \
  --add-modules "$modules" --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  "${jp_java_options[@]}"
echo "package.sh: app image at $out/dist/mapsmith" >&2

if ! $image_only; then
  echo "package.sh: jpackage .deb" >&2
  (cd "$here" && jpackage --type deb --dest "$out/dist" --app-image "$out/dist/mapsmith" \
    --name mapsmith --app-version "$deb_version" --vendor "Mapsmith" \
    --description "Drive logs to corrected HD-map lane geometry" \
    --resource-dir "$here/src/deb" --icon "$here/src/deb/mapsmith.png" \
    --file-associations "$here/src/deb/mapsmith-project.properties" \
    --linux-package-name mapsmith --linux-shortcut --linux-menu-group "Science" \
    --linux-app-category science --linux-package-deps 'libgtk-3-0, libgl1, libegl1' \
    --linux-deb-maintainer "mapsmith@localhost")
  ls -la "$out/dist"/*.deb >&2
fi
