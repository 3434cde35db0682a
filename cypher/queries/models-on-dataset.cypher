// Which models are compared on a dataset, and by which papers (the newest three)?
// Parameters: dataset (string) - a dataset's name or alias, any case; limit (integer).
// :param dataset => "GSM8K"
// :param limit => 25
MATCH (d:Dataset)
WHERE toLower(d.name) = toLower($dataset) OR toLower($dataset) IN [a IN d.aliases | toLower(a)]
MATCH (d)<-[:EVALUATES_ON]-(p:Paper)-[:USES|PROPOSES]->(m:Model)
WITH m, p ORDER BY coalesce(p.first_seen, '') DESC, p.title
WITH m, collect(DISTINCT p.title) AS titles
RETURN m.name AS model, size(titles) AS papers, titles[..3] AS example_papers
ORDER BY papers DESC, model
LIMIT $limit
