// Upsert Paper→Concept relationships; a relationship of another type between the same pair
// (the paper's role changed in a newer build) is replaced.
// :param rows => [{paper: "arxiv:2106.09685", concept: "concept:lora", type: "PROPOSES", role: "proposed", count: 3, evidence: "We propose LoRA ..."}]
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (c:Concept {id: row.concept})
OPTIONAL MATCH (p)-[old]->(c) WHERE type(old) <> row.type
DELETE old
MERGE (p)-[r:$(row.type)]->(c)
SET r.role = row.role, r.count = row.count, r.evidence = row.evidence
