"""The Embeddings tab on an s3:// logdir served by a real S3-API server (moto) on loopback: the points
are drawn, and a missing bucket is a clear message in the tab, not an empty page."""
import os

import pytest

from remote_fixtures import SHARED_FIXTURES, s3_environment, shared_server


@pytest.fixture(scope="module")
def s3_logdirs(tmp_path_factory):
    """(bucket URL holding two shared fixtures, URL of a bucket that does not exist); TensorBoard started
    by this module reads S3 through the moto server (S3_ENDPOINT and AWS_* in its environment)."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside the repository")
    server = shared_server()
    bucket = server.new_bucket("browser")
    for name in ("tf1_mnist", "tf2_words"):
        server.upload_tree(SHARED_FIXTURES / name, bucket, "logs/" + name)
    missing = "no-such-bucket-embproj-browser"
    # tb_server writes TensorBoard's log beside the logdir (<logdir>/../tensorboard-PORT.log); for a URL
    # that is a relative path "s3:/<bucket>/...": give it a folder to land in, here.
    workdir = tmp_path_factory.mktemp("tensorboard-cwd")
    logdirs = ("s3://%s/logs" % bucket, "s3://%s/exp" % missing)
    for url in logdirs:
        os.makedirs(workdir / url.replace("://", ":/"), exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(workdir)
        for name, value in s3_environment(server.endpoint).items():
            patch.setenv(name, value)
        yield logdirs


@pytest.fixture(scope="module")
def tab(s3_logdirs, open_tab):
    return open_tab(s3_logdirs[0])


def test_points_from_an_s3_logdir_are_drawn(tab):
    assert tab.state("runs") == ["tf1_mnist", "tf2_words"]
    tab.select("tf1_mnist")
    assert tab.state("n") == 1000
    assert tab.point_pixels() > 100
    tab.select("tf2_words", "embedding/.ATTRIBUTES/VARIABLE_VALUE")
    assert tab.state("n") == 500
    assert tab.point_pixels() > 100


def test_a_missing_bucket_is_a_clear_message_in_the_tab(s3_logdirs, open_tab):
    broken = open_tab(s3_logdirs[1], ready=False, check_errors=False)
    broken.frame.wait_for_selector("[data-testid=notice-error]", timeout=30000)
    errors = broken.eval("() => [...document.querySelectorAll('[data-testid=notice-error]')].map(e => e.innerText)")
    assert any('bucket "no-such-bucket-embproj-browser" does not exist' in e for e in errors), errors
    assert broken.frame.is_visible("[data-testid=empty]")
