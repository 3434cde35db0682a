// On which datasets is a method (or model) evaluated?
// Parameters: method (string) - a method's or model's name or alias, any case; limit (integer).
// :param method => "LoRA"
// :param limit => 25
MATCH (m:Concept)
WHERE (m:Method OR m:Model)
  AND (toLower(m.name) = toLower($method) OR toLower($method) IN [a IN m.aliases | toLower(a)])
MATCH (m)<-[:USES|PROPOSES]-(p:Paper)-[:EVALUATES_ON|PROPOSES]->(d:Dataset)
RETURN d.name AS dataset, count(DISTINCT p) AS papers
ORDER BY papers DESC, dataset
LIMIT $limit
