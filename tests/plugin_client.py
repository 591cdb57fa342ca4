"""Call the plugin's routes in-process (no server): fast tests of the HTTP API."""
import argparse
import json

from tensorboard.plugins import base_plugin
from werkzeug import test as werkzeug_test
from werkzeug import wrappers

from embproj_plugin.plugin import EmbprojPlugin

PREFIX = "/data/plugin/embproj"


class PluginClient:
    def __init__(self, logdir, allow_writes=False):
        flags = argparse.Namespace(embproj_allow_writes=allow_writes)
        self.plugin = EmbprojPlugin(base_plugin.TBContext(logdir=str(logdir), flags=flags))
        self.apps = self.plugin.get_plugin_apps()
        self._client = werkzeug_test.Client(self._dispatch, wrappers.Response)

    def _dispatch(self, environ, start_response):
        path = environ["PATH_INFO"]
        route = path[len(PREFIX):] if path.startswith(PREFIX) else path
        app = self.apps.get(route)
        if app is None:
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"Not found"]
        return app(environ, start_response)

    def post(self, path, data):
        if not path.startswith(PREFIX):
            path = PREFIX + path
        return self._client.post(path, data=data, headers={"Content-Type": "application/json"})

    def get(self, path, headers=None):
        """`path` like "/info?run=." (relative to the plugin) or a full /data/plugin/embproj/ URL."""
        if not path.startswith(PREFIX):
            path = PREFIX + path
        return self._client.get(path, headers=headers or {})

    def json(self, path):
        response = self.get(path)
        assert response.status_code == 200, (path, response.status_code, response.get_data(as_text=True))
        return json.loads(response.get_data())
