#!/usr/bin/env bash
# setup.sh: set up kommunesamarbeid and run it, or run its tests. Works from any folder.
#
#   bash scripts/setup.sh run            install what is missing, open the app on the demo database
#   bash scripts/setup.sh test [ARGS]    install what is missing (system packages included) and run
#                                        the whole test suite headless, on SQLite and on a private
#                                        PostgreSQL; ARGS go to pytest (e.g. -k overlap, -x, --co);
#                                        one pytest process per core (pytest-xdist, at most 4;
#                                        KOMMUNESAMARBEID_TEST_WORKERS=N sets N, 0 = one process)
#
# What it installs, only when missing (a second run is fast):
#   * Debian/Ubuntu packages (apt-get, through sudo when not root): Python 3 with venv and pip,
#     the libraries Qt needs, and for `test` also PostgreSQL, Xvfb, poppler-utils and qpdf;
#   * .venv/ with the project and its pinned dependencies (pip install -e ".[test]"), again only
#     when pyproject.toml changed since the last install;
#   * the engine's reading modules compiled with mypyc into build/engine/ (gcc and Python's
#     headers; scripts/compile_engine.py), again only when their sources changed. Without it
#     (or after an edit) the engine runs as Python: same results, a slower first run.
# Environment: PYTHON=/path/to/python3.X picks the interpreter for a new .venv (>= 3.11).
set -euo pipefail

PROG=setup.sh
say() { printf '\n==> %s\n' "$*" >&2; }
die() { printf '\n%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }

usage() {
  cat >&2 <<'EOF'
usage:
  bash scripts/setup.sh run           install what is missing and open the app (demo database)
  bash scripts/setup.sh test [ARGS]   install what is missing and run all tests headless
                                      (SQLite + private PostgreSQL); ARGS are passed to pytest
EOF
  exit 2
}

MODE=${1:-}
case $MODE in
  run | test) shift ;;
  -h | --help | help) usage ;;
  *) usage ;;
esac
if [[ $MODE == run && $# -gt 0 ]]; then die "'run' takes no arguments (got: $*)"; fi

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# ------------------------------------------------------------------ display (run)
# Checked first, so that a headless machine gets the answer before anything is installed.
if [[ $MODE == run && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
  cat >&2 <<'EOF'
setup.sh: kommunesamarbeid is a desktop program and needs a graphical desktop session,
but neither DISPLAY nor WAYLAND_DISPLAY is set (e.g. over plain SSH, in a container or CI).
  * Start it from a terminal inside your desktop session (or use ssh -X), or
  * to check the installation headless, run the tests instead:  bash scripts/setup.sh test
EOF
  exit 1
fi

# ---------------------------------------------------------------- system packages
# "a|b": either package will do (b is the newer Ubuntu name); the first one apt knows is installed.
PKGS_BASE=(python3 python3-venv python3-pip)
PKGS_QT=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  "libglib2.0-0|libglib2.0-0t64" libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1
  "libnss3|libnss3t64" libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxi6
  "libasound2|libasound2t64" fonts-dejavu-core)
PKGS_TEST=(postgresql xvfb xauth poppler-utils qpdf binutils)
PKGS_BUILD=(gcc python3-dev)

is_installed() { # is_installed "a|b": true when one of them is installed
  local alt alts
  IFS='|' read -r -a alts <<<"$1"
  for alt in "${alts[@]}"; do
    [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$alt" 2>/dev/null) == ii* ]] && return 0
  done
  return 1
}

pick_candidate() { # pick_candidate "a|b": the first name apt can install
  local alt cand alts
  IFS='|' read -r -a alts <<<"$1"
  for alt in "${alts[@]}"; do
    cand=$(apt-cache policy "$alt" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')
    if [[ -n $cand && $cand != '(none)' ]]; then
      echo "$alt"
      return 0
    fi
  done
  echo "${alts[0]}" # let apt-get report the problem
}

install_system_packages() {
  local wanted=("${PKGS_BASE[@]}" "${PKGS_BUILD[@]}" "${PKGS_QT[@]}") missing=() p why
  if [[ $MODE == test ]]; then
    wanted+=("${PKGS_TEST[@]}")
    # PyInstaller (the bundle CI builds) needs the interpreter's shared library.
    local pyver
    pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)
    if [[ -n $pyver ]]; then wanted+=("libpython$pyver"); fi
  fi
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "$PROG: not a Debian/Ubuntu system: install these (or your system's equivalents) yourself:" >&2
    echo "  ${wanted[*]}" | tr '|' '/' >&2
    return 0
  fi
  for p in "${wanted[@]}"; do
    is_installed "$p" || missing+=("$p")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "$PROG: system packages: all ${#wanted[@]} present" >&2
    return 0
  fi
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null \
      || die "these packages are missing and sudo is not available; as root run: apt-get install ${missing[*]//|*/}"
    sudo=(sudo)
  fi
  say "Installing ${#missing[@]} missing system package(s) with apt-get${sudo:+ (through sudo; it may ask for your password)}:"
  for p in "${missing[@]}"; do
    if [[ " ${PKGS_BUILD[*]} " == *" $p "* ]]; then
      why="C compiler and Python's headers: the engine compiled with mypyc"
    else
      case " ${PKGS_BASE[*]} " in
        *" $p "*) why="Python 3 interpreter, venv and pip for .venv" ;;
        *)
          case " ${PKGS_TEST[*]} " in
            *" $p "*)
              case $p in
                postgresql) why="PostgreSQL server: the database tests also run on a private cluster" ;;
                xvfb | xauth) why="virtual X display for GUI tests (xvfb-run)" ;;
                poppler-utils) why="pdftotext/pdfinfo: tests check the generated PDF reports" ;;
                qpdf) why="qpdf --check: tests validate the generated PDF files" ;;
                binutils) why="objdump: PyInstaller needs it to build the bundle (CI)" ;;
                *) why="tests" ;;
              esac
              ;;
            *)
              if [[ $p == libpython* ]]; then
                why="Python's shared library: PyInstaller bundles it (CI)"
              else
                why="library or font that Qt (PySide6) needs"
              fi
              ;;
          esac
          ;;
      esac
    fi
    printf '      %-20s %s\n' "${p%%|*}" "$why" >&2
  done
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q || die "apt-get update failed"
  local names=()
  for p in "${missing[@]}"; do names+=("$(pick_candidate "$p")"); done
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${names[@]}" \
    || die "apt-get install failed (packages: ${names[*]})"
}

# ---------------------------------------------------------------------- Python
MIN_PY=3.11
py_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; }

find_python() {
  local c
  if [[ -n ${PYTHON:-} ]]; then
    py_ok "$PYTHON" || die "PYTHON=$PYTHON is not a working Python >= $MIN_PY"
    echo "$PYTHON"
    return
  fi
  for c in python3 python3.13 python3.12 python3.11; do
    if command -v "$c" >/dev/null && py_ok "$c"; then
      command -v "$c"
      return
    fi
  done
  local have
  have=$(python3 --version 2>&1 || echo "no python3")
  die "kommunesamarbeid needs Python >= $MIN_PY, but found: $have.
  On Debian 12 / Ubuntu 24.04 the system python3 is recent enough (sudo apt-get install python3 python3-venv).
  Otherwise install Python $MIN_PY or newer and run again with PYTHON=/path/to/python3.X"
}

VENV=$ROOT/.venv
VPY=$VENV/bin/python
STAMP=$VENV/.kommunesamarbeid-setup-stamp

ensure_venv() {
  if [[ -e $VENV ]]; then
    if ! [[ -x $VPY ]] || ! py_ok "$VPY"; then
      say "Existing .venv is broken or older than Python $MIN_PY: recreating it"
      rm -rf "$VENV"
    fi
  fi
  if [[ ! -e $VENV ]]; then
    local py
    py=$(find_python)
    say "Creating .venv with $py ($("$py" --version 2>&1))"
    "$py" -m venv "$VENV" || {
      rm -rf "$VENV"
      die "could not create .venv (on Debian/Ubuntu: sudo apt-get install python3-venv)"
    }
  fi
  if ! "$VPY" -m pip --version >/dev/null 2>&1; then
    "$VPY" -m ensurepip --upgrade >/dev/null || die ".venv has no pip and ensurepip failed"
  fi
}

pyproject_hash() {
  "$VPY" -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' \
    pyproject.toml
}

ensure_project() {
  local want have=''
  want=$(pyproject_hash)
  if [[ -f $STAMP ]]; then have=$(<"$STAMP"); fi
  if [[ $want == "$have" ]]; then
    echo "$PROG: .venv is up to date with pyproject.toml" >&2
    return 0
  fi
  say "Installing kommunesamarbeid and its pinned dependencies into .venv (pip install -e \".[test]\")"
  local t0=$SECONDS
  "$VPY" -m pip install --disable-pip-version-check -e ".[test]" \
    || die "pip install failed (see above); nothing was marked as installed, so the next run retries"
  echo "$want" >"$STAMP"
  echo "$PROG: Python packages installed in $((SECONDS - t0))s" >&2
}

ensure_compiled_engine() {
  # the reading modules compiled with mypyc (a first run about a quarter faster, same results);
  # used only while their sources are unchanged, so a failed build is only slower
  local t0=$SECONDS
  if "$VPY" scripts/compile_engine.py --check >/dev/null 2>&1; then
    echo "$PROG: the compiled engine (build/engine) is up to date" >&2
    return 0
  fi
  say "Compiling the engine's reading modules with mypyc (two to three minutes)"
  # the compiler's notes go to a log (mypyc notes every generator it treats as a list); shown
  # only when the build fails
  mkdir -p build
  local log=build/compile_engine.log
  if "$VPY" scripts/compile_engine.py >"$log" 2>&1; then
    echo "$PROG: engine compiled in $((SECONDS - t0))s (compiler output: $log)" >&2
  else
    tail -n 20 "$log" >&2
    echo "$PROG: warning: the engine could not be compiled (see $log); it runs as Python (slower)" >&2
  fi
}

T0=$SECONDS
install_system_packages
ensure_venv
ensure_project
ensure_compiled_engine
echo "$PROG: set-up done in $((SECONDS - T0))s" >&2

# ------------------------------------------------------------------------- run
if [[ $MODE == run ]]; then
  [[ -f main.py ]] || die "main.py not found in $ROOT"
  say "Starting kommunesamarbeid on the demo database"
  exec "$VPY" main.py --demo
fi

# ------------------------------------------------------------------------ test
DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/kommunesamarbeid-data.XXXXXX")
trap 'rm -rf "$DATA_DIR"' EXIT
export KOMMUNESAMARBEID_DATA_DIR=$DATA_DIR
export QT_QPA_PLATFORM=offscreen
export KOMMUNESAMARBEID_REQUIRE_PG=1
unset KOMMUNESAMARBEID_DB

# One pytest worker per core (pytest-xdist; at most 4, each holds the text model, ~1.3 GB),
# each with a PostgreSQL database of its own (tests/conftest.py); the server tests share one
# worker (their logins are roles of the whole cluster). KOMMUNESAMARBEID_TEST_WORKERS=N picks N,
# 0 runs everything in this process; an -n in ARGS wins. The 25 slowest tests are listed at
# the end (what to look at when the suite gets slow).
WORKERS=${KOMMUNESAMARBEID_TEST_WORKERS:-$(nproc 2>/dev/null || echo 1)}
[[ $WORKERS =~ ^[0-9]+$ ]] || die "KOMMUNESAMARBEID_TEST_WORKERS must be a number (got: $WORKERS)"
if ((WORKERS > 4)) && [[ -z ${KOMMUNESAMARBEID_TEST_WORKERS:-} ]]; then WORKERS=4; fi
if ((WORKERS < 2)); then WORKERS=0; fi
say "Running the tests (QT_QPA_PLATFORM=offscreen; SQLite and a private PostgreSQL; $((WORKERS > 0 ? WORKERS : 1)) process(es))"
rc=0
bash "$ROOT/scripts/with-postgres.sh" "$VPY" -m pytest -n "$WORKERS" --dist loadgroup --durations=25 "$@" || rc=$?
case $rc in
  0) echo "$PROG: tests passed" >&2 ;;
  5) echo "$PROG: FAILED: pytest collected no tests (exit 5)" >&2 ;;
  *) echo "$PROG: FAILED: pytest exit status $rc" >&2 ;;
esac
exit "$rc"
