"""`tariffwatch serve`: prints the URL it listens on; a busy port is one line and exit 2."""

import os
import select
import signal
import socket
import subprocess
import sys
import urllib.request

from tests.smtp_server import free_port


def test_serve_prints_the_url_it_listens_on(project):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tariffwatch.cli", "serve", "--port", str(port), "--config", str(project.config_path)],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert select.select([process.stdout], [], [], 60)[0], "serve printed nothing"
        assert process.stdout.readline() == f"tariffwatch: serving http://127.0.0.1:{port}/ (Ctrl-C to stop)\n"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=steel", timeout=10) as response:
            assert response.status == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    assert process.returncode == 0
    assert process.stdout.read() == "tariffwatch: stopped\n"
    assert process.stderr.read() == ""


def test_a_busy_port_is_one_line_and_exit_2(project):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = project.run("serve", "--port", str(port))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: cannot listen on 127.0.0.1:{port}: already in use (another serve?); choose another --port\n"
    )
