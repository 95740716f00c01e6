#!/usr/bin/env python3
"""Generate the BZPeer demo dataset in OpenAlex's JSON Lines shape.

Writes institutions.jsonl, topics.jsonl, sources.jsonl, authors.jsonl and works.jsonl (one compact JSON
object per line, UTF-8, keys in a fixed order, records sorted by id) into
modules/store/src/main/resources/demo/openalex/ (or --out DIR).

The dataset is built around one real seed profile (Piotr Zielinski, his three arXiv preprints and his two
co-authors) plus an invented neighbourhood of researchers, institutions, venues and works. Everything except
the seed works' titles, dates, arXiv ids and abstracts is fictitious:
  * ids use prefixes that OpenAlex has not reached (W71…, A72…, I73…, T74…, S75…);
  * ORCIDs carry a valid ISO 7064 MOD 11-2 check digit but lie in 0000-0001-0000-0000…0000-0001-4999-999X,
    a block ORCID does not assign (ORCID starts at 0000-0001-5000-0007), so none resolves to a person;
  * invented arXiv ids use serial numbers 9xxxx, which arXiv has never reached in a month;
  * DOIs of invented journal/conference papers use the Crossref test prefix 10.5555;
  * web addresses use the reserved .example top-level domain; ROR ids look like https://ror.org/0demo0001.

Standard library only. Deterministic: a fixed seed, no reliance on set/hash order, no clock; two runs give
byte-identical files (the script also builds the dataset twice in memory and compares).

Usage: python3 tools/demo-data/generate_demo_data.py [--out DIR] [--seed-file PATH]
"""

import argparse
import hashlib
import json
import os
import random
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta

SEED = 20240607
OA = "https://openalex.org/"
FIRST_YEAR, LAST_YEAR = 2015, 2025
LAST_PUBLICATION_DATE = date(2025, 6, 20)   # nothing is published after this
SNAPSHOT_DATE = date(2025, 6, 30)           # created_date / updated_date never go past this
DEFAULT_SEED_FILE = "/work/shared/seeds/000_07b8204d272c0897.txt"

# ---------------------------------------------------------------------------------------------------------
# Seed: Piotr Zielinski's three arXiv preprints. Abstracts copied character for character from the seed
# profile page; their SHA-256 digests are pinned so an accidental edit fails loudly even without the file.
# ---------------------------------------------------------------------------------------------------------

SEED_ABSTRACT_1 = (
    "The generalization mystery in deep learning is the following: Why do over-parameterized neural "
    "networks trained with gradient descent (GD) generalize well on real datasets even though they are "
    "capable of fitting random datasets of comparable size? Furthermore, from among all solutions that "
    "fit the training data, how does GD find one that generalizes well (when such a well-generalizing "
    "solution exists)? We argue that the answer to both questions lies in the interaction of the "
    "gradients of different examples during training. Intuitively, if the per-example gradients are "
    "well-aligned, that is, if they are coherent, then one may expect GD to be (algorithmically) stable, "
    "and hence generalize well. We formalize this argument with an easy to compute and interpretable "
    "metric for coherence, and show that the metric takes on very different values on real and random "
    "datasets for several common vision networks. The theory also explains a number of other phenomena "
    "in deep learning, such as why some examples are reliably learned earlier than others, why early "
    "stopping works, and why it is possible to learn from noisy labels. Moreover, since the theory "
    "provides a causal explanation of how GD finds a well-generalizing solution when one exists, it "
    "motivates a class of simple modifications to GD that attenuate memorization and improve "
    "generalization. Generalization in deep learning is an extremely broad phenomenon, and therefore, it "
    "requires an equally general explanation. We conclude with a survey of alternative lines of attack "
    "on this problem, and argue that the proposed approach is the most viable one on this basis."
)
SEED_ABSTRACT_2 = (
    "We propose a new metric ($m$-coherence) to experimentally study the alignment of per-example "
    "gradients during training. Intuitively, given a sample of size $m$, $m$-coherence is the number of "
    "examples in the sample that benefit from a small step along the gradient of any one example on "
    "average. We show that compared to other commonly used metrics, $m$-coherence is more interpretable, "
    "cheaper to compute ($O(m)$ instead of $O(m^2)$) and mathematically cleaner. (We note that "
    "$m$-coherence is closely connected to gradient diversity, a quantity previously used in some "
    "theoretical bounds.) Using $m$-coherence, we study the evolution of alignment of per-example "
    "gradients in ResNet and Inception models on ImageNet and several variants with label noise, "
    "particularly from the perspective of the recently proposed Coherent Gradients (CG) theory that "
    "provides a simple, unified explanation for memorization and generalization [Chatterjee, ICLR 20]. "
    "Although we have several interesting takeaways, our most surprising result concerns memorization. "
    "Naively, one might expect that when training with completely random labels, each example is fitted "
    "independently, and so $m$-coherence should be close to 1. However, this is not the case: "
    "$m$-coherence reaches much higher values during training (100s), indicating that over-parameterized "
    "neural networks find common patterns even in scenarios where generalization is not possible. A "
    "detailed analysis of this phenomenon provides both a deeper confirmation of CG, but at the same "
    "point puts into sharp relief what is missing from the theory in order to provide a complete "
    "explanation of generalization in neural networks."
)
SEED_ABSTRACT_3 = (
    "Coherent Gradients (CGH) is a recently proposed hypothesis to explain why over-parameterized neural "
    "networks trained with gradient descent generalize well even though they have sufficient capacity to "
    "memorize the training set. The key insight of CGH is that, since the overall gradient for a single "
    "step of SGD is the sum of the per-example gradients, it is strongest in directions that reduce the "
    "loss on multiple examples if such directions exist. In this paper, we validate CGH on ResNet, "
    "Inception, and VGG models on ImageNet. Since the techniques presented in the original paper do not "
    "scale beyond toy models and datasets, we propose new methods. By posing the problem of suppressing "
    "weak gradient directions as a problem of robust mean estimation, we develop a coordinate-based "
    "median of means approach. We present two versions of this algorithm, M3, which partitions a "
    "mini-batch into 3 groups and computes the median, and a more efficient version RM3, which reuses "
    "gradients from previous two time steps to compute the median. Since they suppress weak gradient "
    "directions without requiring per-example gradients, they can be used to train models at scale. "
    "Experimentally, we find that they indeed greatly reduce overfitting (and memorization) and thus "
    "provide the first convincing evidence that CGH holds at scale. We also propose a new test of CGH "
    "that does not depend on adding noise to training labels or on suppressing weak gradient directions. "
    "Using the intuition behind CGH, we posit that the examples learned early in the training process "
    "(i.e., \"easy\" examples) are precisely those that have more in common with other training examples. "
    "Therefore, as per CGH, the easy examples should generalize better amongst themselves than the hard "
    "examples amongst themselves. We validate this hypothesis with detailed experiments, and believe "
    "that it provides further orthogonal evidence for CGH."
)

SEED_ABSTRACT_SHA256 = {
    "2203.10036": "148b4b624a0107c50e8d4801648b0aa0ea9ed327e2ce554e2eba01c191ee4f80",
    "2008.01217": "822e9f85f67bbeaa3d09e86d681a699cb86e8cc843b8762a022612901c7fd8a7",
    "2003.07422": "3f2b377b107c4873f6ed89ae663c57d0a9e75ca0c132d7c73044f1491650935c",
}

SEED_WORKS = [
    # (arxiv id, title, publication date, author keys in order, abstract, cited_by_count, topic score)
    ("2203.10036", "On the Generalization Mystery in Deep Learning", "2022-03-18",
     ["satrajit", "piotr"], SEED_ABSTRACT_1, 41, 0.9987),
    ("2008.01217", "Making Coherence Out of Nothing At All: Measuring the Evolution of Gradient Alignment",
     "2020-08-03", ["satrajit", "piotr"], SEED_ABSTRACT_2, 17, 0.9954),
    ("2003.07422", "Weak and Strong Gradient Directions: Explaining Memorization, Generalization, and "
     "Hardness of Examples at Scale", "2020-03-16", ["piotr", "shankar", "satrajit"], SEED_ABSTRACT_3, 26,
     0.9971),
]

# ---------------------------------------------------------------------------------------------------------
# Institutions: key, display name, country code, country, city, type, homepage, raw affiliation strings
# ---------------------------------------------------------------------------------------------------------

INSTITUTIONS = [
    ("nar", "Northgate AI Research", "US", "United States", "San Francisco", "company",
     "https://www.northgate-ai.example",
     ["Northgate AI Research, San Francisco, CA, USA", "Northgate AI Research, San Francisco, California"]),
    ("rit", "Riverside Institute of Technology", "US", "United States", "Boston", "education",
     "https://www.riverside-tech.example",
     ["Department of Computer Science, Riverside Institute of Technology, Boston, MA, USA",
      "Center for Learning and Decision Systems, Riverside Institute of Technology, Boston, MA, USA"]),
    ("maple", "Maplewood University", "CA", "Canada", "Ottawa", "education",
     "https://www.maplewood-university.example",
     ["Department of Mathematics and Statistics, Maplewood University, Ottawa, ON, Canada",
      "School of Computer Science, Maplewood University, Ottawa, Ontario, Canada"]),
    ("levante", "Universidad Politécnica de Levante", "ES", "Spain", "Valencia", "education",
     "https://www.upl-levante.example",
     ["Departamento de Sistemas Informáticos y Computación, Universidad Politécnica de Levante, Valencia, Spain",
      "Instituto de Lingüística Computacional, Universidad Politécnica de Levante, 46022 Valencia, España"]),
    ("rheinmark", "Technische Universität Rheinmark", "DE", "Germany", "Bonn", "education",
     "https://www.tu-rheinmark.example",
     ["Institut für Bildverarbeitung, Technische Universität Rheinmark, Bonn, Germany",
      "Lehrstuhl für Robotik und Autonome Systeme, Technische Universität Rheinmark, Bonn, Deutschland"]),
    ("wislanska", "Politechnika Wiślańska", "PL", "Poland", "Kraków", "education",
     "https://www.pwislanska.example",
     ["Wydział Informatyki, Politechnika Wiślańska, Kraków, Poland",
      "Faculty of Computer Science, Wiślańska University of Technology, Kraków, Poland"]),
    ("seiran", "Seiran Institute of Science and Technology", "JP", "Japan", "Sendai", "education",
     "https://www.seiran-ist.example",
     ["Graduate School of Information Sciences, Seiran Institute of Science and Technology, Sendai, Japan",
      "Department of Physics, Seiran Institute of Science and Technology, Sendai, Miyagi, Japan"]),
    ("eastbridge", "Eastbridge University", "GB", "United Kingdom", "Leeds", "education",
     "https://www.eastbridge.example",
     ["School of Computing, Eastbridge University, Leeds, UK",
      "Institute of Medical Imaging, Eastbridge University, Leeds, United Kingdom",
      "Information School, Eastbridge University, Leeds, UK"]),
    ("hanoi", "Hanoi Institute for Advanced Computing", "VN", "Vietnam", "Hanoi", "government",
     "https://www.hiac.example",
     ["Hanoi Institute for Advanced Computing, Hanoi, Vietnam",
      "Viện Tính toán Tiên tiến Hà Nội, Hà Nội, Việt Nam"]),
    ("shenzhou", "Shenzhou Data Science Laboratory", "CN", "China", "Hangzhou", "facility",
     "https://www.shenzhou-dsl.example",
     ["Shenzhou Data Science Laboratory, Hangzhou, China",
      "Graph Intelligence Group, Shenzhou Data Science Laboratory, Hangzhou, Zhejiang, China"]),
    ("atlantico", "Instituto Atlântico de Biologia Computacional", "BR", "Brazil", "Recife", "facility",
     "https://www.iabc.example",
     ["Instituto Atlântico de Biologia Computacional, Recife, PE, Brazil",
      "Laboratório de Genômica Computacional, Instituto Atlântico de Biologia Computacional, Recife, Brasil"]),
    ("lumiere", "Institut Lumière de Calcul Scientifique", "FR", "France", "Lyon", "facility",
     "https://www.institut-lumiere-calcul.example",
     ["Institut Lumière de Calcul Scientifique, Lyon, France",
      "Équipe Information Quantique, Institut Lumière de Calcul Scientifique, 69007 Lyon, France"]),
    ("osf", "Open Scholarship Foundation", "NL", "Netherlands", "Utrecht", "nonprofit",
     "https://www.openscholarship.example",
     ["Open Scholarship Foundation, Utrecht, The Netherlands",
      "Research Metrics Team, Open Scholarship Foundation, Utrecht, Netherlands"]),
    ("nordic", "Nordic Centre for Climate Informatics", "NO", "Norway", "Bergen", "nonprofit",
     "https://www.nordic-climate-informatics.example",
     ["Nordic Centre for Climate Informatics, Bergen, Norway",
      "Nordic Centre for Climate Informatics, Bergen, Norge"]),
]

# ---------------------------------------------------------------------------------------------------------
# Topics: key, display name, description, keywords, subfield, field, domain (OpenAlex's real hierarchy ids)
# ---------------------------------------------------------------------------------------------------------

AI = (1702, "Artificial Intelligence")
CS = (17, "Computer Science")
PHYS = (3, "Physical Sciences")

TOPICS = [
    ("ml", "Machine Learning",
     "This cluster of papers studies why and how deep neural networks learn from data, focusing on "
     "generalization, memorization, optimization dynamics and the behaviour of gradient-based training.",
     ["cs.LG", "deep learning", "generalization", "neural networks", "gradient descent", "memorization",
      "over-parameterization", "label noise"], AI, CS, PHYS),
    ("opt", "Optimization",
     "This cluster of papers develops and analyses numerical optimization methods for large-scale learning, "
     "including stochastic, adaptive, second-order and distributed algorithms.",
     ["math.OC", "stochastic gradient descent", "convergence analysis", "adaptive methods", "preconditioning",
      "learning-rate schedules", "distributed training"], (2604, "Applied Mathematics"), (26, "Mathematics"),
     PHYS),
    ("cv", "Computer Vision",
     "This cluster of papers covers visual recognition and scene understanding with deep networks, "
     "including detection, segmentation, self-supervised representation learning and 3D reconstruction.",
     ["cs.CV", "object detection", "semantic segmentation", "vision transformers", "self-supervised learning",
      "image recognition", "robustness"], (1707, "Computer Vision and Pattern Recognition"), CS, PHYS),
    ("nlp", "Natural Language Processing",
     "This cluster of papers addresses the computational analysis and generation of human language, "
     "including language models, machine translation, question answering and multilingual transfer.",
     ["cs.CL", "language models", "machine translation", "question answering", "multilingual NLP",
      "summarization", "low-resource languages"], AI, CS, PHYS),
    ("gnn", "Graph Neural Networks",
     "This cluster of papers studies learning on graph-structured data with message-passing and related "
     "architectures, covering expressivity, over-smoothing, scalability and applications to networks.",
     ["graph neural networks", "message passing", "node classification", "link prediction",
      "over-smoothing", "graph transformers", "knowledge graphs"], (1703, "Computational Theory and Mathematics"),
     CS, PHYS),
    ("biblio", "Scholarly Communication and Bibliometrics",
     "This cluster of papers examines how research is published, cited and evaluated, including citation "
     "indicators, open access, author name disambiguation and open bibliographic infrastructure.",
     ["bibliometrics", "scientometrics", "citation analysis", "open access", "author name disambiguation",
      "research evaluation", "persistent identifiers"], (3309, "Library and Information Sciences"),
     (33, "Social Sciences"), (2, "Social Sciences")),
    ("bio", "Computational Biology",
     "This cluster of papers applies statistical and machine learning methods to molecular biology, "
     "including protein function prediction, single-cell genomics and variant effect prediction.",
     ["q-bio.QM", "protein language models", "single-cell RNA-seq", "genomics", "variant effect prediction",
      "protein structure", "drug discovery"], (1312, "Molecular Biology"),
     (13, "Biochemistry, Genetics and Molecular Biology"), (1, "Life Sciences")),
    ("quantum", "Quantum Computing",
     "This cluster of papers investigates algorithms, error correction and compilation for quantum "
     "computers, with an emphasis on what near-term noisy devices can achieve.",
     ["quant-ph", "variational quantum algorithms", "quantum error correction", "qubits", "NISQ devices",
      "quantum circuits", "error mitigation"], (3107, "Atomic and Molecular Physics, and Optics"),
     (31, "Physics and Astronomy"), PHYS),
    ("climate", "Climate Modelling",
     "This cluster of papers concerns the simulation and projection of the climate system, including "
     "regional downscaling, model emulation, bias correction and the representation of extremes.",
     ["climate models", "downscaling", "precipitation extremes", "CMIP6", "reanalysis", "emulators",
      "seasonal forecasting"], (1902, "Atmospheric Science"), (19, "Earth and Planetary Sciences"), PHYS),
    ("robo", "Robotics",
     "This cluster of papers focuses on perception, planning and control for physical robots, including "
     "manipulation, legged locomotion, navigation and learning from demonstration.",
     ["cs.RO", "robot manipulation", "legged locomotion", "motion planning", "sim-to-real transfer",
      "model predictive control", "tactile sensing"], (2207, "Control and Systems Engineering"),
     (22, "Engineering"), PHYS),
    ("rl", "Reinforcement Learning",
     "This cluster of papers studies agents that learn to act from interaction or logged experience, "
     "covering exploration, offline learning, model-based methods and safe control.",
     ["reinforcement learning", "offline RL", "exploration", "policy gradient", "model-based RL",
      "world models", "safe RL"], AI, CS, PHYS),
    ("med", "Medical Image Analysis",
     "This cluster of papers develops automated methods for analysing medical images such as CT, MRI, "
     "radiographs and histopathology slides, with attention to robustness and clinical validation.",
     ["medical imaging", "image segmentation", "radiology", "computer-aided diagnosis", "MRI",
      "histopathology", "federated learning"], (2741, "Radiology, Nuclear Medicine and Imaging"),
     (27, "Medicine"), (4, "Health Sciences")),
]

RELATED_TOPICS = {
    "ml": ["opt", "cv", "nlp", "rl"], "opt": ["ml", "quantum"], "rl": ["robo", "ml"],
    "cv": ["ml", "med", "robo"], "med": ["cv", "bio"], "robo": ["rl", "cv"], "nlp": ["ml", "biblio"],
    "gnn": ["ml", "bio", "biblio"], "bio": ["gnn", "med"], "biblio": ["nlp", "gnn"],
    "climate": ["ml", "opt"], "quantum": ["opt", "ml"],
}

# ---------------------------------------------------------------------------------------------------------
# Sources: key, display name, issn_l (None or 7 digits -> check digit computed), type, host, homepage,
# open-access policy
# ---------------------------------------------------------------------------------------------------------

SOURCES = [
    ("arxiv", "arXiv", None, "repository", "Cornell University", "https://arxiv.org", "green"),
    ("jls", "Journal of Learning Systems", "2998114", "journal", "Meridian Academic Press",
     "https://jls.meridian-press.example", "hybrid"),
    ("pcgm", "Proceedings of the Conference on Graph Methods", None, "conference", "Association for Graph Methods",
     "https://graph-methods.example", "conference"),
    ("tvcr", "Transactions on Visual Computing and Robotics", "2997403", "journal", "Halvard & Finch Publishing",
     "https://tvcr.halvard-finch.example", "subscription"),
    ("jsm", "Journal of Scholarly Metrics", "2996552", "journal", "Open Scholarship Foundation Press",
     "https://jsm.openscholarship.example", "gold"),
    ("clsl", "Computational Life Sciences Letters", "2995870", "journal", "Lattice Science Publishers",
     "https://clsl.lattice-science.example", "gold"),
    ("psll", "Proceedings of the Symposium on Language and Learning", None, "conference",
     "Society for Language and Learning", "https://language-and-learning.example", "conference"),
    ("jcps", "Journal of Computational Physical Sciences", "2994219", "journal", "Lattice Science Publishers",
     "https://jcps.lattice-science.example", "hybrid"),
]

TOPIC_SOURCES = {
    "ml": [("arxiv", 40), ("jls", 30), ("psll", 20), ("pcgm", 10)],
    "opt": [("arxiv", 40), ("jls", 40), ("jcps", 20)],
    "rl": [("arxiv", 45), ("jls", 35), ("tvcr", 20)],
    "cv": [("arxiv", 35), ("tvcr", 55), ("jls", 10)],
    "med": [("arxiv", 25), ("tvcr", 40), ("clsl", 35)],
    "robo": [("arxiv", 40), ("tvcr", 60)],
    "nlp": [("arxiv", 40), ("psll", 45), ("jls", 15)],
    "gnn": [("arxiv", 35), ("pcgm", 50), ("jls", 15)],
    "bio": [("arxiv", 20), ("clsl", 60), ("pcgm", 20)],
    "biblio": [("arxiv", 25), ("jsm", 60), ("pcgm", 15)],
    "climate": [("arxiv", 25), ("jcps", 75)],
    "quantum": [("arxiv", 55), ("jcps", 45)],
}

# ---------------------------------------------------------------------------------------------------------
# Authors: key, display name, family name, has ORCID, cluster, role, topics, career, bridge topics
#   career: [(institution key, first year, last year)]; overlapping spans give dual affiliations.
#   Vietnamese names are written family name first; "family" tells the alternatives generator which part
#   is the family name.
# ---------------------------------------------------------------------------------------------------------

A, B, C, D, E, F, G = "ml", "vision", "nlp", "graphbio", "schol", "climate", "quantum"

AUTHORS = [
    # The seed and its two co-authors (special: only in hand-written works, never in random teams).
    ("piotr", "Piotr Zielinski", "Zielinski", False, None, "special", [], [], []),
    ("satrajit", "Satrajit Chatterjee", "Chatterjee", False, A, "special", ["ml", "opt"],
     [("nar", 2015, 2025)], []),
    ("shankar", "Shankar Krishnan", "Krishnan", False, A, "special", ["opt", "ml"], [("nar", 2015, 2025)], []),
    # Cluster A: machine learning, optimization, reinforcement learning (US/CA/JP)
    ("hannah", "Hannah Goldberg", "Goldberg", True, A, "pi", ["ml", "opt"], [("rit", 2015, 2025)], ["gnn"]),
    ("amara", "Amara Okafor", "Okafor", True, A, "senior", ["ml"], [("rit", 2015, 2018), ("nar", 2019, 2025)], []),
    ("mateo", "Mateo Rossi", "Rossi", False, A, "member", ["ml", "opt"], [("nar", 2016, 2025)], []),
    ("priya", "Priya Raghunathan", "Raghunathan", True, A, "member", ["ml", "rl"],
     [("rit", 2017, 2020), ("nar", 2021, 2025)], []),
    ("yusuf", "Yusuf Demir", "Demir", False, A, "member", ["ml", "opt"], [("nar", 2018, 2025)], []),
    ("elena", "Elena Petrova", "Petrova", True, A, "senior", ["opt", "ml"], [("maple", 2015, 2025)], []),
    ("jonas", "Jonas Lindqvist", "Lindqvist", False, A, "member", ["opt"], [("maple", 2016, 2025)], []),
    ("kwame", "Kwame Mensah", "Mensah", True, A, "member", ["ml", "rl"], [("rit", 2018, 2025)], []),
    ("aiko", "Aiko Tanaka", "Tanaka", True, A, "senior", ["rl"], [("seiran", 2015, 2025)], ["robo"]),
    ("lucas", "Lucas Ferreira", "Ferreira", False, A, "senior", ["opt", "rl"],
     [("rit", 2015, 2019), ("maple", 2020, 2025)], []),
    ("weizhang_us", "Wei Zhang", "Zhang", False, A, "member", ["opt", "ml"], [("rit", 2019, 2025)], []),
    ("noah", "Noah Whitfield", "Whitfield", False, A, "member", ["opt"], [("maple", 2019, 2025)], []),
    ("rania", "Rania Haddad", "Haddad", True, A, "member", ["rl", "ml"], [("rit", 2020, 2025)], []),
    # Cluster B: computer vision, medical imaging, robotics (DE/PL/JP/GB)
    ("jurgen", "Jürgen Schäfer", "Schäfer", True, B, "pi", ["cv", "med"], [("rheinmark", 2015, 2025)], []),
    ("tomasz", "Tomasz Wójcik", "Wójcik", False, B, "senior", ["cv", "robo"], [("wislanska", 2015, 2025)], []),
    ("oliver", "Oliver Bennett", "Bennett", True, B, "senior", ["med"], [("eastbridge", 2015, 2025)], []),
    ("kenta", "Kenta Mori", "Mori", False, B, "senior", ["robo"], [("seiran", 2015, 2025)], []),
    ("zoe", "Zoë Müller", "Müller", True, B, "member", ["cv"], [("rheinmark", 2017, 2025)], []),
    ("lucja", "Łucja Nowak", "Nowak", True, B, "member", ["cv", "med"], [("wislanska", 2016, 2025)], []),
    ("agnieszka", "Agnieszka Kowalczyk", "Kowalczyk", True, B, "member", ["cv"],
     [("wislanska", 2015, 2020), ("rheinmark", 2021, 2025)], []),
    ("haruto", "Haruto Sato", "Sato", False, B, "member", ["cv", "robo"], [("seiran", 2016, 2025)], []),
    ("yui", "Yui Nakamura", "Nakamura", True, B, "member", ["robo"], [("seiran", 2019, 2025)], []),
    ("fatima", "Fatima Al-Sayed", "Al-Sayed", False, B, "member", ["med"], [("eastbridge", 2018, 2025)], []),
    ("soren", "Søren Kristensen", "Kristensen", False, B, "member", ["robo"], [("rheinmark", 2018, 2025)], []),
    ("chiara", "Chiara Bianchi", "Bianchi", True, B, "senior", ["med"],
     [("eastbridge", 2015, 2021), ("lumiere", 2021, 2025)], ["bio"]),
    ("ngozi", "Ngozi Eze", "Eze", True, B, "member", ["med"], [("eastbridge", 2020, 2025)], []),
    # Cluster C: natural language processing (ES/VN/GB/CA)
    ("jose", "José García-López", "García-López", True, C, "pi", ["nlp"], [("levante", 2015, 2025)], []),
    ("siobhan", "Siobhán O'Connor", "O'Connor", True, C, "senior", ["nlp"], [("eastbridge", 2015, 2025)], []),
    ("minh", "Trần Văn Minh", "Trần", False, C, "senior", ["nlp"], [("hanoi", 2015, 2025)], []),
    ("sophie", "Sophie Martin", "Martin", False, C, "senior", ["nlp"], [("maple", 2016, 2025)], []),
    ("maria", "María Fernández Ruiz", "Fernández Ruiz", False, C, "member", ["nlp"], [("levante", 2016, 2025)], []),
    ("huong", "Nguyễn Thị Hương", "Nguyễn", True, C, "member", ["nlp"], [("hanoi", 2017, 2025)], []),
    ("hoanganh", "Lê Hoàng Anh", "Lê", True, C, "member", ["nlp"],
     [("hanoi", 2018, 2021), ("eastbridge", 2022, 2025)], []),
    ("arjun", "Arjun Mehta", "Mehta", False, C, "member", ["nlp"], [("eastbridge", 2017, 2025)], ["cv"]),
    ("ines", "Inés Castro", "Castro", False, C, "member", ["nlp"], [("levante", 2019, 2025)], []),
    ("pablo", "Pablo Jiménez Ortega", "Jiménez Ortega", True, C, "member", ["nlp"], [("levante", 2015, 2022)], []),
    ("amir", "Amir Hosseini", "Hosseini", True, C, "member", ["nlp"], [("maple", 2018, 2025)], []),
    # Cluster D: graph neural networks and computational biology (CN/BR/FR)
    ("weizhang_cn", "Wei Zhang", "Zhang", True, D, "pi", ["gnn"], [("shenzhou", 2015, 2025)], []),
    ("anabeatriz", "Ana Beatriz Souza", "Souza", True, D, "pi", ["bio"], [("atlantico", 2015, 2025)], []),
    ("camille", "Camille Dubois", "Dubois", True, D, "senior", ["gnn", "bio"], [("lumiere", 2015, 2025)], []),
    ("thiago", "Thiago Nascimento", "Nascimento", True, D, "senior", ["bio"], [("atlantico", 2015, 2025)], []),
    ("jing", "Jing Li", "Li", True, D, "member", ["gnn"], [("shenzhou", 2016, 2025)], []),
    ("yutong", "Yutong Chen", "Chen", False, D, "member", ["gnn"], [("shenzhou", 2019, 2025)], []),
    ("jiahao", "Jiahao Lin", "Lin", True, D, "member", ["gnn"], [("shenzhou", 2015, 2022), ("rit", 2023, 2025)],
     ["ml"]),
    ("joaopedro", "João Pedro Almeida", "Almeida", False, D, "member", ["bio"], [("atlantico", 2017, 2025)], []),
    ("camila", "Camila Rocha", "Rocha", False, D, "member", ["bio"], [("atlantico", 2019, 2025)], []),
    ("antoine", "Antoine Lefèvre", "Lefèvre", False, D, "member", ["gnn"], [("lumiere", 2018, 2025)], []),
    ("meera", "Meera Iyer", "Iyer", True, D, "member", ["bio", "gnn"],
     [("lumiere", 2016, 2019), ("atlantico", 2020, 2025)], []),
    # Cluster E: scholarly communication and bibliometrics (NL/GB/ES/PL)
    ("sanne", "Sanne de Vries", "de Vries", True, E, "pi", ["biblio"], [("osf", 2015, 2025)], []),
    ("margaret", "Margaret O'Neill", "O'Neill", True, E, "senior", ["biblio"], [("eastbridge", 2015, 2025)], []),
    ("rafael", "Rafael Moreno", "Moreno", True, E, "senior", ["biblio"], [("levante", 2015, 2025)], ["nlp"]),
    ("pieter", "Pieter van den Berg", "van den Berg", False, E, "member", ["biblio"], [("osf", 2016, 2025)], []),
    ("daan", "Daan Janssen", "Janssen", False, E, "member", ["biblio"], [("osf", 2019, 2025)], []),
    ("olumide", "Olumide Adeyemi", "Adeyemi", False, E, "member", ["biblio"], [("osf", 2017, 2025)], []),
    ("katarzyna", "Katarzyna Zając", "Zając", True, E, "member", ["biblio"], [("wislanska", 2018, 2025)], []),
    ("hyunwoo", "Hyun-woo Park", "Park", False, E, "member", ["biblio"], [("eastbridge", 2019, 2025)], []),
    # Cluster F: climate modelling (NO/FR)
    ("ingrid", "Ingrid Solberg", "Solberg", True, F, "pi", ["climate"], [("nordic", 2015, 2025)], []),
    ("magnus", "Magnus Haugen", "Haugen", False, F, "senior", ["climate"], [("nordic", 2016, 2025)], []),
    ("astrid", "Astrid Nilsson", "Nilsson", True, F, "member", ["climate"], [("nordic", 2019, 2025)], []),
    ("bjorn", "Björn Ekström", "Ekström", False, F, "member", ["climate"], [("nordic", 2015, 2023)], []),
    ("olga", "Olga Ivanova", "Ivanova", True, F, "member", ["climate"],
     [("nordic", 2015, 2021), ("lumiere", 2021, 2025)], ["ml"]),
    ("kofi", "Kofi Boateng", "Boateng", False, F, "member", ["climate"], [("nordic", 2020, 2025)], []),
    ("sigrid", "Sigrid Dahl", "Dahl", True, F, "member", ["climate"], [("nordic", 2021, 2025)], []),
    # Cluster G: quantum computing (FR/JP/DE)
    ("remi", "Rémi Fontaine", "Fontaine", True, G, "pi", ["quantum"], [("lumiere", 2015, 2025)], []),
    ("takumi", "Takumi Kobayashi", "Kobayashi", True, G, "senior", ["quantum"], [("seiran", 2015, 2025)], []),
    ("mathilde", "Mathilde Girard", "Girard", False, G, "member", ["quantum"], [("lumiere", 2017, 2025)], []),
    ("sakura", "Sakura Ito", "Ito", False, G, "member", ["quantum"], [("seiran", 2020, 2025)], []),
    ("dmitri", "Dmitri Volkov", "Volkov", True, G, "member", ["quantum"],
     [("lumiere", 2016, 2021), ("rheinmark", 2022, 2025)], []),
    ("ayse", "Ayşe Yılmaz", "Yılmaz", False, G, "member", ["quantum"], [("rheinmark", 2019, 2025)], []),
]

FAMILY_FIRST = {"minh", "huong", "hoanganh"}

# cluster -> (number of random works, [(topic, weight)])
CLUSTERS = {
    A: (30, [("ml", 50), ("opt", 30), ("rl", 20)]),
    B: (30, [("cv", 50), ("med", 25), ("robo", 25)]),
    C: (26, [("nlp", 100)]),
    D: (28, [("gnn", 55), ("bio", 45)]),
    E: (18, [("biblio", 100)]),
    F: (14, [("climate", 100)]),
    G: (14, [("quantum", 100)]),
}

# Hand-written works of the seed's co-authors outside the seed: (year, primary topic, author keys in order).
SATRAJIT_WORKS = [
    (2017, "ml", ["satrajit", "mateo"]),
    (2018, "opt", ["yusuf", "satrajit"]),
    (2019, "ml", ["satrajit"]),
    (2021, "ml", ["priya", "satrajit", "shankar"]),
    (2021, "opt", ["shankar", "elena", "satrajit"]),
    (2023, "ml", ["amara", "hannah", "satrajit"]),
    (2024, "ml", ["yusuf", "priya", "mateo", "satrajit"]),
]
SHANKAR_WORKS = [
    (2016, "opt", ["elena", "jonas", "shankar"]),
    (2019, "opt", ["weizhang_us", "shankar"]),
    (2023, "ml", ["kwame", "lucas", "shankar"]),
]

YEAR_WEIGHTS = {2015: 5, 2016: 6, 2017: 7, 2018: 8, 2019: 9, 2020: 10, 2021: 11, 2022: 11, 2023: 12,
                2024: 12, 2025: 6}
TEAM_SIZE_WEIGHTS = [(1, 3), (2, 12), (3, 22), (4, 24), (5, 18), (6, 12), (7, 9)]

# ---------------------------------------------------------------------------------------------------------
# Text generation vocabulary. Phrases are lower case (acronyms and proper nouns excepted); titles are
# title-cased from them. "findings" and "mechanisms" are clauses that read after "that".
# ---------------------------------------------------------------------------------------------------------

VOCAB = {
    "ml": dict(
        field="deep learning",
        objects=["over-parameterized neural networks", "deep residual networks", "vision transformers",
                 "wide two-layer networks", "networks trained with stochastic gradient descent",
                 "large pretrained models"],
        tasks=["image classification", "learning with noisy labels", "out-of-distribution generalization",
               "continual learning", "model calibration", "few-shot learning"],
        methods=["gradient-agreement regularizer", "median-of-means gradient estimator", "loss-aware curriculum",
                 "per-example gradient filter", "sharpness-aware training scheme", "self-distillation procedure"],
        properties=["generalization", "memorization", "implicit regularization", "example difficulty",
                    "gradient alignment", "calibration", "robustness to label noise"],
        settings=["at scale", "under label noise", "in the over-parameterized regime", "with limited data",
                  "under distribution shift"],
        apps=["medical diagnosis", "autonomous driving", "scientific discovery", "recommendation",
              "speech recognition"],
        limitations=["rely on quantities that are expensive to compute for modern architectures",
                     "offer bounds that are vacuous for realistic network sizes",
                     "do not explain why the same networks can also fit random labels",
                     "treat all training examples as equally informative"],
        mechanisms=["suppresses weak gradient directions that are supported by only a few examples",
                    "reweights training examples according to how strongly their gradients agree",
                    "tracks when each example is first learned and adapts the training schedule accordingly",
                    "estimates the contribution of each example to an update at negligible extra cost"],
        data=["CIFAR-10, CIFAR-100 and ImageNet", "ImageNet with synthetic label noise",
              "five image and text classification benchmarks", "a suite of 14 vision and language tasks"],
        metrics=["test accuracy", "expected calibration error", "worst-group accuracy",
                 "accuracy on held-out examples"],
        findings=["examples that are learned early share more gradient structure with the rest of the training set",
                  "memorization of mislabeled examples happens late in training and can be delayed by early stopping",
                  "gradient alignment drops sharply when labels are randomized",
                  "networks first fit the patterns that are common to many examples",
                  "the gap between training and test loss is well predicted by a simple coherence statistic"],
        implications=["generalization in deep networks can be understood through the interaction of per-example gradients",
                      "simple modifications of the training procedure can substantially reduce memorization",
                      "measures of gradient agreement are a practical diagnostic for training runs"],
        units=["trained networks", "training runs"],
    ),
    "opt": dict(
        field="large-scale optimization",
        objects=["adaptive gradient methods", "stochastic first-order methods", "second-order optimizers",
                 "distributed training algorithms", "learning-rate schedules", "preconditioned gradient methods"],
        tasks=["large language model training", "non-convex optimization", "distributed training",
               "hyperparameter tuning", "constrained optimization", "federated optimization"],
        methods=["block-diagonal preconditioner", "variance-reduced stochastic gradient method",
                 "curvature-aware learning-rate schedule", "low-rank Hessian approximation",
                 "communication-efficient averaging scheme", "proximal momentum method"],
        properties=["convergence", "stability", "curvature", "edge-of-stability behaviour",
                    "sensitivity to hyperparameters", "communication cost"],
        settings=["at large batch sizes", "in the non-convex setting", "with heavy-tailed noise",
                  "on heterogeneous clusters", "under memory constraints"],
        apps=["language modeling", "recommendation", "computational imaging", "logistics", "scientific computing"],
        limitations=["require careful tuning of several interacting hyperparameters",
                     "come with guarantees only for convex objectives",
                     "incur memory costs that grow quadratically with model size",
                     "become unstable at large batch sizes"],
        mechanisms=["maintains a cheap low-rank estimate of the local curvature",
                    "adapts the step size to the observed variance of stochastic gradients",
                    "combines momentum with an inexpensive proximal correction",
                    "compresses updates before communication while preserving their direction"],
        data=["ResNet-50 on ImageNet and a 1.3B-parameter transformer",
              "a collection of 30 convex and non-convex benchmark problems",
              "language modeling and image classification workloads",
              "synthetic quadratic problems and two large-scale training tasks"],
        metrics=["wall-clock time to a target loss", "final training loss", "the number of gradient evaluations",
                 "communication volume"],
        findings=["the sharpness of the loss rises until it reaches the stability threshold set by the learning rate",
                  "most of the benefit of second-order information is captured by a diagonal-plus-low-rank approximation",
                  "warm-up matters primarily because it controls early curvature",
                  "the optimal learning rate scales predictably with batch size"],
        implications=["curvature information can be exploited at a cost comparable to first-order methods",
                      "learning-rate schedules should be designed jointly with the optimizer",
                      "theoretical step-size rules can be made competitive with heavily tuned baselines"],
        units=["optimization problems", "training runs"],
    ),
    "rl": dict(
        field="reinforcement learning",
        objects=["model-based agents", "policy-gradient methods", "offline reinforcement learning algorithms",
                 "multi-agent systems", "value-based agents"],
        tasks=["offline policy learning", "exploration in sparse-reward environments", "sim-to-real transfer",
               "reward specification", "safe exploration"],
        methods=["uncertainty-aware world model", "conservative value estimator", "count-based exploration bonus",
                 "hierarchical policy decomposition", "return-conditioned sequence model"],
        properties=["sample efficiency", "exploration", "generalization to unseen tasks",
                    "robustness to reward misspecification", "stability of value learning"],
        settings=["from pixels", "with sparse rewards", "in partially observable environments",
                  "from offline data", "under safety constraints"],
        apps=["robotic manipulation", "energy management", "game playing", "traffic control", "recommendation"],
        limitations=["require millions of environment interactions",
                     "overestimate the value of actions that are absent from the data",
                     "fail when rewards are sparse or delayed",
                     "are brittle to small changes in the environment"],
        mechanisms=["penalizes value estimates for actions that are poorly covered by the data",
                    "learns a compact latent model of the environment and plans within it",
                    "rewards the agent for visiting states where its model is uncertain",
                    "decomposes long-horizon tasks into reusable skills"],
        data=["the Atari 100k benchmark", "continuous-control tasks from a standard locomotion suite",
              "a set of procedurally generated maze environments", "offline datasets of varying quality"],
        metrics=["normalized return", "success rate", "sample efficiency", "the number of constraint violations"],
        findings=["exploration bonuses help mainly in the first few thousand episodes",
                  "value overestimation is the dominant failure mode in offline training",
                  "agents trained on diverse environments transfer better than agents trained longer on a single one",
                  "a small amount of online fine-tuning closes most of the gap to online agents"],
        implications=["uncertainty estimates are a key ingredient for data-efficient control",
                      "offline data can substantially reduce the cost of training agents",
                      "benchmarks should report performance across a wider range of environments"],
        units=["environments", "agents"],
    ),
    "cv": dict(
        field="computer vision",
        objects=["convolutional networks", "vision transformers", "self-supervised visual encoders",
                 "object detectors", "video recognition models", "3D reconstruction pipelines"],
        tasks=["semantic segmentation", "object detection", "monocular depth estimation",
               "video action recognition", "image retrieval", "3D scene reconstruction"],
        methods=["multi-scale attention module", "contrastive pretraining objective", "lightweight feature pyramid",
                 "token pruning strategy", "test-time adaptation scheme", "masked image modeling objective"],
        properties=["robustness to corruptions", "label efficiency", "shape bias", "temporal consistency",
                    "inference cost", "transferability"],
        settings=["in the wild", "at high resolution", "with few annotations", "on edge devices",
                  "under adverse weather"],
        apps=["autonomous driving", "remote sensing", "augmented reality", "industrial inspection", "agriculture"],
        limitations=["depend on large amounts of densely annotated data",
                     "degrade sharply under common image corruptions",
                     "are too slow for real-time use on embedded hardware",
                     "ignore the temporal structure of video"],
        mechanisms=["aggregates features across scales with a small number of learned queries",
                    "discards uninformative image tokens early in the network",
                    "adapts normalization statistics to each test batch",
                    "learns dense correspondences from unlabeled video"],
        data=["COCO, ADE20K and Cityscapes", "three driving datasets recorded under varying weather",
              "a new benchmark of 40,000 annotated aerial images",
              "standard image classification and detection benchmarks"],
        metrics=["mean intersection-over-union", "mean average precision", "top-1 accuracy", "throughput"],
        findings=["most errors under distribution shift come from a small number of texture-sensitive channels",
                  "pretraining on unlabeled video yields more robust features than pretraining on still images",
                  "token pruning can remove half of the computation with negligible loss in accuracy",
                  "high-resolution inputs matter more for small objects than architectural changes"],
        implications=["self-supervised pretraining is a practical route to robust visual representations",
                      "efficiency and robustness need not be traded off against each other",
                      "evaluation protocols should include realistic corruptions"],
        units=["images", "models"],
    ),
    "med": dict(
        field="medical image analysis",
        objects=["segmentation networks", "deep learning models for radiology", "foundation models for medical imaging",
                 "computer-aided diagnosis systems", "image registration networks"],
        tasks=["tumour segmentation", "chest X-ray classification", "multi-organ segmentation",
               "lesion detection in MRI", "histopathology image analysis"],
        methods=["uncertainty-aware segmentation network", "federated training protocol",
                 "anatomy-guided data augmentation", "weakly supervised localization method",
                 "self-supervised pretraining scheme for 3D scans"],
        properties=["calibration", "robustness across scanners", "annotation efficiency",
                    "fairness across patient groups", "interpretability"],
        settings=["across hospitals", "with scarce annotations", "under domain shift",
                  "in low-resource clinical settings"],
        apps=["oncology", "cardiology", "neurology", "emergency radiology", "screening programmes"],
        limitations=["are trained on data from a single institution",
                     "require pixel-level annotations from expert radiologists",
                     "are poorly calibrated on scans from unseen devices",
                     "provide little insight into their decisions"],
        mechanisms=["produces voxel-wise uncertainty estimates that flag unreliable predictions",
                    "exploits anatomical priors to generate realistic training samples",
                    "trains across institutions without sharing patient data",
                    "learns from image-level labels only"],
        data=["four public CT and MRI datasets", "a multi-centre cohort of 3,812 patients",
              "chest radiographs from five hospitals", "whole-slide images from two independent cohorts"],
        metrics=["Dice score", "area under the ROC curve", "sensitivity at a fixed specificity",
                 "expected calibration error"],
        findings=["performance drops are largely explained by differences in acquisition protocols",
                  "uncertainty estimates correlate well with inter-rater disagreement",
                  "models pretrained on unlabeled scans need a fraction of the annotations to match fully supervised baselines",
                  "errors concentrate on small lesions near organ boundaries"],
        implications=["uncertainty estimation should be a standard component of clinical deployment",
                      "multi-centre validation is essential before clinical use",
                      "annotation budgets can be reduced substantially without compromising accuracy"],
        units=["annotated scans", "patient cases"],
    ),
    "robo": dict(
        field="robotics",
        objects=["legged robots", "robotic manipulators", "mobile robots", "aerial vehicles", "soft grippers"],
        tasks=["dexterous manipulation", "legged locomotion", "visual navigation", "grasp planning",
               "multi-robot coordination"],
        methods=["model predictive controller", "learned dynamics model", "tactile feedback policy",
                 "sampling-based motion planner", "imitation learning framework"],
        properties=["robustness to disturbances", "sample efficiency", "safety", "generalization to novel objects",
                    "energy efficiency"],
        settings=["on rough terrain", "in cluttered environments", "from human demonstrations",
                  "with onboard sensing only", "in dynamic environments"],
        apps=["warehouse logistics", "agriculture", "search and rescue", "household assistance",
              "inspection of infrastructure"],
        limitations=["rely on accurate models that are difficult to obtain in practice",
                     "require extensive real-world data collection",
                     "transfer poorly from simulation to hardware",
                     "struggle with contact-rich interactions"],
        mechanisms=["combines a learned dynamics model with online trajectory optimization",
                    "fuses tactile and visual feedback to adjust grasps in real time",
                    "learns from a handful of human demonstrations and refines the policy in simulation",
                    "plans over a compact set of motion primitives"],
        data=["a quadruped robot on indoor and outdoor terrain", "a seven-degree-of-freedom arm in 500 real-world trials",
              "simulated and real warehouse environments", "a fleet of four mobile robots"],
        metrics=["success rate", "tracking error", "task completion time", "energy consumption"],
        findings=["most failures arise from unmodelled contact events rather than perception errors",
                  "domain randomization is most useful for parameters that are hard to measure",
                  "tactile feedback reduces grasp failures on deformable objects",
                  "short planning horizons suffice when the dynamics model is accurate"],
        implications=["learned models and classical control are complementary",
                      "tactile sensing deserves a larger role in manipulation pipelines",
                      "simulation can replace most, but not all, real-world data collection"],
        units=["trials", "robots"],
    ),
    "nlp": dict(
        field="natural language processing",
        objects=["large language models", "multilingual encoders", "sequence-to-sequence models",
                 "retrieval-augmented generators", "instruction-tuned models"],
        tasks=["machine translation for low-resource languages", "question answering",
               "summarization of scientific articles", "named entity recognition", "fact verification",
               "cross-lingual transfer"],
        methods=["retrieval-augmented decoding strategy", "vocabulary adaptation method",
                 "parameter-efficient fine-tuning scheme", "contrastive sentence encoder",
                 "back-translation augmentation method"],
        properties=["factual consistency", "cross-lingual transfer", "robustness to paraphrases", "calibration",
                    "faithfulness of explanations", "tokenization bias"],
        settings=["for low-resource languages", "in the scientific domain", "with limited supervision",
                  "across 20 languages", "under domain shift"],
        apps=["scholarly search", "customer support", "healthcare", "education", "legal document analysis"],
        limitations=["are evaluated almost exclusively on English benchmarks",
                     "hallucinate facts that are not supported by their inputs",
                     "require large amounts of labelled data for every new language",
                     "are expensive to adapt to new domains"],
        mechanisms=["retrieves supporting passages and conditions each generation step on them",
                    "extends the vocabulary of a pretrained model with subwords from the target language",
                    "updates fewer than one percent of the model parameters",
                    "aligns sentence representations across languages with a contrastive objective"],
        data=["benchmarks covering 20 typologically diverse languages", "a new corpus of 120,000 scientific abstracts",
              "Vietnamese, Spanish and English question answering datasets", "four summarization benchmarks"],
        metrics=["BLEU and chrF scores", "exact match", "F1 score", "human judgements of faithfulness"],
        findings=["tokenization accounts for a large share of the gap between high- and low-resource languages",
                  "retrieval reduces unsupported statements without hurting fluency",
                  "automatic metrics correlate poorly with human judgements of faithfulness",
                  "a small amount of in-language data is more valuable than much larger amounts of translated data"],
        implications=["multilingual evaluation should be the default", "retrieval is an effective remedy for hallucination",
                      "evaluation metrics need to be validated against human judgements"],
        units=["languages", "documents"],
    ),
    "gnn": dict(
        field="graph representation learning",
        objects=["graph neural networks", "message-passing networks", "graph transformers",
                 "knowledge graph embeddings", "temporal graph models"],
        tasks=["node classification", "link prediction", "graph classification", "community detection",
               "molecular property prediction", "citation recommendation"],
        methods=["spectral positional encoding", "sampling-based training scheme", "higher-order message-passing layer",
                 "graph rewiring procedure", "contrastive graph pretraining objective"],
        properties=["over-smoothing", "over-squashing", "expressive power", "scalability",
                    "robustness to structural noise", "performance under heterophily"],
        settings=["on large sparse graphs", "under heterophily", "on dynamic graphs", "with few labelled nodes",
                  "at web scale"],
        apps=["drug discovery", "recommendation", "fraud detection", "traffic forecasting",
              "scholarly knowledge graphs"],
        limitations=["suffer from over-smoothing as depth increases",
                     "do not scale to graphs with billions of edges",
                     "assume that connected nodes tend to share labels",
                     "cannot distinguish many non-isomorphic graphs"],
        mechanisms=["rewires the input graph to relieve bottlenecks identified by local curvature",
                    "augments node features with spectral positional encodings",
                    "passes messages along higher-order structures such as cycles and cliques",
                    "samples subgraphs so that each training step has constant cost"],
        data=["twelve node- and graph-level benchmarks", "citation and co-authorship networks",
              "a heterophilous benchmark suite", "a web-scale graph with 1.2 billion edges"],
        metrics=["accuracy", "mean reciprocal rank", "ROC-AUC", "training time per epoch"],
        findings=["over-squashing, rather than over-smoothing, limits performance on long-range tasks",
                  "simple positional encodings close much of the gap to more expressive architectures",
                  "rewiring helps most on graphs with low average curvature",
                  "performance under heterophily depends strongly on the choice of aggregation function"],
        implications=["graph topology should be treated as a tunable component of the model",
                      "expressivity alone does not explain empirical performance",
                      "benchmark suites should include heterophilous graphs"],
        units=["graphs", "datasets"],
    ),
    "bio": dict(
        field="computational biology",
        objects=["protein language models", "single-cell foundation models", "gene regulatory network models",
                 "variant effect predictors", "deep generative models of molecules"],
        tasks=["protein function prediction", "single-cell clustering", "variant effect prediction",
               "drug-target interaction prediction", "gene expression imputation"],
        methods=["graph-based representation of protein structure", "probabilistic model of single-cell counts",
                 "multi-task transformer for genomic sequences", "active learning strategy for wet-lab experiments",
                 "equivariant neural network"],
        properties=["interpretability", "robustness to batch effects", "generalization to unseen protein families",
                    "uncertainty quantification", "data efficiency"],
        settings=["across tissues", "in non-model organisms", "with limited experimental data",
                  "at single-cell resolution"],
        apps=["precision medicine", "crop improvement", "vaccine design", "antimicrobial resistance surveillance",
              "enzyme engineering"],
        limitations=["are confounded by technical batch effects",
                     "generalize poorly beyond the protein families seen during training",
                     "ignore the three-dimensional structure of proteins",
                     "require prohibitively many experimental measurements"],
        mechanisms=["represents each protein as a residue contact graph and learns from its structure",
                    "models technical noise explicitly so that biological variation can be separated from batch effects",
                    "selects the most informative experiments to run next",
                    "shares information across related prediction tasks"],
        data=["deep mutational scanning data for 38 proteins", "a single-cell atlas of 1.1 million cells",
              "held-out protein families from a curated database", "two independent patient cohorts"],
        metrics=["Spearman correlation", "adjusted Rand index", "area under the precision-recall curve",
                 "top-10 accuracy"],
        findings=["structural information helps most for proteins with few homologues",
                  "batch effects explain a surprisingly large fraction of the variance in published atlases",
                  "active learning halves the number of experiments needed to identify functional variants",
                  "pretrained sequence models capture epistasis only partially"],
        implications=["structure-aware models are a promising route to reliable function prediction",
                      "careful correction for technical effects is essential for single-cell analyses",
                      "computational screening can substantially reduce experimental costs"],
        units=["proteins", "cells"],
    ),
    "biblio": dict(
        field="scholarly communication",
        objects=["citation indicators", "open bibliographic databases", "preprint servers",
                 "author name disambiguation systems", "research evaluation frameworks",
                 "persistent identifier infrastructures"],
        tasks=["author name disambiguation", "open access monitoring", "citation recommendation",
               "research topic classification", "detection of questionable publishing practices",
               "research software citation tracking"],
        methods=["record linkage pipeline", "field-normalized citation indicator", "embedding-based topic classifier",
                 "co-authorship graph clustering method", "metadata quality audit"],
        properties=["coverage", "metadata completeness", "the citation advantage of open access",
                    "gender balance in authorship", "disambiguation accuracy", "reproducibility"],
        settings=["across disciplines", "at national scale", "in open bibliographic data",
                  "for non-English publications", "over two decades"],
        apps=["research assessment", "funding decisions", "literature discovery", "science policy",
              "library collection management"],
        limitations=["rely on proprietary databases whose coverage is uneven across fields and languages",
                     "conflate authors who share a common name",
                     "ignore preprints and other non-journal outputs",
                     "are difficult to reproduce because the underlying data are not open"],
        mechanisms=["links records across sources using persistent identifiers, co-authors and affiliations",
                    "normalizes citation counts by field, publication year and document type",
                    "clusters co-authorship graphs to separate authors with identical names",
                    "assigns topics to publications from their titles, abstracts and references"],
        data=["a corpus of 8.4 million open bibliographic records", "publications from 1,900 institutions in 42 countries",
              "a manually verified sample of 5,000 author profiles",
              "all articles published in 120 journals between 2010 and 2022"],
        metrics=["precision and recall", "coverage", "rank correlation with expert judgements",
                 "the share of open access articles"],
        findings=["authors with common names are split or merged far more often than others",
                  "the open access citation advantage shrinks after controlling for field and journal",
                  "open databases now match proprietary ones in coverage for most fields",
                  "preprints account for a growing share of early citations",
                  "metadata completeness varies more across publishers than across disciplines"],
        implications=["research assessment should rely on open and auditable data",
                      "identifier adoption is the most effective lever for improving metadata quality",
                      "indicators must be interpreted in the context of their coverage"],
        units=["publications", "journals"],
    ),
    "climate": dict(
        field="climate science",
        objects=["regional climate models", "neural emulators of climate models", "statistical downscaling methods",
                 "Earth system models", "ensemble forecasting systems"],
        tasks=["precipitation downscaling", "extreme event attribution", "seasonal forecasting",
               "emulation of climate projections", "bias correction of model output"],
        methods=["physics-informed neural emulator", "generative downscaling model", "probabilistic bias-correction method",
                 "hybrid statistical-dynamical forecasting scheme", "ensemble data assimilation approach"],
        properties=["representation of extremes", "physical consistency", "uncertainty", "computational cost",
                    "skill at subseasonal lead times"],
        settings=["over complex terrain", "in the Nordic region", "under future warming scenarios",
                  "at kilometre scale", "for coastal regions"],
        apps=["flood risk assessment", "hydropower planning", "agriculture", "urban planning", "insurance"],
        limitations=["are too expensive to run for large ensembles", "underestimate the intensity of rare extremes",
                     "violate basic physical constraints such as mass conservation",
                     "provide little information about uncertainty"],
        mechanisms=["learns to reproduce model output while enforcing conservation of mass and energy",
                    "generates high-resolution fields conditioned on coarse model output",
                    "corrects systematic biases while preserving the simulated climate change signal",
                    "combines dynamical forecasts with statistical post-processing"],
        data=["ERA5 reanalysis and CMIP6 projections", "observations from 1,400 weather stations",
              "a 50-member regional ensemble", "thirty years of daily precipitation records"],
        metrics=["root-mean-square error", "continuous ranked probability score", "bias in the 99th percentile",
                 "computational cost"],
        findings=["learned emulators reproduce the mean climate well but underestimate variability at the smallest scales",
                  "enforcing conservation constraints improves the representation of extremes",
                  "most of the skill at subseasonal lead times comes from a few large-scale patterns",
                  "bias correction can distort the projected change in extremes if applied naively"],
        implications=["machine learning can make large ensembles affordable for impact studies",
                      "physical constraints should be built into learned models",
                      "users of downscaled projections should account for method-dependent uncertainty"],
        units=["simulations", "stations"],
    ),
    "quantum": dict(
        field="quantum computing",
        objects=["variational quantum algorithms", "noisy intermediate-scale quantum devices",
                 "quantum error-correcting codes", "quantum neural networks", "superconducting qubit arrays"],
        tasks=["quantum error mitigation", "ground-state energy estimation", "quantum circuit compilation",
               "quantum state tomography", "combinatorial optimization with quantum annealers"],
        methods=["noise-aware circuit compiler", "symmetry-preserving variational ansatz",
                 "classical shadow estimation protocol", "neural-network decoder", "zero-noise extrapolation scheme"],
        properties=["trainability", "barren-plateau behaviour", "noise resilience", "circuit depth",
                    "sample complexity"],
        settings=["on near-term hardware", "with limited qubit connectivity", "under realistic noise models",
                  "at the surface-code threshold"],
        apps=["quantum chemistry", "materials simulation", "portfolio optimization", "cryptography",
              "machine learning"],
        limitations=["suffer from vanishing gradients as the number of qubits grows",
                     "assume noise models that do not match real devices",
                     "require circuit depths beyond the reach of current hardware",
                     "need an exponential number of measurements"],
        mechanisms=["restricts the search to circuits that respect the symmetries of the target Hamiltonian",
                    "schedules gates to avoid the noisiest qubit pairs",
                    "estimates many observables from a small number of randomized measurements",
                    "learns to decode syndromes directly from measurement data"],
        data=["simulated devices with up to 64 qubits", "a 27-qubit superconducting processor",
              "molecular Hamiltonians of increasing size", "benchmark circuits from a standard suite"],
        metrics=["energy error", "logical error rate", "circuit fidelity", "the number of two-qubit gates"],
        findings=["symmetry constraints mitigate barren plateaus for the systems we consider",
                  "noise-aware compilation reduces the two-qubit gate count by a third on average",
                  "a few thousand randomized measurements suffice to estimate hundreds of observables",
                  "learned decoders approach the performance of optimal decoders at a fraction of the cost"],
        implications=["problem structure is essential for trainable variational algorithms",
                      "hardware-aware compilation is a cheap route to better results on current devices",
                      "classical post-processing will remain an integral part of quantum workflows"],
        units=["benchmark circuits", "circuit instances"],
    ),
}

ADJECTIVES = ["efficient", "robust", "scalable", "data-efficient", "interpretable", "reliable", "simple",
              "principled"]
STUDY_TYPES = ["large-scale empirical study", "systematic comparison", "theoretical and empirical analysis",
               "controlled study", "reproducibility study"]
METHOD_NAMES = ["KESTREL", "Aurora", "BASALT", "Cinder", "DRIFT", "Ember", "FATHOM", "Halcyon", "ISOTOPE",
                "Juniper", "LANTERN", "Meridian", "NIMBUS", "Obsidian", "PRISM", "Quill", "RIPPLE", "Sextant",
                "TALON", "Umbra", "VESPER", "Willow", "ZENITH", "Coral", "DUNE", "Flint", "GROVE", "Heron",
                "LARCH", "Mosaic", "ORCHID", "Pebble", "QUARTZ", "Sable", "TUNDRA", "Verge", "WREN", "Yarrow"]
NAME_PREFIXES = ["Aur", "Bel", "Cor", "Del", "Fen", "Gal", "Hel", "Ivo", "Kor", "Lum", "Mar", "Nor", "Pol",
                 "Ren", "Sol", "Tor", "Val", "Xen", "Zor"]
NAME_SUFFIXES = {"ml": ["Grad", "Fit"], "opt": ["Step", "Prox"], "rl": ["Agent", "Plan"], "cv": ["Seg", "Vision"],
                 "med": ["Scan", "Med"], "robo": ["Grasp", "Walk"], "nlp": ["Lingo", "Text"],
                 "gnn": ["Graph", "GNN"], "bio": ["Fold", "Cell"], "biblio": ["Cite", "Link"],
                 "climate": ["Clim", "Rain"], "quantum": ["Q", "Qubit"]}
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
               "via", "vs.", "with"}


# ---------------------------------------------------------------------------------------------------------
# Small pure helpers
# ---------------------------------------------------------------------------------------------------------

def orcid_check_digit(base15):
    """ISO 7064 MOD 11-2 check character for the first 15 digits of an ORCID iD."""
    total = 0
    for ch in base15:
        total = (total + int(ch)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def orcid_is_valid(url):
    prefix = "https://orcid.org/"
    if not url.startswith(prefix):
        return False
    digits = url[len(prefix):].replace("-", "")
    if len(digits) != 16 or not digits[:15].isdigit():
        return False
    return orcid_check_digit(digits[:15]) == digits[15]


def issn_with_check(seven):
    total = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1)))
    check = (11 - total % 11) % 11
    return "%s-%s%s" % (seven[:4], seven[4:], "X" if check == 10 else str(check))


def inverted_index(text):
    index = {}
    for position, word in enumerate(text.split(" ")):
        index.setdefault(word, []).append(position)
    return index


def from_inverted_index(index):
    pairs = sorted((p, w) for w, positions in index.items() for p in positions)
    assert [p for p, _ in pairs] == list(range(len(pairs))), "positions must be 0..n-1 without gaps"
    return " ".join(w for _, w in pairs)


def title_case(phrase):
    words = phrase.split(" ")
    out = []
    for i, word in enumerate(words):
        after_colon = i > 0 and out[-1].endswith(":")
        if any(c.isupper() for c in word):
            out.append(word)
        elif i > 0 and not after_colon and word in SMALL_WORDS:
            out.append(word)
        else:
            parts = word.split("-")
            parts = [p[:1].upper() + p[1:] if (j == 0 or p not in SMALL_WORDS) else p
                     for j, p in enumerate(parts)]
            out.append("-".join(parts))
    return " ".join(out)


def repeats_content_word(title):
    """True if a content word occurs twice, e.g. "Downscaling Methods for Precipitation Downscaling"."""
    words = [w.strip(":?,").lower() for w in title.replace("-", " ").split(" ")]
    long_words = [w[:-1] if w.endswith("s") else w for w in words if len(w) >= 5]
    return len(long_words) != len(set(long_words))


def article(phrase):
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def sentence(text):
    return text[:1].upper() + text[1:]


ASCII_FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"}


def ascii_fold(text):
    text = "".join(ASCII_FOLD.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def weighted_choice(rng, items):
    """items: list of (value, weight); deterministic given rng state."""
    total = sum(w for _, w in items)
    r = rng.random() * total
    for value, weight in items:
        r -= weight
        if r < 0:
            return value
    return items[-1][0]


def allocate(rng, count, weights):
    """Exactly `count` values split in proportion to the weights (largest remainder), in shuffled order."""
    total = sum(w for _, w in weights)
    shares = [(v, count * w / total) for v, w in weights]
    counts = {v: int(x) for v, x in shares}
    by_remainder = sorted(shares, key=lambda vx: -(vx[1] - int(vx[1])))
    for v, _ in by_remainder[:count - sum(counts.values())]:
        counts[v] += 1
    values = [v for v, _ in weights for _ in range(counts[v])]
    rng.shuffle(values)
    return values


def weighted_sample(rng, items, k):
    items = list(items)
    chosen = []
    while items and len(chosen) < k:
        value = weighted_choice(rng, items)
        chosen.append(value)
        items = [(v, w) for v, w in items if v != value]
    return chosen


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------------------
# Dataset construction
# ---------------------------------------------------------------------------------------------------------

class Author:
    def __init__(self, spec):
        (self.key, self.name, self.family, self.has_orcid, self.cluster, self.role, self.topics,
         self.career, self.bridge_topics) = spec
        self.id = None
        self.orcid = None
        self.raw_affiliation = {}

    def institutions_in(self, year):
        return [inst for inst, first, last in self.career if first <= year <= last]

    def active(self, year):
        return bool(self.institutions_in(year))


def name_alternatives(author):
    if author.key == "piotr":
        return ["Piotr Zielinski", "P. Zielinski", "Zielinski Piotr", "Piotr Zieliński"]
    name, family = author.name, author.family
    alts = [name]
    if author.key in FAMILY_FIRST:
        given = name[len(family) + 1:]
        alts.append("%s %s" % (given, family))
        alts.append(ascii_fold("%s %s" % (given, family)))
        alts.append(ascii_fold(name))
    else:
        given = name[:len(name) - len(family) - 1]
        initials = " ".join(part[0] + "." for part in given.replace("-", " ").split(" "))
        alts.append("%s %s" % (family, given))
        alts.append("%s %s" % (initials, family))
        alts.append(ascii_fold(name))
    seen, result = set(), []
    for alt in alts:
        if alt not in seen:
            seen.add(alt)
            result.append(alt)
    return result


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.used_titles = set(t for _, t, *_ in SEED_WORKS)
        self.used_names = set()
        self.used_arxiv = set(a for a, *_ in SEED_WORKS)

    # -- reference entities -------------------------------------------------------------------------------
    def build_reference(self):
        self.institutions = {}
        for n, (key, name, cc, country, city, typ, homepage, raw) in enumerate(INSTITUTIONS, 1):
            self.institutions[key] = dict(
                id="%sI73%08d" % (OA, n), ror="https://ror.org/0demo%04d" % n, display_name=name,
                country_code=cc, type=typ, homepage_url=homepage, geo=dict(city=city, country=country),
                _raw=raw)
        self.topics = {}
        for n, (key, name, desc, keywords, sub, field, domain) in enumerate(TOPICS, 1):
            self.topics[key] = dict(
                id="%sT74%08d" % (OA, n), display_name=name, description=desc, keywords=keywords,
                subfield=dict(id="%ssubfields/%d" % (OA, sub[0]), display_name=sub[1]),
                field=dict(id="%sfields/%d" % (OA, field[0]), display_name=field[1]),
                domain=dict(id="%sdomains/%d" % (OA, domain[0]), display_name=domain[1]))
        self.sources = {}
        for n, (key, name, issn7, typ, host, homepage, policy) in enumerate(SOURCES, 1):
            self.sources[key] = dict(
                id="%sS75%08d" % (OA, n), display_name=name, issn_l=issn_with_check(issn7) if issn7 else None,
                type=typ, host_organization_name=host, homepage_url=homepage, _policy=policy)

    def build_authors(self):
        self.authors = {}
        used_orcids = set()
        for n, spec in enumerate(AUTHORS, 1):
            author = Author(spec)
            author.id = "%sA72%08d" % (OA, n)
            if author.has_orcid:
                while True:
                    # 0000-0001-[0-4]xxx-xxx: a block ORCID never assigns (it starts at 0000-0001-5000-0007).
                    base = "00000001" + str(self.rng.randint(0, 4)) + "%06d" % self.rng.randint(0, 999999)
                    digits = base + orcid_check_digit(base)
                    if digits not in used_orcids:
                        used_orcids.add(digits)
                        break
                author.orcid = "https://orcid.org/%s-%s-%s-%s" % (digits[:4], digits[4:8], digits[8:12], digits[12:])
            for inst, _, _ in author.career:
                author.raw_affiliation[inst] = self.rng.choice(self.institutions[inst]["_raw"])
            self.authors[author.key] = author

    # -- text ---------------------------------------------------------------------------------------------
    def method_name(self, topic):
        rng = self.rng
        if rng.random() < 0.6:
            free = [n for n in METHOD_NAMES if n not in self.used_names]
            if free:
                name = rng.choice(free)
                self.used_names.add(name)
                return name
        while True:
            name = rng.choice(NAME_PREFIXES) + rng.choice(NAME_SUFFIXES[topic])
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def title_and_plan(self, topic):
        rng = self.rng
        v = VOCAB[topic]
        for _ in range(200):
            slots = dict(method=rng.choice(v["methods"]), task=rng.choice(v["tasks"]),
                         property=rng.choice(v["properties"]), objects=rng.choice(v["objects"]),
                         setting=rng.choice(v["settings"]), adj=rng.choice(ADJECTIVES),
                         study=rng.choice(STUDY_TYPES))
            other = [p for p in v["properties"] if p != slots["property"]]
            slots["property2"] = rng.choice(other)
            kind = rng.choice(["named_method", "named_task", "method", "method", "on_the", "understanding",
                               "study", "when_does", "rethinking", "task_study", "towards", "pair", "benchmark"])
            name = None
            s = slots
            if kind == "named_method":
                name = "{name}"
                title = "%s: %s for %s" % (name, article(s["method"]), s["task"])
            elif kind == "named_task":
                name = "{name}"
                title = "%s: %s %s %s" % (name, s["adj"], s["task"], s["setting"])
            elif kind == "method":
                if rng.random() < 0.5:
                    title = "%s for %s %s" % (article(s["method"]), s["task"], s["setting"])
                else:
                    title = "%s %s via %s" % (s["adj"], s["task"], article(s["method"]))
            elif kind == "on_the":
                title = "on the %s of %s" % (s["property"], s["objects"])
            elif kind == "understanding":
                title = "understanding %s in %s %s" % (s["property"], s["objects"], s["setting"])
            elif kind == "study":
                title = "%s of %s in %s" % (article(s["study"]), s["property"], s["objects"])
            elif kind == "when_does":
                title = "when does %s help %s?" % (article(s["method"]), s["task"])
            elif kind == "rethinking":
                title = "rethinking %s for %s" % (s["property"], s["task"])
            elif kind == "task_study":
                title = "%s %s: %s" % (s["task"], s["setting"], article(s["study"]))
            elif kind == "towards":
                title = "towards %s %s %s" % (s["adj"], s["task"], s["setting"])
            elif kind == "pair":
                title = "%s and %s in %s" % (s["property"], s["property2"], s["objects"])
            else:
                title = "benchmarking %s for %s" % (s["objects"], s["task"])
            title = title_case(title)
            if name:
                candidate_name = self.peek_name(topic)
                title = title.replace("{name}", candidate_name)
            if title in self.used_titles or repeats_content_word(title):
                continue
            if name:
                name = candidate_name
                self.used_names.add(name)
            self.used_titles.add(title)
            analysis = kind in ("on_the", "understanding", "study", "rethinking", "task_study", "pair", "benchmark")
            if not analysis and name is None and rng.random() < 0.3:
                name = self.method_name(topic)
            return title, dict(slots, kind=kind, name=name, analysis=analysis)
        raise AssertionError("could not find a fresh title for topic %s" % topic)

    def peek_name(self, topic):
        """Pick a method name without reserving it (reserved only if the title is accepted)."""
        state = self.rng.getstate()
        used = set(self.used_names)
        name = self.method_name(topic)
        self.used_names = used
        self.rng.setstate(state)
        self.rng.random()  # advance so that a retry draws a different name
        return name

    def abstract(self, topic, plan):
        rng = self.rng
        v = VOCAB[topic]
        for _ in range(50):
            s = []
            objects, task, prop, setting = plan["objects"], plan["task"], plan["property"], plan["setting"]
            other_prop = plan["property2"]
            apps = rng.sample(v["apps"], 2)
            s.append(rng.choice([
                "%s are now widely used for %s, yet %s in these models remains poorly understood." % (
                    sentence(objects), task, prop),
                "%s is a central problem in %s, with applications ranging from %s to %s." % (
                    sentence(task), v["field"], apps[0], apps[1]),
                "Recent progress in %s has been driven by %s, but their %s is still difficult to characterize." % (
                    v["field"], objects, prop),
                "Understanding %s is a long-standing goal in %s, with consequences for %s and %s." % (
                    prop, v["field"], apps[0], apps[1]),
            ]))
            s.append(rng.choice([
                "However, existing approaches %s." % rng.choice(v["limitations"]),
                "Most current methods %s, which limits their use in practice." % rng.choice(v["limitations"]),
                "Prior work has largely focused on %s, leaving %s %s largely unexplored." % (other_prop, prop, setting),
            ]))
            findings = rng.sample(v["findings"], 3)
            if plan["analysis"]:
                n = rng.choice(["more than 1,200", "over 300", "nearly 5,000", "several hundred", "about 80",
                                "more than 40"])
                s.append("We present %s of %s in %s %s, covering %s %s." % (
                    article(plan["study"]), prop, objects, setting, n, rng.choice(v["units"])))
                s.append("We find that %s." % findings[0])
                if rng.random() < 0.8:
                    s.append(rng.choice(["Moreover, %s.", "In addition, we show that %s.",
                                         "Our analysis also reveals that %s."]) % findings[1])
                if rng.random() < 0.5:
                    s.append("We further examine %s and observe that %s." % (other_prop, findings[2]))
            else:
                name = plan["name"]
                mechanism = rng.choice(v["mechanisms"])
                if name:
                    s.append(rng.choice([
                        "In this paper, we propose %s, %s that %s." % (name, article(plan["method"]), mechanism),
                        "This paper presents %s, %s for %s that %s." % (name, article(plan["method"]), task, mechanism),
                    ]))
                    subject = name
                else:
                    s.append(rng.choice([
                        "We introduce %s that %s." % (article(plan["method"]), mechanism),
                        "In this work, we develop %s for %s that %s." % (article(plan["method"]), task, mechanism),
                    ]))
                    subject = rng.choice(["our method", "the proposed approach", "the resulting method"])
                if rng.random() < 0.6:
                    s.append(rng.choice([
                        "The method adds little overhead and requires no additional hyperparameters.",
                        "It is simple to implement and compatible with existing pipelines.",
                        "We complement the method with a theoretical analysis that characterizes when it is "
                        "expected to help.",
                        "All components are trained end to end and can be combined with standard architectures.",
                    ]))
                data = rng.choice(v["data"])
                metric = rng.choice(v["metrics"])
                s.append(rng.choice([
                    "Experiments on %s show that %s consistently outperforms strong baselines in terms of %s." % (
                        data, subject, metric),
                    "On %s, %s matches the strongest baselines while reducing computational cost by a factor of %d." % (
                        data, subject, rng.randint(2, 9)),
                    "Across %s, %s improves %s by %.1f%% on average relative to the best competing method." % (
                        data, subject, metric, rng.uniform(1.5, 18.0)),
                ]))
                if rng.random() < 0.7:
                    s.append(rng.choice(["We further find that %s.",
                                         "Our analysis also reveals that %s."]) % findings[0])
            s.append(rng.choice([
                "These results suggest that %s." % rng.choice(v["implications"]),
                "Our findings indicate that %s." % rng.choice(v["implications"]),
                "Taken together, the results show that %s." % rng.choice(v["implications"]),
            ]))
            if rng.random() < 0.3:
                s.append(rng.choice(["Code and data are publicly available.",
                                     "We release our code to support future research.",
                                     "All data and analysis scripts are openly available."]))
            text = " ".join(sentence(x) for x in s)
            words = len(text.split(" "))
            if 60 <= words <= 180:
                return text
        raise AssertionError("could not generate an abstract of 60-180 words")

    # -- works --------------------------------------------------------------------------------------------
    def pick_year(self, lo=FIRST_YEAR):
        return weighted_choice(self.rng, [(y, w) for y, w in sorted(YEAR_WEIGHTS.items()) if y >= lo])

    def pick_date(self, year):
        last_month = LAST_PUBLICATION_DATE.month if year == LAST_PUBLICATION_DATE.year else 12
        month = self.rng.randint(1, last_month)
        day = self.rng.randint(1, 28)
        d = date(year, month, day)
        return min(d, LAST_PUBLICATION_DATE)

    def form_team(self, cluster, topic, year):
        rng = self.rng
        members = [a for a in self.authors.values()
                   if a.cluster == cluster and a.role != "special" and a.active(year)]
        seniors = [a for a in members if a.role in ("pi", "senior") and topic in a.topics]
        if not seniors:
            seniors = [a for a in members if a.role in ("pi", "senior")]
        last = weighted_choice(rng, [(a, 5 if a.role == "pi" else 2) for a in seniors])
        size = weighted_choice(rng, TEAM_SIZE_WEIGHTS)
        if size == 1:
            return [last]
        pool = [(a, (3.0 if topic in a.topics else 0.6) * (1.5 if a.role == "member" else 1.0))
                for a in members if a is not last]
        others = weighted_sample(rng, pool, size - 1)
        bridges = [a for a in self.authors.values()
                   if topic in a.bridge_topics and a.active(year) and a not in others and a is not last]
        if bridges and rng.random() < 0.3:
            bridge = rng.choice(bridges)
            if len(others) + 2 <= 7:
                others.append(bridge)
            elif len(others) > 1:
                others[-1] = bridge
        # First author: preferably a junior member from the home cluster.
        juniors = [a for a in others if a.role == "member" and a.cluster == cluster]
        first = juniors[0] if juniors else others[0]
        middle = [a for a in others if a is not first]
        rng.shuffle(middle)
        return [first] + middle + [last]

    def pick_topics(self, primary):
        rng = self.rng
        count = weighted_choice(rng, [(1, 40), (2, 35), (3, 25)])
        secondary = rng.sample(RELATED_TOPICS[primary], min(count - 1, len(RELATED_TOPICS[primary])))
        scores = [round(rng.uniform(0.93, 0.9999), 4)]
        for _ in secondary:
            scores.append(round(rng.uniform(0.55, scores[-1] - 0.01), 4))
        return list(zip([primary] + secondary, scores))

    def citations(self, pub_date):
        rng = self.rng
        age = max(0.05, (SNAPSHOT_DATE - pub_date).days / 365.25)
        value = rng.lognormvariate(0.0, 1.15) * 7.0 * age ** 1.15
        if rng.random() < 0.04:
            value *= 6
        if value > 900:  # a soft cap keeps the tail below 900 without piling works up at the limit
            value = 600 + rng.random() * 300
        return int(value)

    def build_works(self):
        rng = self.rng
        works = []
        # Seed works first: fixed content.
        for arxiv, title, pub, keys, abstract, cited, score in SEED_WORKS:
            works.append(dict(seed=True, arxiv=arxiv, title=title, date=date.fromisoformat(pub),
                              authors=[self.authors[k] for k in keys], abstract=abstract, cited=cited,
                              topics=[("ml", score)], source="arxiv"))
        # Hand-written works of Satrajit Chatterjee and Shankar Krishnan outside the seed.
        for year, topic, keys in SATRAJIT_WORKS + SHANKAR_WORKS:
            works.append(self.new_work(topic, year, [self.authors[k] for k in keys], special=True))
        # Random cluster works.
        for cluster in sorted(CLUSTERS):
            count, topic_weights = CLUSTERS[cluster]
            for topic in allocate(rng, count, topic_weights):
                year = self.pick_year()
                team = self.form_team(cluster, topic, year)
                works.append(self.new_work(topic, year, team, special=False, cluster=cluster))
        self.fill_unused_authors(works)
        return works

    def new_work(self, topic, year, team, special, cluster=None):
        title, plan = self.title_and_plan(topic)
        pub = self.pick_date(year)
        return dict(seed=False, special=special, cluster=cluster, title=title, date=pub, authors=list(team),
                    abstract=self.abstract(topic, plan), cited=self.citations(pub),
                    topics=self.pick_topics(topic), source=weighted_choice(self.rng, TOPIC_SOURCES[topic]))

    def fill_unused_authors(self, works):
        used = set(a.key for w in works for a in w["authors"])
        for author in self.authors.values():
            if author.key in used:
                continue
            candidates = [w for w in works if not w["seed"] and not w["special"] and w["cluster"] == author.cluster
                          and author.active(w["date"].year) and 2 <= len(w["authors"]) < 7
                          and w["topics"][0][0] in author.topics]
            assert candidates, "no work can take author %s" % author.name
            work = self.rng.choice(candidates)
            work["authors"].insert(len(work["authors"]) - 1, author)

    # -- serialisation ------------------------------------------------------------------------------------
    def inst_for_work(self, inst):
        i = self.institutions[inst]
        return dict(id=i["id"], display_name=i["display_name"], ror=i["ror"], country_code=i["country_code"],
                    type=i["type"])

    def inst_for_author(self, inst):
        i = self.institutions[inst]
        return dict(id=i["id"], ror=i["ror"], display_name=i["display_name"], country_code=i["country_code"],
                    type=i["type"])

    def topic_for_work(self, key, score):
        t = self.topics[key]
        return dict(id=t["id"], display_name=t["display_name"], score=score, subfield=dict(t["subfield"]),
                    field=dict(t["field"]), domain=dict(t["domain"]))

    def finish(self, works):
        rng = self.rng
        seeds = [w for w in works if w["seed"]]
        others = sorted((w for w in works if not w["seed"]), key=lambda w: (w["date"], w["title"]))
        for n, w in enumerate(seeds + others, 1):
            w["id"] = "%sW71%08d" % (OA, n)
        ordered = seeds + others
        # Identifiers and locations.
        doi_serial = 0
        non_arxiv = [w for w in others if w["source"] != "arxiv"]
        conference = [w for w in non_arxiv if self.sources[w["source"]]["type"] == "conference"]
        no_doi = set(id(w) for w in rng.sample(conference, 4))
        for w in ordered:
            src = self.sources[w["source"]]
            if w["source"] == "arxiv":
                if not w["seed"]:
                    while True:
                        arxiv = "%02d%02d.9%04d" % (w["date"].year % 100, w["date"].month, rng.randint(0, 9999))
                        if arxiv not in self.used_arxiv:
                            self.used_arxiv.add(arxiv)
                            break
                    w["arxiv"] = arxiv
                w["doi"] = "https://doi.org/10.48550/arxiv.%s" % w["arxiv"]
                w["type"] = "preprint"
                w["landing"] = "https://arxiv.org/abs/%s" % w["arxiv"]
                w["pdf"] = "https://arxiv.org/pdf/%s" % w["arxiv"]
                w["oa"] = (True, "green", w["pdf"])
            else:
                doi_serial += 1
                if id(w) in no_doi:
                    w["doi"] = None
                    w["landing"] = "%s/papers/%d/%d" % (src["homepage_url"], w["date"].year, doi_serial)
                else:
                    w["doi"] = "https://doi.org/10.5555/bzdemo.%d" % doi_serial
                    w["landing"] = w["doi"]
                w["type"] = "article" if src["type"] == "journal" else "proceedings-article"
                policy = src["_policy"]
                pdf = "%s/articles/bzdemo.%d.pdf" % (src["homepage_url"], doi_serial)
                roll = rng.random()
                if policy == "gold":
                    w["pdf"], w["oa"] = pdf, (True, "gold", pdf)
                elif policy == "hybrid" and roll < 0.35:
                    w["pdf"], w["oa"] = pdf, (True, "hybrid", pdf)
                elif roll < 0.55 and policy in ("hybrid", "conference", "subscription"):
                    w["pdf"], w["oa"] = None, (True, "bronze", w["landing"])
                else:
                    w["pdf"], w["oa"] = None, (False, "closed", None)
        # Abstract omitted for ~10% of non-seed works.
        no_abstract = set(id(w) for w in rng.sample(others, round(len(others) / 10)))
        for w in others:
            if id(w) in no_abstract:
                w["abstract"] = None
        # References: earlier works sharing a topic, self-citations favoured.
        by_id = {w["id"]: w for w in ordered}
        seed_refs = {
            "2203.10036": ["2008.01217", "2003.07422"],
            "2008.01217": ["2003.07422"],
            "2003.07422": [],
        }
        arxiv_to_id = {w["arxiv"]: w["id"] for w in seeds}
        for w in ordered:
            topics = set(t for t, _ in w["topics"])
            keys = set(a.key for a in w["authors"])
            earlier = [o for o in ordered if o["date"] < w["date"] and o is not w]
            if w["seed"]:
                refs = [arxiv_to_id[a] for a in seed_refs[w["arxiv"]]]
                refs += [o["id"] for o in earlier if not o["seed"] and "satrajit" in set(a.key for a in o["authors"])
                         and o["topics"][0][0] == "ml"]
            else:
                candidates = []
                for o in earlier:
                    shared = topics & set(t for t, _ in o["topics"])
                    if not shared:
                        continue
                    weight = 1.0 + 2.0 * (o["topics"][0][0] == w["topics"][0][0])
                    weight *= 3.0 if keys & set(a.key for a in o["authors"]) else 1.0
                    candidates.append((o["id"], weight))
                refs = weighted_sample(rng, candidates, rng.randint(0, 7))
            w["referenced"] = sorted(set(refs))
            same = [o["id"] for o in ordered if o is not w and o["topics"][0][0] == w["topics"][0][0]]
            w["related"] = sorted(rng.sample(same, min(len(same), rng.randint(3, 8))), reverse=True)
        incoming = Counter(r for w in ordered for r in w["referenced"])
        for w in ordered:
            w["cited"] = max(w["cited"], incoming[w["id"]])
            created = min(w["date"] + timedelta(days=rng.randint(1, 20)), SNAPSHOT_DATE)
            w["created"] = created.isoformat()
            w["updated"] = "2025-06-%02dT%02d:%02d:%02d.%06d" % (
                rng.randint(1, SNAPSHOT_DATE.day), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                rng.randint(0, 999999))
        assert all(r in by_id for w in ordered for r in w["referenced"] + w["related"])
        return ordered

    def work_record(self, w):
        rng = self.rng
        src = self.sources[w["source"]]
        authorships = []
        n = len(w["authors"])
        corresponding = 0 if n <= 2 else n - 1
        for i, a in enumerate(w["authors"]):
            position = "first" if i == 0 else ("last" if i == n - 1 else "middle")
            insts = [] if a.key == "piotr" else a.institutions_in(w["date"].year)
            raw_name = a.name
            if not w["seed"] and rng.random() < 0.12:
                raw_name = rng.choice(name_alternatives(a)[1:])
            countries = []
            for inst in insts:
                cc = self.institutions[inst]["country_code"]
                if cc not in countries:
                    countries.append(cc)
            authorships.append(dict(
                author_position=position,
                author=dict(id=a.id, display_name=a.name, orcid=a.orcid),
                institutions=[self.inst_for_work(i) for i in insts],
                countries=countries,
                is_corresponding=(i == corresponding),
                raw_author_name=raw_name,
                raw_affiliation_strings=[a.raw_affiliation[i] for i in insts],
            ))
        topics = [self.topic_for_work(k, s) for k, s in w["topics"]]
        ids = dict(openalex=w["id"])
        if w["doi"]:
            ids["doi"] = w["doi"]
        is_oa, oa_status, oa_url = w["oa"]
        return dict(
            id=w["id"], doi=w["doi"], title=w["title"], display_name=w["title"],
            publication_year=w["date"].year, publication_date=w["date"].isoformat(), ids=ids, language="en",
            primary_location=dict(is_oa=is_oa, landing_page_url=w["landing"], pdf_url=w["pdf"],
                                  source=dict(id=src["id"], display_name=src["display_name"],
                                              issn_l=src["issn_l"], type=src["type"])),
            type=w["type"],
            open_access=dict(is_oa=is_oa, oa_status=oa_status, oa_url=oa_url),
            authorships=authorships,
            cited_by_count=w["cited"],
            primary_topic=dict(topics[0]),
            topics=topics,
            referenced_works=w["referenced"],
            related_works=w["related"],
            abstract_inverted_index=inverted_index(w["abstract"]) if w["abstract"] is not None else None,
            updated_date=w["updated"],
            created_date=w["created"],
        )

    def author_records(self, work_records):
        records = []
        for a in self.authors.values():
            mine = [(w, au) for w in work_records for au in w["authorships"] if au["author"]["id"] == a.id]
            years = {}
            for w, au in mine:
                for inst in au["institutions"]:
                    years.setdefault(inst["id"], set()).add(w["publication_year"])
            key_of = {i["id"]: k for k, i in self.institutions.items()}
            affiliations = sorted(years.items(), key=lambda kv: (-max(kv[1]), -min(kv[1]), kv[0]))
            latest = max(mine, key=lambda p: (p[0]["publication_date"], p[0]["id"])) if mine else None
            records.append(dict(
                id=a.id, orcid=a.orcid, display_name=a.name, display_name_alternatives=name_alternatives(a),
                works_count=len(mine), cited_by_count=sum(w["cited_by_count"] for w, _ in mine),
                affiliations=[dict(institution=self.inst_for_author(key_of[i]), years=sorted(y, reverse=True))
                              for i, y in affiliations],
                last_known_institutions=[self.inst_for_author(key_of[i["id"]]) for i in latest[1]["institutions"]]
                if latest else [],
            ))
        return records

    def build(self):
        self.build_reference()
        self.build_authors()
        works = self.finish(self.build_works())
        work_records = [self.work_record(w) for w in works]
        author_records = self.author_records(work_records)
        strip = lambda d: {k: v for k, v in d.items() if not k.startswith("_")}
        return dict(
            institutions=[strip(i) for i in self.institutions.values()],
            topics=list(self.topics.values()),
            sources=[strip(s) for s in self.sources.values()],
            authors=author_records,
            works=work_records,
        )


def serialise(dataset):
    files = {}
    for name in ("institutions", "topics", "sources", "authors", "works"):
        records = sorted(dataset[name], key=lambda r: r["id"])
        files[name + ".jsonl"] = "".join(dumps(r) + "\n" for r in records).encode("utf-8")
    return files


# ---------------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------------

def check(dataset, seed_file):
    inst = {r["id"]: r for r in dataset["institutions"]}
    topics = {r["id"]: r for r in dataset["topics"]}
    sources = {r["id"]: r for r in dataset["sources"]}
    authors = {r["id"]: r for r in dataset["authors"]}
    works = {r["id"]: r for r in dataset["works"]}
    for name, table in (("institutions", inst), ("topics", topics), ("sources", sources), ("authors", authors),
                        ("works", works)):
        assert len(table) == len(dataset[name]), "duplicate ids in " + name
    all_ids = list(inst) + list(topics) + list(sources) + list(authors) + list(works)
    assert len(all_ids) == len(set(all_ids))
    prefixes = {"institutions": "I73", "topics": "T74", "sources": "S75", "authors": "A72", "works": "W71"}
    for name, prefix in prefixes.items():
        for r in dataset[name]:
            assert r["id"].startswith(OA + prefix) and len(r["id"]) == len(OA) + 11, r["id"]

    # Entity counts and shapes
    assert 10 <= len(inst) <= 14 and 10 <= len(topics) <= 12 and len(authors) >= 68 and len(works) >= 163
    assert {r["type"] for r in inst.values()} <= {"education", "company", "facility", "nonprofit", "government"}
    assert len({r["country_code"] for r in inst.values()}) >= 6
    for t in topics.values():
        for level, path in (("subfield", "subfields"), ("field", "fields"), ("domain", "domains")):
            assert t[level]["id"].startswith("%s%s/" % (OA, path)) and t[level]["id"].rsplit("/", 1)[1].isdigit()
        assert t["description"].count(". ") == 0 and t["description"].endswith(".")
    arxiv = [s for s in sources.values() if s["display_name"] == "arXiv"]
    assert len(arxiv) == 1 and arxiv[0]["type"] == "repository" and arxiv[0]["issn_l"] is None
    ml = [t for t in topics.values() if t["display_name"] == "Machine Learning"]
    assert len(ml) == 1
    ml = ml[0]
    assert {"cs.LG", "deep learning", "generalization"} <= set(ml["keywords"])
    assert (ml["subfield"]["display_name"], ml["field"]["display_name"], ml["domain"]["display_name"]) == (
        "Artificial Intelligence", "Computer Science", "Physical Sciences")

    # Authors
    with_orcid = [a for a in authors.values() if a["orcid"]]
    for a in with_orcid:
        assert orcid_is_valid(a["orcid"]), a["orcid"]
    assert len({a["orcid"] for a in with_orcid}) == len(with_orcid)
    assert 0.35 <= len(with_orcid) / len(authors) <= 0.65
    assert orcid_is_valid("https://orcid.org/0000-0002-1825-0097")   # ORCID's documented example
    assert orcid_is_valid("https://orcid.org/0000-0002-1694-233X")
    assert not orcid_is_valid("https://orcid.org/0000-0002-1825-0098")
    for a in authors.values():
        for aff in a["affiliations"]:
            assert aff["years"] == sorted(aff["years"], reverse=True) and aff["institution"]["id"] in inst
        for li in a["last_known_institutions"]:
            assert li["id"] in inst
    wei = [a for a in authors.values() if a["display_name"] == "Wei Zhang"]
    assert len(wei) == 2 and wei[0]["id"] != wei[1]["id"]
    assert {i["institution"]["id"] for i in wei[0]["affiliations"]}.isdisjoint(
        {i["institution"]["id"] for i in wei[1]["affiliations"]})
    names = Counter(a["display_name"] for a in authors.values())
    assert [n for n, c in names.items() if c > 1] == ["Wei Zhang"], "exactly one name collision"

    # Works
    titles = Counter(w["title"] for w in works.values())
    assert max(titles.values()) == 1, "duplicate titles"
    works_of = {a: [] for a in authors}
    coauthors = {a: set() for a in authors}
    for w in works.values():
        assert w["display_name"] == w["title"]
        assert FIRST_YEAR <= w["publication_year"] <= LAST_YEAR
        assert w["publication_date"].startswith(str(w["publication_year"]) + "-")
        assert w["ids"]["openalex"] == w["id"] and w["ids"].get("doi") == w["doi"]
        assert w["doi"] is None or w["doi"].startswith("https://doi.org/10.")
        assert 0 <= w["cited_by_count"] <= 900
        src = sources[w["primary_location"]["source"]["id"]]
        assert w["primary_location"]["source"] == {k: src[k] for k in ("id", "display_name", "issn_l", "type")}
        if src["display_name"] == "arXiv":
            arxiv_id = w["primary_location"]["landing_page_url"].rsplit("/", 1)[1]
            assert w["doi"] == "https://doi.org/10.48550/arxiv." + arxiv_id
            assert w["primary_location"]["landing_page_url"] == "https://arxiv.org/abs/" + arxiv_id
            assert w["primary_location"]["pdf_url"] == "https://arxiv.org/pdf/" + arxiv_id
            assert w["type"] == "preprint" and w["primary_location"]["is_oa"] is True
            assert w["open_access"] == dict(is_oa=True, oa_status="green", oa_url=w["primary_location"]["pdf_url"])
        else:
            assert w["type"] == {"journal": "article", "conference": "proceedings-article"}[src["type"]]
        assert w["open_access"]["is_oa"] == w["primary_location"]["is_oa"]
        assert (w["open_access"]["oa_url"] is None) == (not w["open_access"]["is_oa"])
        n = len(w["authorships"])
        assert 1 <= n <= 7
        ids = [au["author"]["id"] for au in w["authorships"]]
        assert len(set(ids)) == n
        for i, au in enumerate(w["authorships"]):
            expected = "first" if i == 0 else ("last" if i == n - 1 else "middle")
            assert au["author_position"] == expected
            a = authors[au["author"]["id"]]
            assert au["author"] == dict(id=a["id"], display_name=a["display_name"], orcid=a["orcid"])
            for ins in au["institutions"]:
                assert ins == {k: inst[ins["id"]][k] for k in ("id", "display_name", "ror", "country_code", "type")}
                years = [aff["years"] for aff in a["affiliations"] if aff["institution"]["id"] == ins["id"]]
                assert years and w["publication_year"] in years[0]
            assert au["countries"] == list(dict.fromkeys(i["country_code"] for i in au["institutions"]))
            assert len(au["raw_affiliation_strings"]) == len(au["institutions"])
            works_of[a["id"]].append(w)
            coauthors[a["id"]].update(x for x in ids if x != a["id"])
        assert sum(au["is_corresponding"] for au in w["authorships"]) == 1
        assert w["primary_topic"] == w["topics"][0] and 1 <= len(w["topics"]) <= 3
        scores = [t["score"] for t in w["topics"]]
        assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 and round(s, 4) == s for s in scores)
        for t in w["topics"]:
            ref = topics[t["id"]]
            assert t["display_name"] == ref["display_name"]
            for level in ("subfield", "field", "domain"):
                assert t[level] == ref[level] and isinstance(t[level]["id"], str)
        for r in w["referenced_works"]:
            assert works[r]["publication_date"] < w["publication_date"]
        assert all(r in works for r in w["related_works"]) and w["id"] not in w["related_works"]
        idx = w["abstract_inverted_index"]
        if idx is not None:
            text = from_inverted_index(idx)
            assert inverted_index(text) == idx
            assert "  " not in text and text == text.strip()
        assert w["created_date"] <= SNAPSHOT_DATE.isoformat() and w["updated_date"][:10] <= SNAPSHOT_DATE.isoformat()
    for a in authors.values():
        mine = works_of[a["id"]]
        assert mine, "author without works: " + a["display_name"]
        assert a["works_count"] == len(mine) and a["cited_by_count"] == sum(w["cited_by_count"] for w in mine)
    incoming = Counter(r for w in works.values() for r in w["referenced_works"])
    assert all(works[r]["cited_by_count"] >= c for r, c in incoming.items())

    # The seed
    piotr = [a for a in authors.values() if a["display_name"] == "Piotr Zielinski"]
    assert len(piotr) == 1
    piotr = piotr[0]
    assert piotr["orcid"] is None and piotr["last_known_institutions"] == [] and piotr["affiliations"] == []
    pw = sorted(works_of[piotr["id"]], key=lambda w: w["id"])
    assert len(pw) == 3 and piotr["works_count"] == 3
    by_name = {a["display_name"]: a for a in authors.values()}
    seed_text = None
    if seed_file and os.path.exists(seed_file):
        with open(seed_file, encoding="utf-8") as fh:
            seed_text = fh.read().split("\n")
    for w, (arxiv_id, title, pub, keys, abstract, _, _) in zip(pw, SEED_WORKS):
        assert w["title"] == title and w["publication_date"] == pub and w["type"] == "preprint"
        assert w["doi"] == "https://doi.org/10.48550/arxiv." + arxiv_id
        assert w["primary_location"]["source"]["display_name"] == "arXiv"
        names = [au["author"]["display_name"] for au in w["authorships"]]
        assert names == [AUTHOR_NAMES[k] for k in keys]
        for au in w["authorships"]:
            if au["author"]["id"] == piotr["id"]:
                assert au["institutions"] == [] and au["countries"] == [] and au["raw_affiliation_strings"] == []
        assert len(w["topics"]) == 1 and w["topics"][0]["id"] == ml["id"] and w["primary_topic"]["id"] == ml["id"]
        text = from_inverted_index(w["abstract_inverted_index"])
        assert text == abstract
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == SEED_ABSTRACT_SHA256[arxiv_id]
        if seed_text is not None:
            line = seed_text.index(title)
            following = [x for x in seed_text[line + 1:] if x.strip()]
            assert following[0] == text, "seed abstract differs from the seed file: " + arxiv_id
    piotr_coauthors = sorted(authors[x]["display_name"] for x in coauthors[piotr["id"]])
    assert piotr_coauthors == ["Satrajit Chatterjee", "Shankar Krishnan"]
    satrajit, shankar = by_name["Satrajit Chatterjee"], by_name["Shankar Krishnan"]
    assert 8 <= satrajit["works_count"] <= 15 and 6 <= len(coauthors[satrajit["id"]]) <= 12
    for a in (satrajit, shankar):
        assert a["affiliations"] and a["last_known_institutions"]
        assert {aff["institution"]["display_name"] for aff in a["affiliations"]} == {"Northgate AI Research"}
        assert [w for w in works_of[a["id"]] if piotr["id"] not in [au["author"]["id"] for au in w["authorships"]]]
    hubs = [a for a in authors.values() if a["works_count"] >= 12]
    assert len(hubs) >= 3

    # Abstract lengths and null share for the neighbourhood
    neighbourhood = [w for w in works.values() if w not in pw]
    assert len(neighbourhood) >= 160
    nulls = [w for w in neighbourhood if w["abstract_inverted_index"] is None]
    assert 0.07 <= len(nulls) / len(neighbourhood) <= 0.13
    for w in neighbourhood:
        if w["abstract_inverted_index"] is not None:
            words = len(from_inverted_index(w["abstract_inverted_index"]).split(" "))
            assert 60 <= words <= 180, (w["id"], words)
    assert len({w["primary_location"]["source"]["id"] for w in neighbourhood}) == len(sources)
    assert {w["type"] for w in neighbourhood} == {"preprint", "article", "proceedings-article"}
    assert any(w["open_access"]["is_oa"] for w in neighbourhood if w["type"] != "preprint")
    assert any(w["doi"] is None for w in neighbourhood)
    assert {w["publication_year"] for w in neighbourhood} == set(range(FIRST_YEAR, LAST_YEAR + 1))
    return dict(piotr=piotr, piotr_works=pw, piotr_coauthors=piotr_coauthors, satrajit=satrajit,
                shankar=shankar,
                satrajit_coauthors=sorted(authors[x]["display_name"] for x in coauthors[satrajit["id"]]),
                wei=wei, hubs=sorted(hubs, key=lambda a: -a["works_count"]), with_orcid=len(with_orcid),
                nulls=len(nulls), neighbourhood=neighbourhood, coauthors=coauthors, works_of=works_of)


AUTHOR_NAMES = {spec[0]: spec[1] for spec in AUTHORS}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(root, "modules", "store", "src", "main", "resources", "demo",
                                                      "openalex"))
    parser.add_argument("--seed-file", default=DEFAULT_SEED_FILE,
                        help="seed profile text to cross-check the three abstracts against (skipped if absent)")
    args = parser.parse_args()

    for arxiv_id, _, _, _, abstract, _, _ in SEED_WORKS:
        assert hashlib.sha256(abstract.encode("utf-8")).hexdigest() == SEED_ABSTRACT_SHA256[arxiv_id]

    dataset = Builder().build()
    files = serialise(dataset)
    assert files == serialise(Builder().build()), "generator is not deterministic"
    for name, data in files.items():
        text = data.decode("utf-8")
        assert text.endswith("\n") and "\r" not in text
        for line in text.split("\n")[:-1]:
            assert line == line.rstrip() and json.loads(line)
    summary = check(dataset, args.seed_file)

    os.makedirs(args.out, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(args.out, name), "wb") as fh:
            fh.write(data)

    # Summary
    print("Wrote %s" % args.out)
    for name in ("institutions", "topics", "sources", "authors", "works"):
        data = files[name + ".jsonl"]
        print("  %-18s %4d records %9d bytes  sha256 %s" % (
            name + ".jsonl", len(dataset[name]), len(data), hashlib.sha256(data).hexdigest()[:16]))
    seed_state = ("checked against " + args.seed_file if os.path.exists(args.seed_file)
                  else "seed file absent, checked by digest only")
    print("Seed author Piotr Zielinski %s: %d works (%s), co-authors: %s" % (
        summary["piotr"]["id"], len(summary["piotr_works"]), seed_state, ", ".join(summary["piotr_coauthors"])))
    for w in summary["piotr_works"]:
        print("  %s %s %s" % (w["id"].rsplit("/", 1)[1], w["publication_date"], w["title"]))
    for a in (summary["satrajit"], summary["shankar"]):
        print("%s: %d works, %d co-authors" % (a["display_name"], a["works_count"], len(summary["coauthors"][a["id"]])))
    print("  Satrajit's co-authors: " + ", ".join(summary["satrajit_coauthors"]))
    for a in summary["wei"]:
        print("Wei Zhang %s orcid=%s at %s: %d works" % (
            a["id"], a["orcid"], "; ".join(x["institution"]["display_name"] for x in a["affiliations"]),
            a["works_count"]))
    print("Authors with 12+ works: " + ", ".join("%s (%d)" % (a["display_name"], a["works_count"])
                                               for a in summary["hubs"]))
    print("Authors with ORCID: %d of %d" % (summary["with_orcid"], len(dataset["authors"])))
    types = Counter(w["type"] for w in dataset["works"])
    oa = Counter(w["open_access"]["oa_status"] for w in dataset["works"])
    years = Counter(w["publication_year"] for w in dataset["works"])
    print("Work types: " + ", ".join("%s %d" % kv for kv in sorted(types.items())))
    print("OA status: " + ", ".join("%s %d" % kv for kv in sorted(oa.items())))
    print("Years: " + ", ".join("%d:%d" % kv for kv in sorted(years.items())))
    print("Neighbourhood works without abstract: %d of %d; without DOI: %d" % (
        summary["nulls"], len(summary["neighbourhood"]), sum(1 for w in dataset["works"] if w["doi"] is None)))
    print("All checks passed.")


if __name__ == "__main__":
    sys.exit(main())
