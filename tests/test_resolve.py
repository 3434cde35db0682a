"""Resolve: variants and acronyms merge within a paper; across papers, meanings stay apart."""

from __future__ import annotations

from kg.extract.lexicon import Entry, index
from kg.model import Mention
from kg.resolve import Resolver, edge_type, paper_concepts


def _m(text, kind="Method", role="used", start=0):
    return Mention(text=text, type=kind, start=start, end=start + len(text),
                   sentence=f"... {text} ...", role=role)


def test_acronym_and_variants_merge_within_a_paper():
    mentions = [_m("Low-Rank Adaptation", start=0), _m("LoRA", start=30), _m("LoRA", start=60),
                _m("curriculum learning", start=80), _m("Curriculum-Learning", start=90)]
    concepts = paper_concepts(mentions, [("Low-Rank Adaptation", "LoRA")])
    assert [(c.name, c.aliases, c.count) for c in concepts] == [
        ("LoRA", ["Low-Rank Adaptation"], 3),
        ("Curriculum-Learning", ["curriculum learning"], 2),
    ]
    assert concepts[0].keys[0] == "lowrankadaptation"
    assert concepts[0].evidence == "... Low-Rank Adaptation ..."


def test_plural_variants_and_roles():
    concepts = paper_concepts([_m("diffusion model"), _m("Diffusion Models", role="proposed")], [])
    assert len(concepts) == 1 and concepts[0].role == "proposed"


def test_ambiguous_acronyms_stay_apart_across_papers():
    resolver = Resolver()
    resolver.add(paper_concepts([_m("continual learning"), _m("CL")],
                                [("continual learning", "CL")]))
    resolver.add(paper_concepts([_m("continual learning"), _m("CL")],
                                [("continual learning", "CL")]))
    resolver.add(paper_concepts([_m("contrastive learning"), _m("CL")],
                                [("contrastive learning", "CL")]))
    undefined = paper_concepts([_m("CL")], [])
    resolver.add(undefined)
    concepts = resolver.concepts()
    assert resolver.canonical_key(undefined[0].keys[0]) == "continuallearning"
    assert {c.name for c in concepts.values()} == {"continual learning", "contrastive learning"}


def test_known_names_file_under_the_lexicon_entry():
    known = index([Entry("LoRA", "Method", ("Low-Rank Adaptation",))])
    resolver = Resolver(known)
    resolver.add(paper_concepts([_m("low-rank adaptation")], []))
    (concept,) = resolver.concepts().values()
    assert concept.id == "concept:lora" and concept.name == "LoRA"


def test_edge_types():
    assert edge_type("Dataset", "used") == "EVALUATES_ON"
    assert edge_type("Metric", "used") == "MEASURES"
    assert edge_type("Task", "used") == "ADDRESSES"
    assert edge_type("Model", "used") == "USES"
    assert edge_type("Dataset", "proposed") == "PROPOSES"

