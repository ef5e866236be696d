"""PyInstaller runtime hook: settle portable mode before the app's first line runs.

Custom runtime hooks run first, before PyInstaller's own Qt hook and before the entry script.
With the `portable` marker beside the executable or one folder up (the USB stick layout) and
no explicit data folder, this fixes the user paths through `desktop.paths.configure()` (the one
place that decides them), which also points XDG_* and TMPDIR at the stick's `data/` folder.
The CLI decides the same again a moment later; doing it here as well closes the gap between
interpreter start and the CLI, so nothing imported on the way can write to the host's home
or temp folder. Without the marker this hook does nothing.
"""


def _settle_portable_mode() -> None:
    import contextlib
    import os
    import sys

    from desktop import paths

    explicit = any(a == "--data-dir" or a.startswith("--data-dir=") for a in sys.argv[1:])
    if explicit or os.environ.get(paths.DATA_DIR_ENV):
        return  # an explicit data folder wins over the marker; the CLI applies it
    if paths.find_portable_marker() is not None:
        # A file where the stick's data folder should be: the CLI meets the same refusal a
        # moment later and says why (one line, and for a window a message box) before
        # exiting 2. Raised here, it was a traceback no one sees, and nothing on screen.
        with contextlib.suppress(paths.DataDirError):
            paths.configure()


_settle_portable_mode()
del _settle_portable_mode
