// Which methods and models are evaluated on a dataset (for example GSM8K)?
// Parameters: dataset (string) - a dataset's name or alias, any case; limit (integer).
// :param dataset => "GSM8K"
// :param limit => 25
MATCH (d:Dataset)
WHERE toLower(d.name) = toLower($dataset) OR toLower($dataset) IN [a IN d.aliases | toLower(a)]
MATCH (d)<-[:EVALUATES_ON]-(p:Paper)-[:USES|PROPOSES]->(m:Concept)
WHERE m:Method OR m:Model
RETURN m.name AS concept, m.type AS type, count(DISTINCT p) AS papers
ORDER BY papers DESC, concept
LIMIT $limit
