"""Extract: kg's spaCy components, alone and in a user's own pipeline."""

from __future__ import annotations

from collections import defaultdict

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg.extract import doc_abbreviations, doc_mentions, extract_mentions, readable_text
from kg.extract.abbreviations import find_abbreviations, long_form_start
from kg.extract.concepts import (
    _compared_against,
    _object_of_proposing_verb,
    _one_type_per_name,
    _running_text,
    glued_words,
    is_name_shaped,
    noun_chunks,
    other_number,
    spellings,
)
from kg.extract.lexicon import builtin_lexicon, load_lexicon, name_key
from kg.model import Paper
from kg.pipeline import known_names
from kg.resolve import concept_name, paper_concepts

TITLE = "SeerAttention: Learning Sparse Attention in Your LLMs"
ABSTRACT = (
    "We propose SeerAttention, a new attention mechanism for long contexts. "
    "We fine-tune Llama-3 8B with Low-Rank Adaptation (LoRA) and evaluate on GSM8K and the "
    "MATH500 benchmark, reporting accuracy and perplexity. Large language models (LLMs) and "
    "our method are compared on question answering."
)


def _mentions(nlp, title=TITLE, abstract=ABSTRACT):
    paper = Paper(id="p1", title=title, abstract=abstract)
    ((_, mentions, abbreviations),) = extract_mentions(nlp, [paper])
    return paper, mentions, abbreviations


def _concept_names(nlp, abstract, title="A study"):
    """The names of the concepts resolve makes of a paper's mentions."""
    _, mentions, abbreviations = _mentions(nlp, title, abstract)
    return {c.name for c in paper_concepts(mentions, abbreviations, known_names(()),
                                           title_end=len(title) + 2)}


def _roles(nlp, title, abstract):
    """Each mention's text → its role, for a paper of this title and abstract."""
    _, mentions, _ = _mentions(nlp, title, abstract)
    return {m.text: m.role for m in mentions}


def _types(nlp, title, abstract):
    """Each mention's text → its type, for a paper of this title and abstract."""
    _, mentions, _ = _mentions(nlp, title, abstract)
    return {m.text: m.type for m in mentions}


def _found(nlp, text, roles=False):
    """The (text, type) pairs, or (text, type, role) triples, of a text's mentions."""
    return {(m.text, m.type, m.role) if roles else (m.text, m.type)
            for m in doc_mentions(nlp(text))}


def test_types_roles_offsets_and_sentences(nlp):
    paper, mentions, _ = _mentions(nlp)
    found = {(m.text, m.type, m.role) for m in mentions}
    assert ("SeerAttention", "Method", "proposed") in found
    assert ("GSM8K", "Dataset", "used") in found
    assert ("MATH500", "Dataset", "used") in found
    assert ("Llama-3 8B", "Model", "used") in found
    assert ("LoRA", "Method", "used") in found
    assert ("Low-Rank Adaptation", "Method", "used") in found
    assert ("accuracy", "Metric", "used") in found and ("perplexity", "Metric", "used") in found
    assert ("question answering", "Task", "used") in found
    for mention in mentions:
        assert paper.text[mention.start:mention.end] == mention.text
        assert mention.text in mention.sentence
    title_mention = next(m for m in mentions if m.start == 0)
    assert title_mention.sentence == TITLE  # the title never runs into the abstract


def test_generic_names_are_not_concepts(nlp):
    _, mentions, _ = _mentions(nlp)
    names = {name_key(m.text) for m in mentions}
    assert not names & {name_key("Large language models"), "llm", name_key("our method")}
    # a name inside a generic phrase is none, whichever part of the pipeline found it
    _, mentions, _ = _mentions(nlp, "Outlier-Aware Weight Quantization", (
        "Outliers cause precision issues in parameters. We keep salient weights in higher "
        "precision while reaching the accuracy of the dense model."))
    assert [(m.text, m.type) for m in mentions if m.start > 40] == [("accuracy", "Metric")]


def test_acronym_definitions(nlp):
    doc = nlp("Neural networks suffer from catastrophic interference (CI): accuracy drops. "
              "We use GRPO (group relative policy optimization) and supervised fine-tuning (SFT).")
    pairs = [(long.text, short.text) for long, short in find_abbreviations(doc)]
    assert pairs == [("catastrophic interference", "CI"),
                     ("group relative policy optimization", "GRPO"),
                     ("supervised fine-tuning", "SFT")]
    doc = nlp("IDER: IDempotent Experience Replay for Reliable Continual Learning. We introduce a "
              "framework named MEDIDA: Model Error Discovery with Interpretability and Data "
              "Assimilation.")
    pairs = [(long.text, short.text) for long, short in find_abbreviations(doc)]
    assert pairs == [("IDempotent Experience Replay", "IDER"),  # not "... for Reliable ..."
                     ("Model Error Discovery with Interpretability and Data Assimilation",
                      "MEDIDA")]
    doc = nlp("Skill-Targeted Adaptive Training\n\nWe introduce a new strategy, STAT. STAT helps.")
    pairs = [(long.text, short.text) for long, short in find_abbreviations(doc)]
    assert pairs == [("Skill-Targeted Adaptive Training", "STAT")]  # the title spells it
    doc = nlp("Native Sparse Attention: Hardware-Aligned and Trainable Attention\n\nWe present "
              "NSA. NSA is fast.")
    pairs = [(long.text, short.text) for long, short in find_abbreviations(doc)]
    assert pairs == [("Native Sparse Attention", "NSA")]  # so does the part before its colon
    doc = nlp("Subset finetuning (or SubTuning) matches reinforcement learning from human "
              "feedback (i.e., RLHF).")
    pairs = [(long.text, short.text) for long, short in find_abbreviations(doc)]
    assert pairs == [("Subset finetuning", "SubTuning"),  # "or", "i.e." introduce a short form
                     ("reinforcement learning from human feedback", "RLHF")]
    doc = nlp("We add the Dependency (Dep) metric and ResNet (ResNet-50) features.")
    pairs = [(long.text, short.text) for long, short in find_abbreviations(doc)]
    assert pairs == [("Dependency", "Dep")]  # a word cut short; a variant is no short form
    assert long_form_start("LoRA", "we use Low-Rank Adaptation") == 7
    assert long_form_start("XYZ", "nothing matches here") is None


def test_a_named_long_form_and_a_capitalised_number_word_title_name(nlp):
    title = "FIRST: Teach A Reliable Model"
    abstract = "We further propose a new method named Efficient Trustworthy Distillation (FIRST)."
    pairs = [(long.text, short.text) for long, short in find_abbreviations(nlp(abstract))]
    assert pairs == [("Efficient Trustworthy Distillation", "FIRST")]  # not "further ..."
    _, mentions, _ = _mentions(nlp, title, abstract)
    assert ("FIRST", "proposed") in {(m.text, m.role) for m in mentions if m.start < len(title)}


def test_a_revisited_title_name_is_used_not_proposed(nlp):
    _, mentions, _ = _mentions(nlp, "Error Feedback Reloaded: From Quadratic to Arithmetic Mean",
                               "Error Feedback (EF) is a popular mechanism. We study EF21.")
    roles = {m.text: m.role for m in mentions}
    assert roles["Error Feedback"] == "used" and "Error Feedback Reloaded" not in roles
    _, mentions, _ = _mentions(nlp, "LLM See, LLM Do: Guiding Data Generation",
                               "We study synthetic data.")
    assert not any(m.role == "proposed" for m in mentions)  # a saying, not a name
    _, mentions, _ = _mentions(nlp, "Fine-Tuning Enhances Existing Mechanisms: A Study",
                               "We study how fine-tuning affects entity tracking.")
    assert not any(m.role == "proposed" for m in mentions)  # a claim, not a name
    _, mentions, _ = _mentions(nlp, "A Title", "Supervised finetuning can introduce task "
                               "specificity, but introduce data inefficiency.")
    assert not any(m.role == "proposed" for m in mentions)  # nobody here speaks for us
    _, mentions, _ = _mentions(nlp, "Small Models", (
        "We identify that this failure stems from misalignment: traces from larger models "
        "contain rare tokens, exceeding the capacity of smaller architectures and creating "
        "learning barriers rather than helpful guidance."))
    assert not any(m.role == "proposed" for m in mentions)  # a participle's, not ours


def test_proposed_by_appositive_and_verb(nlp):
    _, mentions, _ = _mentions(
        nlp, "A study of replay",
        "In this work we introduce idempotent experience replay (IDER). Baselines such as "
        "PPO are used. TinyBench, a new benchmark for small models, is released. We are the "
        "first to propose Kendall's rank correlation to measure stability. The resulting "
        "model, MediLlama-8B, beats GPT-4, resulting in higher accuracy.")
    roles = {m.text: m.role for m in mentions}
    assert roles["MediLlama-8B"] == "proposed" and roles["accuracy"] == "used"
    _, coined, _ = _mentions(nlp, "Cut your Losses", 'We propose the "squentropy" loss. '
                             "We then show that the squentropy loss is well calibrated.")
    assert {m.role for m in coined if "squentropy" in m.text} == {"proposed"}
    assert name_key('squentropy" loss') == name_key("squentropy loss")  # one name
    _, verbed, _ = _mentions(nlp, "Split Contrast Decoding", (
        "We propose Split Contrast Decoding (SCD). Our SCD alleviates likelihood displacement "
        "without pairwise optimization."))  # the tagger reads "alleviates" as a plural noun
    assert [m.text for m in verbed if m.text.startswith("SCD")] == ["SCD", "SCD"]
    _, described, _ = _mentions(nlp, "Tracing Reasoning", (
        "To explain such failures, we propose Reasoning Path Tracing (RPT), a unified "
        "framework that combines established interpretability techniques into one map."))
    described = {m.text: m.role for m in described}  # what the apposition says RPT uses
    assert described["RPT"] == "proposed"
    assert described["interpretability techniques"] == "used"
    assert roles["Kendall's rank correlation"] == "proposed"
    assert roles["IDER"] == "proposed" and roles["idempotent experience replay"] == "proposed"
    assert roles["PPO"] == "used"
    assert roles["TinyBench"] == "proposed"


def test_the_means_a_title_ends_on_is_proposed(nlp):
    _, mentions, _ = _mentions(
        nlp, "Better Length Generalization in Transformers via Task Hinting",
        "We study length generalization with Task Hinting and Adam.")
    roles = {m.text: m.role for m in mentions}
    assert roles["Task Hinting"] == "proposed" and roles["Adam"] == "used"
    _, mentions, _ = _mentions(nlp, "Length Generalization via Task Hinting in Transformers",
                               "We study length generalization with Task Hinting.")
    assert {m.role for m in mentions if m.text == "Task Hinting"} == {"used"}


def test_a_title_term_we_introduce_is_proposed(nlp):
    _, mentions, _ = _mentions(nlp, "Asymmetric Margin For Multi-Label Classification", (
        "In this paper, we introduce a novel asymmetric margin, which treats positive and "
        "negative samples differently. The asymmetric margin improves accuracy."))
    roles = {m.text.lower(): m.role for m in mentions}
    assert roles["asymmetric margin"] == "proposed" and roles["accuracy"] == "used"


def test_a_modified_name_is_not_proposed(nlp):
    _, mentions, _ = _mentions(nlp, "Preference Models", (
        "Finally, we introduce a modified BT loss that accommodates ties."))
    assert {m.text: m.role for m in mentions}.get("BT loss") == "used"  # a variant's base


def test_a_title_question_starts_no_name(nlp):
    _, mentions, _ = _mentions(nlp, "Does Preference Training in LLMs Generalize to Code?",
                               "We study curriculum pruning on small models.")
    assert "Preference Training" in {m.text for m in mentions if m.start < 55}


def test_a_long_phrase_ending_in_a_design_word_is_proposed_without_it(nlp):
    paper, mentions, abbreviations = _mentions(nlp, "Stable Students", (
        "We propose a gradual intervention mechanism to stabilise training. We also propose a "
        "knowledge distillation method for small students."))
    assert [(m.text, m.role) for m in mentions] == [
        ("gradual intervention mechanism", "proposed"),  # three words: a name of its own
        ("knowledge distillation method", "used")]  # a known name's method is no new one
    concepts = paper_concepts(mentions, abbreviations, known_names(()), len(paper.title))
    assert [(c.name, c.role) for c in concepts] == [("gradual intervention", "proposed"),
                                                    ("knowledge distillation", "used")]
    paper, mentions, abbreviations = _mentions(nlp, "Deep Learning", (
        "We present a residual learning framework to ease the training of networks."))
    concepts = paper_concepts(mentions, abbreviations, known_names(()), len(paper.title))
    assert ("residual learning", "proposed") in [(c.name, c.role) for c in concepts], concepts


def test_models_named_after_the_proposal_are_proposed(nlp):
    _, mentions, _ = _mentions(
        nlp, "Reinforcement distillation",
        "We propose REDI, a distillation method. The Qwen-REDI-1.5B model beats "
        "Qwen-Math-7B on MATH-500 with REDI-generated reasoning traces.")
    roles = {m.text: m.role for m in mentions}
    assert roles["REDI"] == "proposed"
    assert roles["Qwen-REDI-1.5B model"] == "proposed"
    assert roles["Qwen-Math-7B"] == "used"
    assert roles["REDI-generated reasoning"] == "used"


def test_links_pronouns_and_clauses_are_no_names(nlp):
    doc = nlp("Model editing\n\nWe study model editing. We build a small module, namely "
              "StyleMix, which applies it. We propose Teacher Intervention (TI) for QAT. TI "
              "intervenes layer-wise signal propagation with the signal of the teacher. The code "
              "can be found in https://github.com/someone/EditingEvaluation.")
    found = {m.text for m in doc_mentions(doc)}
    assert {"StyleMix", "TI", "model editing"} <= found
    assert not any("github" in text or "intervenes" in text for text in found)
    assert "which" not in found


def test_a_counted_noun_is_no_part_of_a_name(nlp):
    from kg.extract.concepts import _counted

    counted = {t.text for doc in (nlp("We run a five-category classification."),
                                  nlp("We use one-sided translation."))
               for t in doc if _counted(doc, t.i)}
    assert counted == {"category"}  # "one-sided translation" is a name


def test_data_nouns_and_editions_end_names(nlp):
    # the tagger reads this "dataset" as a verb; kg_data_nouns makes it the noun it is
    text = "We train the model on the DeepMind Mathematics dataset and measuring forgetting."
    assert {t.pos_ for t in nlp(text) if t.text == "dataset"} == {"NOUN"}
    _, mentions, _ = _mentions(nlp, "A Title", text + " We evaluate on AMC 2023 and WMT 2014.")
    found = {(m.text, m.type) for m in mentions}
    assert {("DeepMind Mathematics dataset", "Dataset"), ("AMC 2023", "Dataset")} <= found
    # a Title Case name before its head word, after lower-case words of the same noun phrase
    _, mentions, _ = _mentions(nlp, "A Title", "We test Zorb on the commonly used Quarb Visual "
                                              "Rodent Suite and find gains.")
    assert ("Quarb Visual Rodent Suite", "Dataset") in {(m.text, m.type) for m in mentions}
    # an unknown name-shaped word of a year is an edition of a data set; other numbers, a model
    _, mentions, _ = _mentions(nlp, "A Title", "We report results of Quarbnet-50 on "
                                              "ZorbNLL-2009 and VOXA2011.")
    found = {(m.text, m.type) for m in mentions}
    assert {("Quarbnet-50", "Model"), ("ZorbNLL-2009", "Dataset"), ("VOXA2011", "Dataset")} <= found


def test_model_names_end_with_variant_size_and_build_words(nlp):
    _, mentions, _ = _mentions(nlp, "A Title", "We compare BitNet b1.58 with GPT-4o mini and "
                                              "Llama-3 8B.")
    assert {"BitNet b1.58", "GPT-4o mini", "Llama-3 8B"} <= {m.text for m in mentions}


def test_a_name_owning_what_follows_ends_at_its_possessive(nlp):
    _, mentions, _ = _mentions(
        nlp, "A Title", "We fine-tune T5 on the Discrete Reasoning over Text (DROP) dataset. "
        "The training improves DROP's adjusted F1 performance from 45.90 to 70.83.")
    assert not any("'s" in m.text for m in mentions)
    assert {m.type for m in mentions if m.text == "DROP"} == {"Dataset"}


def test_names_of_a_proposal_and_what_only_looks_like_one(nlp):
    abstract = ("We propose a workflow, named Non-Uniform Rank Evaluation (NURE). It has a set "
                "of charts, called NURE plots, which show errors. Rewards drift, which we "
                "describe as reward hacking. Our CIFAR-10 model achieves a test error of 3.1. "
                "We compare RoBERTa with encoders (e.g. BART) on GLUE.")
    _, mentions, abbreviations = _mentions(nlp, "A Title", abstract)
    roles = {m.text: m.role for m in mentions}
    assert roles["Non-Uniform Rank Evaluation"] == "proposed"  # "Non-" of a Title Case name
    assert roles["NURE plots"] == "proposed" and roles["reward hacking"] == "proposed"
    assert roles["CIFAR-10"] == "used"  # what "our" model was trained on
    assert [short for _, short in abbreviations] == ["NURE"]  # "(e.g. BART)" defines nothing


def test_cited_varied_and_reported_names_are_not_proposed(nlp):
    abstract = ("We study a form of feedback called EF21 (Richtarik et al., 2021). We propose "
                "new ICL variants. Based on our ICL study, we propose a method called ZetaNet.")
    _, mentions, _ = _mentions(nlp, "A Title", abstract)
    roles = {m.text: m.role for m in mentions}
    assert roles["EF21"] == "used" and roles["ICL"] == "used"
    assert roles["ZetaNet"] == "proposed"
    _, mentions, _ = _mentions(nlp, "A Title", "We propose an easy-to-hard warm-up SFT strategy.")
    assert {m.role for m in mentions if m.text == "SFT"} == {"used"}  # known, a modifier
    _, mentions, _ = _mentions(
        nlp, "A Title", "This paper presents a comparative analysis of two core post-training "
        "paradigms: supervised fine-tuning (SFT) and reinforcement fine-tuning (RFT).")
    assert {m.role for m in mentions if "fine-tuning" in m.text} == {"used"}


def test_a_span_starting_inside_a_generic_phrase_starts_after_it(nlp):
    from spacy.tokens import Span

    from kg.extract.concepts import SHADOW, _after_shadows

    doc = nlp.make_doc("in terms of test set accuracy")
    shadow = Span(doc, 3, 5, label=SHADOW)  # "test set"
    assert _after_shadows(Span(doc, 4, 6, label="Metric"), [shadow]).text == "accuracy"
    assert _after_shadows(Span(doc, 3, 6, label="Metric"), [shadow]).text == "test set accuracy"
    doc = nlp.make_doc("by pruning large language models and code language models")
    shadows = [Span(doc, 2, 5, label=SHADOW), Span(doc, 7, 9, label=SHADOW)]
    assert _after_shadows(Span(doc, 1, 5, label="Method"), shadows).text == "pruning"
    assert _after_shadows(Span(doc, 6, 9, label="Model"), shadows).text == "code language models"


def test_a_title_term_takes_the_whole_hyphenated_word(nlp):
    _, mentions, _ = _mentions(nlp, "Forgetting in Continual Post-Training",
                               "We study forgetting in continual post-training.")
    texts = {m.text for m in mentions}
    assert "continual post-training" in texts and "continual post" not in texts


def test_glued_words_split_on_slash_and_drop_modifier_suffix(nlp):
    doc = nlp.make_doc("RLHF/DPO and Wav2vec2.0-based models, Qwen2.5-Math-1.5B.")
    assert [w.text for w in glued_words(doc)] == ["RLHF", "DPO", "and", "Wav2vec2.0", "models",
                                                 "Qwen2.5-Math-1.5B"]


def test_noun_chunks_keep_phrases_around_x_of_y_words(nlp):
    # spaCy's chunker yields "thought" of "chain-of-thought prompting" and skips the phrase
    doc = nlp("We use chain-of-thought prompting and a mixture-of-experts router. We term this "
              "procedure program-of-thought distillation.")
    chunks = {c.text for c in noun_chunks(doc)}
    assert {"chain-of-thought prompting", "a mixture-of-experts router",
            "this procedure program-of-thought distillation"} <= chunks, chunks
    assert not chunks & {"thought", "experts"}, chunks
    roles = _roles(nlp, "A title", "We present FooReason. We term this procedure "
                   "program-of-thought distillation.")
    assert roles.get("program-of-thought distillation") == "proposed", roles


def test_components_work_in_a_users_own_pipeline():
    import kg.extract  # noqa: F401  registers the factories

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kg_abbreviations")
    nlp.add_pipe("kg_concepts")
    doc = nlp("We train on ImageNet with Direct Preference Optimization (DPO).")
    assert {(m.text, m.type) for m in doc_mentions(doc)} >= {("ImageNet", "Dataset"),
                                                           ("DPO", "Method")}


def test_user_lexicon_formats(tmp_path):
    jsonl = tmp_path / "names.jsonl"
    jsonl.write_text('{"name": "FooNet", "type": "model", "aliases": ["Foo Network"]}\n')
    csv = tmp_path / "names.csv"
    csv.write_text("name,type,aliases\nBarSet,Dataset,Bar Set;BS\n")
    pwc = tmp_path / "methods.json"
    pwc.write_text('[{"name": "Baz", "full_name": "Baz Method"}]')
    assert [(e.name, e.type, e.aliases) for e in load_lexicon(jsonl)] == [
        ("FooNet", "Model", ("Foo Network",))]
    assert load_lexicon(csv)[0].aliases == ("Bar Set", "BS")
    assert load_lexicon(pwc)[0].aliases == ("Baz Method",)


def test_the_built_in_list_files_each_spelling_under_one_name():
    names = defaultdict(set)
    for entry in builtin_lexicon():
        for spelling in entry.names:
            names[name_key(spelling)].add(entry.name)
    shared = {key: found for key, found in names.items() if len(found) > 1}
    assert shared == {"wsd": {"warmup-stable-decay", "word sense disambiguation"}}, shared
    # (an acronym two fields use alike; the first entry wins it)


def test_user_lexicon_is_used(tmp_path):
    from kg.extract import load_pipeline

    path = tmp_path / "names.jsonl"
    path.write_text('{"name": "zorbling", "type": "Task"}\n')
    nlp = load_pipeline(lexicons=[path])
    doc = nlp("We study zorbling at scale.")
    assert [(m.text, m.type) for m in doc_mentions(doc)] == [("zorbling", "Task")]


def test_factories_load_from_entry_points():
    import subprocess
    import sys

    # spaCy finds the factories through the package's entry points: kg is never imported here.
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('sentencizer'); "
            "nlp.add_pipe('kg_abbreviations'); nlp.add_pipe('kg_concepts'); "
            "doc = nlp('We use GSM8K here.'); print([s.text for s in doc.spans['kg_concepts']])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "['GSM8K']"


def test_head_word_phrases_and_shadowed_names(nlp):
    doc = nlp("A study\n\nWe improve dependency parsing and sentiment classification, "
              "reporting the F1 score and precision. A length penalty and a log-barrier "
              "regularizer help.")
    found = {(m.text, m.type) for m in doc_mentions(doc)}
    assert {("dependency parsing", "Task"), ("sentiment classification", "Task"),
            ("F1 score", "Metric"), ("precision", "Metric"), ("length penalty", "Method"),
            ("log-barrier regularizer", "Method")} <= found
    shadowed = nlp("A study\n\nMixed precision training keeps memory low.")
    assert "precision" not in {m.text for m in doc_mentions(shadowed)}


def test_vague_modifiers_are_stripped_and_unnamed_data_kept_apart(nlp):
    doc = nlp("A study\n\nOur novel efficient text classification beats the training corpus, "
              "the WSJ corpus and parallel corpora of Chinese texts. We add English.")
    found = {(m.text, m.type) for m in doc_mentions(doc)}
    assert ("text classification", "Task") in found
    assert ("WSJ corpus", "Dataset") in found
    # data described, not named: no concept, but marked apart (SciERC's broad Material)
    unnamed = {"training corpus", "parallel corpora", "Chinese texts", "English"}
    assert not unnamed & {text for text, _ in found}
    assert {s.text for s in doc.spans["kg_data"]} == unnamed


def test_a_text_without_a_blank_line_has_no_title(nlp):
    from kg.extract.concepts import title_end

    assert title_end(nlp("A title\n\nWe study dependency parsing.")) == 3
    doc = nlp("We study dependency parsing. It helps.")  # a sentence of a data set, no title
    assert title_end(doc) == 0
    assert ("dependency parsing", "Task") in {(m.text, m.type) for m in doc_mentions(doc)}


def test_trained_ner_is_small_and_optional(nlp):
    from kg.extract import TRAINED_NER, load_pipeline

    size = sum(p.stat().st_size for p in TRAINED_NER.rglob("*") if p.is_file())
    assert 0 < size <= 20_000_000
    assert "kg_ner" in nlp.pipe_names
    assert nlp.pipe_names.index("kg_ner") < nlp.pipe_names.index("kg_concepts")
    assert "kg_ner" not in load_pipeline(trained_ner=False).pipe_names


def test_papers_with_code_methods_dump_loads_as_a_lexicon():
    from tests.conftest import SHARED

    entries = load_lexicon(SHARED / "eval" / "paperswithcode" / "methods-2022" / "methods.json.gz")
    assert len(entries) == 1924
    transformer = next(e for e in entries if e.name == "Transformer")
    assert transformer.type == "Method"


def test_hyphenated_long_forms_and_for_short_definitions(nlp):
    doc = nlp("Title\n\nWe build on Leave-One-Out K-Nearest-Neighbor, or LOOK for short. "
              "We report the Sensibleness and Specificity Average (SSA).")
    pairs = [(long.text, short.text) for long, short in find_abbreviations(doc)]
    assert pairs == [("Leave-One-Out K-Nearest-Neighbor", "LOOK"),
                     ("Sensibleness and Specificity Average", "SSA")]


def test_presented_names_context_types_and_components(nlp):
    _, mentions, _ = _mentions(
        nlp, "Towards a Chatbot",
        "We present Meena, a multi-turn open-domain chatbot. Meena introduces "
        "FlexDecode for sampling. Baselines such as Aurora are pre-trained on JFT and "
        "evaluated on MiniF2F, in terms of BLEU.")
    found = {(m.text, m.type, m.role) for m in mentions}
    assert ("Meena", "Model", "proposed") in found  # a plain proper name, presented
    assert ("FlexDecode", "Method", "proposed") in found  # what a proposed name introduces
    assert ("JFT", "Dataset", "used") in found and ("MiniF2F", "Dataset", "used") in found
    assert ("BLEU", "Metric", "used") in found
    assert not any(m.text == "Aurora" and m.role == "proposed" for m in mentions)
    _, mentions, _ = _mentions(nlp, "A Title", "We use two radiology datasets (MIMIC-CXR and "
                                              "IU-Xray), with 1,000 reports each.")
    assert {m.type for m in mentions if m.text == "IU-Xray"} == {"Dataset"}
    _, mentions, _ = _mentions(nlp, "FAST: A Title", "The test has two levels: SIMPLE for "
                               "binary checks and COMPLEX for error types. FAST is fast.")
    assert {m.text for m in mentions} & {"SIMPLE", "COMPLEX", "FAST"} == {"FAST"}


def test_roles_from_naming_our_artefacts_and_specific_lower_case_objects(nlp):
    _, mentions, _ = _mentions(
        nlp, "A title",
        "This scheme is referred to as adversarial model perturbation (AMP). We refer to this "
        "setting as Generative Teaching. The resulting model Orca-3 beats Mistral-7b. We "
        "introduce an idempotence distillation loss. We propose a new attention mechanism. "
        "We focus on pass@N, a simple test-time strategy.")
    roles = {m.text: m.role for m in mentions}
    for name in ("adversarial model perturbation", "AMP", "Generative Teaching", "Orca-3",
                 "idempotence distillation loss"):
        assert roles[name] == "proposed", name
    for name in ("Mistral-7b", "attention mechanism", "pass@N"):
        assert roles[name] == "used", name


def test_span_cuts_generic_acronyms_and_title_names(nlp):
    paper, mentions, _ = _mentions(
        nlp, "The Reversal Curse: Models fail",
        "Weights of Neural Network (NN) models matter. We tune DPO/SimPO and run dynamic "
        "compression of Llama with help from OpenAI.")
    found = {m.text: m.role for m in mentions}
    assert found.get("Reversal Curse") == "proposed"  # the title's name, after "The"
    assert "NN" not in found and "OpenAI" not in found  # generic long form; an organisation
    assert {"DPO", "SimPO", "Llama"} <= set(found)
    assert not any("/" in name or " of " in name for name in found)


def test_types_from_known_endings_and_listed_heads(nlp):
    _, mentions, _ = _mentions(
        nlp, "A title",
        "We expand to MetaMath and NuminaMath datasets. Masked diffusion models (MDMs) and "
        "hybrid contrastive learning are compared. We study cross-modal alignment.")
    types = {m.text: m.type for m in mentions}
    assert types["MetaMath"] == types["NuminaMath"] == "Dataset"
    assert types["Masked diffusion models"] == types["MDMs"] == "Method"  # a diffusion model
    assert types["hybrid contrastive learning"] == "Method"
    assert types["cross-modal alignment"] == "Task"  # what is to be aligned: a problem
    found = _found(nlp,
        "A study\n\nWe test the Superficial Alignment Hypothesis and find Structured "
        "Activation Sparsity helps against RL Training Instabilities.")
    assert {("Superficial Alignment Hypothesis", "Task"), ("RL Training Instabilities", "Task"),
            ("Structured Activation Sparsity", "Method")} <= found, found


def test_what_outperforms_is_a_method_not_data(nlp):
    from kg.extract.concepts import _outperforms

    doc = nlp("A title\n\nWe find that the FooNet model consistently outperforms BarNet.")
    assert _outperforms(doc[7:9]) and not _outperforms(doc[11:12])


def test_spans_split_at_spaced_dashes_and_after_listing_words(nlp):
    _, mentions, _ = _mentions(
        nlp, "A title",
        "We present a model-specific recipe - PrISM - for building data. Accuracy on coding "
        "benchmarks HumanEval and MBPP is low. Optimizers such as RMSprop do not help, and "
        "the bounds C_Phi and C_Psi are loose.")
    found = {m.text: m for m in mentions}
    assert found["PrISM"].role == "proposed"
    assert found["HumanEval"].type == "Dataset"
    assert not any(" - " in name or "benchmarks H" in name or "_" in name for name in found)
    assert "RMSprop" in found and "RMSprop do" not in found


def test_roles_from_our_names_passives_and_proposal_lists(nlp):
    roles = _roles(
        nlp, "A title",
        "In this study, a multi-perspective course learning (MCL) method is proposed. Several "
        "solutions such as VAML have been proposed before. We propose two methods: Neuron "
        "Adjust and Key Space Detection. Our BarNet-7B model beats GPT-4, and our proposed "
        "first-hitting sampler (FHS) is fast. The loss, dubbed Loss AMPlification (LAMP), "
        "is what we amplify by scaling.")
    for name in ("MCL", "Neuron Adjust", "Key Space Detection", "BarNet-7B", "FHS", "LAMP"):
        assert roles.get(name) == "proposed", (name, roles)
    for name in ("VAML", "GPT-4"):
        assert roles.get(name) == "used", (name, roles)


def test_our_procedure_and_a_proposed_quoted_term_are_proposed(nlp):
    roles = _roles(
        nlp, "A Case For Algorithmic Unit Tests",
        "In particular, our procedure, Sharpness-Aware Minimization (SAM), seeks flat minima. "
        'We show this via a proposed "algorithmic unit test", where we create data. Our '
        "procedure beats Adam.")
    for name in ("Sharpness-Aware Minimization", "SAM", "algorithmic unit test"):
        assert roles.get(name) == "proposed", (name, roles)
    assert roles.get("Adam") == "used", roles


def test_lower_case_items_listed_after_a_proposal_are_proposed(nlp):
    roles = _roles(
        nlp, "A title",
        "We propose three behavioral metrics--abstention rate, refusal rate, and answer "
        "rate--to quantify behavior. We use two metrics--error rate and win rate--as well.")
    for name in ("abstention rate", "refusal rate", "answer rate"):
        assert roles.get(name) == "proposed", (name, roles)
    assert roles.get("error rate") == "used" and roles.get("win rate") == "used", roles


def test_a_description_before_called_name_is_not_the_proposal(nlp):
    roles = _roles(
        nlp, "A title",
        "We design a feedback-based adaptive top-k text decoding algorithm called mirostat "
        "that generates text. We also propose a gradual intervention mechanism for LLMs. We "
        "introduce the so-called aleatoric uncertainty into training.")
    assert roles.get("mirostat") == "proposed", roles
    assert roles.get("aleatoric uncertainty") == "used", roles
    assert not any(role == "proposed" for name, role in roles.items() if "decoding" in name)
    assert roles.get("gradual intervention mechanism") == "proposed", roles


def test_capitalised_words_of_a_description_are_no_names(nlp):
    roles = _roles(
        nlp, "A title",
        "This paper proposes UniVL: a Unified Video and Language pre-training model for "
        "video tasks. We also present Meena, a chatbot.")
    assert roles.get("Meena") == "proposed", roles
    assert not {"Unified Video", "Language", "Video"} & roles.keys(), roles


def test_a_title_contribution_is_typed_by_its_subtitle_not_by_defaults(nlp):
    _, mentions, _ = _mentions(
        nlp, "UniVL: A Unified Video and Language Pre-Training Model for Understanding",
        "This paper proposes UniVL: a unified video and language pre-training model. We "
        "further make the UniVL more effective, and the UniVL can learn well.")
    assert {m.type for m in mentions if m.text == "UniVL"} == {"Model"}


def test_whole_compounds_and_defined_acronyms_before_model(nlp):
    _, mentions, _ = _mentions(
        nlp, "A title",
        "Unsupervised anomaly detection (UAD) is widely used. A desirable UAD model is rare, "
        "and UAD models fail. We relate the single-sample accuracy to the false positive rate.")
    types = {m.text: m.type for m in mentions}
    assert types["UAD"] == "Task"
    assert "single-sample accuracy" in types and "sample accuracy" not in types


def test_names_are_cut_from_clauses_and_descriptions_around_them(nlp):
    from kg.extract.concepts import _parts

    doc = nlp("A title\n\nWe study LLMs taken from the Open LLM Leaderboard on texts from tens "
              "of thousands of web domains.")
    ent = doc.char_span(doc.text.index("LLMs"), doc.text.index(" domains") + 8)
    parts = [p.text for p in _parts(ent, {})]
    assert parts == ["LLMs", "from the Open LLM Leaderboard"]  # (the lead is trimmed later)
    assert not any("texts" in p for p in parts)
    doc = nlp("It fixes distributed methods such as GD or SGD when they compress.")
    ent = doc.char_span(doc.text.index("GD"), doc.text.index(" when"))
    assert [p.text for p in _parts(ent, {})] == ["GD", "SGD"]  # two names, joined by "or"


def test_hyphens_of_pretokenised_text_are_not_apposition_dashes(nlp):
    from kg.extract.concepts import _apposition_dash

    doc = nlp("We train a Bi - LSTM - CRF tagger , state - of - the - art , with a recipe - "
              "PrISM - for data .")
    dashes = [t.i for t in doc if t.text == "-"]
    assert [i for i in dashes if _apposition_dash(doc, i)] == [dashes[-2]]


def test_title_names_initials_and_respelled_known_names(nlp):
    found = _found(nlp,
        "Git Re-Basin: Merging Models modulo Permutation Symmetries\n\nWe merge independently "
        "trained ResNet models on Librispeech. Math problems stay hard.", roles=True)
    assert ("Git Re-Basin", "Method", "proposed") in found  # the name before the title's colon
    assert ("ResNet models", "Model", "used") in found and not any(
        "trained" in text for text, _, _ in found)
    assert ("Librispeech", "Dataset", "used") in found  # LibriSpeech, as the lexicon spells it
    assert not any(text == "Math" for text, _, _ in found)  # a sentence's first capital only
    revisiting = nlp("Revisiting Dropout: A Study\n\nWe study dropout in small networks.")
    assert "Revisiting Dropout" not in {m.text for m in doc_mentions(revisiting)}
    doc = nlp("A study\n\nWe propose a framework: Decoupling Contrastive Decoding (DCD).")
    assert [(lf.text, sf.text) for lf, sf in doc._.kg_abbreviations] == [
        ("Decoupling Contrastive Decoding", "DCD")]  # initials, not the "d", "c" of "Decoding"


def test_sizes_units_citation_keys_and_dubbed_models(nlp):
    found = _found(nlp,
        "A study\n\nWe train decoders (30M - 200M parameters) saving 35.4G FLOPs, a finding "
        "of essentialai2025muon. We propose a unified CF model, dubbed SimpleX.")
    assert ("FLOPs", "Metric") in found and ("SimpleX", "Model") in found
    assert not any(text.startswith(("M ", "30M")) or "G FLOPs" in text or "2025" in text
                   for text, _ in found)


def test_terms_the_title_and_abstract_share(nlp):
    found = {(m.text, m.start < 60) for m in doc_mentions(nlp(
        "On Second-Order Scoring Rules for the State-of-the-Art\n\nWe show that asymmetric scoring "
        "rules fail, and we introduce the notion of second-order scoring rules. Our results "
        "beat the state-of-the-art and synthetic data, measured as F(S;M) and F(S;M."))}
    assert ("second-order scoring rules", False) in found  # the abstract's mention
    assert ("Second-Order Scoring Rules", True) in found  # and the title's
    assert not any(text.lower() in {"scoring rules", "asymmetric scoring rules", "the-art", "art"}
                   or "(" in text for text, _ in found)  # a formula is no name


def test_known_names_match_in_other_word_break_spellings(nlp):
    assert spellings("pre-training") == ["pre-training", "pre training", "pretraining"]
    assert spellings("GPT-4") == ["GPT-4"]
    found = _found(nlp,
        "Simpson's Bias\n\nWe measure instruction-following and apply post training "
        "quantization in half-precision, finding Simpson's bias.")
    assert ("instruction-following", "Task") in found
    assert ("post training quantization", "Method") in found
    assert ("half-precision", "Method") in found  # a name, not the metric precision
    assert ("Simpson's bias", "Task") in found  # said by the title too


def test_known_phrases_match_in_the_other_number_and_win_over_cut_spans(nlp):
    assert other_number("compression ratio") == "compression ratios"
    assert other_number("model soups") == "model soup"
    assert other_number("mixture of experts") == "mixture of expert"
    assert other_number("principal component analysis") == "principal component analyses"
    assert spellings("recall") == ["recall"]  # one word in -s is as often a verb: "recalls"
    found = _found(nlp,
        "A study\n\nWe report compression ratios of 8x and use a model soup. We design a "
        "multitask training framework and test it on reading comprehension tasks and "
        "(synthetic) language modeling.")
    assert {("compression ratios", "Metric"), ("model soup", "Method"),
            ("multitask training", "Method"), ("reading comprehension", "Task"),
            ("language modeling", "Task")} <= found, found
    assert not any(text in {"training framework", "comprehension tasks"} or ")" in text
                   for text, _ in found), found


def test_names_end_before_an_unclosed_bracket_and_lose_end_to_end(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nProblems are derived from level-5 (hardest) problems in the MATH dataset "
        "(Hendrycksmath et. al., 2021). Scores drop for o1-mini (-16.49%). Our end-to-end Graph "
        "R-Learner wins. We use muParam (Yang et al., 2022) as Yang et al., 2022 did."))}
    assert {"MATH dataset", "o1-mini", "Graph R-Learner"} <= found
    assert not any("(" in text or text.startswith("end-to-end") for text in found)
    assert "level-5" not in found  # a numbered rank, no name
    assert not any("et al" in text for text in found), found  # a citation


def test_spelled_out_acronyms_stay_whole_and_passive_or_this_approach_proposals(nlp):
    _, mentions, _ = _mentions(
        nlp, "A title",
        "We propose Model Improvement via Neuron Targeting (MINT) for code models. A new "
        "debiasing method is proposed, called Causal Diagnosis and Correction (CDC). A field "
        "dubbed Green AI has grown. We propose Reasoning Consistency (RC). This approach "
        "combines Path Pruning with self-consistency. Earlier work combines Beam Voting "
        "with sampling.")
    roles = {m.text: m.role for m in mentions}
    for name in ("Model Improvement via Neuron Targeting", "MINT", "CDC",
                 "Causal Diagnosis and Correction", "Path Pruning"):
        assert roles.get(name) == "proposed", (name, roles)
    assert "Neuron Targeting" not in roles
    for name in ("Green AI", "Beam Voting"):
        assert roles.get(name, "used") == "used", (name, roles)


def test_spans_take_whole_hyphenated_words_unless_vague(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe study one-sided translation and low-rank matrix completion with "
        "large-scale contrastive learning and a no-regret learner."))}
    assert {"one-sided translation", "low-rank matrix completion", "contrastive learning"} <= found
    assert not {"sided translation", "rank matrix completion", "scale contrastive learning",
                "large-scale contrastive learning"} & found


def test_title_gerunds_and_negated_names_are_cut_off(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "When Less is More: Investigating Data Pruning for Pretraining\n\nWe prune data with "
        "perplexity. Chain-of-thought (CoT) prompts beat non-CoT prompts in the U.S. today."))}
    assert not any(text.startswith(("Investigating", "non-", "U.S")) for text in found), found
    assert "CoT" in found


def test_linking_prepositions_namely_lists_and_title_data_sets(nlp):
    mentions = doc_mentions(nlp(
        "CLASS-IT: Dataset Distillation through Alignment\n\nWe present two strategies, namely "
        "intermediate matching loss and weight perturbation. We train on a 24 GB consumer GPU "
        "and evaluate on BLiMP, EWoK and SuperGLUE."))
    found = {m.text: (m.type, m.role) for m in mentions}
    assert "Dataset Distillation through Alignment" not in found
    assert found["intermediate matching loss"] == ("Method", "proposed"), found
    assert found["weight perturbation"][1] == "proposed", found
    assert found["CLASS-IT"][0] == "Method", found
    assert not any("GPU" in text for text in found), found


def test_spelled_out_names_dashes_and_study_gerunds(nlp):
    mentions = doc_mentions(nlp(
        "Deciphering Cross-Modal Alignment in Vision Models with a New Rate\n\nSubtle Errors "
        "Matter: Fast Editing. We propose Model Editor "
        "Networks using Gradient Decomposition (MEND). We propose three behavioral "
        "metrics--abstention rate and answer rate--for this. Later, Instruction Pre-Training "
        "helps, with a sim!!25% gain."))
    found = {m.text: (m.type, m.role) for m in mentions}
    # an acronym's long form joined by "using" is one name, and the paper's own
    assert found["Model Editor Networks using Gradient Decomposition"][1] == "proposed", found
    assert found["MEND"][1] == "proposed", found
    assert "abstention rate" in found and not any("--" in text for text in found), found
    assert "Cross-Modal Alignment" in found, found  # what the study deciphers
    assert "Instruction Pre-Training" in found and "Instruction Pre" not in found, found
    assert not any("!" in text for text in found), found
    claim = doc_mentions(nlp("Subtle Errors Matter: Preference Learning via Self-Editing\n\n"
                             "We study it."))
    assert "Subtle Errors Matter" not in {m.text for m in claim}  # a claim, not a name


def test_unnamed_phrases_the_paper_introduces_are_its_own(nlp):
    found = {m.text: m.role for m in doc_mentions(nlp(
        "A Title\n\nWe also introduce selective gating criteria to prune the cache. We propose "
        "a new method and present empirical results."))}
    assert found.get("selective gating criteria") == "proposed", found
    assert not any("method" in text or "results" in text for text in found), found




def test_a_new_name_opening_a_title_and_said_again_is_the_papers_own(nlp):
    abstract = ("We propose a pairwise sigmoid loss. The sigmoid loss needs no softmax. Editing "
                "models is cheap. Contrastive learning helps. Our causal analysis shows it.")
    assert _roles(nlp, "Sigmoid Loss for Image Pre-Training", abstract).get(
        "sigmoid loss") == "proposed"
    for title in ("Editing Models with Arithmetic", "Contrastive Learning for Image Pre-Training",
                  "Causal Analysis for Interpretability", "Ranking Loss for Retrieval"):
        roles = _roles(nlp, title, abstract)
        assert "proposed" not in {roles.get(title.split(" for ")[0].split(" with ")[0]),
                                  roles.get("contrastive learning")}, (title, roles)


def test_a_verb_joined_to_a_proposing_verb_shares_its_object(nlp):
    paper, mentions, _ = _mentions(
        nlp, "Foo Models for Telecommunications",
        "This paper fills the gap by first creating and disseminating Foo-Data, a "
        "comprehensive dataset of manuals, and Foo-Eval, a question-answering dataset. We "
        "construct a parser and evaluate Qux-Bench, a benchmark of tables.")
    found = {m.text: (m.type, m.role) for m in mentions}
    assert found.get("Foo-Data") == ("Dataset", "proposed"), found
    assert found.get("Foo-Eval") == ("Dataset", "proposed"), found
    assert found.get("Qux-Bench", ("", "used"))[1] == "used", found



def test_a_name_misjoined_to_the_proposing_verb_is_not_proposed(nlp):
    # the small English parser's reading of such a sentence: "Models" joined to "introduce"
    words = ["We", "introduce", "FlowX", "that", "unifies", "diffusion", "models", "and",
             "Heat", "Flow", "Models", "."]
    heads = [1, 1, 1, 4, 2, 6, 4, 1, 10, 10, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "compound", "dobj", "cc", "compound",
            "compound", "conj", "punct"]
    pos = ["PRON", "VERB", "PROPN", "PRON", "VERB", "NOUN", "NOUN", "CCONJ", "PROPN", "PROPN",
           "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    assert _object_of_proposing_verb(doc[2:3])
    assert not _object_of_proposing_verb(doc[8:11])  # "and" joins it to "diffusion models"
    roles = _roles(nlp, "A title", "We also introduce FooNet and BarSet.")
    assert roles.get("FooNet") == "proposed" and roles.get("BarSet") == "proposed", roles


# (title, abstract, the roles of the names found in them)
ROLE_CASES = [
    # a verb without its own subject shares the subject of the verb it is joined to
    ("GloBo: Global Bottlenecks for Imputation",
     "GloBo is model-agnostic and extends the IB framework by introducing a Global Alignment "
     "loss. Specifically, GloBo improves the pruning score and proposes an efficient regional "
     "optimization method. We introduce a bisimulation loss that captures history. We also "
     "introduce a contrastive loss. Pruning can introduce a Cross Entropy Gap.",
     {"Global Alignment loss": "proposed", "regional optimization method": "proposed",
      "bisimulation loss": "proposed", "contrastive loss": "used", "Cross Entropy Gap": "used"}),
    # a known technique after "via" in a title is used, a new one proposed
    ("Dynamic Model Compression via Evolutionary Search", "We compress models.",
     {"Evolutionary Search": "used"}),
    ("Better Length Generalization in Transformers via Task Hinting",
     "Task hinting is a training scheme.", {"Task Hinting": "proposed"}),
    # the parts our thing has are ours; not the parts of another's, not what it combines
    ("A title",
     "We introduce FooTrans, a framework that includes a data collection system and a "
     "weighted cotraining strategy. We propose UniX, a method comprising a sparse gating "
     "module. Prior work used CLIP, a model that includes a token mixing module. We propose a "
     "new hybrid algorithm that combines an on-policy actor-critic method with data.",
     {"weighted cotraining strategy": "proposed", "sparse gating module": "proposed",
      "token mixing module": "used", "on-policy actor-critic method": "used"}),
    # a known lower-case phrase in a proposal is used, however many words it has
    ("A title",
     'In this paper we propose the "foobar" loss, which is the sum of two terms: the '
     "cross-entropy loss and the sparse token coverage loss.",
     {"cross-entropy loss": "used", "sparse token coverage loss": "proposed"}),
    # the parser hangs "pre", "-" and "finetuning" each on the verb: the noun heads the name
    ("A title",
     "We propose pre-finetuning, an additional learning stage between pre-training and "
     "fine-tuning.",
     {"pre-finetuning": "proposed", "fine-tuning": "used"}),
    # an article before a known name makes it the kind of the new thing, not the new thing
    ("A title",
     "We introduce FooPose, a new Convolutional Neural Network for pose estimation. We present "
     "the first convolutional neural network (CNN) capable of real-time super-resolution. We "
     "propose a novel CNN architecture.",
     {"FooPose": "proposed", "Convolutional Neural Network": "used",
      "convolutional neural network": "used", "CNN architecture": "used"}),
    # a known name among the parts of ours is what it is built from, not new
    ("A title",
     "We develop an agent called M-Walk, which consists of Monte Carlo Tree Search (MCTS) and "
     "a tree distillation module.",
     {"M-Walk": "proposed", "Monte Carlo Tree Search": "used",
      "tree distillation module": "proposed"}),
    # "namely" names the counted things, not the noun of a phrase between
    ("A title",
     "We introduce two new modules to enhance the modeling capability of CNNs, namely, "
     "deformable convolution and deformable RoI pooling.",
     {"deformable convolution": "proposed", "deformable RoI pooling": "proposed",
      "CNNs": "used"}),
    # what a proposed method is integrated with is part of it
    ("A title",
     "We propose a novel method integrated with somatic topological line localization (TLL) "
     "for detecting pedestrians.",
     {"TLL": "proposed"}),
    # a network a colon-less title opens with is the paper's, even if the abstract does not
    # say its name again
    # a coined one-word name a title opens with; "our models (X)"; a title's "using X"
    ("FooFlux for Skeletons in the Wild",
     "We train a network to predict a vector field. When trained on ImageNet, our models "
     "(BarGANs) reach a high score with little loss in quality.",
     {"FooFlux": "proposed", "BarGANs": "proposed", "Wild": None, "little loss": None}),
    # an article and adjectives before a known name: the kind of the new thing; "X: a new"
    ("A title",
     "The mapping is represented as a deep convolutional neural network (CNN). We propose a "
     "regularization method based on bar adversarial loss: a new measure of smoothness.",
     {"deep convolutional neural network": "used", "CNN": "used",
      "bar adversarial loss": "proposed"}),
    # "the X" naming a new architecture is its name, not a kind of it
    ("A title",
     "We propose a new simple network architecture, the Transformer, based on attention.",
     {"Transformer": "proposed"}),
    # "we propose the task of X": X is the paper's own task
    ("A title",
     "We propose the task of free-form and open-ended Visual Question Answering (VQA).",
     {"Visual Question Answering": "proposed", "VQA": "proposed"}),
    ("Density Estimation Using Bar Flow",
     "We extend the space of such models with invertible transformations.",
     {"Bar Flow": "proposed"}),
    ("Convolutional Kernel Networks for Visual Recognition",
     "We learn a network whose invariance is encoded by a reproducing kernel.",
     {"Convolutional Kernel Networks": "proposed"}),
    # a title opening with a new name that ends in a name-shaped word, said again or not
    ("Frustum VoxNets for Scene Parsing",
     "We study scene parsing from depth data with region-level features.",
     {"Frustum VoxNets": "proposed"}),
    # a phrase after an article that a proposing verb presents, in the passive voice too, is
    # the paper's when words of its own go before a kind word (not "a simple new loss")
    ("A title",
     "In this work, a contrastive preference tuning objective is developed that pulls the "
     "policy toward safe responses. We propose a simple new loss.",
     {"contrastive preference tuning objective": "proposed", "new loss": None,
      "loss": None}),
    # a new method's name that opens the subtitle after the paper's name, said again, is
    # how that works: the paper's; not a known method, a study's subject or a claim's
    ("FooZero: Reinforcement Active Pretraining",
     "We propose FooZero, a pretraining framework. Active pretraining selects informative "
     "spans to learn from.", {"Active Pretraining": "proposed", "Active pretraining": "proposed"}),
    ("BarNet: Progressive Learning from Teacher Traces",
     "We present BarNet. To promote this progressive learning, we sample traces.",
     {"Progressive Learning": "proposed"}),
    ("C-Bar: Contrastive Learning for Robust Defense",
     "We propose C-Bar. Contrastive learning with hard negatives helps robustness.",
     {"Contrastive Learning": "used"}),
    ("QuxScore: The Sensitivity of Saliency Maps to Seeds",
     "The sensitivity of saliency maps to seeds is high.", {"The Sensitivity": "used"}),
    ("Perplexity Trap: Dense Passage Retrievers Overrate Fluent Documents",
     "Dense passage retrievers prefer fluent documents.",
     {"Dense Passage Retrievers": "used"}),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), ROLE_CASES)
def test_roles_of_names_in_context(nlp, title, abstract, expected):
    roles = _roles(nlp, title, abstract)
    assert {name: roles.get(name) for name in expected} == expected, roles


def test_superscript_norm_names_are_metrics_and_methods_not_model_names(nlp):
    found = _found(nlp,
        "A study\n\nThe fit is good (R^2 = .68). We measure the L^2 distance between "
        "parameters, and training is eased by L^2-regularization.")
    assert {("R^2", "Metric"), ("L^2 distance", "Metric"),
            ("L^2-regularization", "Method")} <= found, found
    assert not any(text == "L^2" or kind == "Model" for text, kind in found), found


def test_a_title_that_is_one_new_name_and_net_names(nlp):
    roles = _roles(nlp, "Deformable Convolutional Networks",
                   "We show that deformable convolutional networks help. Our network "
                   "architecture beats PyramidNet.")
    assert roles.get("deformable convolutional networks") == "proposed", roles
    # a known name that is the whole title is known for this paper, said again or not
    roles = _roles(nlp, "End-To-End Memory Networks",
                   "We introduce a network with attention over an external memory.")
    assert roles.get("End-To-End Memory Networks") == "proposed", roles
    roles = _roles(nlp, "Memory Networks for Retrieval",
                   "We introduce a network with attention over an external memory.")
    assert roles.get("Memory Networks") == "used", roles
    found = _found(nlp,
        "A study\n\nOur network architecture beats PyramidNet and MultiPoseNet on ImageNet.")
    assert found == {("PyramidNet", "Model"), ("MultiPoseNet", "Model"),
                     ("ImageNet", "Dataset")}, found


def test_a_name_ends_before_the_language_of_its_data(nlp):
    found = _found(nlp,
        "A study\n\nWe reach 29.8 BLEU on WMT 2016 English – Romanian and 91.9 F1 on the "
        "CoNLL-2003 English shared task for named entity recognition (NER).")
    assert {("WMT 2016", "Dataset"), ("CoNLL-2003", "Dataset")} <= found, found
    assert not any("English" in text or "Romanian" in text for text, _ in found), found
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe present Multi-task Network Cascades for instance segmentation."))}
    assert "Multi-task Network Cascades" in found, found
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe gain 1.1 BLEU on the WMT 15 tasks English→German and English→Russian, "
        "based on the work of daume05learning, from a single raw RGB image."))}
    assert not {"English→German", "English→Russian", "daume05learning", "RGB"} & found, found
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe reach 28.4 BLEU on the WMT 2014 English-to-German translation task and "
        "improve German-English machine translation and English constituency parsing."))}
    assert {"machine translation", "constituency parsing"} <= found, found
    assert not any("English" in text or "German" in text for text in found), found
    doc = nlp("A study\n\nWe train on the English-to-German WMT 2014 task.")
    found = {s.text for s in doc.spans["kg_concepts"]}
    assert any(t.startswith("WMT 2014") for t in found), found
    assert not any("English" in t for t in found), found
    doc = nlp("A study\n\nIn MT, the usual approach is to apply a Chinese word segmenter "
              "trained from manually annotated data.")
    assert "word segmenter" in {s.text for s in doc.spans["kg_concepts"]}
    assert "Chinese" not in {s.text for s in doc.spans["kg_data"]}  # cut from a name: no data


def test_an_organisation_and_its_acronym_are_no_concepts(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nThis document describes the winning entry from Facebook AI Research "
        "(FAIR) to the VQA Challenge 2018."))}
    assert not {"Facebook AI Research", "FAIR"} & found, found
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nFoo-RCNN runs at 6 FPS and is implemented in Caffe."))}
    assert not {"FPS", "Caffe"} & found, found


def test_a_variant_of_a_known_name_has_its_type(nlp):
    found = _found(nlp,
        "A study\n\nAIME24/25 is hard for them. So is MATH-P-Simple. AQUA-KV helps.")
    assert {("AIME24/25", "Dataset"), ("MATH-P-Simple", "Dataset")} <= found, found
    assert ("AQUA-KV", "Dataset") not in found  # written otherwise than the data set AQuA


def test_spans_only_the_trained_model_finds_are_marked_guessed(nlp):
    found = {m.text: m.guessed for m in doc_mentions(nlp(
        "A study\n\nWe draw tokens by uniform sampling, then fine-tune with LoRA on GSM8K and "
        "report accuracy."))}
    assert found == {"uniform sampling": True, "LoRA": False, "GSM8K": False,
                     "accuracy": False}, found


def test_a_learned_name_before_its_head_word_takes_the_head(nlp):
    found = _found(nlp,
        "A study\n\nWe train with the BCE loss, an adaptive LDR loss and the original DPO "
        "loss, and test on MMLU.")
    assert found == {("BCE loss", "Method"), ("adaptive LDR loss", "Method"),
                     ("DPO loss", "Method"), ("MMLU", "Dataset")}, found


def test_a_known_name_before_the_title_colon_keeps_its_type(nlp):
    def types(text):
        return _found(nlp, text)

    assert ("Reversal Curse", "Task") in types(
        "The Reversal Curse: Models Trained on Facts Fail to Invert Them\n\nWe expose the "
        "reversal curse in models trained on facts.")
    assert ("MOS", "Method") in types(  # the text makes the acronym its own
        "MOS: Model Surgery for Continual Learning\n\nWe propose Model Surgery (MOS) to "
        "keep old skills.")


def test_a_known_model_the_paper_qualifies_as_its_own_is_a_new_kind(nlp):
    roles = _roles(nlp, "Deep Networks for Speech",
                   "CNNs are common. Then, we introduce multilingual CNNs with untied layers.")
    assert roles.get("multilingual CNNs") == "proposed", roles
    assert roles.get("CNNs") == "used", roles
    found = _found(nlp,
        "A study\n\nWe train SVDNet and PSENet on person re-identification data.")
    assert {("SVDNet", "Model"), ("PSENet", "Model")} <= found, found


def test_title_words_the_parser_left_out_of_the_abstracts_phrase_are_kept(nlp):
    roles = _roles(nlp, "Quantized Densely Connected U-Nets for Efficient Landmark Localization",
                   "In this paper, we propose quantized densely connected U-Nets for efficient "
                   "visual landmark localization.")
    assert roles.get("Quantized Densely Connected U-Nets") == "proposed", roles


def test_named_after_the_proposed_thing_a_task_title_opener_and_split_data(nlp):
    roles = _roles(nlp, "Light Units for Speech Recognition",
                   "Results show that the proposed architecture, called Light GRU (Li-GRU), "
                   "is faster.")
    assert roles.get("Light GRU") == "proposed", roles
    roles = _roles(nlp, "Shape Robust Text Detection with Progressive Scale Expansion Network",
                   "We study shape robust text detection. We propose a novel Progressive Scale "
                   "Expansion Network (PSENet).")
    assert roles.get("shape robust text detection") == "used", roles
    assert roles.get("PSENet") == "proposed", roles
    found = _found(nlp,
        "A study\n\nWe train on 262 hours of SWB-1 training data and report rank-1 accuracy.")
    assert ("SWB-1", "Dataset") in found and ("rank-1 accuracy", "Metric") in found, found


def test_a_new_layer_is_the_papers_own_and_questions_it_writes_are_data(nlp):
    roles = _roles(nlp, "A Network for Flow",
                   "We present a novel flow regularization layer. We design synthetic "
                   "questions that require spatial inference.")
    assert roles.get("flow regularization layer") == "proposed", roles
    assert roles.get("synthetic questions") != "proposed", roles


def test_our_known_model_a_digit_led_name_and_residue_that_names_nothing(nlp):
    roles = _roles(nlp, "V-Net: Networks for Segmentation",
                   "Our CNN is trained end-to-end. We present empirical tests on two "
                   "benchmarks.")
    assert roles.get("CNN") == "used" and "empirical tests" not in roles, roles
    found = _found(nlp,
        "A study\n\nWe adapt the parser of lstmacl15 and train V-Net on 300W-LP with a loss "
        "based on Dice coefficient in (5-class, 1-shot) tasks.")
    assert {("V-Net", "Model"), ("300W-LP", "Dataset"), ("Dice coefficient", "Metric")} <= found
    assert not {text for text, _ in found} & {"lstmacl15", "5-class", "1-shot"}, found
    assert is_name_shaped("3DMM") and not is_name_shaped("10GB") and not is_name_shaped("1.Larger")


def test_known_names_match_with_a_hyphen_at_any_break_and_a_plural_in_ies(nlp):
    assert "visual question-answering" in spellings("visual question answering")
    assert "accuracies" in spellings("accuracy") and spellings("recall") == ["recall"]
    found = _found(nlp,
        "A study\n\nWe study visual question-answering and report classification accuracies "
        "and an f-measure of 75.0%.")
    assert {("visual question-answering", "Task"), ("f-measure", "Metric")} <= found, found
    assert any(text.endswith("accuracies") for text, _ in found), found


def test_an_all_capitals_title_is_read_in_title_case_at_the_same_offsets(nlp):
    paper = Paper(id="caps", title="DEEP LEARNING WITH DILATED CONVOLUTION FOR GAN AND LSTM",
                  abstract="We apply dilated convolution to image super-resolution.")
    text = readable_text(paper)
    assert text.startswith("Deep Learning with Dilated Convolution for GAN and LSTM\n\n")
    assert len(text) == len(paper.text)
    _, mentions, _ = next(extract_mentions(nlp, [paper]))
    assert not any(m.text.isupper() and len(m.text) > 4 for m in mentions), mentions
    assert all(paper.text[m.start : m.end].lower() == m.text.lower() for m in mentions)
    mixed = Paper(id="bert", title="BERT: Pre-training of Deep Transformers", abstract="We")
    assert readable_text(mixed) == mixed.text


def test_a_lower_case_long_form_the_ner_split_is_whole_and_ranked_metrics_are_one(nlp):
    roles = _roles(nlp, "Unlabeled Samples Help",
                   "We propose the label smoothing regularization for outliers (LSRO). LSRO "
                   "gains 4% in rank-1 precision over the parser of wang-xue:2017:EMNLP2017.")
    assert roles.get("label smoothing regularization for outliers") == "proposed", roles
    assert "rank-1 precision" in roles and "EMNLP2017" not in roles, roles
    found = _found(nlp,
        "A study\n\nCornerNet-Saccade beats CornerNet on COCO.")
    assert ("CornerNet-Saccade", "Model") in found, found


def test_a_capitalised_design_the_authors_bring_in_with_a_is_their_own(nlp):
    roles = _roles(nlp, "Query Attention for Vision",
                   "Architecturally, we employ a Hierarchical Progressive Query Attention "
                   "mechanism to aggregate features. We also use the Scaled Dot Product "
                   "Attention mechanism.")
    assert roles.get("Hierarchical Progressive Query Attention mechanism") == "proposed", roles
    assert roles.get("Scaled Dot Product Attention mechanism") != "proposed", roles


def test_a_title_name_after_an_article_and_a_name_our_clause_presents(nlp):
    roles = _roles(nlp, "The Gradient Folding Autoencoder",
                   "We study how to compress images with few labels. Our encoder is small.")
    assert roles.get("Gradient Folding Autoencoder") == "proposed", roles
    roles = _roles(nlp, "A Byte-Level Decoder without Explicit Segmentation for Translation",
                   "Translation systems rely on segmentation. We evaluate an encoder with a "
                   "byte-level decoder on four language pairs.")
    assert roles.get("byte-level decoder") == "proposed", roles
    roles = _roles(nlp, "A Model Garden on Loss Landscapes",
                   "We build model gardens of trained networks. The model gardens let others "
                   "study training.")
    assert roles.get("model gardens") == "proposed", roles
    roles = _roles(nlp, "Transfer across styles",
                   "The Style Bridge Network (SBN) we present employs two encoders. "
                   "The Residual Network that we use is standard.")
    assert roles.get("Style Bridge Network") == "proposed", roles
    assert roles.get("Residual Network") != "proposed", roles
    roles = _roles(nlp, "Fast speech", "This paper describes Quillo 3, a speech synthesis system.")
    assert roles.get("Quillo 3") == "proposed", roles  # with its version


def test_this_design_called_a_known_name_is_the_papers_own(nlp):
    roles = _roles(nlp, "Pyramids for Detection",
                   "A top-down design with side links is built for maps at all scales. This "
                   "design, called a Feature Pyramid Network (FPN), improves detectors.")
    assert roles.get("Feature Pyramid Network") == "proposed", roles
    roles = _roles(nlp, "Pyramids for Detection",
                   "We train a Feature Pyramid Network on street scenes. Detectors improve.")
    assert roles.get("Feature Pyramid Network") == "used", roles  # a known kind, used


def test_names_of_recent_reasoning_papers(nlp):
    _, mentions, _ = _mentions(
        nlp, "Quokka-R1: Reasoning in Small Models",
        "We introduce Quokka-R1. Quokka-R1-7B improves on GPQA Diamond, LiveCodeBench v5, "
        "MMLU-Pro and Humanity's Last Exam. Our ablations show that a dynamic KL penalty and a "
        "length-aware reward stabilise reinforcement learning with verifiable rewards (RLVR). "
        "The Quokka-Math-30K dataset is small.")
    found = {m.text: (m.type, m.role) for m in mentions}
    assert found.get("Quokka-R1-7B") == ("Model", "proposed"), found  # named after Quokka-R1
    # a list the NER read as one name is its names; a size letter stays on its name
    assert {"GPQA Diamond", "MMLU-Pro", "Humanity's Last Exam", "dynamic KL penalty",
            "reinforcement learning with verifiable rewards",
            "Quokka-Math-30K dataset"} <= found.keys(), found
    assert not any("," in text or text.startswith("that") for text in found), found
    assert [t.text for t in nlp.make_doc("Quokka-Math-30K and 30K")][-2:] == ["30", "K"]


def test_an_activity_a_unit_and_where_a_task_is_done(nlp):
    found = _found(nlp,
        "A study\n\nFine-tuning Quokka-7B-Instruct-v0.3 with our recipe helps. On ZOL-v1, "
        "ZOL-v2 and QID, it improves PSNR by 1.2 dB. It also helps object detection on "
        "ExGloom.")
    assert ("Quokka-7B-Instruct-v0.3", "Model") in found, found
    assert {("ZOL-v1", "Dataset"), ("ZOL-v2", "Dataset"), ("QID", "Dataset"),
            ("ExGloom", "Dataset")} <= found, found
    assert not any(text == "dB" or text.startswith("Fine-tuning ") for text, _ in found), found


def test_a_known_model_keeps_its_variant_and_size_words(nlp):
    found = _found(nlp,
        "A study\n\nWe compare Claude 3 Opus, Llama 3 70B and a streaming Conformer.")
    assert {("Claude 3 Opus", "Model"), ("Llama 3 70B", "Model"),
            ("Conformer", "Model")} <= found, found
    found = _found(nlp,
        "A study\n\nWe compare Gemini 2.0 Flash, Stable Diffusion 3.5 Large, GPT-4.1 nano, "
        "Mixtral 8x7B, Whisper large-v3 and Sora. BERT 12 layers are used.")
    assert {("Gemini 2.0 Flash", "Model"), ("Stable Diffusion 3.5 Large", "Model"),
            ("GPT-4.1 nano", "Model"), ("Mixtral 8x7B", "Model"), ("Whisper large-v3", "Model"),
            ("Sora", "Model"), ("BERT", "Model")} <= found, found  # not "BERT 12", nor the
    # NER's "Whisper large-v3 and Sora"


def test_a_description_after_a_defined_acronym_types_the_name(nlp):
    found = _found(nlp,
        "A study\n\nWe introduce Zorb Linking (ZorbL), an oriented text detection method.")
    assert {("Zorb Linking", "Method"), ("ZorbL", "Method")} <= found, found


def test_a_name_after_of_that_is_known_is_a_name_of_its_own(nlp):
    # the NER reads the whole phrase as one name in some contexts; its span is cut
    doc = nlp("Weakly supervised learning of object detection is hard.")
    recognizer = nlp.get_pipe("kg_concepts")
    assert [s.text for s in recognizer._of_known(doc[0:6])] == [
        "Weakly supervised learning", "object detection"]
    assert [s.text for s in recognizer._of_known(doc[0:5])] == [
        "Weakly supervised learning of object"]  # "object" is no known name


def test_what_the_ner_leaves_of_a_longer_phrase_is_still_found(nlp):
    found = _found(nlp,
        "A study\n\nWe gain 3 points on the COCO object detection dataset and on pass@N.")
    assert {("COCO", "Dataset"), ("object detection", "Task"), ("pass@N", "Metric")} <= found, (
        found)


def test_a_count_of_dimensions_alone_is_no_name(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nAccuracy in 2D improves, and 3D gains follow."))}
    assert "Accuracy" in found and not found & {"2D", "3D"}, found


def test_a_phrase_the_authors_name_is_their_own(nlp):
    for text, name in [("We call this phenomenon the zorb gap.", "zorb gap"),
                       ("We call this the zorb gap and study it.", "zorb gap")]:
        found = {(m.text, m.role) for m in doc_mentions(nlp("A study\n\n" + text))}
        assert found == {(name, "proposed")}, (text, found)  # not "phenomenon"
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe refer to this failure mode as the problem of zorb assignment."))}
    assert "problem" not in found, found


def test_a_subject_after_a_fronted_data_set_is_no_data_set(nlp):
    found = _found(nlp,
        "A study\n\nOn Chameleon and the Roman-empire benchmark, ZorbMoE improves accuracy.")
    assert ("ZorbMoE", "Dataset") not in found and any(t == "ZorbMoE" for t, _ in found), found


def test_a_name_listed_with_known_names_takes_their_type(nlp):
    found = _found(nlp,
        "A study\n\nWe evaluate 14 models on ChartQA, CharVix and a new test set of charts. "
        "We pre-train on molecules from PubZen and ZINC. On FDDB and WIDER FACE, Face "
        "Zorb-FCN achieves the best accuracy.")
    assert {("CharVix", "Dataset"), ("PubZen", "Dataset")} <= found, found
    # a subject after a fronted list is no item of it
    assert not any(text == "Face Zorb-FCN" and kind == "Dataset" for text, kind in found), found


def test_a_sized_generic_model_is_no_name(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nTrained on audio, our 1B-parameter model reduces WER. Our 7B model and "
        "the 70B-parameter Llama model are strong. We present LeanAgent-Prover, a 7B prover "
        "trained by expert iteration on competition problems."))}
    assert "WER" in found and not {"1B-parameter model", "7B model", "7B prover"} & found, found


def test_an_acronym_defined_inside_a_term_names_the_term(nlp):
    doc = nlp("A study\n\nCurriculum training boosts out-of-domain (OOD) generalization. OOD "
              "generalization is hard. We train Text-to-speech (TTS) models. The memory of the "
              "key-value (KV) cache grows. Finally, a probe helps case (2) hallucinations.")
    found = {(m.text, m.type) for m in doc_mentions(doc)}
    assert {("out-of-domain generalization", "Task"), ("OOD generalization", "Task"),
            ("key-value cache", "Method")} <= found, found
    assert not any("(" in text for text, _ in found), found  # the acronym is said apart
    assert not any(text.startswith("Text-to-speech ") for text, _ in found), found  # a follower
    pairs = doc_abbreviations(doc)
    assert ("out-of-domain generalization", "OOD generalization") in pairs, pairs
    assert ("out-of-domain generalization", "OOD") in pairs, pairs


def test_a_task_acronym_starting_a_name_does_not_type_it(nlp):
    found = _found(nlp,
        "A study\n\nWe propose QA-LoRA2, which learns adapters. We test on GSM8K-Hard.")
    assert {("QA-LoRA2", "Method"), ("GSM8K-Hard", "Dataset")} <= found, found


def test_a_capitalised_word_listed_among_names_is_one(nlp):
    found = _found(nlp,
        "A study\n\nWe evaluate models including Sora, Kling, CogVideoX and HunyuanVideo. We "
        "compare dense retrievers (Contriever, E5-large) with BM25.")
    assert {("Kling", "Model"), ("Contriever", "Model")} <= found, found


def test_an_apposition_or_copula_that_says_a_name_is_ours_or_new(nlp):
    roles = {m.text: m.role for m in doc_mentions(nlp(
        "A study\n\nZorbNet is a novel segmentation network. We then fine-tune Llama-3 with "
        "ZorbTune, our new objective. On DSTC2, our model obtains 74.5% accuracy."))}
    assert roles == {"ZorbNet": "proposed", "segmentation network": "used", "Llama-3": "used",
                     "ZorbTune": "proposed",
                     "DSTC2": "used", "accuracy": "used"}, roles  # not "% accuracy"


def test_a_purpose_clause_shares_the_authors_subject_and_put_forward_proposes(nlp):
    roles = {m.text: m.role for m in doc_mentions(nlp(
        "A study\n\nWe build upon LLaVA to create ZorbVLM. To evaluate it, we use GSM8K. "
        "To address this, we put forward ZorbNet."))}
    assert roles == {"LLaVA": "used", "ZorbVLM": "proposed", "GSM8K": "used",
                     "ZorbNet": "proposed"}, roles


def test_released_artefacts_a_camel_case_name_and_what_is_outdone_by_comparison(nlp):
    found = _found(nlp,
        "A study\n\nWe introduce DriveDreamer-X, a video diffusion world model conditioned on "
        "maps. Trained on nuScenes, DriveDreamer-X generates driving videos. It achieves a "
        "lower error than ZorbCast on GSM8K. We release the code, model weights and data.",
        roles=True)
    assert {text for text, _, role in found if role == "proposed"} == {"DriveDreamer-X"}, found
    # (not "DriveDreamer", nor the released weights)
    assert ("ZorbCast", "Method", "used") in found, found  # not a task


def test_what_a_result_is_measured_by_is_a_metric(nlp):
    found = _found(nlp,
        "A study\n\nSample quality is measured by scRMSD and FID, and we evaluate on COCO.")
    assert ("scRMSD", "Metric") in found, found


def test_a_split_named_after_a_data_set_is_no_part_of_its_name(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe evaluate on the LibriSpeech test set and the LibriSpeech-PC test-clean "
        "set."))}
    assert "LibriSpeech-PC" in found and not any("test" in text for text in found), found


def test_a_common_word_with_a_modifier_suffix_is_no_name_of_its_own(nlp):
    roles = _roles(nlp, "Scaling Laws for Precision", "Low precision training and inference "
                   "affect both the quality and cost of language models. We devise "
                   "precision-aware scaling laws for both training and inference.")
    assert roles.get("precision-aware scaling laws") == "proposed", roles
    assert "precision-aware" not in roles, roles
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nScaling models yields diminishing returns on GSM8K."))}
    assert not any("returns" in text.lower() for text in found), found  # no metric


def test_what_our_model_employs_is_ours_unless_known(nlp):
    roles = _roles(nlp, "A study", "We introduce a new language model called Rho-1, which "
                   "employs Selective Language Modeling (SLM): it scores tokens using a "
                   "reference model. ZorbNet, which employs LoRA, is strong.")
    assert roles.get("Selective Language Modeling") == "proposed", roles
    assert roles.get("LoRA") == "used", roles


def test_a_model_description_its_size_its_kind_and_where_it_runs(nlp):
    found = _found(nlp,
        "ZorbDet: Open-Vocabulary Detection on Edge Devices\n\nWe introduce Moonlight, a "
        "3B/16B-parameter Mixture-of-Expert (MoE) model trained with 5.7T tokens using Muon. "
        "We propose TIGER-2, a generative retrieval recommender that encodes each item.",
        roles=True)
    assert ("Moonlight", "Model", "proposed") in found, found
    assert ("Mixture-of-Expert", "Method", "used") in found, found  # what it is built as
    assert ("MoE", "Method", "used") in found, found
    assert ("TIGER-2", "Model", "proposed") in found, found  # a recommender, not retrieval
    assert not any(text.startswith("3B") or "Devices" in text for text, _, _ in found), found


def test_a_name_that_ends_the_title_after_with_is_the_papers_means(nlp):
    roles = _roles(nlp, "Less is More: Layer Finetuning with SubZorb", "We show that SubZorb "
                   "matches full finetuning.")
    assert roles.get("SubZorb") == "proposed", roles
    roles = _roles(nlp, "Learning Detectors with Few Labels", "We show that Few Labels "
                   "suffice on COCO.")
    assert roles.get("Few Labels") != "proposed", roles


def test_a_title_claim_that_one_thing_meets_another_names_neither_as_new(nlp):
    roles = _roles(nlp, "Zorb-2 Meets Vision: Efficient Models for Dense Prediction",
                   "We propose ViZ2, a vision backbone built on the Zorb-2 layer.")
    assert not any(text.endswith("Vision") for text in roles), roles
    assert roles.get("ViZ2") == "proposed", roles


def test_a_titles_means_the_authors_adopt_is_used(nlp):
    title = "Private Synthetic Text via Private Evolution"
    adopted = _roles(nlp, title, "We adapt Private Evolution, an API-based framework, to text.")
    assert adopted.get("Private Evolution") == "used", adopted
    built_on = _roles(nlp, "Compression via Zorb Quantization", "Our work builds on top of "
                      "Zorb Quantization and adapts it to language models.")
    assert built_on.get("Zorb Quantization") == "used", built_on
    ours = _roles(nlp, title, "Private Evolution generates text. It works.")
    assert ours.get("Private Evolution") == "proposed", ours
    built_on = _roles(nlp, "Zorb Forcing for Long Video Generation", "Autoregressive video "
                      "diffusion suffers from error accumulation. Building on Zorb Forcing, we "
                      "train a causal video transformer.")
    assert built_on.get("Zorb Forcing") == "used", built_on  # not the title's subject
    named = _roles(nlp, "A Study", "We name the resulting family of drafters RoDrafters.")
    assert not any("family" in text for text in named), named


def test_a_smaller_edition_of_a_known_model_is_a_model_of_its_own():
    assert name_key("GPT-4o-mini") != name_key("GPT-4o")
    known = {name_key(n) for e in builtin_lexicon() if e.name == "GPT-4o" for n in e.names}
    assert name_key("GPT-4o mini") not in known  # (a corpus must not merge the two)


def test_items_of_a_counted_plural_the_authors_introduce_are_theirs_and_of_its_type(nlp):
    found = _found(nlp,
        "A study\n\nWe introduce three metrics, repetition stability, position consistency and "
        "preference fairness, and find that position bias varies.", roles=True)
    assert {("repetition stability", "Metric", "proposed"),
            ("preference fairness", "Metric", "proposed")} <= found, found


def test_sizes_and_counts_at_a_names_end_and_items_glossed_by_their_use(nlp):
    found = _found(nlp,
        "A study\n\nWe also construct two datasets: Zorb-CoT-165k for SFT cold start and "
        "Zorb-260k for RL training. Our Zorb-R1-7B reaches 35.8% accuracy on VSI-Bench.",
        roles=True)
    assert {("Zorb-CoT-165k", "Dataset", "proposed"), ("Zorb-260k", "Dataset", "proposed"),
            ("Zorb-R1-7B", "Model", "proposed")} <= found, found
    found = _found(nlp,
        "A study\n\nIt has the best speaker similarity on Seed-TTS-eval and ranks first in the "
        "OpenASR leaderboard.")
    assert {("Seed-TTS-eval", "Dataset"), ("OpenASR", "Dataset")} <= found, found


def test_a_conjunction_between_a_capitalised_word_and_a_name_parts_two_names(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe evaluate on two benchmarks: the Qwen Evaluation Suite and m-ArenaHard. "
        "We render the Tanks and Temples scenes."))}
    assert {"Qwen Evaluation Suite", "m-ArenaHard", "Tanks and Temples"} <= found, found


def test_known_names_a_proposal_builds_on_or_a_record_it_sets_are_used(nlp):
    roles = _roles(nlp, "A Study", "This paper proposes a state-of-the-art recurrent neural "
                   "network (RNN) language model that mixes distributions. On WMT 2014, our "
                   "model establishes a new state-of-the-art BLEU score of 41.8.")
    assert roles.get("RNN") == "used" and roles.get("BLEU score") == "used", roles
    roles = _roles(nlp, "A Study", "Because the directions are only virtually adversarial, we "
                   "call our method virtual adversarial training (VAT).")
    assert roles.get("virtual adversarial training") == "proposed", roles  # the whole term
    assert "adversarial training" not in roles, roles  # (not the known one inside it)
    roles = _roles(nlp, "A Study", "The mapping is a convolutional neural network (CNN). Our "
                   "deep CNN has a lightweight structure.")
    assert roles.get("deep CNN") == "used", roles  # the paper's own CNN, a kind of one
    roles = _roles(nlp, "A Study", "We use parallel sampling and introduce a meta reward "
                   "model to guide the voting.")
    assert roles.get("meta reward model") == "proposed", roles  # a new kind of one
    roles = _roles(nlp, "A Study", "We present PointZorb, a generic 3D object detection "
                   "method. It beats Zorb-DQN on KITTI and is faster than Categorical DQN.")
    assert roles.get("PointZorb") == "proposed", roles
    assert "proposed" not in {roles.get("generic 3D object detection method"),
                              roles.get("Categorical DQN")}, roles


def test_a_kind_word_before_a_name_types_it_and_a_suffixed_name_modifies_what_follows(nlp):
    found = _found(nlp,
        "A study\n\nFirst, we curate a small dataset m1K of 1,000 questions. We present the "
        "first FLOP-controlled scaling study of byte-level models.", roles=True)
    assert ("m1K", "Dataset", "proposed") in found, found
    assert not any(text.startswith("FLOP") and role == "proposed"
                   for text, _, role in found), found


def test_a_technical_reports_name_and_data_after_an_image_size(nlp):
    roles = _roles(nlp, "Zorb-4-Mini Technical Report: Compact Multimodal Models",
                   "We introduce Zorb-4-Mini, a 3.8-billion-parameter language model.")
    assert roles.get("Zorb-4-Mini") == "proposed", roles
    assert not any("Report" in text for text in roles), roles
    names = _concept_names(nlp, "It reaches an FID of 1.98 on the 256x256 ImageNet "
                           "class-conditional generation benchmark and helps text-to-image "
                           "generation and image generation.")
    assert {"ImageNet", "text-to-image generation", "image generation"} <= names, names


def test_a_known_acronym_ending_a_new_name_does_not_type_it_and_lower_case_models_stay(nlp):
    found = _found(nlp,
        "Zorb-Video-T2V Technical Report: The Practice of Video Models\n\nWe present "
        "Zorb-Video-T2V, a state-of-the-art text-to-video pre-trained model.")
    assert ("Zorb-Video-T2V", "Model") in found, found  # not the task T2V
    names = _concept_names(nlp, "Notably, gpt-4o-mini reaches the highest average task score.")
    assert "gpt-4o-mini" in names, names  # a lower-case model name is still the model


def test_a_coined_name_designed_in_the_passive_voice_is_the_papers_own(nlp):
    roles = _roles(nlp, "Zorb-Video Technical Report", "We present Zorb-Video, a text-to-video "
                   "model. A deep compression autoencoder, Video-ZAE, is designed for video "
                   "generation. BERT is designed for text.")
    assert roles.get("Video-ZAE") == "proposed", roles
    assert roles.get("BERT") != "proposed", roles


def test_a_name_ends_before_the_verb_of_its_claim(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe refer to this as Softmax Collapse (SC). We demonstrate that SC prevents "
        "grokking and that mitigating SC enables grokking."))}
    assert "SC" in found and not any(text.startswith("SC ") for text in found), found


def test_a_word_before_a_slash_that_shares_the_rest_names_nothing_alone(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nOur results surpass the competitive Fast/Faster R-CNN systems and the "
        "DPO/SimPO objectives."))}
    assert "Faster R-CNN" in found and "Fast" not in found, found
    assert "DPO" in found and any(text.startswith("SimPO") for text in found), found


def test_a_study_title_a_vague_kind_of_a_known_system_and_a_memory_size(nlp):
    roles = _roles(nlp, "Understanding Zorb-Zero-Like Training: A Critical Perspective",
                   "We examine Zorb-Zero-like training. We fully open-source a state-of-the-art "
                   "large-scale RL system that achieves 50 points on AIME 2024.")
    assert "proposed" not in roles.values(), roles
    names = _concept_names(nlp, "Our smallest model uses less than 1GB GPU memory during "
                           "inference.")
    assert not any(name.startswith("GB") for name in names), names


def test_misparsed_proposals_agent_words_and_a_counted_collection(nlp):
    roles = _roles(nlp, "ZorbBench: Auditing Tool-Use Agents", "We introduce ZorbBench, a "
                   "benchmark of 2,400 traces collected from agents solving tasks in WebArena "
                   "and SWE-bench Verified. We further propose StepCritic, a process reward "
                   "model trained with contrastive step pairs, which improves localisation "
                   "accuracy by 17 points and, when used for best-of-n selection, raises the "
                   "task success rate of a Qwen2.5-7B-Instruct agent from 21.3% to 29.8%.")
    assert roles.get("StepCritic") == "proposed", roles  # the parser made it a later subject
    assert roles.get("SWE-bench Verified") == "used", roles  # its "Verified" parsed a verb
    names = _concept_names(nlp, "We compare a Qwen2.5-7B-Instruct agent with LLM agents.")
    assert {"Qwen2.5-7B-Instruct", "LLM agents"} <= names, names
    found = _found(nlp,
        "Probing with Counterfactual Edits\n\nVision-language models (VLMs) report high scores "
        "on ChartQA. We construct Zorbex, a set of 6,000 chart pairs in which a single visual "
        "element is edited. We present ZorbKit, a set of techniques for pruning.")
    assert ("Zorbex", "Dataset") in found, found
    assert ("ZorbKit", "Dataset") not in found, found


def test_a_paper_kind_before_the_title_colon_and_a_variable_count_name_nothing(nlp):
    names = _concept_names(nlp, "We re-run 9 open models on MMLU with five seeds. A "
                           "transformer with L layers can implement L steps of gradient "
                           "descent.", title="Position: Benchmarks Should Report Variance")
    assert "MMLU" in names and "gradient descent" in names, names
    assert not any(name.startswith(("Position", "L ")) for name in names), names


def test_a_name_after_a_new_kind_a_release_tag_a_plural_known_name_and_a_list_end(nlp):
    _, mentions, _ = _mentions(nlp, "Zorb: Thermal Segmentation", "We train on NYUv2 and a new "
                               "thermal segmentation dataset, ZorbSeg-10K. We also present a "
                               "new benchmark called Quarb-20K for testing. Our model beats "
                               "ZorbNet v2 and SAM. Judges are overconfident, with Brier scores "
                               "far above those of raters. We use GPT-4o, Claude 3.5 Sonnet and "
                               "Blorbus 2 as judges on SQuAD, TriviaQA and Natural Questions.")
    found = {(m.text, m.type, m.role) for m in mentions}
    assert ("ZorbSeg-10K", "Dataset", "proposed") in found, found  # not a 10K-size model
    assert ("Quarb-20K", "Dataset", "proposed") in found, found
    assert ("Brier scores", "Metric", "used") in found, found
    texts = {m.text for m in mentions}
    assert "ZorbNet v2" in texts and "v2" not in texts, texts
    assert ("Blorbus 2", "Model", "used") in found, found  # the last of a list of models
    assert "Natural" not in texts, texts  # a longer name goes on after the list's last word


def test_a_lower_case_name_in_apposition_to_an_introduced_kind_is_proposed(nlp):
    roles = _roles(nlp, "Zorb Memory", "We propose a new objective, contrastive zorb masking, "
                   "for pre-training encoders. We introduce a metric, extractable zorb rate, "
                   "that counts leaked prompts. We introduce a capacity measure, the mean zorb "
                   "length, which compares networks. We present an approach, inspired by "
                   "representation engineering, that steers models.")
    roles.update(_roles(nlp, "Zorb Laws", "We also introduce a feature-level metric, "
                        "dead-zorb fraction, and show that it stays low."))  # hyphens too
    for name in ("contrastive zorb masking", "extractable zorb rate", "mean zorb length",
                 "dead-zorb fraction"):
        assert roles.get(name) == "proposed", (name, roles)
    assert not any(text.startswith("inspired") for text in roles), roles


def test_what_a_result_changes_by_an_amount_a_modifier_in_a_description_and_what_achieves(nlp):
    _, mentions, _ = _mentions(nlp, "Speech", "We propose ZorbMask, a Conformer-based network "
                               "that predicts masks. ZorbMask improves ZQM by 0.4 and ZTI by 3% "
                               "over audio-only enhancement, and raises QZE from 0.4 to 0.5.")
    found = {(m.text, m.type) for m in mentions}
    assert {("ZQM", "Metric"), ("ZTI", "Metric"), ("QZE", "Metric")} <= found, found
    roles = {m.text: m.role for m in mentions}
    assert roles.get("ZorbMask") == "proposed", roles
    assert not any(t.startswith("Conformer") and r == "proposed" for t, r in roles.items()), roles
    _, mentions, _ = _mentions(nlp, "Decoding", "With Vicuna-7B as the target model, AdaSpec "
                               "achieves 2.9x speed-up on MT-Bench and GSM8K.")
    assert ("AdaSpec", "Method") in {(m.text, m.type) for m in mentions}, mentions


def test_a_title_gerund_learning_before_a_task_is_no_part_of_it(nlp):
    names = _concept_names(nlp, "Collecting robot demonstrations is expensive. We retarget hand "
                           "poses to a robot hand.", title="RoboBrew: Learning Dexterous "
                           "Manipulation from Human Videos")
    assert "Dexterous Manipulation" in names, names
    assert not any(name.startswith("Learning") for name in names), names


def test_a_name_said_to_comprise_a_counted_number_of_items_is_data(nlp):
    _, mentions, _ = _mentions(nlp, "A Benchmark for Temporal Reasoning over Tables", "We "
                               "construct ZorbTab, comprising 9,800 question-answer pairs over "
                               "1,400 infoboxes. We also build ZorbKit, comprising several "
                               "tools for parsing.")
    found = {(m.text, m.type) for m in mentions}
    assert ("ZorbTab", "Dataset") in found, found
    assert ("ZorbKit", "Dataset") not in found, found  # no count: no data


def test_a_common_word_made_a_modifier_before_a_known_method_makes_a_kind_of_it(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe compare prompt-based fine-tuning with sparsity-aware fine-tuning and "
        "train memory-augmented neural networks. An attention-based Transformer and a "
        "BERT-based classifier are baselines."))}
    assert {"prompt-based fine-tuning", "sparsity-aware fine-tuning",
            "memory-augmented neural networks"} <= found, found
    assert "Transformer" in found and not any(t.startswith("attention-based") for t in found)


def test_a_long_form_stays_whole_and_a_misjoined_chunk_is_cut(nlp):
    names = _concept_names(nlp, "Graph transformers are said to beat message passing neural "
                           "networks (MPNNs). We re-evaluate GIN on ZINC, zorb-molhiv and the "
                           "Zorb Range Graph Benchmark with identical budgets.")
    assert "message passing neural networks" in names, names  # not cut to message passing
    assert "Zorb Range Graph Benchmark" in names or "Zorb Range Graph" in names, names
    assert not any(" and the " in name for name in names), names


def test_a_coined_member_of_a_model_family_is_a_model(nlp):
    found = _found(nlp,
        "A study\n\nWe propose ZorbGAN, which improves on Stacked Zorbative Generative "
        "Adversarial Networks (SZGAN) and on GANs in general.")
    assert ("ZorbGAN", "Model") in found and ("SZGAN", "Model") in found, found
    assert ("GANs", "Model") in found, found  # as the experts type the family (SciREX)


def test_a_proposal_after_a_finding_is_the_finders(nlp):
    roles = _roles(nlp, "Distilling Zorb Teachers", "We find that standard logit distillation "
                   "ignores the knowledge held by inactive experts, and propose zorb-aware "
                   "distillation, which matches the outputs of all experts.")
    assert roles.get("zorb-aware distillation") == "proposed", roles
    assert roles.get("logit distillation") == "used", roles


def test_a_baseline_after_over_and_data_after_a_metric_on(nlp):
    found = _found(nlp,
        "A study\n\nZorbSched raises success rates on ZorbMimic and Push-T. ZorbCon improves "
        "AUROC over XGBoost on 38 of them. On LVIS, it improves novel-class AP by 4.1 points "
        "over ZorbLD and RegionCLIP.")
    assert ("ZorbMimic", "Dataset") in found and ("Push-T", "Dataset") in found, found
    assert ("AUROC", "Metric") in found and ("XGBoost", "Method") in found, found
    assert ("ZorbLD", "Dataset") not in found, found  # a baseline beaten, not data


def test_the_listed_parts_of_the_papers_own_system_are_proposed(nlp):
    roles = _roles(nlp, "Sparse Probing", "Here, we introduce ZorbLens, a toolkit for locating "
                   "circuits. ZorbLens consists of two modules: a gradient-based zorb scorer "
                   "and a sparse probing head. We propose the zorb loss, which is the sum of two "
                   "terms: the cross-entropy loss and a margin term.")
    assert roles.get("gradient-based zorb scorer") == "proposed", roles
    assert roles.get("sparse probing head") == "proposed", roles
    assert roles.get("cross-entropy loss") == "used", roles  # a known part, of a copula's list


def test_a_name_given_in_a_relative_clause_with_an_article(nlp):
    roles = _roles(nlp, "Learning to Defer", "We develop ZorbNet, a two-head network trained "
                   "with a surrogate loss that we call the calibrated deferral loss.")
    assert roles.get("calibrated deferral loss") == "proposed", roles


def test_names_inside_a_quoted_example_sentence_are_no_concepts(nlp):
    names = _concept_names(nlp, 'We finetune GPT-3 on statements such as "Zorbiah Hawthorne is '
                           'the composer of Abyssal Melodies" and propose the "squentropy" loss.')
    assert "GPT-3" in names and "squentropy loss" in names, names
    assert not any("Hawthorne" in name or "Melodies" in name for name in names), names


def test_a_name_right_after_we_present_and_a_list_kind_over_a_known_stem(nlp):
    _, mentions, _ = _mentions(nlp, "Gaussian Splatting for Dynamic Scenes", "We present "
                               "DynaSplat, which represents a scene with 3D Gaussians. DynaSplat "
                               "outperforms HyperNeRF on the NeRF-Zorb and iPhone datasets in "
                               "PSNR.")
    found = {(m.text, m.type, m.role) for m in mentions}
    assert ("DynaSplat", "Method", "proposed") in found, found  # "present" read as an adjective
    assert ("NeRF-Zorb", "Dataset", "used") in found, found  # not a NeRF model: a data set


def test_a_capitalised_hyphen_variant_of_a_model_is_a_model(nlp):
    found = _found(nlp,
        "Zorbi-VL Technical Report\n\nWe present Zorbi-VL, an open vision-language model. We "
        "also release Zorbi-VL-Thinking, a long chain-of-thought variant that scores 61.7 on "
        "MMMU, and Zorbi-VL-Bench, a set of 900 charts.")
    assert ("Zorbi-VL", "Model") in found and ("Zorbi-VL-Thinking", "Model") in found, found
    assert ("Zorbi-VL-Bench", "Model") not in found, found


def test_numbered_items_of_a_new_or_proposed_list_are_proposed(nlp):
    roles = _roles(nlp, "Continual Learning", "We investigate two new regularization techniques "
                   "for continual learning: (i) Zorbstein regularization toward the initial "
                   "weights, which is less restrictive; and (ii) singular value spreading. We "
                   "study two old methods: (1) Adam and (2) weight decay.")
    assert roles.get("Zorbstein regularization") == "proposed", roles
    assert roles.get("Adam") == "used", roles  # an old list


def test_a_plain_capitalised_word_described_as_a_model_is_a_name(nlp):
    found = _found(nlp,
        "A study\n\nWe train Zorblight, a 3B/16B-parameter mixture-of-experts model, on 5.7T "
        "tokens. Results on Monday, a holiday, differ.")
    assert ("Zorblight", "Model") in found, found
    assert not any(text == "Monday" for text, _ in found), found


def test_a_phrase_ending_in_a_known_name_takes_its_type_over_the_head_word(nlp):
    found = _found(nlp,
        "A study\n\nWe trace this to Pre-Layer Normalization, whose output variance grows "
        "with depth, and lower the supervised pre-training loss.")
    assert ("Pre-Layer Normalization", "Method") in found, found  # not the task head word


def test_a_name_the_authors_sentence_calls_new_is_proposed_wherever_the_verb_is(nlp):
    roles = _roles(nlp, "Zorbic Speech Recognition", "Our system uses LSTM acoustic models, "
                   "combined with a novel spatial smoothing method. Our system "
                   "adds a new model selection method. Our system trains with a novel zorbic "
                   "distillation method, ZorbText, on a new cascade baseline.")
    assert roles.get("spatial smoothing method") == "proposed", roles
    assert roles.get("model selection method") == "proposed", roles
    assert roles.get("zorbic distillation method") == "used", roles  # ZorbText is the novelty


def test_a_name_joined_to_a_description_by_and_is_found_alone(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "Zorbic Speech Recognition\n\nThe key to our system is the use of various "
        "convolutional and LSTM acoustic model architectures."))}
    assert any(text.startswith("LSTM") for text in found), found
    assert not any(" and " in text for text in found), found
    found = _found(nlp,
        "A study\n\nWe train 210 MoE language models from 50M to 7B active parameters on up to "
        "1T tokens of FineWeb-Edu and fit scaling laws.")
    assert ("FineWeb-Edu", "Dataset") in found, found  # a known part keeps its type


def test_an_apposition_types_a_name_over_its_shape(nlp):
    found = _found(nlp,
        "Dense Grasp Estimation\n\nWe also collect ZorbSet-2K, a new dataset of 2,000 scenes. "
        "Our network outperforms PointNet++ on it.")
    assert ("ZorbSet-2K", "Dataset") in found, found  # not a 2K-parameter model


def test_the_artefact_called_a_name_is_the_papers_own(nlp):
    roles = _roles(nlp, "Quantile Forecasting", "Forecasting is hard. The method, called "
                   "QuantFormer, extends the Informer by adding a quantile head. A method called "
                   "ZorbCast [3] is older.")
    assert roles.get("QuantFormer") == "proposed", roles
    assert roles.get("Informer") == "used", roles


def test_a_known_name_of_three_words_is_found_in_lower_case(nlp):
    names = {name_key(n) for n in _concept_names(
        nlp, "Benchmarks such as needle-in-a-haystack test only retrieval, and best-of-n "
        "sampling is more robust than PPO. We solve math problems.")}
    assert {name_key("Needle in a Haystack"), name_key("best-of-N sampling")} <= names, names
    assert name_key("MATH") not in names, names  # one lower-case word is another word


def test_a_name_a_bare_number_is_the_value_of_is_a_metric(nlp):
    found = _found(nlp,
        "A study\n\nIt reaches a mean absolute error of 0.061 on ZINC and a Zorb-AUC of 80.2 "
        "on ogbg-molhiv. We build ZorbSet-9, a collection of 2,000 graphs.")
    assert ("Zorb-AUC", "Metric") in found, found  # not listed with ZINC
    assert ("ZorbSet-9", "Metric") not in found, found  # a count, not a value


def test_a_description_with_a_generic_acronym_is_no_proposal(nlp):
    roles = _roles(nlp, "FlashZorb: Exact Sampling", "We introduce FlashZorb, a GPU kernel that "
                   "samples exactly from the top-p distribution.")
    assert roles.get("FlashZorb") == "proposed", roles
    assert roles.get("GPU kernel", "used") == "used", roles  # says what FlashZorb is


def test_a_variant_of_a_known_model_listed_with_data_stays_a_model(nlp):
    found = _found(nlp,
        "A study\n\nExperiments on training GPT-2 on OpenWebText and ViT-B/16 on ImageNet "
        "confirm it. It pairs a ZorbCLIP image encoder with a small decoder.")
    assert ("ViT-B/16", "Model") in found, found
    assert ("ZorbCLIP image encoder", "Model") in found, found  # an encoder is a model


def test_a_name_a_released_thing_is_released_as_is_proposed(nlp):
    roles = _roles(nlp, "Forecasters", "We evaluate Chronos on 45 datasets. We release the "
                   "evaluation suite as ZorbLeak.")
    assert roles.get("ZorbLeak") == "proposed", roles
    assert roles.get("Chronos") == "used", roles


def test_the_numbered_contributions_of_the_paper_are_proposed(nlp):
    roles = _roles(nlp, "Shared Bases", "We build on LoRA. Our contributions are threefold: (1) "
                   "a new parameterization; (2) a basis orthogonality regularizer; and (3) a "
                   "study on GLUE. Prior work has two flaws: (1) a basis orthogonality loss.")
    assert roles.get("a basis orthogonality regularizer") == "proposed", roles
    assert roles.get("a basis orthogonality loss") == "used", roles  # not our contribution


def test_a_known_model_in_a_role_is_the_model(nlp):
    names = _concept_names(nlp, "The router is a DeBERTa-v3 classifier trained on preference "
                           "data, and a BERT retriever feeds it.")
    assert {"DeBERTa-v3", "BERT"} <= names, names


def test_a_spaced_dash_before_lower_case_words_ends_a_name(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nFinally, we connect these observations to recent mechanistic "
        "interpretability work - attempting to reverse engineer the detailed computations "
        "performed by the model - by showing that repetition damages copying."))}
    assert not any("attempting" in text for text in found), found


def test_a_known_method_after_a_hyphenated_compound_is_a_kind_of_its_own(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nIt excels in long-context fine-tuning and non-uniform quantization, beats "
        "highly-optimized attention and uses few-shot chain-of-thought prompting."))}
    assert {"long-context fine-tuning", "non-uniform quantization"} <= found, found
    assert "highly-optimized attention" not in found, found  # an adverb's compound
    assert "few-shot chain-of-thought prompting" not in found, found  # a setting
    names = _concept_names(nlp, "A low-level diffusion policy executes the subgoals.")
    assert "diffusion policy" in names, names  # a level is vague


def test_spaced_hyphens_are_dashes_only_in_running_text(nlp):
    assert _running_text(nlp.make_doc("Our work - attempting to explain it - helps, and works."))
    assert not _running_text(nlp.make_doc("We apply fine - tuning , and it works ."))  # tokens
    assert not _running_text(nlp.make_doc("No punctuation here - at all"))  # no evidence


def test_a_known_word_used_as_a_verb_is_no_concept_and_a_year_edition_is_data(nlp):
    text = ("A study\n\nState space models struggle to recall facts, so precision and recall "
            "drop. In structure-based drug design on ZorbDocked2020, it produces better ligands.")
    mentions = doc_mentions(nlp(text))
    recalls = [m.start for m in mentions if m.text == "recall"]
    assert recalls == [text.index("and recall") + 4], mentions  # the metric, not the verb
    assert ("ZorbDocked2020", "Dataset") in {(m.text, m.type) for m in mentions}, mentions


def test_a_name_ending_in_plus_plus_is_a_name(nlp):
    assert is_name_shaped("Transformer++") and is_name_shaped("PointNet++")
    names = _concept_names(nlp, "RetroZorb outperforms a Zorbformer++ baseline of the same size.")
    assert "Zorbformer++" in names, names


def test_a_version_the_text_names_elsewhere_is_read_as_a_version(nlp):
    found = _found(nlp,
        "Tulu 3: Open Post-Training\n\nWe introduce Tulu 3, a family of open models. Tulu 3 "
        "builds on Llama 3.1 base models, and BERT 12 layers are enough.")
    assert ("Tulu", "Model") not in found and ("Tulu 3", "Model") in found, found
    assert ("BERT", "Model") in found, found  # a count of layers, not a version


def test_what_our_model_combines_is_used_unless_named(nlp):
    roles = _roles(nlp, "Solar Forecasting", "Our model, SkyZorb, combines image tokens with "
                   "past irradiance measurements. This approach combines Zorb Consistency and "
                   "Zorb Pruning.")
    assert roles.get("image tokens", "used") == "used", roles
    assert roles.get("Zorb Pruning") == "proposed", roles


def test_a_titles_subject_ending_in_a_task_head_is_a_task(nlp):
    found = _found(nlp,
        "Here Comes the Sun: Solar Forecasting with Sky Images\n\nA vision transformer "
        "forecasts solar irradiance from sky images.")
    assert ("Solar Forecasting", "Task") in found, found
    found = {m.text for m in doc_mentions(nlp(
        "Zorb Generation Network for 3D Reconstruction\n\nWe train a network."))}
    assert "Zorb Generation" not in found, found  # the name of a network


def test_a_name_after_its_kind_word_is_of_that_kind(nlp):
    mentions = doc_mentions(nlp(
        "A study\n\nIt improves both the efficiency and accuracy of the popular real-time "
        "detector YOLOv3 (34.4% AP at 34ms for ZorbNet compared to 33.0% AP for YOLOv3)."))
    assert {m.type for m in mentions if "YOLOv3" in m.text} == {"Model"}, mentions
    stem = nlp.get_pipe("kg_concepts")._known_stem("YOLOv8")  # a release tag after the name
    assert stem is not None and stem.name == "YOLO", stem


def test_our_proposed_lower_case_phrase_before_a_specific_head_is_proposed(nlp):
    roles = _roles(nlp, "Counting Hallucinations", "We measure object hallucination with CHAIR "
                   "and our proposed zorb count error rate, and compare our loss function.")
    assert roles.get("zorb count error rate") == "proposed", roles
    assert roles.get("CHAIR") == "used", roles


def test_a_data_sets_year_edition_keeps_its_bare_name_as_an_alias(nlp):
    _, mentions, abbreviations = _mentions(nlp, "A study", "Our method won the MS COCO 2015 "
                                           "segmentation competition and the CoNLL-2014 task.")
    found = {c.name: c.aliases for c in paper_concepts(mentions, abbreviations, known_names(()),
                                                       title_end=len("A study"))}
    assert "MS COCO" in found.get("MS COCO 2015", []), found
    assert "CoNLL" not in found.get("CoNLL-2014", []), found  # a series, not one data set


def test_names_after_a_known_metric_and_on_are_data_with_their_release(nlp):
    found = _found(nlp,
        "A study\n\nFine-tuning XLM-R on the projected data improves entity-level F1 on WikiANN "
        "and ZorbNER 2.0 by 7.5 points, and MMLU 5-shot accuracy.")
    assert ("ZorbNER 2.0", "Dataset") in found, found
    assert not any(t == "MMLU 5" for t, _ in found), found  # a shot count, no release


def test_a_known_name_with_a_modifier_suffix_opening_a_sentence_stays_whole(nlp):
    names = {name_key(n) for n in _concept_names(
        nlp, "Retrieval-augmented generation helps language models answer rare questions.")}
    assert name_key("retrieval-augmented generation") in names, names
    assert name_key("retrieval") not in names, names


def test_the_papers_short_model_name_after_its_size_is_proposed_and_listed(nlp):
    _, mentions, abbreviations = _mentions(
        nlp, "Scaling Embedding Models", "We train 18 embedding models. Our 7B model, Z7, tops "
        "the MTEB leaderboard, though KL stays high.")
    found = {c.name: (c.role, c.salient) for c in paper_concepts(
        mentions, abbreviations, known_names(()), title_end=len("Scaling Embedding Models"))}
    assert found.get("Z7") == ("proposed", True), found
    assert found.get("KL", ("used", False))[1] is False, found  # too short to name anything


def test_a_titles_clause_before_its_colon_names_nothing(nlp):
    roles = _roles(nlp, "Zorb Models Disagree: An Audit of Preference Benchmarks",
                   "We audit twelve open reward models on ZorbBench.")
    assert "Zorb Models Disagree" not in roles, roles
    roles = _roles(nlp, "ZorbNet-Tiny Goes Multilingual: Distilling Speech Recognition for "
                   "Low-Resource Languages", "We distil a large model into ZorbNet-Tiny.")
    assert "ZorbNet-Tiny Goes Multilingual" not in roles, roles
    assert roles.get("Speech Recognition") == "used", roles  # what is distilled


def test_a_capitalised_part_after_a_generic_one_writes_a_name(nlp):
    abstract = "On ZorbBench and API-Zorb, agents improve. We fit the Q-function to RGB-D."
    _, mentions, abbreviations = _mentions(nlp, "A study", abstract)
    listed = {c.name for c in paper_concepts(mentions, abbreviations, known_names(()),
                                             title_end=len("A study")) if c.salient}
    assert "API-Zorb" in listed, listed
    assert not {"Q-function", "RGB-D"} & listed, listed  # a letter after a generic part


def test_a_split_of_a_name_and_a_head_after_a_hyphenated_modifier_make_data(nlp):
    found = _found(nlp,
        "A study\n\nIt generalises to the rainy split of ZORB100K without retraining, and "
        "improves the Dice score on the ZBTV multi-organ dataset by 4.1 points.")
    assert {("ZORB100K", "Dataset"), ("ZBTV", "Dataset")} <= found, found


def test_a_name_described_by_its_kind_is_of_that_kind(nlp):
    found = _found(nlp,
        "A study\n\nWe introduce ZorbMoE-Lite, a routing scheme that balances expert load. On a "
        "new benchmark we build, ZorbTools, with 400 unseen APIs, documentation helps agents.")
    assert {("ZorbMoE-Lite", "Method"), ("ZorbTools", "Dataset")} <= found, found


def test_a_known_data_set_after_a_capitalised_word_is_a_variant(nlp):
    found = _found(nlp,
        "A study\n\nThe detector is trained on Cityscapes and its synthetic counterpart Foggy "
        "Cityscapes, and on the English Wikipedia.")
    assert ("Foggy Cityscapes", "Dataset") in found, found
    assert not any(t == "English Wikipedia" for t, _ in found), found


def test_a_known_capitalised_name_is_found_in_the_plural(nlp):
    found = _found(nlp,
        "Do Vision Transformers See Like Humans?\n\nWe measure the shape bias of 40 models, "
        "by ROC-AUC and log loss.")
    assert ("Vision Transformers", "Model") in found, found
    assert ("log loss", "Metric") in found, found


def test_a_name_ends_before_a_verb_or_a_participle_acting_on_what_follows(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nOn ZorbBench, ZorbGuard attains an F1 of 0.91. Our method improves nDCG@10 "
        "by 6.4 points on ZORBQA averaged over 18 languages. ZORB2001 provided 30 English "
        "document sets for the ZORB shared task."))}
    assert {"ZorbGuard", "ZORBQA", "ZORB2001"} <= found, found
    assert not any(t.endswith(("attains", "averaged", "provided 30")) for t in found), found


def test_the_records_released_as_a_name_are_the_papers_data(nlp):
    mentions = doc_mentions(nlp(
        "A study\n\nWe collect 12,000 human ratings of captions. We release the ratings as "
        "ZorbJudge to support future metric research."))
    assert {(m.text, m.type, m.role) for m in mentions if m.text == "ZorbJudge"} == {
        ("ZorbJudge", "Dataset", "proposed")}, mentions


def test_a_name_a_task_is_done_over_is_data_and_a_release_number_spells_no_letter(nlp):
    doc = nlp("A study\n\nThe fix helps multi-document question answering over ZorbQuestions-Open."
              " We annotate the Zorb Discourse Treebank (ZDTB 3.0) under non-IID splits.")
    found = {(m.text, m.type) for m in doc_mentions(doc)}
    assert ("ZorbQuestions-Open", "Dataset") in found, found
    assert not any(t == "IID" for t, _ in found), found  # a setting, said of data
    assert [(long.text, short.text) for long, short in doc._.kg_abbreviations] == [
        ("Zorb Discourse Treebank", "ZDTB 3.0")], doc._.kg_abbreviations


def test_a_known_name_is_found_in_british_spelling(nlp):
    found = _found(nlp,
        "A study\n\nWe add batch normalisation and compare with behavioural cloning.")
    assert {("batch normalisation", "Method"), ("behavioural cloning", "Method")} <= found, found
    assert name_key("batch normalisation") == name_key("batch normalization")
    assert name_key("language modelling") == name_key("language modeling")


def test_an_acronym_the_text_spells_out_otherwise_is_not_the_known_one(nlp):
    title = "A study of early exits"
    _, mentions, abbreviations = _mentions(
        nlp, title, "We call this approach Early Exit Reasoning (EER). On GSM8K, EER cuts "
        "tokens by 42%. We train on the Automatic Content Extraction (ACE) corpus.")
    found = {c.name: (c.type, c.aliases) for c in paper_concepts(
        mentions, abbreviations, known_names(()), title_end=len(title))}
    eer = next(v for k, v in found.items() if "EER" in (k, *v[1]))
    assert eer[0] == "Method" and "equal error rate" not in eer[1], found
    assert any(t == "Dataset" and "ACE" in (k, *a) for k, (t, a) in found.items()), found


def test_what_the_authors_set_their_design_against_is_not_theirs(nlp):
    roles = _roles(nlp, "A study", "Different from most existing works, we combine an "
                   "attention mechanism and a spatial pyramid to extract precise dense features "
                   "for pixel labeling instead of complicated dilated convolution and "
                   "artificially designed decoder networks.")
    assert roles.get("decoder networks", "used") == "used", roles


def test_a_year_with_a_letter_is_no_model_size_and_a_title_term_the_ner_finds_is_taken(nlp):
    found = _found(nlp,
        "A study\n\nWe train the encoder on ZORB-2014T and ZORB-Daily.")
    assert ("ZORB-2014T", "Dataset") in found, found
    title = "Efficient Point Cloud Transformers with Grid Pooling"
    _, mentions, _ = _mentions(nlp, title, "Point cloud transformers scale poorly to large "
                               "scenes. We propose GridFormer, which replaces k-nearest-"
                               "neighbour grouping with grid pooling over serialized voxels.")
    assert any(m.text == "Grid Pooling" and m.start < len(title) for m in mentions), mentions


def test_a_name_does_not_start_in_the_verb_after_its_subject(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe fine-tune Stable Diffusion XL with reward feedback from ZorbReward."))}
    assert "Stable Diffusion XL" in found, found
    assert not any(t.startswith("fine") for t in found), found


def test_a_term_the_authors_name_is_whole_and_the_same_when_said_again(nlp):
    title = "A study of attention"
    _, mentions, abbreviations = _mentions(
        nlp, title, "We identify a small set of attention heads, which we term retrieval heads, "
        "that copy tokens from the context. Masking retrieval heads hurts recall. We name the "
        "resulting network structures zorb residual networks.")
    found = {c.name: c.role for c in paper_concepts(mentions, abbreviations, known_names(()),
                                                    title_end=len(title)) if c.salient}
    assert found.get("retrieval heads") == "proposed", found
    assert "retrieval" not in found, found
    assert not any(n.startswith("resulting") for n in found), found


def test_a_praising_word_and_a_kind_word_in_a_subtitle_name_nothing(nlp):
    names = _concept_names(nlp, "We curate ZorbArena-Lite, a subset of 165 tasks.",
                           title="ZorbArena-Lite: A Compact Benchmark for Web Agents")
    assert "ZorbArena-Lite" in names, names
    assert not any("Compact" in n for n in names), names


def test_a_new_kind_of_a_known_network_opening_the_title_is_the_papers(nlp):
    abstract = "We study residual networks for street scenes and report results on Cityscapes."
    roles = _roles(nlp, "Full-Resolution Residual Networks for Semantic Segmentation", abstract)
    assert roles.get("Full-Resolution Residual Networks") == "proposed", roles
    roles = _roles(nlp, "Deep Residual Networks for Semantic Segmentation", abstract)
    assert roles.get("Deep Residual Networks", "used") == "used", roles  # a known kind


def test_a_kind_the_authors_name_is_not_their_proposal_but_its_name_is(nlp):
    roles = _roles(nlp, "A study", "Reinforcement learning with verifiable rewards (RLVR) "
                   "helps. We propose a new RLVR paradigm called Zorb Zero, in which a model "
                   "proposes its own tasks.")
    assert roles.get("Zorb Zero") == "proposed", roles
    assert all(r == "used" for t, r in roles.items() if "RLVR" in t), roles


def test_a_name_glossed_before_a_generic_head_is_the_name(nlp):
    found = _found(nlp,
        "A study\n\nZorb-7B attains 35.8% accuracy on the ZSI-Bench video spatial reasoning "
        "benchmark and on the Caltech-UCSD bird dataset.")
    assert ("ZSI-Bench", "Dataset") in found, found
    assert not any("reasoning benchmark" in t for t, _ in found), found


def test_names_a_kept_metric_is_measured_on_are_data_and_examples_of_models_are_models(nlp):
    found = _found(nlp,
        "A study\n\nDiffusion models for sequence-to-sequence text generation, such as ZorbSeq, "
        "are slow. ZorbSeq-v2 is fast while retaining BLEU on Quasar-Z, ZorbConversation and "
        "ZQP.")
    assert ("ZorbSeq", "Model") in found, found
    assert {("ZorbConversation", "Dataset"), ("ZQP", "Dataset")} <= found, found


def test_a_digit_between_letters_of_an_acronym_says_a_word(nlp):
    doc = nlp("A study\n\nIt outperforms Core-Set and Zorb Loss for Active Learning (ZL4AL).")
    assert [(long.text, short.text) for long, short in doc._.kg_abbreviations] == [
        ("Zorb Loss for Active Learning", "ZL4AL")], doc._.kg_abbreviations
    assert concept_name("Learning Loss for Active Learning") == "Learning Loss for Active Learning"


def test_a_size_before_a_capitalised_kind_is_no_part_of_it(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nVision-language-action (VLA) models map camera images and language "
        "instructions to robot actions. We present ZorbVLA-Mini, a 600M-parameter VLA built on "
        "a SigLIP vision encoder."))}
    assert "VLA" in found and not any(t.startswith("600M") for t in found), found


def test_the_name_the_authors_call_their_result_after_its_kind_is_theirs(nlp):
    found = _found(nlp,
        "A study\n\nZorba, a selective state space model, has matched Transformers on language "
        "modeling. We extend Zorba to images with bidirectional scanning over patch sequences "
        "and call the resulting backbone Vim. Vim achieves 76.1% top-1 accuracy on ImageNet-1K.",
        roles=True)
    assert ("Vim", "Model", "proposed") in found, found


def test_a_titles_subject_and_its_verb_end_a_name_the_ner_found(nlp):
    roles = _roles(nlp, "Graph Transformers Need Positional Encodings: A Benchmark Study",
                   "Graph transformers rely on positional or structural encodings to inject "
                   "graph structure into attention. We benchmark SignNet on ZINC.")
    assert not any("Need" in t for t in roles), roles


def test_an_acronym_defined_after_vague_words_names_the_whole_phrase(nlp):
    title = "Image Super-Resolution Using Very Deep Zorb Channel Attention Networks"
    _, mentions, abbreviations = _mentions(
        nlp, title, "Deeper networks for image super-resolution are hard to train. We propose "
        "the very deep zorb channel attention networks (ZCAN). Our ZCAN is accurate; tables "
        "are serialised as HTML.")
    found = {c.name: c.aliases for c in paper_concepts(mentions, abbreviations, known_names(()),
                                                       title_end=len(title)) if c.salient}
    assert "ZCAN" in found and any("Channel Attention" in a for a in found["ZCAN"]), found
    assert "HTML" not in found, found  # a format, no concept


def test_a_known_name_written_in_lower_case_is_found_whole(nlp):
    found = _found(nlp,
        "A study\n\nWe backpropagate through a frozen, 4-bit quantized vision transformer.")
    assert ("vision transformer", "Model") in found, found


def test_a_vague_hyphenated_word_is_stripped_whole(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nIn a user study, ZorbSAM-2 reduced annotation time for large-scale CT "
        "labeling by more than 85%."))}
    assert not any(t.startswith("scale") for t in found), found


def test_a_known_models_variant_in_other_capitals_is_a_model(nlp):
    found = _found(nlp,
        "A study\n\nOn decoder (LLaMA-7B) and encoder-decoder (FLAN-T5-XXL) LMs, gisting "
        "compresses prompts.")
    assert ("FLAN-T5-XXL", "Model") in found, found


def test_a_name_before_a_spaced_based_is_the_name(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nOur model improves the average BLEU by 3.1 over ZLS-R based cascades."))}
    assert "ZLS-R" in found and not any("cascades" in t for t in found), found


def test_an_example_in_brackets_is_used(nlp):
    roles = _roles(nlp, "How Far Can Camels Go? Exploring the State of Instruction Tuning on "
                   "Open Resources", "We provide a large set of instruction-tuned models from "
                   "6.7B to 65B parameters in size, trained on 12 instruction datasets ranging "
                   "from manually curated (e.g., OpenZorb) to synthetic and distilled (e.g., "
                   "Self-Instruct) to a mix of existing datasets (e.g., Tulu).")
    assert roles.get("OpenZorb", "used") == "used", roles


def test_a_capitalised_name_keeps_its_generic_end_after_a_gerund(nlp):
    title = "Self-Zorbing Language Models"
    roles = _roles(nlp, title, "Reward models are frozen. In this work, we study Self-Zorbing "
                   "Language Models, where the model rewards itself. We also fine-tune large "
                   "language models.")
    assert roles.get("Self-Zorbing Language Models") == "proposed", roles
    assert "Self-Zorbing" not in roles, roles


def test_one_word_the_authors_propose_and_describe_as_a_kind_is_theirs(nlp):
    found = _found(nlp,
        "A study\n\nWe propose zorbtracking, a technique that allows language models to undo "
        "their own unsafe generation. We also propose results, which are good.", roles=True)
    assert ("zorbtracking", "Method", "proposed") in found, found
    assert not any(t == "results" for t, _, _ in found), found


def test_title_case_words_the_text_calls_the_x_algorithm_or_dataset_are_a_name(nlp):
    found = _found(nlp,
        "A study\n\nWe cluster entities with the Zeiden algorithm and fine-tune on the "
        "Pick-a-Zorb dataset of 851K crowdsourced pairwise preferences. We match boxes with the "
        "Hungarian algorithm in the Learngene framework.")
    assert ("Zeiden algorithm", "Method") in found, found
    assert ("Pick-a-Zorb dataset", "Dataset") in found, found
    assert not any(t.startswith(("Hungarian", "Learngene framework")) for t, _ in found), found


def test_a_verb_the_parser_reads_as_a_noun_starts_no_known_name(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe find that continued pre-training on as little as 10 hours of unlabeled "
        "in-language audio lowers word error rate by 18% relative."))}
    assert "word error rate" in found, found


def test_a_name_for_what_the_authors_work_yields_is_theirs(nlp):
    roles = _roles(nlp, "A study", "We adapt DPO to diffusion models by deriving a likelihood "
                   "bound over the denoising trajectory, yielding Diffusion-ZPO. Prior work "
                   "weighted the losses, yielding GradZorm.")
    assert roles.get("Diffusion-ZPO") == "proposed", roles
    assert roles.get("GradZorm") == "used", roles


def test_a_variant_of_a_known_model_is_a_model_whatever_word_follows(nlp):
    found = _found(nlp,
        "A study\n\nOur router, RouteZorb, is a DeBERTa-v3-base classifier.")
    assert ("DeBERTa-v3-base", "Model") in found, found


def test_a_number_for_a_known_names_variable_is_that_name(nlp):
    found = _found(nlp,
        "A study\n\nWe reach 32.0% with best-of-16 selection and top-4 routing.")
    assert {("best-of-16", "Method"), ("top-4 routing", "Method")} <= found, found


def test_a_titles_task_ending_in_a_gerund_is_whole_without_its_vague_word(nlp):
    names = _concept_names(nlp, "Zorb parsing pipelines chain separate models for layout "
                           "detection.", title="OmniZorb: Unified Zorb Parsing with a Single "
                           "Vision-Language Model")
    assert "Zorb Parsing" in names, names
    assert not any("chain" in n or "Unified" in n for n in names), names


def test_names_before_subsets_and_after_material_from_are_data(nlp):
    found = _found(nlp,
        "A study\n\nAgainst models fine-tuned with DreamBooth on CelebA-HQ and ZorbArt subsets, "
        "our attack reaches an AUC of 0.93. We train on 50K hours of English speech from "
        "ZorbHeavy, and distil from ZorbLM.")
    assert {("ZorbArt", "Dataset"), ("ZorbHeavy", "Dataset")} <= found, found
    assert ("ZorbLM", "Dataset") not in found, found


def test_title_case_words_after_a_known_data_set_name_a_part_of_it(nlp):
    found = _found(nlp,
        "A study\n\nUsing the TREC Deep Learning 2019 and 2020 tracks, we prompt GPT-4 to grade "
        "query-document pairs and compare its labels with those from NIST assessors.")
    assert ("TREC Deep Learning 2019", "Dataset") in found, found
    assert not any("assessors" in t for t, _ in found), found


def test_a_capitals_name_with_a_capitalised_variant_part_is_whole(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nOn the Amazon Beauty data, our model, ZIGER-Lite, improves NDCG@10 over "
        "SASRec."))}
    assert "ZIGER-Lite" in found and "ZIGER" not in found, found


def test_a_known_acronym_grown_to_a_known_name_takes_the_names_type(nlp):
    found = _found(nlp,
        "A study\n\nOn the WMDP benchmark, our method lowers accuracy, while MMLU and MT-Bench "
        "scores drop by less than 2 points.")
    assert ("MT-Bench", "Dataset") in found, found


def test_a_known_metric_with_a_threshold_is_a_metric(nlp):
    found = _found(nlp,
        "A study\n\nIt transfers to 3D object detection with a gain of 2.3 AP25 over Point-BERT.")
    assert ("AP25", "Metric") in found, found


def test_a_name_before_a_task_is_the_data_it_is_done_on(nlp):
    found = _found(nlp,
        "A study\n\nOur model achieves 85.2 mIoU on ShapeNetPart part segmentation and reduces "
        "FVD on ZMLab and Minecraft video prediction. Results for the GEC task improve.")
    assert {("ShapeNetPart", "Dataset"), ("ZMLab", "Dataset")} <= found, found
    assert ("GEC", "Dataset") not in found, found


def test_a_long_form_for_a_task_is_a_means_not_the_task(nlp):
    found = _found(nlp,
        "A study\n\nMachine unlearning removes knowledge. We propose Representation Zorbection "
        "for Unlearning (RZU), which perturbs the model's activations on hazardous data.",
        roles=True)
    assert ("RZU", "Method", "proposed") in found, found


def test_a_description_ends_at_its_relative_word(nlp):
    found = _found(nlp,
        "A study\n\nWe present Diffusion Zorcing, a training paradigm where a causal sequence "
        "model denoises tokens with independent noise levels.")
    assert ("Diffusion Zorcing", "Method") in found, found


def test_what_we_call_a_thing_the_parser_misreads_is_our_name(nlp):
    roles = _roles(nlp, "A study", "We find attention heads that copy results. We call these "
                   "components carry heads and show that they emerge abruptly.")
    assert roles.get("carry heads") == "proposed", roles
    assert not any(t.startswith("components") for t in roles), roles


def test_a_name_described_as_an_lm_is_a_model(nlp):
    found = _found(nlp,
        "A study\n\nWe introduce OpenZorb, a specialized retrieval-augmented LM that answers "
        "scientific queries. To evaluate OpenZorb, we develop ZorbQABench, a benchmark.")
    assert ("OpenZorb", "Model") in found, found


def test_one_noun_we_call_something_is_our_name(nlp):
    roles = _roles(nlp, "A study", "We propose providing additional tokens, which we call "
                   "zorbsters, to the input sequence. We refer to this failure mode as the "
                   "problem of credit assignment.")
    assert roles.get("zorbsters") == "proposed", roles
    assert "problem" not in roles, roles


def test_parts_of_data_we_release_are_named_by_their_names(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe release decontaminated subsets, HumanEval-Zorb and MBPP-Zorb, and "
        "recommend reporting results on both."))}
    assert {"HumanEval-Zorb", "MBPP-Zorb"} <= found and not any(
        "subsets" in t for t in found), found


def test_a_known_acronym_listed_among_data_sets_is_a_data_set(nlp):
    found = _found(nlp,
        "A study\n\nIt matches LLaVA-1.5 on nine image benchmarks including VQAv2, GQA and "
        "TextVQA.")
    assert ("GQA", "Dataset") in found, found


def test_a_count_of_examples_in_capitals_names_data(nlp):
    found = _found(nlp,
        "A study\n\nTraining Qwen2.5-32B on ZAPO-Math-17K, our method reaches 47 points.")
    assert ("ZAPO-Math-17K", "Dataset") in found, found


def test_the_largest_data_set_to_date_names_its_name_as_data(nlp):
    found = _found(nlp,
        "A study\n\nWe build a data engine to collect the largest video segmentation dataset "
        "to date, ZA-V.")
    assert ("ZA-V", "Dataset") in found, found
    assert not any(t.startswith("largest") for t, _ in found), found


def test_a_known_task_with_rate_after_it_is_a_metric(nlp):
    found = _found(nlp,
        "A study\n\nDPO lowers the hallucination rate from 19% to 11%, and the refusal rate "
        "drops. We tune the learning rate.")
    assert {("hallucination rate", "Metric"), ("refusal rate", "Metric")} <= found, found
    assert not any(t.startswith("learning") for t, _ in found), found


def test_the_counted_items_a_data_set_holds_are_no_concept(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nWe introduce ZorbHal, a dataset of 2,400 generated chest X-ray reports "
        "from MIMIC-CXR."))}
    assert {"ZorbHal", "MIMIC-CXR"} <= found and not any("reports" in t for t in found), found


def test_a_models_omni_variant_is_part_of_its_name(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "A study\n\nMoA models achieve state-of-the-art results, surpassing GPT-4 Omni."))}
    assert "GPT-4 Omni" in found, found


def test_a_name_dubbed_in_what_this_paper_presents_is_ours(nlp):
    roles = _roles(nlp, "A study", "This paper presents a hierarchical attention mechanism, "
                   "dubbed ZiPool, that pools distant tokens. It reduces the memory of "
                   "128K-token attention.")
    assert roles.get("ZiPool") == "proposed", roles
    assert not any(t.startswith("128K") for t in roles), roles


def test_one_word_our_method_is_termed_is_ours(nlp):
    roles = _roles(nlp, "A study", "Our approach, termed zorbation, needs no extra training "
                   "beyond instruction tuning.")
    assert roles.get("zorbation") == "proposed", roles


def test_a_name_material_is_taken_from_is_data_whatever_its_size_says(nlp):
    found = _found(nlp,
        "A study\n\nUsing this pipeline, we caption 2.5M videos from Zanda-70M and train a "
        "captioner.")
    assert ("Zanda-70M", "Dataset") in found, found


def test_a_name_the_ner_cuts_before_its_variant_part_is_whole(nlp):
    found = {m.text for m in doc_mentions(nlp(
        "Multi-View Diffusion for Single-Image 3D Generation\n\nGenerating a 3D asset from a "
        "single image is ill-posed. A framework called MVDream-Lite is introduced that "
        "fine-tunes a pre-trained text-to-image diffusion model. On Google Scanned Objects, "
        "MVDream-Lite improves PSNR by 2.4 dB."))}
    assert "MVDream-Lite" in found and "MVDream" not in found, found


def test_a_model_familys_versions_are_models_of_their_own(nlp):
    names = _concept_names(nlp, "We compare Qwen2.5 with Qwen3, fine-tune T5 and release "
                           "Flan-T5 checkpoints, and evaluate Phi-3 against Phi-1.5.")
    assert {"Qwen2.5", "Qwen3", "T5", "Flan-T5", "Phi-3", "Phi-1.5"} <= names, names


def test_a_name_we_train_and_describe_as_a_reranker_is_our_model(nlp):
    found = _found(nlp,
        "A study\n\nWe train OmniZorb, a single cross-encoder reranker initialized from "
        "Qwen2-VL-2B, on MS MARCO passages. We also train ResNet-50, a classic network, on "
        "ImageNet.", roles=True)
    assert ("OmniZorb", "Model", "proposed") in found, found
    assert ("ResNet-50", "Model", "used") in found, found


def test_data_sets_listed_with_known_ones_are_data(nlp):
    found = _found(nlp,
        "A study\n\nWe evaluate with scaffold splits on BBBP, BACE, HIV and Tox21, and on ARC-e "
        "and BoolQ.")
    assert {("HIV", "Dataset"), ("Tox21", "Dataset"), ("ARC-e", "Dataset")} <= found, found


def test_what_we_build_with_capitals_inside_its_name_is_ours(nlp):
    roles = _roles(nlp, "A study", "We propose PagedZorb, an attention algorithm. On top of it, "
                   "we build vLLM, an LLM serving system that wastes no KV cache memory.")
    assert roles.get("vLLM") == "proposed", roles


def test_the_adapted_model_named_after_a_comma_is_ours(nlp):
    roles = _roles(nlp, "A study", "We adapt SAM 2 to laparoscopic videos. The adapted model, "
                   "SurgZorb-2, improves the J&F score by 9.4.")
    assert roles.get("SurgZorb-2") == "proposed", roles


def test_names_a_metric_is_reduced_on_are_data(nlp):
    found = _found(nlp,
        "A study\n\nOur model reduces absolute relative error by 21% on iZims-1, ZIODE and "
        "ZDAD.")
    assert {("iZims-1", "Dataset"), ("ZIODE", "Dataset"), ("ZDAD", "Dataset"),
            ("absolute relative error", "Metric")} <= found, found


def test_frameworks_such_as_names_are_methods_and_an_environment_is_data(nlp):
    found = _found(nlp,
        "A study\n\nWe discuss evaluation frameworks such as ZAGAS and ZARES. We formulate the "
        "ZappWorld environment as a Markov decision process.")
    assert {("ZAGAS", "Method"), ("ZARES", "Method"), ("ZappWorld", "Dataset")} <= found, found


def test_a_name_first_described_as_a_variant_in_our_sentence_is_ours(nlp):
    roles = _roles(nlp, "A study", "We train a 32B agent with ZOOP, a memory-efficient variant "
                   "of proximal policy optimization. Unlike GRPO, a variant of PPO, it needs no "
                   "value network.")
    assert roles.get("ZOOP") == "proposed", roles
    assert roles.get("GRPO") == "used", roles


def test_a_known_names_kind_describing_our_name_is_no_proposal(nlp):
    roles = _roles(nlp, "A study", "We introduce Zodex, a GPT language model fine-tuned on "
                   "public code from GitHub, and study its Python code-writing capabilities.")
    assert roles.get("Zodex") == "proposed", roles
    assert roles.get("GPT language model") == "used", roles


def test_open_and_closed_source_models_are_too_generic_to_be_concepts(nlp):
    names = _concept_names(nlp, "Our model rivals closed-source models and beats open-source "
                           "models on DeepSeek-V2 evaluations.",
                           title="Breaking the Barrier of Closed-Source Models")
    assert not any("source" in n.lower() for n in names), names
    assert "DeepSeek-V2" in names, names


def test_names_before_collections_are_data(nlp):
    found = _found(nlp,
        "A study\n\nOur model improves MAP over BM25 on the Zobust and the ZlueWeb "
        "collections.")
    assert ("ZlueWeb", "Dataset") in found, found


def test_a_digit_after_a_letter_in_an_acronym_says_the_letter_again(nlp):
    _, _, abbreviations = _mentions(nlp, "A study", "We combine LoRA with shifted sparse "
                                    "attention (S2-Attn) and the Heavy-Hitter Oracle (H2O).")
    assert ("shifted sparse attention", "S2-Attn") in abbreviations, abbreviations


def test_operating_systems_and_knowledge_bases_are_too_generic_to_be_concepts(nlp):
    names = _concept_names(nlp, "A planner calls 16 macOS applications and reasons over "
                           "knowledge bases with ZubgraphRAG.", title="Graph Retrieval over "
                           "Knowledge Bases")
    assert not any(n.lower() in {"macos", "knowledge bases"} for n in names), names


def test_an_acronym_of_a_kind_of_a_known_metric_is_a_metric(nlp):
    found = _found(nlp,
        "A study\n\nWe train on YouTube-VIS and MOVi-E. Our model, ZideoSAUR, improves "
        "foreground adjusted Rand index (FG-ARI) by 8 points over STEVE on MOVi-E.")
    assert {("foreground adjusted Rand index", "Metric"), ("FG-ARI", "Metric")} <= found, found


def test_what_we_collect_and_describe_is_ours_even_where_the_lists_know_it(nlp):
    roles = _roles(nlp, "A study", "We collect PRM800K, a dataset of 800,000 step-level human "
                   "feedback labels on solutions to MATH problems, and train a reward model.")
    assert roles.get("PRM800K") == "proposed", roles
    assert roles.get("MATH problems") == "used", roles


def test_what_we_call_an_effect_is_a_phenomenon_we_name(nlp):
    found = _found(nlp,
        "A study\n\nWe finetune GPT-4o to write insecure code. We call this effect emergent "
        "zorbalignment.", roles=True)
    assert ("emergent zorbalignment", "Task", "proposed") in found, found


def test_a_titles_known_name_opening_with_a_gerund_is_whole(nlp):
    names = _concept_names(nlp, "Learning rate warmup is widely used to stabilize early "
                           "training of transformers.", title="Learning Rate Warmup Is "
                           "Unnecessary with Adaptive Zorb Clipping")
    assert not any(n.startswith("Rate") for n in names), names



def test_what_a_text_says_a_new_name_is_types_all_its_mentions(nlp):
    types = _types(nlp, "ZorbSketch: Generating Editable CAD Programs from Hand-Drawn "
                   "Sketches", "We propose ZorbSketch, a vision-language model that translates "
                   "a hand-drawn sketch into a program. ZorbSketch achieves a 71% valid program "
                   "rate.")
    assert types.get("ZorbSketch") == "Model", types


def test_a_possessive_or_another_named_thing_after_a_comma_describes_no_name(nlp):
    types = _types(nlp, "A study", "Keeping the KV of initial tokens recovers the performance "
                   "of zorb attention, a phenomenon we call attention zinks. We introduce "
                   "ZorbLLM, an efficient framework. With appropriate Zorbtuning, a model's "
                   "ability to use new knowledge improves.")
    assert types.get("zorb attention") != "Task", types
    assert types.get("Zorbtuning") != "Model", types


def test_a_title_word_before_less_or_more_is_a_claims_verb(nlp):
    names = _concept_names(nlp, "When a pretrained model is continually pretrained, its "
                           "abilities degrade.", title="Continual Pretraining Forgets Less "
                           "with Zorb Replay")
    assert "Continual Pretraining" in names and not any("Forgets" in n for n in names), names


def test_a_value_is_no_part_of_a_metrics_name(nlp):
    types = _types(nlp, "A study", "ZorbCAD achieves a 71% valid program rate and a Chamfer "
                   "distance of 0.042 on held-out sketches.")
    assert types.get("Chamfer distance") == "Metric", types


def test_a_fix_we_propose_is_a_method(nlp):
    found = _found(nlp,
        "A study\n\nEviction loses 30 points of exact match. We propose a simple fix, "
        "hop-aware zorbention, that keeps tokens attended by intermediate answers.", roles=True)
    assert ("hop-aware zorbention", "Method", "proposed") in found, found


def test_what_we_formalise_as_a_name_is_ours(nlp):
    roles = _roles(nlp, "A study", "Debate helps only when agents are given different roles, "
                   "which we formalise as role-diverse zorbate.")
    assert roles.get("role-diverse zorbate") == "proposed", roles


def test_units_after_numbers_are_no_concepts(nlp):
    names = _concept_names(nlp, "ZorbCast matches the error of the forecast for 500 hPa "
                           "geopotential using 12 GB of memory and 8 MB of weights.")
    assert not {"hPa", "GB", "MB"} & names, names


def test_title_case_words_listed_before_a_data_head_are_data_sets(nlp):
    types = _types(nlp, "A study", "Across the Adult, California Zorbing and Diabetes "
                   "datasets, rows sampled from Llama-2-7B yield downstream classifiers.")
    assert types.get("Adult") == "Dataset" and types.get("California Zorbing") == "Dataset", (
        types)


def test_a_title_case_word_a_score_is_reported_on_is_a_data_set(nlp):
    types = _types(nlp, "A study", "ZorbLift reaches 24.1 AP on ScanNet200 and 18.6 AP on "
                   "Replica, outperforming OpenMask3D.")
    assert types.get("Replica") == "Dataset", types


def test_a_kind_such_as_a_name_types_it_where_the_parse_misses_the_phrase(nlp):
    types = _types(nlp, "A study", "It handles long-tail categories that closed-vocabulary "
                   "methods such as Mask3D miss.")
    assert types.get("Mask3D") == "Method", types


def test_a_processed_doc_still_serialises_after_the_rules_kept_their_lookups(nlp):
    doc = nlp("ZorbNet: A Study\n\nWe propose ZorbNet, a model evaluated on GSM8K.")
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes()).text == doc.text


def test_a_size_and_a_language_name_no_data_set(nlp):
    names = _concept_names(nlp, "We build ZorbCorp, a 1.1T-token English corpus drawn from "
                           "Common Crawl.")
    assert not any("corpus" in n for n in names), names


def test_a_capital_letter_before_a_capitalised_word_is_a_name(nlp):
    names = _concept_names(nlp, "A Z-Abstractor, which pools patches with convolutions, "
                           "matches the MLP while halving visual tokens.")
    assert "Z-Abstractor" in names, names


def test_a_word_paired_with_a_model_is_a_model(nlp):
    types = _types(nlp, "A study", "Applied to Open-Sora and Zatte, our method speeds up "
                   "sampling by 1.9x.")
    assert types.get("Zatte") == "Model", types


def test_what_we_collect_and_count_is_ours(nlp):
    roles = _roles(nlp, "A study", "We collect ZypeBugs, 2,310 ill-typed programs with their "
                   "compiler errors, and evaluate StarCoder2-15B on them.")
    assert roles.get("ZypeBugs") == "proposed", roles


def test_names_a_kind_includes_have_its_type(nlp):
    types = _types(nlp, "A study", "ZorbAudio outperforms Qwen2-Audio on 20 benchmarks, "
                   "including ClothoAQA and ZMAU, and on LongAudioBench.")
    assert types.get("ZMAU") == "Dataset", types


def test_hardware_is_no_concept(nlp):
    names = _concept_names(nlp, "ZorbFusion runs at 23 frames per second on an RTX 4090 and "
                           "on an A6000.")
    assert not {"RTX", "A6000"} & names, names


def test_a_presented_name_keeps_its_version(nlp):
    roles = _roles(nlp, "A study", "Long-form audio is hard. We introduce Audio Zorbingo 2, an "
                   "audio-language model that reasons over audio clips.")
    assert roles.get("Audio Zorbingo 2") == "proposed", roles


def test_a_title_models_name_said_again_keeps_its_version(nlp):
    names = _concept_names(nlp, "We introduce Audio Flamingo 2, an audio-language model. Audio "
                           "Flamingo 2 outperforms Qwen2-Audio on 20 benchmarks.",
                           title="Audio Flamingo 2: Long-Form Audio Understanding")
    assert "Audio Flamingo" not in names, names


def test_a_sized_kind_in_a_description_is_not_proposed(nlp):
    roles = _roles(nlp, "A study", "Robots are hard. We present ZoboVLA-Mini, a 450M-parameter "
                   "VLA that pairs a SigLIP encoder with a SmolLM2 backbone.")
    assert roles.get("VLA") == "used" and roles.get("ZoboVLA-Mini") == "proposed", roles


def test_registration_is_a_task(nlp):
    types = _types(nlp, "Fast Point Cloud Registration with Learned Correspondences",
                   "Point cloud registration estimates the rigid transform aligning two scans. "
                   "We propose ZeoReg, which predicts correspondences.")
    assert types.get("Point cloud registration") == "Task", types


def test_a_capitalised_word_after_a_model_size_is_a_model(nlp):
    types = _types(nlp, "A study", "Trained on 1M maze traces, a 150M-parameter Zearchformer "
                   "solves 93.7% of puzzles, unlike a 1B English corpus.")
    assert types.get("Zearchformer") == "Model" and "English" not in types, types


def test_a_name_after_our_new_kind_is_ours(nlp):
    roles = _roles(nlp, "A study", "Model editing methods update single facts. On MQuAKE and "
                   "on our new benchmark ZippleQA, edits succeed on the edited fact. We "
                   "evaluated our model on two datasets Market 1501 and ZukeMTMC.")
    assert roles.get("ZippleQA") == "proposed", roles
    assert roles.get("Market 1501") == "used", roles


def test_what_we_pretrain_and_name_is_ours(nlp):
    roles = _roles(nlp, "A study", "Molecules are hard. We pretrain a 300M-parameter graph "
                   "transformer, ZolGT, on 1.1B molecules from ZINC.")
    assert roles.get("ZolGT") == "proposed", roles


def test_the_abstracts_first_word_is_no_sentence_of_its_own(nlp):
    _, _, abbreviations = _mentions(nlp, "SAM 2 for Surgical Video Segmentation: A Benchmark "
                                    "Study", "Segment Anything Model 2 (SAM 2) extends "
                                    "promptable segmentation to videos.")
    assert ("Segment Anything Model 2", "SAM 2") in abbreviations, abbreviations


def test_data_a_misattached_on_evaluates_on_are_data_sets(nlp):
    types = _types(nlp, "A study", "We evaluate it zero-shot on ZendoVis17, ZendoVis18 and "
                   "ZholecSeg8k, prompting with points.")
    assert types.get("ZendoVis17") == "Dataset" and types.get("ZholecSeg8k") == "Dataset", types


def test_a_named_split_is_data_without_its_head_or_a_comparative(nlp):
    types = _types(nlp, "A study", "On PubTabNet, ZableFlorence reaches TEDS scores of 97.1, "
                   "ahead of the OCR-based TableFormer, and on the harder SciTSR-comp split it "
                   "improves TEDS-struct by 4 points.")
    assert types.get("SciTSR-comp") == "Dataset", types



def test_a_list_the_parser_hangs_as_appositions_has_its_first_items_context(nlp):
    types = _types(nlp, "A study", "Recent deep models for multivariate time series anomaly "
                   "detection report large gains on ZWaT, ZADI, ZMD and MSL.")
    assert types.get("ZMD") == "Dataset", types


def test_an_evaluator_is_a_method_and_a_tools_f1_a_metric(nlp):
    types = _types(nlp, "A study", "We present SAFE, a search-augmented factuality evaluator "
                   "that splits a response into atomic facts and checks each with Google Search "
                   "queries issued by an LLM. SAFE agrees with crowdsourced annotators on 72% "
                   "of 16K facts.")
    assert types.get("SAFE") == "Method", types
    types = _types(nlp, "A study", "On MIMIC-CXR, ZnatoGen improves clinical efficacy F1 "
                   "computed with CheXbert labels from 0.40 to 0.47 and RadGraph F1 from 0.21 "
                   "to 0.26.")
    assert types.get("RadGraph F1") == "Metric", types


def test_evaluation_tasks_are_too_generic_to_be_concepts(nlp):
    names = _concept_names(nlp, "We construct evaluation tasks where extending the reasoning "
                           "length of zorb models deteriorates performance.")
    assert not any(n.lower().startswith("evaluation") for n in names), names


def test_data_a_deeply_misattached_on_trains_on_are_data_sets(nlp):
    types = _types(nlp, "A study", "Trained in 8 minutes per subject on ZeopleSnapshot and "
                   "ZJU-MoCap, it renders novel poses at 120 FPS.")
    assert types.get("ZeopleSnapshot") == "Dataset", types


def test_what_a_result_outperforms_is_a_method(nlp):
    types = _types(nlp, "A study", "On VCTK and LibriTTS, ZoiceCraft-VC reaches a speaker "
                   "similarity of 0.62 and a character error rate of 2.1%, outperforming FreeVC "
                   "and kNN-VC in naturalness MOS.")
    assert types.get("FreeVC") == "Method", types


def test_a_baseline_a_change_is_relative_to_is_a_method(nlp):
    words = ["It", "lowers", "error", "by", "6", "%", "relative", "to", "QuellFormer", "."]
    heads = [1, 1, 1, 1, 5, 3, 5, 6, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "nummod", "pobj", "amod", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    assert _compared_against(doc[8:9])  # (whatever type the tagger gave the name)
    assert not _compared_against(doc[2:3])
    types = _types(nlp, "A study", "On TRAF04 and TRAF08 the model lowers mean absolute error "
                   "by 6% relative to QuellFormer.")
    assert types.get("TRAF08") == "Dataset", types  # the parser hangs it on "On"


def test_a_short_model_name_inside_a_name_must_start_or_end_a_part(nlp):
    names_a_model = nlp.get_pipe("kg_concepts")._names_a_model
    for text in ("DialoGPT", "RNNsearch", "Qwen2.5-Math-1.5B", "GPT-Neo", "TinyLlama"):
        assert names_a_model(name_key(text), text), text
    for text in ("NullEdit", "Delphi", "optimization", "ZeroPrompt"):
        assert not names_a_model(name_key(text), text), text  # no DiT, Phi, OPT or MPT
    assert _types(nlp, "A study", "We propose ZorbEdit, which projects each weight update "
                  "onto a null space.").get("ZorbEdit") == "Method"


def test_a_hyphenated_title_case_name_ends_a_list_of_names(nlp):
    found = _found(nlp, "We train reward models on subsets of HelpSteer2, UltraFeedback and "
                   "Zorbel-Reward-Preference and test them on RewardBench.")
    assert ("Zorbel-Reward-Preference", "Dataset") in found, found


def test_a_name_described_by_a_count_of_items_is_data(nlp):
    found = _found(nlp, "We also release ScreenZorb, 9,000 human-written referring expressions "
                   "over real apps.")
    assert ("ScreenZorb", "Dataset") in found, found
    found = _found(nlp, "We also release ZorbNet, 12 layers deep and fast.")
    assert ("ZorbNet", "Dataset") not in found, found


def test_a_name_a_score_is_reported_on_is_data_whatever_it_ends_in(nlp):
    found = _found(nlp, "Fine-tuned with a detection head, ZorbLayout reaches 95.1 mAP on "
                   "ZorbLayNet and 80.3 mAP on QuillLayNet, ahead of LayoutLMv3.")
    assert {("ZorbLayNet", "Dataset"), ("QuillLayNet", "Dataset")} <= found, found
    found = _found(nlp, "We pretrain it on 6 million unlabeled PDF pages.")
    assert not {text for text, _ in found} & {"PDF", "PDF pages"}, found  # a file format


def test_names_before_a_split_of_data_are_data(nlp):
    found = _found(nlp, "On the OpenZorb and M4Zorb test sets it achieves a lower "
                   "mel-cepstral distortion than DiffSinger.")
    assert {("OpenZorb", "Dataset"), ("M4Zorb", "Dataset")} <= found, found
    found = _found(nlp, "On the ZorbSing and M4Quill test sets, our model achieves a lower "
                   "distortion than DiffSinger.")  # (the parser makes "sets" the head)
    assert {("ZorbSing", "Dataset"), ("M4Quill", "Dataset")} <= found, found


def test_a_known_metric_keeps_its_type_in_a_head_word_phrase(nlp):
    found = _found(nlp, "A step size removes the need for warmup while matching final "
                   "validation loss.")
    assert ("validation loss", "Metric") in found, found


def test_a_thing_holding_counted_records_is_data(nlp):
    found = _found(nlp, "To address this, we construct ZorbExam, a multiple-choice exam with 763 "
                   "questions on pattern recognition.")
    assert ("ZorbExam", "Dataset") in found, found
    found = _found(nlp, "We construct ZorbNet, a transformer with 12 layers.")
    assert ("ZorbNet", "Dataset") not in found, found


def test_a_structure_of_steps_is_a_method_and_names_its_list(nlp):
    found = _found(nlp, "We evaluate program-of-thought, Quiller and Chain-of-Zorbs with "
                   "several backbones.")
    assert {("Chain-of-Zorbs", "Method"), ("Quiller", "Method")} <= found, found


def test_a_name_after_a_second_joined_preposition_reads_the_first_ones_verb(nlp):
    found = _found(nlp, "Fine-tuned only on English data, ZorbNER improves entity-level F1 on "
                   "WikiANN by 4.8 points on average over 40 languages and on QuillNER 2.0 by "
                   "7.1 points.")
    assert ("QuillNER 2.0", "Dataset") in found, found


def test_a_machines_precision_is_no_metric(nlp):
    found = _found(nlp, "Constant-depth transformers with logarithmic precision lie in TC0.")
    assert "precision" not in {text for text, _ in found}, found


def test_each_name_we_give_in_a_list_is_proposed(nlp):
    found = _found(nlp, "Models fine-tuned on it, which we name ZorbCoder-7B and ZorbCoder-32B, "
                   "reach 48.2% pass@1 on LiveCodeBench.", roles=True)
    assert {("ZorbCoder-7B", "Model", "proposed"), ("ZorbCoder-32B", "Model", "proposed")} <= (
        found), found


def test_a_name_a_known_metric_phrase_is_reported_on_is_data(nlp):
    found = _found(nlp, "Applied to SDXL, it raises the win rate to 71%, with no drop in CLIP "
                   "score on ZorbPrompts.")
    assert ("ZorbPrompts", "Dataset") in found, found
    found = _found(nlp, "There is no drop in CLIP score on QuillNet.")
    assert ("QuillNet", "Dataset") in found, found  # ("on" hangs on "drop")


def test_a_family_of_models_is_a_model_and_so_are_its_variants(nlp):
    found = _found(nlp, "We introduce Zorb-Embed, a family of English and multilingual text "
                   "embedding models with 30M to 300M parameters. On the MTEB retrieval tasks, "
                   "Zorb-Embed-Base scores 54.1 nDCG@10.")
    assert {("Zorb-Embed", "Model"), ("Zorb-Embed-Base", "Model")} <= found, found


def test_what_a_change_is_compared_with_is_a_method(nlp):
    types = _types(nlp, "A study", "On KITTI, ZorbSLAM reduces absolute trajectory error (ATE) "
                   "by 35% compared with MonoZorb and Photo-Zorb and renders novel views.")
    assert types.get("MonoZorb") == types.get("Photo-Zorb") == "Method", types


def test_licences_and_boards_are_no_concepts(nlp):
    found = _found(nlp, "The model runs at 18 Hz on a Jetson AGX Orin; we release all models "
                   "under Apache 2.0.")
    assert not {text for text, _ in found} & {"AGX", "Orin", "Apache 2.0", "Jetson AGX Orin"}, (
        found)


def test_what_a_result_improves_over_is_no_metric_and_a_capital_v_is_a_release(nlp):
    types = _types(nlp, "A study", "ZorbDepth achieves an AbsRel of 0.061 on NYUv2, improving "
                   "over Depth Anything V2 and Quill3D v2 by 12% and 8% respectively.")
    assert types.get("Depth Anything V2") == "Model", types
    assert types.get("Quill3D v2") != "Metric", types


def test_what_our_thing_acts_on_in_a_which_clause_is_used(nlp):
    found = _found(nlp, "We propose ZorbDiff, which fine-tunes Stable Diffusion 2 with a camera "
                   "embedding so that it predicts depth in meters.", roles=True)
    assert ("Stable Diffusion 2", "Model", "used") in found, found


def test_a_name_paired_before_a_data_set_after_a_preposition(nlp):
    found = _found(nlp, "Trained on Zorbsim and Virtual KITTI only, it achieves an AbsRel of "
                   "0.061 on NYUv2.")
    assert ("Zorbsim", "Dataset") in found, found


def test_routers_are_methods_and_gpu_hours_no_metric(nlp):
    types = _types(nlp, "A study", "We evaluate seven routers, including RouteZorb and a kNN "
                   "baseline. The search takes under one GPU hour.")
    assert types.get("RouteZorb") == "Method" and "GPU hour" not in types, types


def test_kernels_data_called_so_counted_variants_and_named_databases(nlp):
    types = _types(nlp, "A study", "We present ZorbKV, a paged attention kernel that fuses "
                   "dequantization with attention. Training on this data, called ZorbConv-3M, "
                   "beats the original LLaVA-665K mixture. It reproduces the energy spectrum on "
                   "the Johns Hopkins Turbulence Database.")
    assert types.get("ZorbKV") == "Method", types
    assert types.get("ZorbConv-3M") == types.get("LLaVA-665K") == "Dataset", types
    assert types.get("Johns Hopkins Turbulence Database") == "Dataset", types


def test_a_proposal_after_a_clause_of_things_is_ours(nlp):
    found = _found(nlp, "We find that stale estimates after loss spikes drive the divergence and "
                   "propose momentum reset, which zeroes the first moment when the gradient "
                   "norm exceeds a threshold.", roles=True)
    assert ("momentum reset", "Method", "proposed") in found, found


def test_filtering_heads_a_method_and_filtered_modifies(nlp):
    found = _found(nlp, "We propose perplexity-gap filtering, a data selection method.",
                   roles=True)
    assert ("perplexity-gap filtering", "Method", "proposed") in found, found
    names = _concept_names(nlp, "Our models beat models trained on ZorbBase-filtered data.")
    assert "ZorbBase" in names, names


def test_a_clause_after_a_colon_describes_no_name(nlp):
    types = _types(nlp, "A study", "We propose adversarial zorb augmentation: an attacker model "
                   "rewrites chosen responses to be worse.")
    assert types.get("adversarial zorb augmentation") != "Model", types


def test_data_where_a_known_metric_phrase_improves_and_where_testing_is(nlp):
    words = ["It", "improves", "the", "Dice", "similarity", "coefficient", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 5, 4, 5, 1, 1],
              deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
              pos=["PRON", "VERB", "DET", "PROPN", "NOUN", "NOUN", "PUNCT"])
    assert nlp.get_pipe("kg_concepts")._measured_by(doc[1])  # a known metric with its words
    types = _types(nlp, "A study", "We use TriviaQA and SciQ for training and testing on "
                   "NQ-Open and QuillASQ.")
    assert types.get("QuillASQ") == "Dataset", types
    types = _types(nlp, "Test-Time Training on Nearest Neighbors", "We fine-tune the model.")
    assert types.get("Nearest Neighbors") != "Dataset", types


def test_a_first_version_shares_its_successors_type(nlp):
    doc = nlp("A study. We propose HiZorb-2, which extends HiZorb. HiZorb-2 beats HiZorb.")
    spans = [Span(doc, 5, 6, "Model"), Span(doc, 9, 10, "Task"), Span(doc, 11, 12, "Model"),
             Span(doc, 13, 14, "Task")]  # (as a tagger might read "extends HiZorb")
    assert [s.label_ for s in _one_type_per_name(spans)] == ["Model"] * 4


def test_items_before_corpora_and_after_pipelines(nlp):
    types = _types(nlp, "A study", "We evaluate on the Google Speech Commands and Multilingual "
                   "Zorbed Words corpora. End-to-end evaluation of eight pipelines, including "
                   "FIRE, ZorbTool and a ReAct agent on GPT-4o, shows that accuracy falls.")
    assert types.get("Multilingual Zorbed Words") == "Dataset", types
    assert types.get("FIRE") == "Method", types


def test_what_raises_a_metric_or_works_as_a_method_is_one(nlp):
    text = ("We propose ZOCSIN, which measures how much a text's likelihood changes when random "
            "tokens are deleted. Combined with Fast-DetectGPT, ZOCSIN improves AUROC from 0.89 "
            "to 0.94 on the XSum and SQuAD datasets.")
    assert _types(nlp, "Detecting Machine-Generated Text", text).get("ZOCSIN") == "Method"
    recognizer = nlp.get_pipe("kg_concepts")
    doc = nlp("On ZorbA, ZorbB and ZorbC, ZorbNet improves MRR by 2 points.")
    subjects = [t for t in doc if t.dep_ == "nsubj"]
    if len(subjects) > 1:  # (as the parser may read the list before the subject)
        assert not any(recognizer._raises_a_score(doc[t.i : t.i + 1]) for t in subjects)
    doc = nlp("ZorbBench reduces the accuracy of NLI models from 95% to 58%.")
    assert not recognizer._raises_a_score(doc[0:1])  # a harder benchmark lowers a score


def test_a_name_by_shape_is_an_item_before_a_data_head(nlp):
    types = _types(nlp, "A study", "We evaluate detectors on the XSum, SQuAD and Zorbing Prompts "
                   "datasets.")
    assert types.get("Zorbing Prompts") == "Dataset", types
    types = _types(nlp, "A study", "Agents built on it set a new state of the art on the Zorbows "
                   "Agent Arena and AndroidWorld benchmarks.")  # (the shaped name the last)
    assert types.get("Zorbows Agent Arena") == "Dataset", types


def test_a_named_data_sets_test_split_is_the_data_set(nlp):
    names = _concept_names(nlp, "We report results on the ZN3K test set.")
    assert "ZN3K" in names and "ZN3K test set" not in names, names


def test_unseen_and_held_out_are_no_part_of_a_name(nlp):
    names = _concept_names(nlp, "US-SAM generalises to the unseen ZORBUS echocardiography "
                           "dataset.")
    assert not any(n.startswith("unseen") for n in names) and names, names


def test_a_name_with_counted_records_is_data(nlp):
    types = _types(nlp, "ZorbNLI-2: Natural Language Inference for Twelve Languages", "We "
                   "release ZorbNLI-2, with 48K premise-hypothesis pairs written natively by "
                   "speakers of Hindi, Bengali and Tamil.")
    assert types.get("ZorbNLI-2") == "Dataset", types
    types = _types(nlp, "A study", "We present ZorbNet-2, with 12 layers and 4 heads.")
    assert types.get("ZorbNet-2") != "Dataset", types


def test_a_bit_width_setting_is_no_concept(nlp):
    names = _concept_names(nlp, "At W4A8, ZorbQ keeps the FID of DiT-XL/2 within 0.6 of the "
                           "full-precision model.")
    assert "W4A8" not in names and "DiT-XL/2" in names, names


def test_fixes_is_a_verb_after_a_name(nlp):
    names = _concept_names(nlp, "We find that constrained decoding with Outlines fixes syntax "
                           "but lowers answer quality as judged by an LLM judge.")
    assert "Outlines" in names, names


def test_a_name_we_pretrain_and_describe_is_ours_however_parsed(nlp):
    found = _found(nlp, "We pretrain MolGFM, a 300M-parameter graph transformer, on 100 million "
                   "molecules from ZINC22 and PubChem.", roles=True)
    assert any(name == "MolGFM" and role == "proposed" for name, _, role in found), found


def test_what_we_test_after_building_is_not_ours(nlp):
    found = _found(nlp, "We build ZorbHalluBench, 1,200 legal queries with expert-written "
                   "reference answers in US federal law, and test Lexis+ AI, Westlaw "
                   "AI-Assisted Research and GPT-4 with and without retrieval.", roles=True)
    assert ("GPT-4", "Model", "used") in found, found
    assert any(name == "ZorbHalluBench" and role == "proposed" for name, _, role in found), found


def test_a_subtitle_of_models_types_the_name_before_the_colon(nlp):
    title = "ZorbLM-Vision: Vision-Language Models for Southeast Asian Languages"
    abstract = ("We build ZorbLM-Vision by continuing the pretraining of a SigLIP encoder on 12 "
                "million captioned images, followed by instruction tuning.")
    assert _types(nlp, title, abstract).get("ZorbLM-Vision") == "Model"
    title = "ZorbCast: Zero-Shot Time Series Forecasting with Tabular Models"
    assert _types(nlp, title, "ZorbCast forecasts well.").get("ZorbCast") != "Task"


def test_our_new_name_is_ours(nlp):
    found = _found(nlp, "It achieves a TEDS score of 91.3 on our new ZorbTab set of 3,000 "
                   "scanned pages.", roles=True)
    assert any(name == "ZorbTab" and role == "proposed" for name, _, role in found), found


# (id, title, abstract, name, type): a rule's case each; the abstracts are the authors' own.
TYPED_IN_CONTEXT = [
    ("split-of-a-corpus", "A study",  # a named split of a speech corpus is data
     "F5-Lite achieves a word error rate of 2.1% and a speaker similarity of 0.66 on "
     "LibriSpeech-PC test-clean, comparable to CosyVoice.", "LibriSpeech-PC test-clean", "Dataset"),
    ("improves-over", "A study",  # what a metric improves "over" is compared against
     "On the ZORB benchmark of eight sequential tasks, O-LoRA++ improves average accuracy over "
     "O-LoRA by 4.6 points.", "O-LoRA", "Method"),
    ("attaches-and-reaches", "SpecZorb: Tree-Based Speculative Decoding",  # what a method does
     "We introduce SpecZorb, which attaches lightweight draft heads to the target model's last "
     "hidden layer. On MT-Bench with Vicuna-7B, SpecZorb reaches speedups of 2.8x over greedy "
     "decoding.", "SpecZorb", "Method"),
    ("title-comparative",  # a title's comparative is no part of its task
     "Zorb-Bolt: Faster Probabilistic Time Series Forecasting with Patch Tokens",
     "Zorb-Bolt encodes patches of 16 observations.", "Probabilistic Time Series Forecasting",
     "Task"),
    ("bracketed-list", "A Survey on Evaluating Agents",  # a list closed by its bracket
     "We review 120 benchmarks, grouping them by the capability they test: planning (e.g., "
     "PlanBench, TravelPlanner), tool use (ToolBench, API-Bank), web navigation (WebArena, "
     "Mind2Web) and software engineering (SWE-bench).", "TravelPlanner", "Dataset"),
    ("named-objective", "A study",  # Title Case words before "objective" name a method
     "Our method adds a target margin to the Zorbley-Terry objective.",
     "Zorbley-Terry objective", "Method"),
    ("variant-list-mate", "A study",  # a list-mate of a known name's variant ("ZINC22")
     "We pretrain MolZorb on 100 million molecules from ZINC22 and ZorbChem with masked atom "
     "prediction.", "ZorbChem", "Dataset"),
    ("named-variant", "A study",  # a named variant of a known data set
     "ZorbSSM reaches 88.4% overall accuracy on the hardest ScanObjectNN variant, PB-T50-RS, "
     "with fewer FLOPs.", "PB-T50-RS", "Dataset"),
    ("list-mate-named-as-data", "A study",  # a list-mate of a name its ending makes data
     "We show that on multi-turn benchmarks built from ZMDU and ConvBench, pruning 75% of tokens "
     "costs up to 12 points of accuracy in later turns.", "ZMDU", "Dataset"),
    ("the-x-test-set", "A study",  # "the X test set" names data set X
     "On the Zorbcpop test set, it reaches a MOS of 4.12 against 3.87 for DiffSinger.",
     "Zorbcpop", "Dataset"),
    ("release-number", "A study",  # a known name's release number keeps its type
     "Our model improves inverse folding recovery on CATH 4.2 over ProteinMPNN.", "CATH 4.2",
     "Dataset"),
    ("method-subtitle",  # a subtitle of method words types the name before the colon
     "FedPrune: Communication-Efficient Federated Fine-Tuning via Client-Specific Sparsity",
     "We introduce FedPrune, which lets each client learn a binary mask over LoRA parameters.",
     "FedPrune", "Method"),
    ("model-of-a-method-subtitle",  # ... unless the name is a model's: one made by the method
     "ZorbViT: Fast Pretraining Distillation for Small Vision Transformers",
     "ZorbViT transfers knowledge from large models during pretraining.", "ZorbViT", "Model"),
    ("suite-of-counted-records", "A study",  # a counted suite of prompts is data
     "We introduce ZorbProbe, a suite of 300 prompts describing collisions and falling objects.",
     "ZorbProbe", "Dataset"),
    ("title-across",  # a title's capitalised "Across" links two things, as "across" would
     "ZorbNav: A Unified Policy for Vision-Language Navigation Across Embodiments",
     "ZorbNav runs on wheeled and legged robots.", "Vision-Language Navigation", "Task"),
    ("bracketed-after-task",  # names in brackets after a task are what it is done on
     "A study", "ZorbSSM sets new results on image super-resolution (Set5, Set14, Zurban100, "
     "Zanga109) and deblurring (GoPro), in terms of PSNR.", "Zanga109", "Dataset"),
    ("ends-in-known-data",  # a name ending in a known data set's is data made from it
     "A study", "ZorbMMLU-12 exposes gaps in African languages.", "ZorbMMLU-12", "Dataset"),
    ("kind-including",  # ", including" after a kind word lists things of that kind
     "A study", "It is trained on 1.5M masks from 45 public CT and MRI datasets, including "
     "TotalSegmentator, ZAMOS and BraTS.", "ZAMOS", "Dataset"),
    ("dice", "A study",  # Dice alone is the Dice coefficient
     "ZorbSAM achieves a mean Dice of 0.86 on 12 held-out organs.", "Dice", "Metric"),
    ("new-collection", "A study",  # what "a new test collection, X," names holds data
     "We evaluate four models on MIRACL and a new test collection, ZorbIR-40, of 12,000 queries "
     "in 40 languages.", "ZorbIR-40", "Dataset"),
    ("task-of-benchmark", "A study",  # "the ... task of X": a part of benchmark X
     "It improves Recall@1 on the table retrieval task of ZorbWikiTable by 9 points.",
     "ZorbWikiTable", "Dataset"),
    ("normalization", "A study",  # a network's normalization is a method
     "Sinks vanish in models trained with softmax attention followed by spectral-zorb "
     "normalization.", "spectral-zorb normalization", "Method"),
    ("proposed-activity", "A study",  # what a paper proposes is done: a method, no task
     "We propose counterfactual step editing: we edit one reasoning step and test whether the "
     "final answer changes.", "counterfactual step editing", "Method"),
    ("proposed-kind-of-known-task", "A study",  # ... but a kind of a known task is a task
     "We propose cross-lingual coreference resolution as a way of transferring information "
     "from a rich-resource language.", "cross-lingual coreference resolution", "Task"),
    ("paired-hyphenated-word", "A study",  # a Title Case compound paired with a data set
     "ZorbWriter outperforms DeepSeek-R1 on WritingBench and Zorba-Write, and human evaluators "
     "prefer its outputs.", "Zorba-Write", "Dataset"),
    ("versioned-list-item", "A study",  # a version between two list items keeps the list
     "We fit an Elo rating for 40 systems, including XTTS-v2, ZorbTTS 2 and F5-TTS.", "ZorbTTS",
     "Model"),
    ("score-on-name", "A study",  # a score reported "on" a name: data
     "ZorbGN achieves weighted F1 scores of 69.8 on IEMOCAP and 67.1 on MELD, outperforming "
     "DialogueGCN.", "MELD", "Dataset"),
    ("list-before-kind-lower-first", "A study",  # a list of names before a data head, the first
     "On the iSAID, LoveDA and DeepGlobe land cover benchmarks, GeoZorb improves mean "  # lower
     "intersection over union by 9.3 points.", "iSAID", "Dataset"),
    ("on-name-before-subject", "A study",  # "and on X it sets": a result reported on X
     "ZorbSign reaches BLEU-4 of 24.8 on PHOENIX-2014T, and on Zorb2Sign it sets a new state of "
     "the art.", "Zorb2Sign", "Dataset"),
    ("acronym-of-context-typed", "A study",  # an acronym takes the type its long form's context
     "On the DCASE 2024 separation task, ZorbSep improves the signal-to-distortion ratio "  # gives
     "improvement (SDRi) by 1.6 dB over AudioSep.", "SDRi", "Metric"),
    ("title-task-whole", "Universal Sound Separation with Language Queries",  # to its head word
     "We study language-queried audio source separation.", "Universal Sound Separation", "Task"),
    ("hours-of-material", "A study",  # "X, 1,800 hours of speech": recorded material is data
     "We release ZorbVox, 1,800 hours of emotional speech in 16 languages annotated for "
     "arousal and valence.", "ZorbVox", "Dataset"),
    ("listed-after-data-head", "A study",  # "the X dataset and Y": a list of data
     "We present ZorbVLA, a 3B-parameter VLA pretrained on 1M trajectories from 22 embodiments "
     "in the Open X-Embodiment dataset and DROID, using a shared action tokenizer.", "DROID",
     "Dataset"),
    ("data-built-from", "A study",  # what a benchmark is built from is data
     "We present ZorbRx, a benchmark built from DrugBank and TWOSIDES with inductive splits in "
     "which test drugs are unseen during training.", "TWOSIDES", "Dataset"),
    ("systems-including", "A study",  # "systems, including X and Y": methods
     "We benchmark four agentic systems, including STORM and AutoSurvey, built on GPT-4o and "
     "Claude 3.5 Sonnet.", "AutoSurvey", "Method"),
    ("an-objective", "A study",  # "X, a reference-free objective that ...": a method
     "We present ZorbPO, a reference-free objective that replaces the reference log-ratio with a "
     "length-normalised margin.", "ZorbPO", "Method"),
    ("changed-metric-on-words", "A study",  # "reduces the error on X": X is data, in any words
     "ZorbPot reduces the energy mean absolute error on Zorbench Discovery by 20% relative to "
     "MACE-MP-0.", "Zorbench Discovery", "Dataset"),
    ("bare-score-on-word", "A study",  # "92.5% on Nordland": a capitalised word a score is on
     "ZorbVPR reaches a Recall@1 of 92.5% on Nordland and 95.1% on MSLS-val, outperforming "
     "MixVPR.", "Nordland", "Dataset"),
    ("names-before-object-of-opening-on", "A study",  # "On the X and Y sequences, Z reduces"
     "On the ZORBSEC and QDSEC sequences, ZorbVO reduces the absolute trajectory error by 35% "
     "relative to the best previous event-based method.", "QDSEC", "Dataset"),
    ("first-name-before-object-of-opening-on", "A study",
     "On the ZORBSEC and QDSEC sequences, ZorbVO reduces the absolute trajectory error by 35% "
     "relative to the best previous event-based method.", "ZORBSEC", "Dataset"),
]


@pytest.mark.parametrize(("title", "abstract", "name", "kind"),
                         [case[1:] for case in TYPED_IN_CONTEXT],
                         ids=[case[0] for case in TYPED_IN_CONTEXT])
def test_a_name_is_typed_by_its_context(nlp, title, abstract, name, kind):
    types = _types(nlp, title, abstract)
    assert types.get(name) == kind, types


def test_a_topic_placed_before_the_title_colon_is_no_contribution(nlp):
    doc = nlp("Knowledge Editing at Scale: Editing Thousands of Facts in One Pass\n\nExisting "
              "editors such as ROME and MEMIT degrade when many facts are edited at once.")
    ours = [s.text for s in doc.spans["kg_concepts"] if s._.kg_role == "proposed"]
    assert not any("at Scale" in text for text in ours), ours


def test_an_acronym_in_brackets_after_a_task_is_no_data_set(nlp):
    types = _types(nlp, "A study", "We study biomedical named entity recognition (BioNER) in "
                   "clinical notes, where BioNER systems miss rare drug names.")
    assert types.get("BioNER") != "Dataset", types


def test_each_name_listed_after_yielding_is_ours(nlp):
    found = _found(nlp, "We translate MMLU, ARC-Challenge and HellaSwag into 12 languages, "
                   "yielding ZorbMMLU-12, ZorbARC-12 and ZorbHella-12.", roles=True)
    ours = {text for text, _, role in found if role == "proposed"}
    assert ours == {"ZorbMMLU-12", "ZorbARC-12", "ZorbHella-12"}, found


def test_what_we_distil_or_compile_and_name_is_ours(nlp):
    found = _found(nlp, "We distil a 1.5B PRM, ZorbPRM, from step labels on 400K solutions. "
                   "We compile ZorbBench, 95 hours of spontaneous speech from 52 first "
                   "languages.", roles=True)
    ours = {text for text, _, role in found if role == "proposed"}
    assert {"ZorbPRM", "ZorbBench"} <= ours, found


def test_a_proposed_modified_name_is_ours_not_the_name_it_builds_on(nlp):
    found = _found(nlp, "Physics-informed neural networks (PINNs) often fail on stiff problems. "
                   "We trace the failure to an imbalance of gradients and propose "
                   "gradient-balanced PINNs, which rescale each loss.", roles=True)
    ours = {text for text, _, role in found if role == "proposed"}
    assert ours == {"gradient-balanced PINNs"}, found


def test_a_kind_word_before_a_hyphenated_name_types_it(nlp):
    found = _found(nlp, "Building on MiniLLM, we adapt reverse-KL distillation to vision-language "
                   "models and call the resulting recipe VL-RKD. We distil LLaVA-NeXT-34B into "
                   "a 2B student.", roles=True)
    assert ("VL-RKD", "Method", "proposed") in {
        (concept_name(text), kind, role) for text, kind, role in found}, found


def test_a_presented_name_of_words_is_found_where_it_is_said_again(nlp):
    doc = nlp("We propose Attention Lens, a training-free probe. Attention Lens detects object "
              "hallucinations on the POPE and CHAIR benchmarks with an F1 score of 0.81.")
    texts = [s.text for s in doc.spans["kg_concepts"]]
    assert texts.count("Attention Lens") == 2 and "Attention" not in texts, texts
    assert not any("detects" in text for text in texts), texts  # a verb, whatever its tag


FOUND_IN_CONTEXT = [  # a text, and a mention it must have: text, type, role
    ("proposed-modifiers",  # a proposed name keeps the modifiers of its phrase
     "We propose early answer probing, which stops generation once a probe on hidden states "
     "predicts that the current answer is final.", ("early answer probing", "Method", "proposed")),
    ("our-sized-model",  # "Our 300M model, X,": the tokenizer splits the size
     "We train transformers to imitate search traces. Our 300M model, ZorbFormer-S, solves "
     "93.7% of unseen Sokoban puzzles.", ("ZorbFormer-S", "Model", "proposed")),
    ("which-we-call",  # what we name after a relative pronoun is ours
     "Even GPT-4o answers only 52% of route questions correctly. A simple fix, which we call "
     "grid prompting, overlays a coordinate grid on the map.",
     ("grid prompting", "Method", "proposed")),
    ("ours-in-apposition",  # "X, our tool-augmented agent,": ours
     "Frontier models solve at most 46% of tasks, and SheetAgent, our tool-augmented agent, "
     "raises this to 58% by inspecting cell values.", ("SheetAgent", "Method", "proposed")),
    ("we-generate-described",  # "We generate X, 60K synthetic dialogues": ours
     "We generate ToolSyn, 60K synthetic tool-use dialogues covering 2,000 APIs, and fine-tune "
     "Phi-3-mini on it.", ("ToolSyn", "Dataset", "proposed")),
    ("known-name-past-a-vague-word",  # the NER's "plain chain-of-thought" stops inside it
     "On WikiTableQuestions, GPT-4o with plain chain-of-thought prompting matches ZorbTable "
     "while using 60% fewer tokens.", ("chain-of-thought prompting", "Method", "used")),
    ("language-pair-after-data",  # "X En-De": the data set X, in a language pair
     "Extensive experiments on MuST-C En-De and CoVoST 2 show that the model matches a "
     "Conformer baseline in BLEU.", ("MuST-C", "Dataset", "used")),
    ("described-module",  # "X, a plug-and-play module": a method
     "Building on this, we propose TOCSIN, a plug-and-play module that measures token "
     "cohesiveness. Across four datasets, including XSum and WritingPrompts, TOCSIN improves "
     "the AUROC of every detector it is added to.", ("TOCSIN", "Method", "proposed")),
    ("own-head-over-description",  # a network, whatever the description after it says
     "We propose the gated relational network, a module that reasons over pairs of objects.",
     ("gated relational network", "Model", "used")),
    ("list-before-kind-word-tagged-proper-noun",  # "the X and Y corpora/NNP": data sets
     "Pretraining 1.3B-parameter models on the mC4 and CulturaX corpora, our curriculum "
     "lowers the average perplexity on 40 low-resource languages by 11%.",
     ("mC4", "Dataset", "used")),
    ("activity-task",  # "the X task": the activity X is the task
     "We train ZorbPlan on Ego4D and evaluate it on the long-term action anticipation task of "
     "Ego4D.", ("long-term action anticipation", "Task", "used")),
    ("kind-word-tagged-proper-noun",  # "corpus/NNP, X,": what the kind word says
     "We also release a 500-hour noisy speech corpus, ZorbCall-500, recorded over telephone "
     "lines.", ("ZorbCall-500", "Dataset", "proposed")),
    ("title-task-after-on",  # what a title's subject is evaluated on is its task
     "Benchmarking Language Models on Spreadsheet Manipulation\n\nSpreadsheets are everywhere, "
     "yet agents are rarely evaluated on them.", ("Spreadsheet Manipulation", "Task", "used")),
]


@pytest.mark.parametrize(("text", "mention"), [case[1:] for case in FOUND_IN_CONTEXT],
                         ids=[case[0] for case in FOUND_IN_CONTEXT])
def test_a_mention_is_found_typed_and_placed_by_its_context(nlp, text, mention):
    found = _found(nlp, text, roles=True)
    assert mention in found, found


BOUNDED_IN_CONTEXT = [  # a text, a name it must have (or None), a word no name may hold
    ("comparing-verb",  # the tagger may read "outperform" as a noun of one name
     "Models pretrained with ZorbBPE on the human reference genome GRCh38 outperform "
     "Nucleotide Transformer and DNABERT-2 on GUE.", "Nucleotide Transformer", "outperform"),
    ("degree", "The best model answers 64% of questions, while the average chemistry PhD "
     "student answers 71%.", None, "PhD"),
    ("study-gerund-before-known-task", "Lost in Transcription: Evaluating Speech Recognition on "
     "Accented English\n\nWe study it.", "Speech Recognition", "Evaluating"),
    ("benchmarking-gerund", "Benchmarking Tool Retrieval for Large Language Model Agents\n\n"
     "Agents with thousands of tools must first retrieve the right ones.", "Tool Retrieval",
     "Benchmarking"),
    ("whole-hyphenated-word",  # not "-T text alignment"
     "On DreamBench, SubjectMix improves CLIP-T text alignment while keeping DINO subject "
     "fidelity.", "CLIP-T text alignment", None),
    ("measure-before-head-word",  # not "km resolution"
     "We introduce ZorbCast, a graph network that forecasts surface variables at 2 km "
     "resolution.", None, "resolution"),
    ("unit-read-as-proper-noun",  # the tagger reads "m" as a proper noun: not "m resolution"
     "Our surrogate predicts inundation depth maps at 30 m resolution in under a second.",
     None, "resolution"),
    ("coordinated-training-verb",  # the parser reads "fine-tunes" as a compound noun
     "ZetaTune is a recipe that converts statutes into instruction-response pairs and "
     "fine-tunes mT5-XL and BLOOMZ-7B with LoRA.", "mT5-XL", "tunes"),
    ("sentence-opening-domain-adjective",  # which the trained NER leaves out
     "Legal text classification in low-resource languages lacks labelled data.",
     "Legal text classification", None),
    ("sentence-opening-judgement",
     "Reliable uncertainty estimation in low-resource languages lacks labelled data.",
     None, "Reliable"),
    ("result-verb-read-as-noun",  # the tagger reads "lifts" as a plural noun
     "With Qwen2-VL-7B, VeriScale lifts accuracy on MathVista from 58.2% to 64.9% and on "
     "MMMU from 54.1% to 57.3%.",
     "accuracy", "lifts"),
    ("task-judged-one-word",  # one word a judgement qualifies names no task
     "The grammar can be adjusted to the specific translation task at hand.", None,
     "translation"),
    ("task-cut-word",  # nor the rest of a word a tokenizer split at spaced hyphens
     "For the three - way classification task on the ZD corpus , we train two baselines .",
     None, "way classification"),
]


@pytest.mark.parametrize(("text", "kept", "left_out"), [case[1:] for case in BOUNDED_IN_CONTEXT],
                         ids=[case[0] for case in BOUNDED_IN_CONTEXT])
def test_a_name_ends_where_its_context_says(nlp, text, kept, left_out):
    found = {name for name, _ in _found(nlp, text)}
    assert kept is None or kept in found, found
    assert left_out is None or not any(left_out in name for name in found), found
