"""Global flags are taken where people type them: `show art-12 --data-dir D` is
`--data-dir D show art-12`, for every verb (before, argparse refused the flag after the verb
with "unrecognized arguments")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run_cli

#: The least each verb needs to parse; a verb not named here needs nothing.
MINIMAL = {"open": ["art 12"], "show": ["art 12"], "search": ["defenders"],
           "export-pdf": ["art 12", "-o", "out.pdf"], "index": []}


def _verbs() -> list[str]:
    from desktop.cli import build_parser

    parser = build_parser()
    [sub] = [a for a in parser._actions if a.dest == "verb"]
    return sorted(sub.choices)  # type: ignore[arg-type]


@pytest.mark.parametrize("verb", _verbs())
def test_data_dir_after_the_verb_parses_as_before_it(verb: str, tmp_path: Path) -> None:
    from desktop.cli import build_parser

    rest = MINIMAL.get(verb, [])
    before = build_parser().parse_args(["--data-dir", str(tmp_path), verb, *rest])
    after = build_parser().parse_args([verb, *rest, "--data-dir", str(tmp_path)])
    equals = build_parser().parse_args([verb, *rest, f"--data-dir={tmp_path}"])
    assert vars(after) == vars(before) == vars(equals)
    assert after.data_dir == str(tmp_path)


@pytest.mark.parametrize("verb", _verbs())
def test_without_the_flag_the_data_dir_stays_unset(verb: str) -> None:
    from desktop.cli import build_parser

    assert build_parser().parse_args([verb, *MINIMAL.get(verb, [])]).data_dir is None


def test_the_flag_after_the_verb_wins_over_none_and_is_used(tmp_path: Path) -> None:
    """The real command line: a file given after the verb is refused as the data folder,
    which shows the flag reached paths.configure."""
    afile = tmp_path / "afile"
    afile.write_text("")
    out = run_cli("show", "art 12", "--data-dir", str(afile))
    assert out.returncode == 2, out.stderr
    assert out.stdout == ""
    assert out.stderr.startswith(f"rights-at-hand: --data-dir {afile} is a file, not a folder")
    ok = run_cli("show", "art 12", "--json", "--data-dir", str(tmp_path / "data"))
    assert ok.returncode == 0, ok.stderr
    assert '"passage": "art-12"' in ok.stdout
