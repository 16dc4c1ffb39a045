"""Property-based requests generated from our own OpenAPI schema (schemathesis): whatever a client
sends, the service answers without a server error."""

import tempfile

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from api.app import create_app

APP = create_app(tempfile.mkdtemp(prefix="xxgk-schema-"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))  # pyright: ignore[reportArgumentType]  (HealthCheck's metaclass hides its type)
def test_no_server_errors(case):
    case.call_and_validate(checks=[not_a_server_error])


def test_schema_documents_every_route_with_examples():
    spec = APP.openapi()
    paths = set(spec["paths"])
    assert {
        "/api/health",
        "/api/version",
        "/api/reports",
        "/api/reports/text",
        "/api/reports/{report_id}",
        "/api/reports/{report_id}/export",
        "/api/export",
        "/api/ask",
    } <= paths
    ask = spec["paths"]["/api/ask"]["post"]
    assert "examples" in str(ask["requestBody"]) and "404" in ask["responses"]
