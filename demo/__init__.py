"""embproj's demo data (installed as the `embproj_demo` package): `embproj demo` runs write_demo_logdir."""
