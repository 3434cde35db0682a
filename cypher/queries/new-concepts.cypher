// Which concepts appear for the first time on the latest page date?
// Parameters: none (the latest date in the database is used).
MATCH (p:Paper) WHERE p.first_seen IS NOT NULL
WITH max(p.first_seen) AS latest
MATCH (c:Concept)<-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES]-(p:Paper)
WITH latest, c, min(p.first_seen) AS first
WHERE first = latest
RETURN c.name AS concept, c.type AS type, latest AS first_seen
ORDER BY type, concept
