#!/usr/bin/env bash
# The steps of the GitHub Action (action.yml) after installing factcheck, as a
# script so that they can be run and tested anywhere. Settings come from the
# environment (the action maps its inputs to these):
#
#   FACTCHECK_COMMAND   audit | scan                        (default: audit)
#   FACTCHECK_PATHS     paths, separated by white space     (default: .)
#   FACTCHECK_FAIL_ON   error | warning | never             (default: from the settings, else error)
#   FACTCHECK_BASELINE  a baseline file                     (default: none)
#   FACTCHECK_ARGS      more options for the command        (default: none)
#   FACTCHECK_SARIF     write a SARIF report to this file   (default: none)
#   FACTCHECK_SUMMARY   true: the Markdown report into the job summary (default: true)
#
# GITHUB_OUTPUT and GITHUB_STEP_SUMMARY are the runner's files; without them
# the outputs go nowhere. Annotations (--format github) are printed on
# stdout, where the runner reads them. Exit code: factcheck's own (0, 1, 2).
set -uo pipefail

command="${FACTCHECK_COMMAND:-audit}"
case "$command" in
  audit|scan) ;;
  *) echo "factcheck action: command must be audit or scan, not '$command'" >&2; exit 2 ;;
esac
read -r -a paths <<< "${FACTCHECK_PATHS:-.}"
read -r -a extra <<< "${FACTCHECK_ARGS:-}"
options=()
if [ -n "${FACTCHECK_FAIL_ON:-}" ]; then options+=(--fail-on "$FACTCHECK_FAIL_ON"); fi
if [ -n "${FACTCHECK_BASELINE:-}" ]; then options+=(--baseline "$FACTCHECK_BASELINE"); fi
output="${GITHUB_OUTPUT:-/dev/null}"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"

# 1. Annotations on the pull request; this run decides the exit code.
factcheck "$command" "${paths[@]}" --format github "${options[@]}" "${extra[@]}"
status=$?
echo "exit-code=$status" >> "$output"
if [ "$status" -eq 2 ]; then
  exit 2  # bad usage or unreadable input: factcheck said why on stderr
fi

# 2. SARIF for code scanning (the action uploads it in its next step).
if [ -n "${FACTCHECK_SARIF:-}" ]; then
  factcheck "$command" "${paths[@]}" --format sarif -o "$FACTCHECK_SARIF" --fail-on never \
    "${options[@]}" "${extra[@]}" || exit 2
  echo "sarif-file=$FACTCHECK_SARIF" >> "$output"
fi

# 3. The Markdown report in the job's summary page.
if [ "${FACTCHECK_SUMMARY:-true}" = "true" ]; then
  factcheck "$command" "${paths[@]}" --format markdown --fail-on never \
    "${options[@]}" "${extra[@]}" >> "$summary" || exit 2
fi

exit "$status"
