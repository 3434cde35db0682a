"""kg: a knowledge-graph builder for machine-learning research papers."""

from kg.pipeline import build, build_graph, extract_records, write_outputs

__all__ = ["build", "build_graph", "extract_records", "write_outputs"]
__version__ = "0.1.0"
