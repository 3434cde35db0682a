// Which metrics are reported together with a dataset?
// Parameters: dataset (string) - a dataset's name or alias, any case; limit (integer).
// :param dataset => "GSM8K"
// :param limit => 25
MATCH (d:Dataset)
WHERE toLower(d.name) = toLower($dataset) OR toLower($dataset) IN [a IN d.aliases | toLower(a)]
MATCH (d)<-[:EVALUATES_ON]-(p:Paper)-[:MEASURES]->(x:Metric)
RETURN x.name AS metric, count(DISTINCT p) AS papers
ORDER BY papers DESC, metric
LIMIT $limit
