"""Every endpoint of the example service through FastAPI's test client, including hostile uploads."""

from __future__ import annotations

import io
import stat
import sys
import time
import zipfile
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import Limits, create_app  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "corpus" / "retailco"

Upload = Tuple[str, Tuple[str, bytes, str]]


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    limits = Limits(request_bytes=2_000_000, uncompressed_bytes=1_000_000, entries=50, workers=1)
    app = create_app(limits, tmp_path / "data")
    with TestClient(app) as c:
        yield c
    app.state.executor.shutdown(wait=True)


def zip_of(entries: Dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def sample_zip() -> bytes:
    return zip_of({p.relative_to(SAMPLE).as_posix(): p.read_bytes() for p in SAMPLE.rglob("*") if p.is_file()})


def as_zip(data: bytes, name: str = "scripts.zip") -> List[Upload]:
    return [("files", (name, data, "application/zip"))]


def wait_for(client: TestClient, job_id: str) -> Dict[str, Any]:
    # Polls until the job ends; pytest's own timeout, not this loop, bounds a hung job.
    while True:
        body: Dict[str, Any] = client.get(f"/migrations/{job_id}").json()
        if body["status"] in ("succeeded", "failed"):
            return body
        time.sleep(0.05)


def test_transpile(client: TestClient) -> None:
    r = client.post("/transpile", json={"sql": "SELECT TOP 5 ISNULL(a,0) FROM dbo.t", "target": "snowflake"})
    assert r.status_code == 200, r.text
    assert "LIMIT 5" in r.json()["sql"] and r.json()["target"] == "snowflake"


def test_transpile_syntax_error_has_a_position(client: TestClient) -> None:
    r = client.post("/transpile", json={"sql": "SELECT 1\nSELECT FROM WHERE ("})
    assert r.status_code == 422
    e = r.json()["error"]
    assert (e["kind"], e["file"], e["line"]) == ("parse", "<input>", 2)
    assert e["column"] and e["code"].startswith("DM1") and e["diagnostics"]


def test_transpile_bad_requests(client: TestClient) -> None:
    assert client.post("/transpile", json={"sql": "SELECT 1", "target": "oracle"}).status_code == 400
    assert client.post("/transpile", json={"target": "duckdb"}).status_code == 422
    assert client.post("/transpile", content=b"not json", headers={"content-type": "application/json"}).status_code == 422


def test_request_size_limit(client: TestClient) -> None:
    r = client.post("/transpile", json={"sql": "SELECT 1 " + "x" * 2_100_000})
    assert r.status_code == 413 and "request body" in r.json()["error"]["message"]


def test_assess_a_zip(client: TestClient) -> None:
    r = client.post("/assess", files=as_zip(sample_zip()), data={"target": "snowflake"})
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["kind"] == "assessment" and report["target"] == "snowflake"
    assert report["stats"]["tables"] == 17 and report["stats"]["views"] == 15


def test_assess_a_set_of_files(client: TestClient) -> None:
    files: List[Upload] = [
        ("files", ("tables.sql", b"CREATE TABLE dbo.t (a int NOT NULL)\nGO\n", "text/plain")),
        ("files", ("views.sql", b"CREATE VIEW dbo.v AS SELECT TOP 3 a FROM dbo.t\nGO\n", "text/plain")),
    ]
    r = client.post("/assess", files=files)
    assert r.status_code == 200, r.text
    assert {o["object"] for o in r.json()["objects"]} == {"dbo.t", "dbo.v"}


def test_assess_rejects_bad_input(client: TestClient) -> None:
    assert client.post("/assess").status_code == 422  # no files at all
    r = client.post("/assess", files=as_zip(b"PK\x03\x04 not really"))
    assert r.status_code == 400 and "not a zip" in r.json()["error"]["message"]
    r = client.post("/assess", files=[("files", ("notes.txt", b"no scripts here", "text/plain"))])
    assert r.status_code == 400 and r.json()["error"]["kind"] == "input"
    r = client.post("/assess", files=[("files", ("../evil.sql", b"SELECT 1", "text/plain"))])
    assert r.status_code == 400 and "unsafe file name" in r.json()["error"]["message"]


@pytest.mark.parametrize(
    "name",
    ["../escape.sql", "a/../../escape.sql", "/etc/passwd", "..\\windows.sql", "C:/windows.sql", "./x/../../y.sql"],
)
def test_zip_path_traversal_is_rejected(client: TestClient, tmp_path: Path, name: str) -> None:
    r = client.post("/assess", files=as_zip(zip_of({"ok.sql": b"SELECT 1", name: b"SELECT 2"})))
    assert r.status_code == 400, r.text
    assert "unsafe file name" in r.json()["error"]["message"]
    assert not (tmp_path / "escape.sql").exists() and not (tmp_path / "data" / "escape.sql").exists()


def test_zip_symlink_is_rejected(client: TestClient) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        link = zipfile.ZipInfo("link.sql")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    r = client.post("/assess", files=as_zip(buffer.getvalue()))
    assert r.status_code == 400 and "symbolic link" in r.json()["error"]["message"]


def test_zip_bomb_is_rejected(client: TestClient) -> None:
    # 5 MB of spaces compress to a few kB: well under the request limit, far over the 1 MB cap.
    bomb = zip_of({"bomb.sql": b" " * 5_000_000})
    assert len(bomb) < 100_000
    r = client.post("/assess", files=as_zip(bomb))
    assert r.status_code == 413 and "uncompressed" in r.json()["error"]["message"]


def test_zip_with_too_many_entries_is_rejected(client: TestClient) -> None:
    r = client.post("/assess", files=as_zip(zip_of({f"f{i}.sql": b"SELECT 1" for i in range(60)})))
    assert r.status_code == 413 and "files" in r.json()["error"]["message"]


def test_migration_job(client: TestClient) -> None:
    r = client.post("/migrations", files=as_zip(sample_zip()), data={"target": "duckdb"})
    assert r.status_code == 202, r.text
    job_id = r.json()["id"]
    body = wait_for(client, job_id)
    assert body["status"] == "succeeded", body
    assert body["progress"]["phase"] == "write" and body["progress"]["done"] == body["progress"]["total"]
    assert body["report"]["stats"]["views"] == 15 and body["error"] is None

    r = client.get(f"/migrations/{job_id}/project.zip")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(r.content)) as archive:
        names = set(archive.namelist())
    assert "dbt_project.yml" in names
    assert set(body["report"]["files"]) <= names


def test_failed_migration_job(client: TestClient) -> None:
    r = client.post("/migrations", files=[("files", ("notes.txt", b"not sql", "text/plain"))])
    assert r.status_code == 202
    body = wait_for(client, r.json()["id"])
    assert body["status"] == "failed" and body["error"]["kind"] == "input"
    assert client.get(f"/migrations/{body['id']}/project.zip").status_code == 409


def test_unknown_migration(client: TestClient) -> None:
    assert client.get("/migrations/nope").status_code == 404
    assert client.get("/migrations/nope/project.zip").status_code == 404


def test_migration_rejects_traversal_before_starting(client: TestClient) -> None:
    r = client.post("/migrations", files=as_zip(zip_of({"../../x.sql": b"SELECT 1"})))
    assert r.status_code == 400
    assert client.app.state.jobs == {}  # type: ignore[attr-defined]
