"""The web UI and JSON API (FastAPI + Jinja2), served by `tariffwatch serve`."""
