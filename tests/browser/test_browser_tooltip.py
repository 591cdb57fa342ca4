"""The hover tooltip shows the row's thumbnail whenever the run has a sprite atlas: the Images toggle
only chooses whether points are drawn as thumbnails."""
import pytest



@pytest.fixture(scope="module")
def tab(open_tab, fixtures_logdir):
    return open_tab(fixtures_logdir, ready=False, check_errors=False)


def thumbnail_shown(tab, i):
    tab.hover(i)
    return tab.eval("""i => { const t = document.querySelector('[data-testid=tooltip]');
        const thumb = document.querySelector('[data-testid=tooltip-thumb]');
        return Number(t.dataset.index) === i && thumb.style.display !== 'none' && thumb.offsetWidth > 0; }""",
                    tab.state("hovered"))


@pytest.mark.parametrize("images", [True, False])
def test_tooltip_thumbnail_with_images_on_and_off(tab, images):
    tab.select("tf1_mnist")
    (tab.frame.check if images else tab.frame.uncheck)("[data-testid=sprites]")
    tab.frame.wait_for_function("on => __embproj.state.showSprites === on", arg=images)
    assert thumbnail_shown(tab, 17)
    tab.page.mouse.move(1, 1)
