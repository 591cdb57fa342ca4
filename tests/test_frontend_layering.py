"""The frontend folders' dependency rule (docs/architecture.md): render/ draws and imports neither state/
nor ui/; state/ holds what the tab shows and imports neither ui/ nor render/; compute/ and data/ import
none of the three (data/ not compute/ either). Composition (app.ts, analysis.ts, views.ts, density-view.ts)
joins them."""
import pathlib
import re

import pytest

SRC = pathlib.Path(__file__).resolve().parent.parent / "frontend" / "src"
IMPORT = re.compile(r"""(?:\bfrom|\bimport)\s*\(?\s*['"](\.[^'"]+)['"]""")
FORBIDDEN = {
    "render": {"state", "ui"},
    "state": {"ui", "render"},
    "compute": {"state", "ui", "render"},
    "data": {"state", "ui", "render", "compute"},
}


def imported_folders(path):
    """The top-level folders of src/ that `path` imports from (static and dynamic imports, re-exports)."""
    folders = []
    for spec in IMPORT.findall(path.read_text(encoding="utf-8")):
        target = (path.parent / spec).resolve()
        try:
            folders.append(target.relative_to(SRC).parts[0])
        except ValueError:
            folders.append("..")
    return folders


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_folder_imports_only_what_its_layer_may(folder):
    offending = [
        f"{path.relative_to(SRC)} -> {target}/"
        for path in sorted((SRC / folder).rglob("*.ts"))
        for target in imported_folders(path)
        if target in FORBIDDEN[folder]
    ]
    assert offending == []


def test_the_import_scan_sees_cross_folder_imports():
    # app.ts joins the folders: the scan must see it import each of them.
    assert {"state", "render", "ui", "data"} <= set(imported_folders(SRC / "app.ts"))
