"""The CI workflow, the PyInstaller spec, the Inno Setup script and the Linux desktop files.

None of them can run here (no Windows, no macOS, no GitHub), so these tests check what can be
checked offline: the workflow against GitHub's published workflow schema (vendored in
check-jsonschema), and that every file the spec, the .iss and the workflow name exists or
is made by the build under the name they expect.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath
from types import ModuleType

import pytest

from desktop import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
SPEC = ROOT / "packaging" / "rights-at-hand.spec"
ISS = ROOT / "packaging" / "windows" / "rights-at-hand.iss"
LINUX = ROOT / "packaging" / "linux"


def test_workflow_matches_the_github_workflow_schema() -> None:
    pytest.importorskip("check_jsonschema", reason="check-jsonschema is in the test extra")
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema",
         "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok" in result.stdout


def test_schema_check_catches_a_broken_workflow(tmp_path: Path) -> None:
    # The check above would be worthless if the validator accepted anything.
    pytest.importorskip("check_jsonschema", reason="check-jsonschema is in the test extra")
    broken = tmp_path / "build.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on:", "run-on:"),
                      encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema",
         "vendor.github-workflows", str(broken)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0


def test_workflow_builds_on_the_three_platforms_and_runs_the_frozen_self_test() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    os_line = re.search(r"os: \[([^\]]+)\]", text)
    assert os_line is not None
    runners = [r.strip() for r in os_line.group(1).split(",")]
    assert {r.split("-")[0] for r in runners} == {"ubuntu", "windows", "macos"}
    assert "python packaging/build.py\n" in text
    assert "python packaging/build.py --self-test" in text
    # Every `python -m module` and script the workflow runs exists in the checkout.
    for module in re.findall(r"python -m ([\w.]+)", text):
        if module == "pip":
            continue
        path = ROOT / module.replace(".", "/")
        assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), module
    for script in re.findall(r"python ([\w/]+\.py)", text):
        assert (ROOT / script).is_file(), script


def test_workflow_uploads_what_the_build_makes(build: ModuleType) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    globs = re.findall(r"^\s+(dist/\S+)$", text, re.M)
    version = build.__version__
    made = [  # the names build.py and the .iss give their outputs
        f"{APP_ID}-{version}-linux-x86_64.tar.gz",
        f"{APP_ID}-{version}-windows-x86_64.zip",
        f"{APP_ID}_{version}_amd64.deb",
        f"{APP_ID}-{version}-setup.exe",
        "SHA256SUMS",
    ]
    for name in made:
        assert any(Path("dist", name).match(g) for g in globs), name
    assert "OutputBaseFilename=rights-at-hand-{#AppVersion}-setup" in ISS.read_text()


def _spec_paths() -> list[Path]:
    """Files the spec names relative to packaging/ (SPEC_DIR / ...) or imports from there."""
    text = SPEC.read_text(encoding="utf-8")
    paths = [ROOT / "packaging" / p
             for p in re.findall(r'SPEC_DIR / "([^"]+)"', text)]
    paths += [ROOT / "packaging" / "hooks" / name
              for name in re.findall(r'"(rthook_\w+\.py)"', text)]
    paths += [ROOT / "packaging" / f"{m}.py" for m in re.findall(r"^\s*import (\w+)", text, re.M)
              if (ROOT / "packaging" / f"{m}.py").exists() or m in ("bundle_rules", "icu_trim")]
    paths += [ROOT / p for p in re.findall(r'ROOT / "(\w+)"', text)]
    return paths


def test_spec_references_files_that_exist() -> None:
    paths = _spec_paths()
    names = {p.name for p in paths}
    assert {"entry.py", "rthook_portable.py", "rthook_no_network.py", "bundle_rules.py",
            "icu_trim.py", "content", "resources"} <= names
    missing = [str(p.relative_to(ROOT)) for p in paths if not p.exists()]
    assert missing == []


def test_spec_names_the_executable_and_the_bundle_data() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "executable(APP_ID" in text and 'f"{APP_ID}-cli"' in text
    for folder in ('"content"', '"index"', '"fonts"', '"translations"', '"icons"', '"styles"',
                   '"languages"'):
        assert folder in text, folder
    assert "BUNDLE(" in text and "info_plist" in text and "CFBundleShortVersionString" in text


def test_inno_setup_script_points_at_what_the_build_makes(build: ModuleType) -> None:
    text = ISS.read_text(encoding="utf-8")
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', text))

    def from_iss(windows_path: str) -> Path:
        return (ISS.parent / Path(*PureWindowsPath(windows_path).parts)).resolve()

    # Defaults used when iscc runs without /D options resolve to build.py's outputs.
    assert from_iss(defines["SourceDir"]) == build.onedir_path().resolve()
    assert from_iss(defines["OutputDir"]) == build.DIST.resolve()
    assert from_iss(defines["IconFile"]) == (build.ICONS / f"{APP_ID}.ico").resolve()
    assert defines["AppExe"] == f"{APP_ID}.exe"
    assert defines["AppName"] == APP_NAME
    # Every compiler: path is a file Inno Setup ships; the messages files are looked up.
    for isl in re.findall(r'MessagesFile: "compiler:([^"]+)"', text):
        assert isl == "Default.isl" or isl.startswith("Languages\\"), isl


def test_inno_setup_installs_per_user_and_offers_a_portable_copy() -> None:
    text = ISS.read_text(encoding="utf-8")
    setup = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    assert re.search(r"^PrivilegesRequired=lowest$", setup, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}", setup, re.M)
    assert re.search(r"^Uninstallable=not IsPortable$", setup, re.M)
    assert re.search(r"^CreateUninstallRegKey=not IsPortable$", setup, re.M)
    # The marker the app looks for (desktop.paths.PORTABLE_MARKER) is what portable writes.
    from desktop.paths import PORTABLE_MARKER

    assert f"{{app}}\\{PORTABLE_MARKER}'" in text
    assert "Check: not IsPortable" in text.split("[Icons]", 1)[1].split("\n[", 1)[0]


def test_inno_setup_script_compiles_when_iscc_is_available(tmp_path: Path) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        pytest.skip("Inno Setup is not installed here (the Windows CI job compiles the script)")
    source = tmp_path / "app"
    source.mkdir()
    (source / f"{APP_ID}.exe").write_bytes(b"MZ")
    result = subprocess.run([iscc, "/DAppVersion=0.0.1", f"/DSourceDir={source}",
                             f"/DOutputDir={tmp_path}", str(ISS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:]


def test_desktop_entry_launches_the_command_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == APP_NAME
    assert section["Exec"].split()[0] == APP_ID
    assert section["Icon"] == APP_ID
    assert (ROOT / "resources" / "icons" / "app.svg").is_file()  # installed under APP_ID
    assert section["Categories"].endswith(";")


def test_metainfo_names_the_desktop_file_and_the_binary(build: ModuleType) -> None:
    root = ET.fromstring(build.metainfo_xml())
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == APP_ID
    assert root.findtext("name") == APP_NAME
    release = root.find("releases/release")
    assert release is not None and release.get("version") == build.__version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", release.get("date", ""))


def test_metainfo_passes_appstream_validation(build: ModuleType, tmp_path: Path) -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli is not installed")
    path = tmp_path / f"{APP_ID}.metainfo.xml"
    path.write_text(build.metainfo_xml(), encoding="utf-8")
    result = subprocess.run([appstreamcli, "validate", "--no-net", "--format=yaml", str(path)],
                            capture_output=True, text=True)
    # Errors fail; the one warning left is the component id, which is not reverse-DNS because
    # the project has no domain of its own to put there yet.
    issues = re.findall(r"tag: ([\w-]+)\n\s+severity: (\w+)", result.stdout)
    assert [t for t, severity in issues if severity == "error"] == []
    assert {t for t, severity in issues if severity == "warning"} <= {"cid-desktopapp-is-not-rdns"}
