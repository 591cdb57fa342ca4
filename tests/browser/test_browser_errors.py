"""Broken inputs show the API's message (naming the file); TensorBoard's Reload picks up a changed tensor."""
import numpy as np
import pytest



def write_run(root, name, rows, meta_rows=None, config=None):
    d = root / name
    d.mkdir(parents=True, exist_ok=True)
    x = np.random.default_rng(rows).normal(size=(rows, 4))
    np.savetxt(d / "tensors.tsv", x, delimiter="\t", fmt="%.5f")
    if meta_rows is not None:
        (d / "metadata.tsv").write_text("".join("p%d\n" % i for i in range(meta_rows)), encoding="utf-8")
    (d / "projector_config.pbtxt").write_text(config or (
        'embeddings {\n  tensor_name: "pts"\n  tensor_path: "tensors.tsv"\n'
        + ('  metadata_path: "metadata.tsv"\n' if meta_rows is not None else "") + "}\n"), encoding="utf-8")


@pytest.fixture(scope="module")
def broken_logdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("broken") / "logdir"
    write_run(root, "a_badmeta", 20, meta_rows=15)
    write_run(root, "b_badconfig", 20, config='embeddings {\n  tensor_name: "pts"\n  this is not pbtxt {{{\n')
    write_run(root, "c_missingfile", 20, config='embeddings {\n  tensor_name: "pts"\n  tensor_path: "nope.tsv"\n}\n')
    write_run(root, "d_growing", 20, meta_rows=20)
    write_run(root, "e_nan", 20, meta_rows=20)
    lines = (root / "e_nan" / "tensors.tsv").read_text().splitlines()
    lines[3] = "\t".join(["nan"] + lines[3].split("\t")[1:])
    (root / "e_nan" / "tensors.tsv").write_text("\n".join(lines) + "\n")
    return root


@pytest.fixture(scope="module")
def tab(open_tab, broken_logdir):
    return open_tab(broken_logdir, ready=False, check_errors=False)  # its files are broken on purpose


def notices(tab, level):
    return tab.eval("l => [...document.querySelectorAll('[data-testid=notice-' + l + ']')].map(e => e.innerText)", level)


def test_wrong_metadata_row_count_is_a_visible_warning(tab):
    tab.wait_ready("a_badmeta")
    warnings = notices(tab, "warning")
    assert any("metadata.tsv" in w and "15" in w and "20" in w for w in warnings), warnings
    assert tab.frame.is_visible("[data-testid=notice-warning]")
    # The points are still drawn; rows past the metadata are "missing".
    assert tab.state("n") == 20
    assert tab.point_pixels() > 100


def test_malformed_config_is_a_visible_error(tab):
    tab.frame.select_option("[data-testid=run-select]", "b_badconfig")
    tab.frame.wait_for_selector("[data-testid=notice-error]", timeout=30000)
    errors = notices(tab, "error")
    assert any("projector_config.pbtxt" in e for e in errors), errors
    assert tab.frame.is_visible("[data-testid=empty]")


def test_missing_tensor_file_is_a_visible_error(tab):
    tab.frame.select_option("[data-testid=run-select]", "c_missingfile")
    # The previous run's error stays until this run's info arrives: wait for this run's own.
    tab.frame.wait_for_function(
        "() => __embproj.state.run === 'c_missingfile' && [...document.querySelectorAll('[data-testid=notice-error]')]"
        ".some((e) => e.textContent.includes('nope.tsv'))",
        timeout=30000)
    errors = notices(tab, "error")
    assert any("nope.tsv" in e for e in errors), errors
    assert not any("projector_config.pbtxt" in e for e in errors), errors   # the other run's error is gone


def test_tensorboard_reload_picks_up_a_changed_tensor(tab, broken_logdir):
    tab.select("d_growing")
    assert tab.state("n") == 20
    write_run(broken_logdir, "d_growing", 30, meta_rows=30)
    tab.page.click("button.reload-button")
    tab.frame.wait_for_function("() => __embproj.state.n === 30", timeout=40000)
    tab.wait_ready("d_growing")
    assert tab.state("notices") == []


def test_reload_after_fixing_a_broken_config_shows_the_tensor(tab, broken_logdir):
    tab.frame.select_option("[data-testid=run-select]", "b_badconfig")
    tab.frame.wait_for_function(
        "() => __embproj.state.run === 'b_badconfig' && document.querySelector('[data-testid=notice-error]')",
        timeout=30000)
    write_run(broken_logdir, "b_badconfig", 20)
    tab.page.click("button.reload-button")
    tab.frame.wait_for_function("() => __embproj.state.n === 20 && __embproj.state.run === 'b_badconfig'", timeout=40000)
    tab.wait_ready("b_badconfig")
    assert notices(tab, "error") == []


def test_nan_values_warn_and_still_draw(tab):
    tab.select("e_nan")
    warnings = notices(tab, "warning")
    assert any("NaN" in w or "nan" in w for w in warnings), warnings
    assert tab.state("variance") is not None
    assert tab.point_pixels() > 100


def test_no_console_errors_from_the_plugin(tab):
    # 4xx answers are expected here; only uncaught errors and our own console.error calls count.
    assert [e for e in tab.errors if "Failed to load resource" not in e] == []
