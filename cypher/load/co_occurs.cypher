// Recompute CO_OCCURS weights (number of papers naming both) and paper counts for the given
// concepts from the whole database, so loads that add papers keep them right.
// :param ids => ["concept:lora"]
UNWIND $ids AS id
MATCH (a:Concept {id: id})
SET a.papers = COUNT { (:Paper)-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES]->(a) }
WITH a
MATCH (a)<-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES]-(p:Paper)-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES]->(b:Concept)
WHERE a <> b
WITH a, b, count(DISTINCT p) AS weight
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS first,
     CASE WHEN a.id < b.id THEN b ELSE a END AS second, weight
MERGE (first)-[r:CO_OCCURS]->(second)
SET r.weight = weight
