"""Resolve: variants and acronyms merge within a paper; across papers, meanings stay apart."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import Entry, index
from kg.model import Mention
from kg.resolve import Resolver, concept_name, edge_type, paper_concepts


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



def test_concept_names_drop_citations_and_head_words_after_names():
    assert concept_name("One Billion Word (Chelba et al., 2014) dataset") == "One Billion Word"
    assert concept_name("TruthfulQA dataset") == "TruthfulQA"
    assert concept_name("Llama 2 models") == "Llama 2"
    # a size before a capitalised word is a model's ("540B PaLM"), unless a known name has it
    known = {"1bword"}
    assert concept_name("540B PaLM", known) == "PaLM"
    assert concept_name("1B Word dataset", known) == "1B Word"
    # "named" of a known name is no naming word; "loss function" names a loss
    assert concept_name("named entity recognition", {"namedentityrecognition"}) == (
        "named entity recognition")
    assert concept_name("a method named FooNet") == "FooNet"
    assert concept_name("repulsive loss function") == "repulsive loss"
    assert concept_name("word level perplexity") == "perplexity"
    assert concept_name("character level language modelling") == (
        "character level language modelling")
    assert concept_name("AFLW database") == "AFLW" and concept_name("GEC system") == "GEC"
    assert concept_name("Res2Net block") == "Res2Net"
    assert concept_name("ISBI challenge") == "ISBI"
    assert concept_name("Amazon Picking Challenge") == "Amazon Picking Challenge"
    assert concept_name("Channel Attention Block") == "Channel Attention Block"
    assert concept_name("novel and sparse attention") == "sparse attention"
    # a level before a metric measures the metric; before a method it names the method
    assert concept_name("sentence-level BLEU", {"bleu"}) == "BLEU"
    assert concept_name("sequence-level knowledge distillation") == (
        "sequence-level knowledge distillation")
    # a field said with a word for its problems is the (generic) field
    assert concept_name("Computer Vision problem") == "Computer Vision"
    assert concept_name("inverse problems") == "inverse problems"
    assert concept_name("LLMAuditor framework") == "LLMAuditor"
    assert concept_name("word language modeling task") == "word language modeling"
    # a common phrase keeps its head: the head is what it names
    assert concept_name("diffusion models") == "diffusion models"
    assert concept_name("open-ended tasks") == "open-ended tasks"
    assert concept_name("7B model") == "7B model"


def test_name_variants_with_a_head_word_are_one_concept():
    mentions = [_m("TruthfulQA dataset", "Dataset"), _m("TruthfulQA", "Dataset")]
    concepts = paper_concepts(mentions, [])
    assert [(c.name, c.count) for c in concepts] == [("TruthfulQA", 2)]
    # the spelling with the head word is kept, as others write the name that way too; a listing
    # plural and a metric's "loss" (a drop in it) are no spellings of a name
    assert concepts[0].aliases == ["TruthfulQA dataset"]
    concepts = paper_concepts([_m("the MANAGER module"), _m("the GLUE tasks", "Dataset"),
                               _m("a dense training scheme", role="proposed")], [])
    assert [(c.name, c.aliases) for c in concepts] == [
        ("MANAGER", ["MANAGER module"]), ("GLUE", []),
        ("dense training", ["dense training scheme"])]
    known = index([Entry("accuracy", "Metric")])
    concepts = paper_concepts([_m("accuracy loss", "Metric"), _m("accuracy", "Metric")], [], known)
    assert [(c.name, c.aliases) for c in concepts] == [("accuracy", [])]
    known = index([Entry("mean squared error", "Metric", ("MSE", "mean square error"))])
    concepts = paper_concepts([_m("mean square error loss"), _m("accuracy loss", "Metric")], [],
                              known)  # but an error's loss is a loss function
    assert [(c.name, c.type) for c in concepts] == [("mean square error loss", "Method"),
                                                    ("accuracy loss", "Metric")], concepts


def _abstract(text, kind="Method", role="used", start=100, sentence=None):
    return Mention(text=text, type=kind, start=start, end=start + len(text),
                   sentence=sentence or f"We study {text} here.", role=role)


def test_salient_concepts_are_names_proposals_or_specific_repeated_phrases():
    mentions = [
        _abstract("GSM8K", "Dataset"),                       # name-shaped
        _abstract("Meena", "Model", start=110),              # a capital mid-sentence
        _abstract("Kling", "Model", start=115),              # a name, though it ends in -ing
        _abstract("Clustering", start=117),                  # a step, capitalised
        _abstract("hierarchical softmax", start=120),         # a specific head word
        _abstract("filtering mechanism", start=140),          # once, vague head: not salient
        _abstract("real-world applications", "Task", start=160),
        _abstract("data selection", "Task", start=180),       # repeated: salient
        _abstract("data selection", "Task", start=200),
        _abstract("uncertainty awareness", "Task", role="proposed", start=220),  # proposed
        _m("Galaxy Foundation Models", start=0),             # only in the title: not salient
        _m("Hybrid Contrastive Learning", start=25),         # ... unless its head is specific
        _abstract("Perplexity", "Metric", start=240, sentence="Perplexity falls."),  # capital
        _m("Temperature Scaling", start=30),                 # in the title and once in the
        _abstract("temperature scaling", start=260),          # abstract: salient
        _m("Robustness", start=40),                          # ... if more than a word
        _abstract("robustness", "Metric", start=280),
    ]                                                         # at a sentence start only
    concepts = paper_concepts(mentions, [], title_end=50)
    salient = {c.name: c.salient for c in concepts}
    assert salient == {
        "GSM8K": True, "Meena": True, "Kling": True, "Clustering": False,
        "hierarchical softmax": True,
        "filtering mechanism": False, "applications": False,  # "real-world" is vague
        "data selection": True, "uncertainty awareness": True,
        "Galaxy Foundation Models": False, "Hybrid Contrastive Learning": True,
        "Perplexity": False, "Temperature Scaling": True, "Robustness": False,
    }
    known = index([Entry("perplexity", "Metric"), Entry("foundation models", "Model"),
                   Entry("galaxy foundation models", "Model")])
    again = paper_concepts(mentions, [], known, title_end=50)
    assert {c.name for c in again if c.salient} == {n for n, s in salient.items() if s} | {
        "Perplexity", "Galaxy Foundation Models"}  # names the word lists know, in the title too


def test_a_phrase_only_the_trained_model_finds_is_salient_when_said_twice():
    def guessed(text, start, **kwargs):
        return replace(_abstract(text, start=start, **kwargs), guessed=True)

    mentions = [guessed("hierarchical softmax", 100),     # once: the model's guess alone
                _abstract("bisimulation loss", start=130),  # a rule found it: salient once
                guessed("uniform sampling", 160), guessed("uniform sampling", 190),  # twice
                guessed("gated memory", 220, role="proposed"),  # the paper's own
                guessed("Diversion", 250, sentence="We study Diversion here.")]  # a name
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    assert found == {"hierarchical softmax": False, "bisimulation loss": True,
                     "uniform sampling": True, "gated memory": True, "Diversion": True}


def test_two_word_learning_phrases_said_once_are_not_specific_enough():
    mentions = [_abstract("motion learning", start=100),  # vague, once: not listed
                _abstract("advantage-weighted reinforcement learning", start=140)]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    assert found == {"motion learning": False,
                     "advantage-weighted reinforcement learning": True}


def test_a_two_letter_name_needs_the_abstract_to_repeat_it():
    mentions = [_abstract("KL", start=100), _abstract("RM", "Model", start=120),
                _abstract("RM", "Model", start=160)]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    assert found == {"KL": False, "RM": True}


def test_a_list_items_first_capital_is_no_name_unless_it_heads_the_item():
    mentions = [_abstract("Generalize", start=100,
                          sentence="MIR is 2) Robust to data. 3) Generalize across models."),
                _abstract("Active pretraining", start=140,
                          sentence="It has 1) Active pretraining: it picks spans.")]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    assert found == {"Generalize": False, "Active pretraining": True}


def test_an_activity_on_a_kind_of_model_is_a_task_even_said_once():
    mentions = [_abstract("LLM unlearning", "Task", start=100),
                _abstract("LLM community", "Task", start=140),
                _abstract("AI development", "Task", start=180)]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    # "LLM community" is the LLM community: the generic LLM
    assert found == {"LLM unlearning": True, "LLM": False, "AI development": False}


def test_a_word_the_text_calls_a_task_is_one_even_said_once():
    mentions = [_abstract("decontextualization task", "Task", start=100),
                _abstract("vision tasks", "Task", start=140),  # a plural lists, broadly
                _abstract("summarization", "Task", start=180)]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    assert found == {"decontextualization": True, "vision": False, "summarization": False}


def test_an_adjective_made_of_a_persons_name_does_not_make_a_name():
    mentions = [_abstract("Bayesian deep-ensemble approach", start=100),
                _abstract("Gaussian", "Model", start=140),
                _abstract("Progressive Query Attention", start=160)]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    assert found == {"Bayesian deep-ensemble approach": False, "Gaussian": False,
                     "Progressive Query Attention": True}


def test_a_lower_case_word_is_not_a_name_known_only_in_capitals():
    known = index([Entry("MATH", "Dataset", ("MATH dataset",))])
    mentions = [_abstract("math", start=100), _abstract("math tutor", start=120),
                _abstract("MATH", "Dataset", start=140)]
    found = [(c.name, c.type) for c in paper_concepts(mentions, [], known, title_end=50)]
    assert found == [("math tutor", "Method"), ("MATH", "Dataset")]


def test_names_sizes_variants_activities_and_bare_heads():
    assert concept_name("540B PaLM") == "PaLM" and concept_name("T1 variant") == "T1"
    assert concept_name('filter normalization" method') == "filter normalization"  # quoted
    assert concept_name("PINN scenarios") == "PINN"
    assert concept_name("PPO baselines") == "PPO" and concept_name("LBL strategy") == "LBL"
    # a capital that only starts a sentence makes no name of an adjective or a participle
    assert concept_name("Chinchilla language models") == "Chinchilla"
    assert concept_name("Masked language models") == "Masked language models"
    assert concept_name("Generative language models") == "Generative language models"
    assert concept_name("e.g task loss") == "task loss"  # an example marker without its dot
    assert concept_name("phenomenon termed model collapse") == "model collapse"
    assert concept_name("MoCo-based implementation") == "MoCo"  # a use of MoCo
    known = {"tesseract", "qlearning", "quantization"}  # a known capitalised word too, but not
    assert concept_name("Tesseract-based pipelines", known) == "Tesseract"  # a lower-case one
    assert concept_name("Q-learning-style update", known) == "Q-learning"
    assert concept_name("quantization-aware training", known) == "quantization-aware training"
    assert concept_name("RSD-generated reasoning") == "RSD"  # what RSD made
    assert concept_name("SNIPER-trained") == "SNIPER"  # a model trained the SNIPER way
    assert concept_name('squentropy" loss') == "squentropy loss"  # quotes are no part
    assert concept_name("False Head Rate metric") == "False Head Rate"
    assert concept_name("VLM-based RMs") == "VLM-based RMs"  # a kind of RMs
    (task,) = paper_concepts([_abstract("language modeling benchmarks", "Dataset")], [],
                             title_end=50)
    assert (task.name, task.type) == ("language modeling", "Task")
    concepts = paper_concepts([_abstract("generation", "Task", start=100),
                               _abstract("generation", "Task", start=150),
                               _abstract("LLM-generated letters", start=200)], [], title_end=50)
    assert {c.name: c.salient for c in concepts} == {"generation": False, "LLM": False}


def test_uses_of_a_name_and_stray_punctuation_name_the_name():
    assert concept_name("LLaMA-based") == "LLaMA" and concept_name("ELECTRA-style models") == (
        "ELECTRA")
    assert concept_name("PEFT based models") == "PEFT"
    assert concept_name("training-free") == "training-free"  # no name before the suffix
    assert concept_name("/few-shot generalization") == "few-shot generalization"


def test_followers_known_stems_and_losses_of_named_methods():
    assert concept_name("Transformer-based architectures") == "Transformer"
    assert concept_name("the objective mismatch issue") == "objective mismatch"
    assert concept_name("the classification problem") == "classification"
    assert concept_name("inverse problems") == "inverse problems"
    assert concept_name("open Open-R1") == "Open-R1" and concept_name("DPO training") == "DPO"
    assert concept_name("Transformer backbone") == "Transformer backbone"  # unknown word
    known = index([Entry("Transformer", "Model")])
    assert concept_name("Transformer backbone", known) == "Transformer"
    concepts = paper_concepts([_m("DPA"), _m("DPA losses"), _m("reconstruction loss")], [])
    assert [(c.name, c.count) for c in concepts] == [("DPA", 2), ("reconstruction loss", 1)]
    concepts = paper_concepts([_m("Direct Preference Alignment", start=0),
                               _m("direct preference alignment algorithms", start=40),
                               _m("DPA", start=80)],
                              [("direct preference alignment algorithms", "DPA")])
    assert len(concepts) == 1


def test_a_mention_opening_with_a_known_name_is_about_it():
    known = index([Entry("data augmentation", "Method"), Entry("mAP", "Metric"),
                   Entry("image classification", "Task"), Entry("GPT-4o", "Model")])
    mentions = [_m("data augmentation techniques"), _m("robust data augmentation agent", "Model"),
                _m("mAP scores", "Metric"), _m("image classification accuracy", "Metric"),
                _m("GPT-4o mini", "Model")]
    names = {c.name: c.type for c in paper_concepts(mentions, [], known)}
    assert names == {"data augmentation": "Method", "mAP": "Metric",
                     "image classification accuracy": "Metric", "GPT-4o mini": "Model"}
    known = index([Entry("FlashAttention", "Method")])
    found = paper_concepts([_m("FlashAttention implementation", role="proposed")], [], known)
    assert [(c.name, c.role) for c in found] == [("FlashAttention", "used")]  # built on it
    # a known lower-case method before an action of its own is a new kind of that action;
    # before a step every method goes through, still the known method
    known = index([Entry("distribution matching", "Method"), Entry("LoRA", "Method")])
    found = paper_concepts([_m("distribution matching distillation", start=0),
                            _m("distribution matching training", start=40),
                            _m("LoRA quantization", start=80)], [], known)
    assert [c.name for c in found] == ["distribution matching distillation",
                                       "distribution matching", "LoRA"]


def test_names_of_one_known_entry_are_one_concept():
    known = index([Entry("deep reinforcement learning", "Method", ("deep RL",))])
    (concept,) = paper_concepts([_abstract("deep RL", start=100),
                                 _abstract("deep reinforcement learning", start=150)], [], known,
                                title_end=50)
    assert (concept.name, concept.aliases) == ("deep reinforcement learning", ["deep RL"])
    (alone,) = paper_concepts([_abstract("deep RL", start=100)], [], known, title_end=50)
    assert (alone.name, alone.aliases) == ("deep RL", ["deep reinforcement learning"])


def test_broad_names_are_salient_only_when_the_abstract_repeats_them():
    known = index([Entry("fine-tuning", "Method")])
    once = paper_concepts([_abstract("fine-tuning", start=100)], [], known, title_end=50)
    twice = paper_concepts([_abstract("fine-tuning", start=100),
                            _abstract("finetuning", start=150)], [], known, title_end=50)
    assert [c.salient for c in once] == [False] and [c.salient for c in twice] == [True]
    known = index([Entry("retrieval", "Task"), Entry("self-attention", "Method")])
    once = paper_concepts([_abstract("retrieval", start=100),
                           _abstract("self-attention", start=150)], [], known, title_end=50)
    assert [(c.name, c.salient) for c in once] == [("retrieval", False), ("self-attention", True)]


def test_metric_changes_known_stop_word_names_and_title_capitals():
    known = index([Entry("accuracy", "Metric"), Entry("back-translation", "Method",
                                                      ("back translation",))])
    mentions = [_m("accuracy loss", "Method"), _m("back translation"),
                _m("Efficient Dataset Distillation"), _m("accuracy filtering", start=40)]
    names = {c.name: c.type for c in paper_concepts(mentions, [], known)}
    assert names == {"accuracy": "Metric", "back translation": "Method",
                     "Dataset Distillation": "Method", "accuracy filtering": "Method"}
    # (a method that filters by the metric, not the metric)
    # capitals name a phrase in an abstract, not in a title, which capitalises every word
    assert concept_name("Synthetic Data Training") == "Synthetic Data"
    assert concept_name("Synthetic Data Training", title=True) == "Synthetic Data Training"


def test_known_names_keep_their_type_before_words_they_drop():
    known = index([Entry("MNIST", "Dataset"), Entry("continual learning", "Task"),
                   Entry("video generation", "Task")])
    mentions = [_m("the MNIST task", "Task"), _m("continual learning mechanisms", "Method"),
                _m("Fast Model Editing", "Task"), _m("video generation models", "Model")]
    names = {c.name: c.type for c in paper_concepts(mentions, [], known)}
    assert names == {"MNIST": "Dataset", "continual learning": "Task", "Model Editing": "Task",
                     "video generation": "Task"}


def test_praise_before_a_generic_word_names_nothing():
    mentions = [_m(text, start=10 * i) for i, text in enumerate(
        ["judicious sampling", "noticeable loss", "smaller models", "robust decoding"])]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=0)}
    assert found == {"sampling": False, "loss": False, "models": False, "decoding": False}
    assert concept_name("Large-scale Language Models") == "Language Models"  # generic then
    assert concept_name("Large Multimodal Models") == "Large Multimodal Models"


def test_a_known_name_keeps_its_last_words():
    known = index([Entry("ZNN", "Model", ("zorb neural networks",))])
    assert concept_name("Zorb neural networks", known) == "Zorb neural networks"
    assert concept_name("Zorb neural networks") == "Zorb"  # unknown: a capitalised name


def test_a_description_before_a_name_is_no_part_of_it():
    assert concept_name("real-time detector ZOLOv3") == "ZOLOv3"
    assert concept_name("detector Quick R-CNN") == "Quick R-CNN"
    assert concept_name("reasoning model Quokka-R1") == "Quokka-R1"
    assert concept_name("model Mixture-of-Experts") == "model Mixture-of-Experts"  # no name


def test_an_organisation_goes_unless_only_plain_words_would_stay():
    assert concept_name("DeepMind Mathematics dataset") == "DeepMind Mathematics"
    assert concept_name("Google Visual Rodent Suite") == "Google Visual Rodent"
    assert concept_name("Google Rodent-7B model") == "Rodent-7B"
    assert concept_name("OpenAI GPT-4 model") == "GPT-4"
    assert concept_name("Matrix Geometric Resampling procedure") == "Matrix Geometric Resampling"
    assert concept_name("Curr-ReFT paradigm") == "Curr-ReFT"
    title = [_m("Improved Techniques", role="proposed")]  # praise before a generic word
    assert [(c.name, c.salient) for c in paper_concepts(title, [], {}, title_end=100)] == [
        ("Techniques", False)]


def test_a_proposed_acronyms_long_form_keeps_the_words_that_make_it_new():
    known = index([Entry("LSTM", "Model")])
    mentions = [_m("multiplicative LSTM", "Model", role="proposed"),
                _m("mLSTM", "Model", start=30, role="proposed"), _m("LSTM", "Model", start=60)]
    concepts = paper_concepts(mentions, [("multiplicative LSTM", "mLSTM")], known)
    assert [(c.name, c.role) for c in concepts] == [("multiplicative LSTM", "proposed"),
                                                    ("LSTM", "used")], concepts


def test_whose_or_how_pooled_is_no_part_of_a_metric():
    mentions = [_m("model accuracy", "Metric"), _m("model editing", "Task", start=50),
                _m("average explanation accuracy", "Metric", start=20),
                _m("validation perplexity", "Metric", start=80)]
    assert [c.name for c in paper_concepts(mentions, [])] == [
        "accuracy", "model editing", "explanation accuracy", "perplexity"]
    assert [c.name for c in paper_concepts([_m("pass@N accuracy", "Metric")], [])] == ["pass@N"]
    pooled = paper_concepts([_m("average square loss", role="proposed"),
                             _m("square loss", start=60)], [])
    assert [(c.name, c.role) for c in pooled] == [("square loss", "used")]
    known = index([Entry("expected calibration error", "Metric")])  # a name of its own
    assert [c.name for c in paper_concepts([_m("expected calibration error", "Metric")], [],
                                           known)] == ["expected calibration error"]


def test_names_joined_by_and_or_of_are_listed_only_when_known():
    known = index([Entry("loss of plasticity", "Task")])
    mentions = [_abstract("guardrails vs. finetuning", start=50),
                _abstract("knowledge tracing and personalized learning", start=100),
                _abstract("knowledge tracing and personalized learning", start=200),
                _abstract("Perturbation Analysis of Neural Collapse", start=300),
                _abstract("loss of plasticity", start=400)]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], known, title_end=50)}
    assert found == {"guardrails vs. finetuning": False,
                     "knowledge tracing and personalized learning": False,
                     "Perturbation Analysis of Neural Collapse": False, "loss of plasticity": True}


def test_a_known_data_set_and_metric_are_two_concepts():
    known = index([Entry("WikiText", "Dataset"), Entry("MATH", "Dataset"),
                   Entry("perplexity", "Metric"), Entry("accuracy", "Metric")])
    mentions = [_m("WikiText perplexity", "Metric"), _m("math accuracy", "Metric", start=40)]
    found = [(c.name, c.type) for c in paper_concepts(mentions, [], known)]
    assert found == [("WikiText", "Dataset"), ("perplexity", "Metric"),
                     ("math accuracy", "Metric")]  # lower-case "math" names no data set
    found = paper_concepts([_m("MATH score", "Metric")], [], known)
    assert [(c.name, c.type) for c in found] == [("MATH", "Dataset")]
    assert concept_name("Qwen2.5-7B base model") == "Qwen2.5-7B"
    assert concept_name("Llama-3 8B Base") == "Llama-3 8B Base"
    known = index([Entry("MS COCO", "Dataset"), Entry("object detection", "Task"),
                   Entry("recurrent neural network", "Model")])
    found = paper_concepts([_m("MS COCO object detection", "Task")], [], known)
    assert [(c.name, c.type) for c in found] == [("MS COCO", "Dataset"),
                                                 ("object detection", "Task")]
    # a known data set before a task phrase of its own (a task head word) is two concepts
    found = paper_concepts([_m("TIMIT phoneme recognition", "Task")], [],
                           index([Entry("TIMIT", "Dataset")]))
    assert [(c.name, c.type) for c in found] == [("TIMIT", "Dataset"),
                                                 ("phoneme recognition", "Task")]
    # ... whatever the case of its words, after an edition number; before a count, the data
    # alone; a data set's edition alone and Title Case words after the data stay whole
    known = index([Entry("nuScenes", "Dataset"), Entry("WMT", "Dataset"),
                   Entry("CoNLL-2014", "Dataset"), Entry("PASCAL VOC", "Dataset"),
                   Entry("TREC", "Dataset")])
    for text, expected in [
            ("nuScenes LiDAR segmentation", [("nuScenes", "Dataset"),
                                             ("LiDAR segmentation", "Task")]),
            ("WMT 15 translation", [("WMT 15", "Dataset"), ("translation", "Task")]),
            ("CoNLL-2014 10 annotation", [("CoNLL-2014", "Dataset")]),
            ("PASCAL VOC 2012", [("PASCAL VOC 2012", "Task")]),
            ("TREC Deep Learning", [("TREC Deep Learning", "Task")])]:
        found = paper_concepts([_m(text, "Task")], [], known)
        assert [(c.name, c.type) for c in found] == expected, text
    # a long form its acronym defines is a name, not the known name it opens with
    mentions = [_m("Recurrent neural network grammars", "Model"), _m("RNNG", "Model", start=40)]
    found = paper_concepts(mentions, [("Recurrent neural network grammars", "RNNG")], known)
    assert [(c.name, c.aliases) for c in found] == [
        ("Recurrent neural network grammars", ["RNNG"])], found


def test_a_capitalised_step_word_alone_is_no_name():
    sentence = "We propose CRaSh, involving Clustering, Removing, and Sharing."
    mentions = [_abstract("Removing", "Task", start=100, sentence=sentence),
                _abstract("Meena", "Model", start=200, sentence="We present Meena.")]
    found = {c.name: c.salient for c in paper_concepts(mentions, [], {}, title_end=50)}
    assert found == {"Removing": False, "Meena": True}


def test_evaluative_modifiers_are_no_part_of_a_concepts_name():
    mentions = [_m("hand-engineered bigram classifier"), _m("feasible surrogate loss", start=40),
                _m("catastrophic interference", kind="Task", start=80),
                _m("training-free adapter retrieval", start=120),
                _m("lightweight plug-and-play memory module", start=160),
                _m("inaccurate categorical sampling", start=200),
                _m("large scale language modeling", kind="Task", start=240),
                _m("state of the art image classifiers", start=280)]
    concepts = paper_concepts(mentions, [], index([Entry("catastrophic interference", "Task")]))
    assert [c.name for c in concepts] == ["bigram classifier", "surrogate loss",
                                          "catastrophic interference",  # a known name stays
                                          "adapter retrieval", "memory module",
                                          "categorical sampling",
                                          "language modeling",  # "large-scale", spaced
                                          "image classifiers"]


def test_a_vague_word_that_qualifies_the_next_noun_stays_and_vanilla_goes():
    mentions = [_m("low resource speech recognition", kind="Task"),
                _m("vanilla Transformers", kind="Model", start=40),
                _m("multilingual CNNs", kind="Model", role="proposed", start=80),
                _m("fine-tuned Llama-3", kind="Model", start=120)]
    known = index([Entry("Transformer", "Model"), Entry("CNN", "Model", ("CNNs",))])
    concepts = paper_concepts(mentions, [], known)
    assert [(c.name, c.role) for c in concepts] == [
        ("low resource speech recognition", "used"), ("Transformers", "used"),
        ("multilingual CNNs", "proposed"),  # the paper's own kind of CNN, not CNN
        ("Llama-3", "used")]


def test_a_typeset_apostrophe_is_the_same_name():
    from kg.extract.lexicon import name_key
    assert name_key("Hub5’00") == name_key("Hub5'00")


def test_a_component_word_after_a_name_is_no_part_of_it():
    assert concept_name("RPN component") == "RPN"
    assert concept_name("SE modules") == "SE"


def test_a_known_model_named_with_the_data_set_it_won_on_is_the_model():
    known = index([Entry("VGG", "Model"), Entry("ImageNet", "Dataset")])
    concepts = paper_concepts([_m("VGG Imagenet 2014 architecture", kind="Model")], [], known)
    assert [(c.name, c.type) for c in concepts] == [("VGG", "Model")]


def test_a_remark_in_brackets_is_no_part_of_a_name_and_long_forms_keep_their_head():
    assert concept_name("ICDAR 2015 Incidental (Challenge 4) benchmark") == (
        "ICDAR 2015 Incidental")
    mentions = [_m("gradient harmonizing mechanism", role="proposed"),
                _m("GHM", role="proposed", start=40)]
    concepts = paper_concepts(mentions, [("gradient harmonizing mechanism", "GHM")], {})
    assert [(c.name, c.aliases) for c in concepts] == [
        ("gradient harmonizing mechanism", ["GHM"])], concepts  # one concept, its M kept


def test_a_name_with_followers_is_the_name_the_paper_also_uses_alone():
    concepts = paper_concepts([_m("Globally Pooled Ranking Networks", start=0),
                               _m("globally pooled ranking network model", start=40),
                               _m("vision", start=90), _m("vision backbones", start=100)], [])
    assert [(c.name, c.count) for c in concepts][0][1] == 2
    assert len(concepts) == 3  # "vision" alone is too short to stand for "vision backbones"


def test_a_years_edition_is_the_data_set_the_paper_also_names_bare():
    concepts = paper_concepts([_m("ZEBRA", "Dataset", start=0),
                               _m("ZEBRA 2016", "Dataset", start=20),
                               _m("KOALA-2014", "Dataset", start=40),
                               _m("PANDA2012", "Dataset", start=60)], [])
    assert [(c.name, sorted(c.aliases), c.count) for c in concepts] == [
        ("ZEBRA", ["ZEBRA 2016"], 2),  # one data set, its edition an alias
        ("KOALA-2014", [], 1),  # no bare name beside it: the edition is the name
        ("PANDA2012", [], 1)]


def test_a_title_phrase_and_the_abstracts_name_it_varies_are_one_concept():
    title = "Towards Real-Time Object Detection"
    mentions = [_m("Real-Time Object Detection", "Task", start=8),
                _abstract("object detection", "Task", start=60),
                _abstract("object detection", "Task", start=90)]
    concepts = paper_concepts(mentions, [], title_end=len(title))
    assert [(c.name, c.aliases, c.count, c.salient) for c in concepts] == [
        ("object detection", ["Real-Time Object Detection"], 3, True)]
    # a longer phrase the title proposes is the paper's own variant of the abstract's name
    mentions = [_m("Deep Pyramidal Residual Networks", "Model", role="proposed"),
                _abstract("residual networks", "Model", start=60)]
    concepts = paper_concepts(mentions, [], title_end=40)
    assert [(c.name, c.role) for c in concepts] == [
        ("Deep Pyramidal Residual Networks", "proposed"), ("residual networks", "used")]
    # a known longer name is a name whole, no variant
    known = index([Entry("Zebra-Level Knowledge Distillation", "Method")])
    mentions = [_m("Zebra-Level Knowledge Distillation", "Method"),
                _abstract("knowledge distillation", "Method", start=60)]
    concepts = paper_concepts(mentions, [], known, title_end=40)
    assert [c.name for c in concepts] == ["Zebra-Level Knowledge Distillation",
                                          "knowledge distillation"]


def test_venues_and_programming_languages_are_no_concepts():
    assert concept_name("EMNLP RepEval 2017") == "RepEval 2017"
    mentions = [_abstract("MICCAI"), _abstract("MICCAI", start=150), _abstract("Python", start=200),
                _abstract("Python", start=250)]
    assert [(c.name, c.salient) for c in paper_concepts(mentions, [])] == [
        ("MICCAI", False), ("Python", False)]


def test_how_fine_an_image_is_is_no_task():
    mentions = [_abstract("high-resolution", "Task"), _abstract("HR", "Task", start=120),
                _abstract("logistic regression", "Method", start=140),
                _abstract("LR", "Method", start=165)]
    concepts = paper_concepts(mentions, [("high-resolution", "HR"), ("logistic regression", "LR")])
    assert [(c.name, c.salient) for c in concepts] == [
        ("high-resolution", False), ("logistic regression", True)]


def test_an_image_size_between_a_data_set_and_its_task_is_the_datas():
    known = index([Entry("ImageNet", "Dataset")])
    mentions = [_m("ImageNet 256x256 class-conditional generation", "Task")]
    names = {c.name: c.type for c in paper_concepts(mentions, [], known)}
    assert names == {"ImageNet": "Dataset", "class-conditional generation": "Task"}, names


def test_a_known_acronym_typed_otherwise_takes_no_long_form_of_another_type():
    known = index([Entry("grouped-query attention", "Method", ["GQA"])])
    concepts = paper_concepts([_m("GQA", "Dataset")], [], known)
    assert [(c.name, c.type, c.aliases) for c in concepts] == [("GQA", "Dataset", [])]


def test_a_known_name_whole_keeps_its_generic_first_word():
    known = index([Entry("learning rate warmup", "Method", ("warmup",))])
    assert concept_name("Learning Rate Warmup", known, title=True) == "Learning Rate Warmup"


def test_a_data_set_named_by_an_ordinary_word_needs_more_than_a_capital():
    known = index([Entry("Traffic", "Dataset"), Entry("Penn Treebank", "Dataset"),
                   Entry("perplexity", "Metric")])
    opening = _abstract("Traffic forecasting", "Task",
                        sentence="Traffic forecasting needs road structure.")
    assert [(c.name, c.type) for c in paper_concepts([opening], [], known)] == [
        ("Traffic forecasting", "Task")]  # the sentence capitalised the word
    inside = _abstract("Traffic forecasting", "Task", sentence="We study Traffic forecasting.")
    assert [c.name for c in paper_concepts([inside], [], known)] == ["Traffic", "forecasting"]
    named = _abstract("Penn Treebank perplexity", "Metric",
                      sentence="Penn Treebank perplexity falls.")
    assert [c.name for c in paper_concepts([named], [], known)] == ["Penn Treebank",
                                                                   "perplexity"]
    titled = paper_concepts([_m("Traffic", "Dataset", start=12)], [], known, title_end=40)
    assert [(c.name, c.salient) for c in titled] == [("Traffic", False)]  # "Forecasting
    # Traffic with ...": the title capitalises every word


def test_a_name_before_tasks_is_a_suite_of_them_unless_an_acronym():
    mentions = [_m("AntZorb tasks", "Task"), _m("NER tasks", "Task", start=20)]
    assert {c.name: c.type for c in paper_concepts(mentions, [])} == {
        "AntZorb": "Dataset", "NER": "Task"}


def test_a_known_name_that_opens_with_a_data_set_stays_whole():
    known = index([Entry("LAION", "Dataset"), Entry("aesthetic score", "Metric",
                                                    ("LAION aesthetic score",))])
    found = paper_concepts([_m("LAION aesthetic score", "Metric")], [], known)
    assert [(c.name, c.type) for c in found] == [("LAION aesthetic score", "Metric")]


def test_a_proposed_term_of_common_words_keeps_its_words():
    known = index([Entry("momentum", "Method"), Entry("FlashAttention", "Method")])
    mentions = [_m("momentum reset", role="proposed"),
                _m("FlashAttention implementation", role="proposed", start=30)]
    assert [(c.name, c.role) for c in paper_concepts(mentions, [], known)] == [
        ("momentum reset", "proposed"), ("FlashAttention", "used")]


def test_a_named_data_set_before_a_task_and_its_listing_word_is_two_concepts():
    mentions = [_abstract("Argozorb 2 motion forecasting dataset", "Task",
                          sentence="On the Argozorb 2 motion forecasting dataset, it wins."),
                _abstract("Language modeling benchmark", "Task", start=200,
                          sentence="Language modeling benchmark results are shown.")]
    assert [(c.name, c.type) for c in paper_concepts(mentions, [])] == [
        ("Argozorb 2", "Dataset"), ("motion forecasting", "Task"), ("Language modeling", "Task")]


def test_a_modifier_the_name_drops_does_not_decide_a_tied_type():
    """"a supervised ZorbNet-L" typed by its modifier ties with "ZorbNet-L" typed a model."""
    mentions = [_m("ZorbNet-L", "Model", start=0), _m("supervised ZorbNet-L", "Method", start=40)]
    assert [(c.name, c.type) for c in paper_concepts(mentions, [])] == [("ZorbNet-L", "Model")]


def test_a_policy_or_target_after_a_name_is_no_part_of_it():
    assert concept_name("Pythia-1.4B policies") == "Pythia-1.4B"
    assert concept_name("CASP15 targets") == "CASP15"
    assert concept_name("diffusion policy") == "diffusion policy"


def test_a_name_based_modifier_before_a_name_is_no_part_of_it():
    assert concept_name("LLM-based InstructERC") == "InstructERC"
    assert concept_name("Part-based R-CNNs") == "Part-based R-CNNs"  # a kind of its own
