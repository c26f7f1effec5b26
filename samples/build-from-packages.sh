#!/usr/bin/env bash
# Packs the repository into a local feed and builds the samples from those packages, as a
# developer's app would get them (no project references), then checks that they and the tool
# speak. Usage: bash samples/build-from-packages.sh [feed folder to keep]
# Each run packs a version of its own (0.1.0-local.<time>), so no package cache can hand back an
# older build of the same version; the script removes those versions from the cache when done.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
start=$SECONDS

work=$(mktemp -d)
feed=${1:-$work/feed}
mkdir -p "$feed"
cache=${NUGET_PACKAGES:-$HOME/.nuget/packages}
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)-local.$(date -u +%Y%m%d%H%M%S)"
cleanup() {
  rm -rf "$work"
  for package in "$cache"/narrator*/; do rm -rf "$package${version,,}"; done
}
trap cleanup EXIT

echo "packing $version into $feed"
# Its own artifacts folder: nothing is shared with the Debug builds the tests use. The solution filter
# holds only src/ (the packages and what they need), so the test projects are not built again in Release.
dotnet pack Narrator.Packages.slnf -c Release -o "$feed" --artifacts-path "$work/artifacts" -p:VersionSuffix="${version#*-}" -v quiet -nologo

# Narrator's packages come from the local feed only; everything else from nuget.org.
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="Narrator" /><package pattern="Narrator.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
CONFIG

for sample in Speak RenderBook SpeechApi; do
  echo "building samples/$sample from the packages"
  dotnet restore "samples/$sample" --configfile "$work/nuget.config" -p:NarratorVersion="$version" -v quiet
  dotnet build "samples/$sample" --no-restore -c Release -o "$work/$sample" -p:NarratorVersion="$version" -v quiet -nologo -clp:NoSummary
done

# The console sample speaks with the default voice from Narrator.Voices.Default.
(cd "$work" && dotnet Speak/Speak.dll "The packages speak." packages.wav)
test "$(head -c 4 "$work/packages.wav")" = RIFF

# The web sample answers a streamed WAV.
port=$((20000 + RANDOM % 20000))
(cd "$work/SpeechApi" && exec dotnet SpeechApi.dll --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1) &
api=$!
for _ in $(seq 60); do
  curl -sf -o "$work/api.wav" "http://127.0.0.1:$port/speak?text=Streamed+speech." && break
  sleep 1
done
kill "$api" 2>/dev/null || true
test "$(head -c 4 "$work/api.wav" 2>/dev/null)" = RIFF || { echo "SpeechApi did not answer a WAV:"; cat "$work/api.log"; exit 1; }

# The tool: dotnet tool install gives a narrator that speaks with the voice it carries.
dotnet tool install Narrator.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >/dev/null
(cd "$work" && tools/narrator speak "Hello." --out tool.wav >/dev/null)
test "$(head -c 4 "$work/tool.wav")" = RIFF

echo "samples built from the packages; the console sample, the web sample and the tool speak ($((SECONDS - start)) s)"
