"""Shared test settings: the hypothesis profiles.

``default`` keeps property tests to a few seconds each in the suite; ``fuzz`` (``--hypothesis-profile=fuzz``,
run by CI on the ingest readers) tries many more inputs.
"""
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile("default")
