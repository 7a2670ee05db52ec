#!/bin/sh
# Builds the allocation-counting JVMTI library into the harness jar's resources (called by harness/pom.xml).
#   build.sh <java.home of the JDK running Maven> <output directory>
# Never fails the build: without gcc or JDK headers it says why and builds nothing; at run time jbench then
# says once that allocs/op is unavailable and prints B/op alone.
set -u
java_home=$1
out_dir=$2
src=$(dirname "$0")/jbenchalloc.c
lib=$out_dir/libjbenchalloc.so

case $(uname -s) in
  Linux) os_include=linux; ld_flags=-Wl,-z,noexecstack ;;
  Darwin) os_include=darwin; ld_flags= ;;
  *) echo "[jbench] allocs/op counter not built: unsupported OS $(uname -s)" >&2; exit 0 ;;
esac
if [ -f "$lib" ] && [ "$lib" -nt "$src" ]; then
  exit 0
fi
cc=${CC:-gcc}
if ! command -v "$cc" >/dev/null 2>&1; then
  echo "[jbench] allocs/op counter not built: $cc not found (install gcc to get exact allocs/op)" >&2
  exit 0
fi
if [ ! -f "$java_home/include/jvmti.h" ]; then
  echo "[jbench] allocs/op counter not built: $java_home/include/jvmti.h missing (run Maven with a JDK, not a JRE)" >&2
  exit 0
fi
mkdir -p "$out_dir"
tmp=$lib.tmp.$$
if "$cc" -O2 -Wall -shared -fPIC $ld_flags -I"$java_home/include" -I"$java_home/include/$os_include" -o "$tmp" "$src"; then
  mv -f "$tmp" "$lib"
else
  rm -f "$tmp"
  echo "[jbench] allocs/op counter not built: $cc failed on $src" >&2
fi
exit 0
