// Which papers propose a concept?
// Parameters: name (string) - a concept's name or alias, any case.
// :param name => "LoRA"
MATCH (c:Concept)
WHERE toLower(c.name) = toLower($name) OR toLower($name) IN [a IN c.aliases | toLower(a)]
MATCH (p:Paper)-[r:PROPOSES]->(c)
RETURN p.id AS paper, p.title AS title, p.first_seen AS first_seen, r.evidence AS evidence
ORDER BY first_seen, paper
