"""embproj: an Embedding Projector plugin for TensorBoard."""
import setuptools

setuptools.setup(
    name="embproj",
    version="0.1.0",
    description="Embedding Projector for TensorBoard: reads every logdir the built-in one reads, "
    "without TensorFlow, and projects all points client-side.",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    # demo/ (the demo's data writers, readable and copyable) is installed as embproj_demo for `embproj demo`.
    packages=setuptools.find_packages(include=["embproj_plugin", "embproj_plugin.*"]) + ["embproj_demo"],
    package_dir={"embproj_demo": "demo"},
    package_data={"embproj_plugin": ["static/*", "static/**/*"]},
    license="Apache-2.0",
    classifiers=[
        "Development Status :: 4 - Beta",
        "Framework :: TensorBoard",
        "Intended Audience :: Science/Research",
        "Intended Audience :: Developers",
        "License :: OSI Approved :: Apache Software License",
        "Operating System :: OS Independent",
        "Programming Language :: Python :: 3",
        "Programming Language :: JavaScript",
        "Topic :: Scientific/Engineering :: Artificial Intelligence",
        "Topic :: Scientific/Engineering :: Visualization",
    ],
    python_requires=">=3.9",
    install_requires=[
        "tensorboard>=2.21",
        "numpy>=1.21",
        # Matches the gencode version of the committed projector_config_pb2.py
        # (and TensorBoard 2.21's own requirement).
        "protobuf>=6.31.1",
        "pillow",
        "scikit-learn",
        "werkzeug",
        # C CRC32C: every response re-verifies a checkpoint tensor's checksum (51 MB in 5 ms).
        "google-crc32c",
    ],
    extras_require={
        # Logdirs on object storage, read through TensorBoard's own file layer, which needs the same
        # packages: boto3 for s3:// (S3_ENDPOINT, AWS_* variables), gcsfs (an fsspec filesystem) for gs://.
        "s3": ["boto3"],
        "gcs": ["gcsfs"],
        # grpcio-tools: the stale-proto test compiles proto/ again; playwright: browser tests
        # (they drive Debian's /usr/bin/chromium, never a downloaded browser); moto[server]: a real
        # S3-API server (moto_server) on loopback for the s3:// tests, with boto3 for the plugin;
        # fsspec: the fsspec route (memory://, file://) of TensorBoard's layer; pandas: the DataFrame
        # inputs log_embedding accepts (torch is optional: its tests skip without it).
        "test": ["pytest", "playwright", "grpcio-tools", "moto[server]", "boto3", "fsspec", "pandas"],
    },
    entry_points={
        "tensorboard_plugins": ["embproj = embproj_plugin.plugin:EmbprojLoader"],
        "console_scripts": ["embproj = embproj_plugin.cli:main"],
    },
)
