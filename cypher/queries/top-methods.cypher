// Which methods are used or proposed by the most papers?
// Parameters: limit (integer) - how many rows.
// :param limit => 20
MATCH (c:Method)<-[:USES|PROPOSES]-(p:Paper)
RETURN c.name AS method, count(DISTINCT p) AS papers
ORDER BY papers DESC, method
LIMIT $limit
