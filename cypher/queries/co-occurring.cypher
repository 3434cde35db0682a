// Which concepts are named together with a concept, and by how many papers?
// Parameters: name (string) - a concept's name or alias, any case; limit (integer).
// :param name => "GSM8K"
// :param limit => 25
MATCH (c:Concept)
WHERE toLower(c.name) = toLower($name) OR toLower($name) IN [a IN c.aliases | toLower(a)]
MATCH (c)-[r:CO_OCCURS]-(other:Concept)
RETURN other.name AS concept, other.type AS type, r.weight AS papers
ORDER BY papers DESC, concept
LIMIT $limit
