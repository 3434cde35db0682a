// What did papers that use a method (for example LoRA) measure?
// Parameters: method (string) - a method's or model's name or alias, any case; limit (integer).
// :param method => "LoRA"
// :param limit => 25
MATCH (m:Concept)
WHERE toLower(m.name) = toLower($method) OR toLower($method) IN [a IN m.aliases | toLower(a)]
MATCH (m)<-[:USES|PROPOSES]-(p:Paper)-[:MEASURES]->(x:Metric)
RETURN x.name AS metric, count(DISTINCT p) AS papers
ORDER BY papers DESC, metric
LIMIT $limit
